// Working days in China: Monday to Friday, except public holidays, plus the weekend days
// that are made working days to bridge a holiday (调休). Dates are 'YYYY-MM-DD' in China time.

export type TCalendarDays = {
  /** Days off that would otherwise be working days (and holiday weekends, harmlessly). */
  holidays: ReadonlySet<string>;
  /** Saturdays and Sundays that are working days. */
  workdays: ReadonlySet<string>;
};

const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

export function isWorkingDay(calendar: TCalendarDays, date: string): boolean {
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const weekday = new Date(toUtc(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date `n` working days after `date` (the start day itself is not counted), as statutory
 * clocks read: "within 15 working days of discovery" ends on addWorkingDays(discovery, 15).
 * n = 0 gives the date itself.
 */
export function addWorkingDays(calendar: TCalendarDays, date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number of days, 0 or more');
  let current = date;
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(calendar, current)) left -= 1;
  }
  return current;
}

/** Working days after `from` up to and including `to`; negative when `to` is before `from`. */
export function workingDaysBetween(calendar: TCalendarDays, from: string, to: string): number {
  if (to < from) return -workingDaysBetween(calendar, to, from);
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(calendar, day)) count += 1;
  return count;
}

/** Today's date in China (UTC+8, no daylight saving). */
export function chinaToday(now = new Date()): string {
  return fromUtc(now.getTime() + 8 * 3_600_000);
}
