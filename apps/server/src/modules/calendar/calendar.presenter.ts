import type { TCalendarDay, TCalendarDayKind } from '@shian/shared/calendar';
import type { calendarDay } from '../../core/calendar/calendar.schema.ts';

export function presentCalendarDay(row: typeof calendarDay.$inferSelect): TCalendarDay {
  return { date: row.date, kind: row.kind as TCalendarDayKind, name: row.name, provisional: row.provisional, version: row.version };
}
