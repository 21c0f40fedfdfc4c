// The working-day calendar as the rest of the platform uses it: loaded once from the
// database, cached, reloaded after an administrator's edit.
import { and, asc, gte, lte } from 'drizzle-orm';
import type { TDbOrTx } from '../db/database.ts';
import { calendarDay } from './calendar.schema.ts';
import { CHINA_HOLIDAYS } from './china-holidays.ts';
import { addDays, addWorkingDays, workingDaysBetween, type TCalendarDays } from '@shian/shared/working-days';

// One cache per database handle (tests and benchmarks may hold several in one process).
const cache = new WeakMap<object, Promise<TCalendarDays>>();

export function invalidateCalendar(db: TDbOrTx): void {
  cache.delete(db);
}

export function loadCalendar(db: TDbOrTx): Promise<TCalendarDays> {
  let days = cache.get(db);
  if (!days) {
    days = db
      .select()
      .from(calendarDay)
      .then((rows) => ({
        holidays: new Set(rows.filter((r) => r.kind === 'holiday').map((r) => r.date)),
        workdays: new Set(rows.filter((r) => r.kind === 'workday').map((r) => r.date)),
      }));
    days.catch(() => cache.delete(db));
    cache.set(db, days);
  }
  return days;
}

/** The statutory clock: `n` working days after `date`. */
export async function dueAfterWorkingDays(db: TDbOrTx, date: string, n: number): Promise<string> {
  return addWorkingDays(await loadCalendar(db), date, n);
}

export async function countWorkingDays(db: TDbOrTx, from: string, to: string): Promise<number> {
  return workingDaysBetween(await loadCalendar(db), from, to);
}

export async function calendarDaysOfYear(db: TDbOrTx, year: number) {
  return db
    .select()
    .from(calendarDay)
    .where(and(gte(calendarDay.date, `${year}-01-01`), lte(calendarDay.date, `${year}-12-31`)))
    .orderBy(asc(calendarDay.date));
}

/** Loads the shipped arrangements (2024-2027) into an empty calendar; never overwrites edits. */
export async function ensureCalendar(db: TDbOrTx): Promise<void> {
  const rows: (typeof calendarDay.$inferInsert)[] = [];
  for (const year of CHINA_HOLIDAYS) {
    for (const h of year.holidays) {
      for (let d = h.from; d <= h.to; d = addDays(d, 1)) rows.push({ date: d, kind: 'holiday', name: h.name, provisional: year.provisional });
    }
    for (const w of year.workdays) rows.push({ date: w.date, kind: 'workday', name: `${w.name}调休上班`, provisional: year.provisional });
  }
  await db.insert(calendarDay).values(rows).onConflictDoNothing();
  invalidateCalendar(db);
}
