import { describe, expect, it } from 'vitest';
import { shippedCalendarDays } from './china-holidays.ts';
import { addDays, addWorkingDays, chinaToday, isWorkingDay, workingDaysBetween } from '@shian/shared/working-days';

const calendar = shippedCalendarDays();
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('shipped holiday data', () => {
  it('lists only weekend days as make-up working days, and none of them is also a holiday', () => {
    for (const date of calendar.workdays) {
      expect([0, 6], date).toContain(weekday(date));
      expect(calendar.holidays.has(date), date).toBe(false);
    }
  });

  it('has the 2026 Spring Festival: 9 days off from 15 to 23 February, Saturdays 14 and 28 February worked', () => {
    for (let d = '2026-02-15'; d <= '2026-02-23'; d = addDays(d, 1)) expect(isWorkingDay(calendar, d), d).toBe(false);
    expect(isWorkingDay(calendar, '2026-02-14')).toBe(true);
    expect(isWorkingDay(calendar, '2026-02-28')).toBe(true);
    expect(isWorkingDay(calendar, '2026-02-24')).toBe(true);
  });

  it('has the 2025 National Day and Mid-Autumn: 1-8 October off, Sunday 28 September and Saturday 11 October worked', () => {
    for (let d = '2025-10-01'; d <= '2025-10-08'; d = addDays(d, 1)) expect(isWorkingDay(calendar, d), d).toBe(false);
    expect(isWorkingDay(calendar, '2025-09-28')).toBe(true);
    expect(isWorkingDay(calendar, '2025-10-11')).toBe(true);
    expect(isWorkingDay(calendar, '2025-10-12')).toBe(false);
  });

  it('counts 248 working days in 2025 and in 2026', () => {
    // 2025: 261 weekdays - 18 weekday holidays + 5 make-up days; 2026: 261 - 19 + 6.
    expect(workingDaysBetween(calendar, '2024-12-31', '2025-12-31')).toBe(248);
    expect(workingDaysBetween(calendar, '2025-12-31', '2026-12-31')).toBe(248);
  });
});

describe('addWorkingDays', () => {
  it('skips the 2026 Spring Festival and counts the make-up Saturday', () => {
    // Friday 13 Feb + 1 working day = Saturday 14 Feb (worked); + 2 = Tuesday 24 Feb.
    expect(addWorkingDays(calendar, '2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays(calendar, '2026-02-13', 2)).toBe('2026-02-24');
  });

  it('gives the 15-working-day clock across the 2025 National Day holiday', () => {
    // From Friday 26 Sept 2025: 28 Sept (Sun, worked), 29, 30 Sept, then 9, 10, 11 (Sat, worked) Oct,
    // then 13-17 and 20-23 Oct: the 15th working day is Thursday 23 October.
    expect(addWorkingDays(calendar, '2025-09-26', 3)).toBe('2025-09-30');
    expect(addWorkingDays(calendar, '2025-09-26', 4)).toBe('2025-10-09');
    expect(addWorkingDays(calendar, '2025-09-26', 6)).toBe('2025-10-11');
    expect(addWorkingDays(calendar, '2025-09-26', 15)).toBe('2025-10-23');
  });

  it('is the inverse of workingDaysBetween, and 0 days is the day itself', () => {
    for (const start of ['2025-01-20', '2025-04-30', '2026-09-18', '2026-12-30']) {
      for (const n of [0, 1, 5, 10, 20, 90]) expect(workingDaysBetween(calendar, start, addWorkingDays(calendar, start, n))).toBe(n);
    }
    expect(addWorkingDays(calendar, '2026-02-16', 0)).toBe('2026-02-16');
  });

  it('refuses a negative or fractional number of days', () => {
    expect(() => addWorkingDays(calendar, '2026-01-05', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(calendar, '2026-01-05', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts from the day after the start up to and including the end, negative backwards', () => {
    expect(workingDaysBetween(calendar, '2026-01-05', '2026-01-09')).toBe(4);
    expect(workingDaysBetween(calendar, '2026-01-09', '2026-01-05')).toBe(-4);
    expect(workingDaysBetween(calendar, '2026-01-05', '2026-01-05')).toBe(0);
  });
});

it('tells today in China (UTC+8)', () => {
  expect(chinaToday(new Date('2026-03-01T16:30:00Z'))).toBe('2026-03-02');
  expect(chinaToday(new Date('2026-03-01T15:59:00Z'))).toBe('2026-03-01');
});
