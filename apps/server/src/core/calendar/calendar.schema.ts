import { boolean, pgTable, text } from 'drizzle-orm/pg-core';
import { CALENDAR_DAY_KINDS } from '@shian/shared/calendar';
import { timestamps, versionColumn } from '../db/columns.ts';

/**
 * The national working-day calendar: holidays and the weekend days worked in exchange.
 * National reference data, the same for every bureau, so it has no bureau column.
 */
export const calendarDay = pgTable('calendar_day', {
  date: text('date').primaryKey(),
  kind: text('kind', { enum: CALENDAR_DAY_KINDS }).notNull(),
  name: text('name').notNull(),
  provisional: boolean('provisional').notNull().default(false),
  ...timestamps(),
  version: versionColumn(),
});
