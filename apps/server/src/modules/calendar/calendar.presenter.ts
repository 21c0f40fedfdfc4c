import type { TCalendarDay } from '@shian/shared/calendar';
import type { calendarDay } from '../../core/calendar/calendar.schema.ts';

export function presentCalendarDay(row: typeof calendarDay.$inferSelect): TCalendarDay {
  return { date: row.date, kind: row.kind, name: row.name, provisional: row.provisional, version: row.version };
}
