import { describe, expect, it } from 'vitest';
import { ZRiskBandsUpdate } from '@shian/shared/risk';
import { breakdownText, DEFAULT_BANDS, gradeOf, scoreOperator, type TScoredOperator } from './risk-grade.scoring.ts';

const canteen: TScoredOperator = { id: 'o1', type: 'canteen', categories: ['hot_food', 'cold_food'], tags: ['school_canteen', 'open_kitchen'] };

describe('risk grade scoring', () => {
  it('adds the type, the riskiest category and every tag, each with its reason', () => {
    const scored = scoreOperator(canteen, [], DEFAULT_BANDS);
    expect(scored.breakdown.map((b) => breakdownText(b, 'zh-CN'))).toEqual([
      '+20：单位食堂（业态基础分）',
      '+8：冷食类食品（风险最高的经营类别）',
      '-3：明厨亮灶',
      '+15：学校食堂',
    ]);
    expect(scored.staticScore).toBe(40);
    expect(scored.dynamicScore).toBe(0);
    expect(scored.grade).toBe('B');
  });

  it('adds the signals of this operator only, newest first, and moves the grade', () => {
    const signals = [
      { operatorId: 'o1', points: 8, reason: { zh: '2026-03-02 日常检查结果为不符合', en: 'nonconforming' }, source: 'inspection:a', on: '2026-03-02' },
      { operatorId: 'o1', points: 6, reason: { zh: '2026-05-10 整改逾期', en: 'overdue' }, source: 'rectification:b', on: '2026-05-10' },
      { operatorId: 'o2', points: 50, reason: { zh: '别家', en: 'other' }, source: 'inspection:c', on: '2026-01-01' },
    ];
    const scored = scoreOperator(canteen, signals, DEFAULT_BANDS);
    expect(scored.dynamicScore).toBe(14);
    expect(scored.score).toBe(54);
    expect(scored.grade).toBe('C');
    expect(breakdownText(scored.breakdown[4], 'zh-CN')).toBe('+6：2026-05-10 整改逾期');
    expect(breakdownText(scored.breakdown[5], 'zh-CN')).toBe('+8：2026-03-02 日常检查结果为不符合');
  });

  it('grades by bands: a score at a band minimum belongs to that band', () => {
    const bands = { minScoreB: 30, minScoreC: 45, minScoreD: 60 };
    expect([-5, 29.9, 30, 44, 45, 59, 60, 200].map((s) => gradeOf(s, bands))).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D']);
  });

  it('refuses bands that do not increase, naming the field', () => {
    const result = ZRiskBandsUpdate.safeParse({ version: 1, minScoreB: 30, minScoreC: 30, minScoreD: 20 });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['minScoreC', 'minScoreD']);
    expect(ZRiskBandsUpdate.safeParse({ version: 1, minScoreB: 10, minScoreC: 20, minScoreD: 30 }).success).toBe(true);
  });
});

describe('breakdown text', () => {
  it('shows the points once, also when a provider wrote them into its reason', () => {
    const reason = { zh: '+8：2026-03-02 日常检查结果为不符合', en: '+8: nonconforming routine inspection on 2026-03-02' };
    expect(breakdownText({ points: 8, reason }, 'zh-CN')).toBe('+8：2026-03-02 日常检查结果为不符合');
    expect(breakdownText({ points: -3, reason: { zh: '连续两次检查符合', en: 'two clean inspections' } }, 'en')).toBe('-3: two clean inspections');
  });
});
