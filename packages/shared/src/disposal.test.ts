import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSAL_CLOCKS, disposalDueDates } from './disposal.ts';
import type { TCalendarDays } from './working-days.ts';

// The 2026 National Day arrangement: 1-7 October off, Sunday 20 September and Saturday 10 October worked.
const calendar: TCalendarDays = {
  holidays: new Set(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']),
  workdays: new Set(['2026-09-20', '2026-10-10']),
};

describe('disposal clocks', () => {
  it('counts working days across the National Day holiday for a result reported on 30 September', () => {
    expect(disposalDueDates(calendar, '2026-09-30', DEFAULT_DISPOSAL_CLOCKS)).toEqual({
      deliverDueOn: '2026-10-13',
      objectionDueOn: '2026-10-22',
      completeDueOn: '2026-12-29',
    });
  });

  it('starts the objection window at delivery', () => {
    expect(disposalDueDates(calendar, '2026-09-30', DEFAULT_DISPOSAL_CLOCKS, '2026-10-09').objectionDueOn).toBe('2026-10-19');
  });

  it("uses a bureau's own clocks", () => {
    expect(disposalDueDates(calendar, '2026-09-28', { deliverWorkingDays: 2, objectionWorkingDays: 1, completeDays: 30 })).toEqual({
      deliverDueOn: '2026-09-30',
      objectionDueOn: '2026-10-08',
      completeDueOn: '2026-10-28',
    });
  });
});
