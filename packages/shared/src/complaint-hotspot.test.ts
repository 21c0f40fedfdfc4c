import { describe, expect, it } from 'vitest';
import { complaintTradeOf, previousPeriod, ratePerThousand, spikeScore, weekWindows } from './complaint-hotspot.ts';

const NONE = new Set<string>();
// 国庆节 2025: 1-8 October.
const NATIONAL_DAY_2025 = new Set(['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08']);

describe('rates per 1,000 operators', () => {
  it('divides complaints by operators, one decimal, and has no rate without operators', () => {
    expect(ratePerThousand(3, 4)).toBe(750);
    expect(ratePerThousand(5, 7)).toBe(714.3);
    expect(ratePerThousand(1, 3000)).toBe(0.3);
    expect(ratePerThousand(0, 12)).toBe(0);
    expect(ratePerThousand(4, 0)).toBeNull();
  });

  it('counts each operator type in one complaint trade', () => {
    expect(complaintTradeOf('small_eatery', [])).toBe('catering');
    expect(complaintTradeOf('small_workshop', [])).toBe('food_production');
    expect(complaintTradeOf('online_seller', [])).toBe('online_food');
    expect(complaintTradeOf('seller', ['farmers_market'])).toBe('farm_produce');
    expect(complaintTradeOf('seller', ['supermarket'])).toBe('food_sales');
    expect(complaintTradeOf('canteen', ['school_canteen'])).toBe('canteen');
  });
});

describe('periods', () => {
  it('compares with the period just before, of the same length, across New Year and 29 February', () => {
    expect(previousPeriod('2026-01-01', '2026-01-31')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(previousPeriod('2025-12-25', '2026-01-07')).toEqual({ from: '2025-12-11', to: '2025-12-24' });
    expect(previousPeriod('2024-03-01', '2024-03-07')).toEqual({ from: '2024-02-23', to: '2024-02-29' });
  });

  it('anchors seven-day windows on the end date, without ISO week numbers to break at a year end', () => {
    const windows = weekWindows('2026-01-02', 3, NONE);
    expect(windows.map((w) => [w.from, w.to])).toEqual([
      ['2025-12-27', '2026-01-02'],
      ['2025-12-20', '2025-12-26'],
      ['2025-12-13', '2025-12-19'],
    ]);
  });

  it('marks the windows with three or more holiday days as holiday weeks', () => {
    const windows = weekWindows('2025-10-14', 3, NATIONAL_DAY_2025);
    expect(windows.map((w) => [w.holidayDays, w.holidayWeek])).toEqual([
      [1, false],
      [7, true],
      [0, false],
    ]);
  });
});

describe('spikes', () => {
  const windows = weekWindows('2025-06-29', 17, NONE);

  it('flags a week two standard deviations above the previous eight weeks, with enough complaints', () => {
    const score = spikeScore([9, 1, 2, 1, 2, 1, 2, 1, 2, 50, 50], windows, 5);
    // Only the eight weeks before count: the older 50s are outside the baseline.
    expect(score).toMatchObject({ count: 9, mean: 1.5, baselineWeeks: 8, flagged: true });
    expect(score.sd).toBeCloseTo(0.53, 2);
    // sd below one complaint is floored at one: z = (9 - 1.5) / 1.
    expect(score.z).toBe(7.5);
  });

  it('does not flag a high z under the minimum count, nor a week within the usual spread', () => {
    expect(spikeScore([4, 0, 0, 0, 0, 0, 0, 0, 0], windows, 5)).toMatchObject({ z: 4, flagged: false });
    expect(spikeScore([12, 10, 14, 9, 13, 11, 12, 10, 15], windows, 5)).toMatchObject({ flagged: false });
  });

  it('needs four baseline weeks before it scores at all', () => {
    expect(spikeScore([30, 1, 1, 1], weekWindows('2025-06-29', 4, NONE), 5)).toMatchObject({ z: null, flagged: false, baselineWeeks: 3 });
  });

  it('leaves holiday weeks out of the baseline and looks further back instead', () => {
    const aroundNationalDay = weekWindows('2025-10-14', 17, NATIONAL_DAY_2025);
    // The week of 1-7 October had 40 complaints; counted, it would hide the spike of the week after.
    const counts = [8, 40, 2, 1, 2, 1, 2, 1, 2, 1, 2];
    const score = spikeScore(counts, aroundNationalDay, 5);
    expect(score).toMatchObject({ baselineWeeks: 8, mean: 1.5, flagged: true });
    const withHoliday = spikeScore(counts, weekWindows('2025-10-14', 17, NONE), 5);
    expect(withHoliday.flagged).toBe(false);
  });
});
