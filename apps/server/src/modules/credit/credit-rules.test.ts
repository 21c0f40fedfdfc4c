// The list's clocks and rules as pure functions, by fixed dates.
import { describe, expect, it } from 'vitest';
import { earliestRepairOn, exitDayOf, lastDayAfterYears, listingLastDay, repairBlockers, ZListEntryCreate, ZRepairDecide } from '@shian/shared/credit';
import { scoreOperator } from '../risk-grade/risk-grade.public.ts';
import { creditStatusOf } from './credit.service.ts';

describe('periods of years (民法典 arts. 201-202)', () => {
  it('ends on the corresponding day, or the last day of the month when there is none', () => {
    expect(lastDayAfterYears('2023-03-01', 3)).toBe('2026-03-01');
    expect(lastDayAfterYears('2024-02-29', 3)).toBe('2027-02-28');
    expect(lastDayAfterYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(lastDayAfterYears('2025-12-31', 1)).toBe('2026-12-31');
  });

  it('lists for three years, or for a longer restriction (art. 21), and exits the day after', () => {
    expect(listingLastDay('2023-03-01', null)).toBe('2026-03-01');
    expect(listingLastDay('2023-03-01', '2025-01-01')).toBe('2026-03-01');
    expect(listingLastDay('2023-03-01', '2028-06-30')).toBe('2028-06-30');
    expect(exitDayOf('2026-03-01')).toBe('2026-03-02');
    expect(exitDayOf('2027-02-28')).toBe('2027-03-01');
  });
});

describe('early exit (art. 16)', () => {
  const entry = { status: 'listed', listedOn: '2025-03-01', restrictionEndsOn: null };

  it('may be applied for once the first year is full, not on its last day', () => {
    expect(earliestRepairOn('2025-03-01')).toBe('2026-03-02');
    const refused = repairBlockers(entry, '2026-03-01');
    expect(refused).toHaveLength(1);
    expect(refused[0].zh).toContain('最早 2026-03-02 可申请');
    expect(refused[0].en).toContain('from 2026-03-02');
    expect(repairBlockers(entry, '2026-03-02')).toEqual([]);
  });

  it('is barred while a restriction imposed by law runs, and for an entry not on the list', () => {
    expect(repairBlockers({ ...entry, restrictionEndsOn: '2026-06-30' }, '2026-04-01')[0].zh).toContain('至 2026-06-30');
    expect(repairBlockers({ ...entry, restrictionEndsOn: '2026-06-30' }, '2026-07-01')).toEqual([]);
    expect(repairBlockers({ ...entry, status: 'exited' }, '2027-01-01')[0].zh).toContain('不在严重违法失信名单中');
  });

  it('decides on every condition of the checklist, none missing or extra', () => {
    const checklist = { obligationsFulfilled: true, harmEliminated: true, noHeavierPenaltySince: true, materialsComplete: true };
    expect(ZRepairDecide.safeParse({ version: 1, decision: 'approve', checklist, reason: '同意' }).success).toBe(true);
    expect(ZRepairDecide.safeParse({ version: 1, decision: 'approve', checklist: { ...checklist, materialsComplete: undefined }, reason: '同意' }).success).toBe(false);
    expect(ZRepairDecide.safeParse({ version: 1, decision: 'approve', checklist: { ...checklist, paidBribe: true }, reason: '同意' }).success).toBe(false);
  });
});

describe('the proposal', () => {
  const base = {
    operatorId: crypto.randomUUID(),
    penaltyDecisionNo: '黄市监处罚〔2026〕1号',
    penaltyDecidedOn: '2026-03-01',
    facts: '销售病死猪肉 200 公斤，故意违法。',
    priorNoticeOn: '2026-02-20',
  };

  it('needs a heavier penalty except for refusing to perform (art. 2, art. 11), and no repeats', () => {
    expect(ZListEntryCreate.safeParse({ ...base, grounds: ['diseased_meat'] }).success).toBe(false);
    expect(ZListEntryCreate.safeParse({ ...base, grounds: ['diseased_meat'], heavierPenalties: ['revocation'] }).success).toBe(true);
    expect(ZListEntryCreate.safeParse({ ...base, grounds: ['refusing_to_perform'] }).success).toBe(true);
    expect(ZListEntryCreate.safeParse({ ...base, grounds: ['diseased_meat', 'diseased_meat'], heavierPenalties: ['revocation'] }).success).toBe(false);
  });
});

describe('credit status and grade', () => {
  it('is listed while an entry is in force, repaired when the latest exit was a repair', () => {
    const exited = (exitedOn: string, exitReason: string) => ({ status: 'exited', exitedOn, exitReason });
    expect(creditStatusOf([])).toBe('normal');
    expect(creditStatusOf([{ status: 'proposed', exitedOn: null, exitReason: null }])).toBe('normal');
    expect(creditStatusOf([exited('2026-01-01', 'repaired'), { status: 'listed', exitedOn: null, exitReason: null }])).toBe('listed');
    expect(creditStatusOf([exited('2025-01-01', 'expired'), exited('2026-01-01', 'repaired')])).toBe('repaired');
    expect(creditStatusOf([exited('2026-01-01', 'expired'), exited('2025-01-01', 'repaired')])).toBe('normal');
  });

  it("takes a signal's minimum grade over the bands, and never lowers a grade", () => {
    const o = { id: 'o1', type: 'seller' as const, categories: ['prepackaged_food' as const], tags: [] };
    const bands = { minScoreB: 30, minScoreC: 45, minScoreD: 60 };
    const listed = { operatorId: 'o1', points: 20, minGrade: 'D' as const, reason: { zh: '列入', en: 'listed' }, source: 'credit:1', on: '2026-01-01' };
    expect(scoreOperator(o, [], bands).grade).toBe('A');
    const scored = scoreOperator(o, [listed], bands);
    expect(scored.score).toBe(31);
    expect(scored.grade).toBe('D');
    expect(scoreOperator(o, [{ ...listed, minGrade: 'B' as const, points: 40 }], bands).grade).toBe('C');
  });
});
