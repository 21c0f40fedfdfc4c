import { describe, expect, it } from 'vitest';
import { addressCore, addressScore, matchDecision, nameCore, nameScore, rankCandidates, tokensOf, unitNamedIn, type TCandidate } from './complaint-matching.ts';
import { createRegistryMatcher, trigramSimilarity, trigrams } from './complaint-registry-matcher.ts';

const candidate = (name: string, address: string, overrides: Partial<TCandidate> = {}): TCandidate => ({
  operatorId: name,
  name,
  address,
  uscc: '',
  nameTrigram: 0,
  addressTrigram: 0,
  ...overrides,
});

describe('names', () => {
  it('ignores the district prefix and generic endings, and scores containment high', () => {
    expect(nameScore('翠园记热干面', '黄陂区前川翠园记热干面馆', 0.2)).toBeGreaterThan(0.8);
    expect(nameScore('黄陂区好又多超市', '好又多超市', 0)).toBe(1);
    expect(nameScore('好又多超市', '惠民超市', 0)).toBeLessThan(0.5);
    // Two characters inside a long name are chance.
    expect(nameScore('王记', '黄陂区前川王记热干面馆', 0)).toBeLessThan(0.5);
  });

  it('keeps a core of three characters or more for containment search', () => {
    expect(nameCore('黄陂区王记热干面馆')).toBe('王记热干面');
    expect(nameCore('王记')).toBeNull();
  });
});

describe('addresses', () => {
  it('joins house numbers and weighs them double; a different number halves the score', () => {
    expect(tokensOf('板桥大道218号')).toContain('218号');
    const same = addressScore('前川街道板桥大道218号', '武汉市黄陂区前川街道板桥大道 218 号', 0);
    const nextDoor = addressScore('前川街道板桥大道218号', '武汉市黄陂区前川街道板桥大道 260 号', 0);
    expect(same).toBe(1);
    expect(nextDoor).toBeLessThan(0.4);
    expect(addressCore('武汉市黄陂区前川街道板桥大道218号')).toBe('板桥大道218号');
    expect(addressCore('前川街道老街')).toBeNull();
  });

  it('finds the township an address names', () => {
    const units = [
      { code: '420116001000', name: '前川街道' },
      { code: '420116201000', name: '木兰乡' },
    ];
    expect(unitNamedIn('武汉市黄陂区前川街道百秀街 8 号', units)).toBe('420116001000');
    expect(unitNamedIn('黄陂木兰乡双泉村', units)).toBe('420116201000');
    expect(unitNamedIn('前川大道 1 号', units)).toBeNull();
    expect(unitNamedIn(null, units)).toBeNull();
  });
});

describe('the decision', () => {
  it('matches a credit code with certainty, a clear name and address above the high threshold', () => {
    const ranked = rankCandidates({ uscc: '91420116000000001X', name: '随便' }, [candidate('甲', '', { uscc: '91420116000000001X' })]);
    expect(ranked[0].confidence).toBe(1);
    expect(matchDecision(ranked)).toMatchObject({ status: 'matched', operatorId: '甲' });
    const clear = rankCandidates({ name: '翠园记热干面', address: '板桥大道218号' }, [candidate('黄陂区前川翠园记热干面馆', '武汉市黄陂区前川街道板桥大道 218 号')]);
    expect(matchDecision(clear).status).toBe('matched');
  });

  it('asks a person between the thresholds, or when two candidates are within 0.05', () => {
    const close = rankCandidates({ name: '翠园记热干面', address: '板桥大道' }, [
      candidate('黄陂区前川翠园记热干面馆', '前川街道板桥大道 218 号'),
      candidate('黄陂区前川翠园记热干面馆板桥分店', '前川街道板桥大道 260 号'),
    ]);
    expect(matchDecision(close).status).toBe('pending_review');
    const addressOnly = rankCandidates({ address: '板桥大道218号' }, [candidate('某店', '前川街道板桥大道 218 号')]);
    expect(addressOnly[0].confidence).toBeLessThanOrEqual(0.7);
    expect(matchDecision(addressOnly).status).toBe('pending_review');
  });

  it('leaves a business unmatched below the low threshold', () => {
    expect(matchDecision([])).toEqual({ status: 'unmatched', operatorId: null, confidence: null });
    const far = rankCandidates({ name: '老街无名卤菜摊', address: '祁家湾老街口' }, [candidate('黄陂区惠民超市', '前川街道板桥大道 1 号', { nameTrigram: 0.1 })]);
    expect(matchDecision(far).status).toBe('unmatched');
  });
});

describe('the import’s in-memory matcher', () => {
  it('computes pg_trgm’s similarity', () => {
    // similarity('黄陂区老王热干面馆', '老王热干面') in PostgreSQL and PGlite.
    expect(trigramSimilarity(trigrams('黄陂区老王热干面馆'), trigrams('老王热干面'))).toBeCloseTo(0.2307692, 6);
    expect(trigramSimilarity(trigrams('好又多超市'), trigrams('好又多超市'))).toBe(1);
    expect(trigramSimilarity(trigrams(''), trigrams('好又多超市'))).toBe(0);
  });

  it('finds the operator a complaint names by credit code, name or road and number', () => {
    const matcher = createRegistryMatcher([
      { id: 'a', name: '黄陂区前川翠园记热干面馆', address: '武汉市黄陂区前川街道板桥大道 218 号', uscc: '91420116000000001X' },
      { id: 'b', name: '黄陂区前川好又多超市', address: '武汉市黄陂区前川街道黄陂大道 1 号', uscc: '91420116000000002X' },
      { id: 'c', name: '黄陂区横店惠民超市', address: '武汉市黄陂区横店街道临空北路 9 号', uscc: '91420116000000003X' },
    ]);
    expect(matcher.match({ name: '随便' }, '91420116000000002X')).toEqual([expect.objectContaining({ operatorId: 'b', confidence: 1 })]);
    const byName = matcher.match({ name: '翠园记热干面', address: '前川街道板桥大道218号' }, null);
    expect(byName[0].operatorId).toBe('a');
    expect(matchDecision(byName).status).toBe('matched');
    const byAddress = matcher.match({ name: '路边小店', address: '横店街道临空北路9号' }, null);
    expect(byAddress[0].operatorId).toBe('c');
    expect(matchDecision(byAddress).status).not.toBe('matched');
    expect(matchDecision(matcher.match({ name: '老街无名卤菜摊', address: '祁家湾老街' }, null)).status).toBe('unmatched');
  });
});
