import { describe, expect, it } from 'vitest';
import {
  basisText,
  checkPenalty,
  chineseNumber,
  decisionDueOn,
  EMPTY_COUNTS,
  fineRange,
  findPenaltyRule,
  indicatorRow,
  mustPublish,
  publicationDueOn,
  type TPenaltyInput,
} from './enforcement-case.ts';

const input = (overrides: Partial<TPenaltyInput>): TPenaltyInput => ({
  basisLaw: '中华人民共和国食品安全法',
  basisArticle: 124,
  basisParagraph: 1,
  penaltyKinds: ['confiscation', 'fine'],
  fineAmount: 50_000,
  goodsValue: 9_999.99,
  ...overrides,
});

describe('article numbers', () => {
  it('writes them as the law does', () => {
    expect([1, 10, 11, 20, 54, 100, 101, 110, 124, 999].map(chineseNumber)).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '五十四',
      '一百',
      '一百零一',
      '一百一十',
      '一百二十四',
      '九百九十九',
    ]);
    expect(basisText({ law: '中华人民共和国食品安全法', article: 126, paragraph: 1 })).toBe('《中华人民共和国食品安全法》第一百二十六条第一款');
  });
});

describe('the penalty ranges of 食品安全法', () => {
  it('fines 5万-10万 under 1万 of goods, else 10-20 times the value (art. 124)', () => {
    const rule = findPenaltyRule({ law: '中华人民共和国食品安全法', article: 124, paragraph: 1 })!;
    expect(fineRange(rule, 9_999.99)).toEqual({ min: 50_000, max: 100_000 });
    expect(fineRange(rule, 10_000)).toEqual({ min: 100_000, max: 200_000 });
    expect(fineRange(rule, null)).toBeNull();
    expect(checkPenalty(input({}))).toEqual([]);
    expect(checkPenalty(input({ fineAmount: 100_000 }))).toEqual([]);
    expect(checkPenalty(input({ fineAmount: 49_999.99 }))[0].path).toBe('fineAmount');
    expect(checkPenalty(input({ fineAmount: 100_000.01 }))[0].path).toBe('fineAmount');
    expect(checkPenalty(input({ goodsValue: 12_345.67, fineAmount: 123_456.7 }))).toEqual([]);
    expect(checkPenalty(input({ goodsValue: 12_345.67, fineAmount: 123_456.69 }))[0].path).toBe('fineAmount');
  });

  it('uses the bands of 122, 123, 125 and 126 as written', () => {
    expect(checkPenalty(input({ basisArticle: 123, fineAmount: 100_000 }))).toEqual([]);
    expect(checkPenalty(input({ basisArticle: 123, fineAmount: 99_000 }))).not.toEqual([]);
    expect(checkPenalty(input({ basisArticle: 123, goodsValue: 20_000, fineAmount: 600_000 }))).toEqual([]);
    expect(checkPenalty(input({ basisArticle: 125, fineAmount: 5_000 }))).toEqual([]);
    expect(checkPenalty(input({ basisArticle: 125, basisParagraph: 2, penaltyKinds: ['fine'], fineAmount: 2_000, goodsValue: null }))).toEqual([]);
    expect(checkPenalty(input({ basisArticle: 125, basisParagraph: 2, penaltyKinds: ['fine'], fineAmount: 2_001, goodsValue: null }))).not.toEqual([]);
    expect(checkPenalty(input({ basisArticle: 122, basisParagraph: 2, fineAmount: 50_000, goodsValue: null }))).toEqual([]);
    // 126: a warning always; a fine of 5千-5万 only when the business refuses to correct.
    expect(checkPenalty(input({ basisArticle: 126, penaltyKinds: ['warning'], fineAmount: null, goodsValue: null }))).toEqual([]);
    expect(checkPenalty(input({ basisArticle: 126, penaltyKinds: ['warning', 'fine'], fineAmount: 60_000, goodsValue: null }))[0].path).toBe('fineAmount');
    expect(checkPenalty(input({ basisArticle: 126, penaltyKinds: ['fine'], fineAmount: 10_000, goodsValue: null }))[0].reason.zh).toContain('应当警告');
  });

  it('refuses kinds the paragraph does not provide, a fine amount without a fine, and an article outside the table', () => {
    expect(checkPenalty(input({ basisArticle: 122, penaltyKinds: ['fine', 'licence_revocation'] }))[0].reason.zh).toContain('不设吊销许可证');
    expect(checkPenalty(input({ basisArticle: 126, penaltyKinds: ['warning'], fineAmount: 100, goodsValue: null }))[0].path).toBe('fineAmount');
    expect(checkPenalty(input({ basisArticle: 34 }))[0].path).toBe('basisArticle');
    expect(checkPenalty(input({ basisLaw: '中华人民共和国产品质量法' }))[0].path).toBe('basisArticle');
  });
});

describe('clocks and publication', () => {
  it('gives 90 days to decide, 120 when extended', () => {
    expect(decisionDueOn('2026-01-10', false)).toBe('2026-04-10');
    expect(decisionDueOn('2026-01-10', true)).toBe('2026-05-10');
  });

  it('publishes within 20 working days anything heavier than a warning', () => {
    const calendar = { holidays: new Set(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']), workdays: new Set(['2026-10-10']) };
    // 28-30 Sept, then 8, 9, 10 (a Saturday worked), 12-16, 19-23, 26-29 Oct.
    expect(publicationDueOn(calendar, '2026-09-25')).toBe('2026-10-29');
    expect(mustPublish('penalty', ['warning'])).toBe(false);
    expect(mustPublish('penalty', ['warning', 'fine'])).toBe(true);
    expect(mustPublish('no_penalty', [])).toBe(false);
  });

  it('computes rates from counts, none when nothing was counted', () => {
    const row = indicatorRow(null, '合计', { ...EMPTY_COUNTS, leads: 8, leadsBreakingMusts: 3, casesFiled: 3, casesOnline: 2, decisions: 2, handlingDaysTotal: 75, toPublish: 0 });
    expect(row).toMatchObject({ mustsCompliance: 62.5, onlineRate: 66.7, averageHandlingDays: 37.5, publicationRate: null });
  });
});
