import { eq } from 'drizzle-orm';
import type { TCalendarDayInput, TCalendarYear } from '@shian/shared/calendar';
import type { TSessionUser } from '../../core/access.ts';
import type { TDb } from '../../core/db/database.ts';
import { bumpVersion } from '../../core/db/versioned.ts';
import { notFound } from '../../core/errors.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { calendarDay } from '../../core/calendar/calendar.schema.ts';
import { calendarDaysOfYear, invalidateCalendar, loadCalendar } from '../../core/calendar/calendar.ts';
import { workingDaysBetween } from '@shian/shared/working-days';
import { presentCalendarDay } from './calendar.presenter.ts';

export async function getCalendarYear(db: TDb, year: number): Promise<TCalendarYear> {
  const [rows, days] = await Promise.all([calendarDaysOfYear(db, year), loadCalendar(db)]);
  return {
    year,
    provisional: rows.length === 0 || rows.some((r) => r.provisional),
    days: rows.map(presentCalendarDay),
    workingDays: workingDaysBetween(days, `${year - 1}-12-31`, `${year}-12-31`),
  };
}

/** Sets a day (an edit replaces a provisional entry, which then counts as confirmed). */
export async function setCalendarDay(db: TDb, user: TSessionUser, date: string, input: TCalendarDayInput) {
  const result = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(calendarDay).where(eq(calendarDay.date, date));
    const [row] = await tx
      .insert(calendarDay)
      .values({ date, ...input, provisional: false })
      .onConflictDoUpdate({
        target: calendarDay.date,
        set: { ...input, provisional: false, ...bumpVersion(calendarDay) },
      })
      .returning();
    await recordAudit(tx, [{ actor: user, action: before ? 'update' : 'create', entity: 'calendar_day', entityId: date, before: before ?? null, after: row }]);
    return presentCalendarDay(row);
  });
  invalidateCalendar(db);
  return result;
}

/** Removes an entry: the day goes back to the weekday rule. */
export async function clearCalendarDay(db: TDb, user: TSessionUser, date: string) {
  await db.transaction(async (tx) => {
    const [before] = await tx.delete(calendarDay).where(eq(calendarDay.date, date)).returning();
    if (!before) throw notFound();
    await recordAudit(tx, [{ actor: user, action: 'delete', entity: 'calendar_day', entityId: date, before }]);
  });
  invalidateCalendar(db);
}
