import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { TControlPoint } from '@shian/shared/risk-control';
import type { TDailyItem, TMonthlyContent, TWeeklyContent } from '@shian/shared/self-check';
import { SELF_CHECK_KINDS } from '@shian/shared/self-check';
import type { TEntityKind } from '@shian/shared/uscc';
import { idColumn, refColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { bureau, bureauIdColumn } from '../org/org.schema.ts';
import { operatorIdColumn } from '../operator/operator.schema.ts';

/**
 * The points a daily check was made against, stored once for every record that used them (a list's points are the
 * same for all its days and, mostly, for every business of a kind): found by the digest of the points. Never changed.
 */
export const selfCheckPointSet = pgTable(
  'self_check_point_set',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    digest: text('digest').notNull(),
    points: jsonb('points').$type<TControlPoint[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.bureauId, t.digest)],
);

/** A daily point's finding as stored: its key into the record's point set; empty fields left out (self-check-content.ts). */
export type TStoredDailyItem = Pick<TDailyItem, 'key' | 'result'> & Partial<Pick<TDailyItem, 'note' | 'action' | 'photoIds'>>;
/** A daily check as stored: only the findings that say more than OK; a point of its set not named was OK. */
export type TStoredDaily = { findings: TStoredDailyItem[] };
export type TStoredContent = TStoredDaily | TWeeklyContent | TMonthlyContent;

/**
 * One record of the business's cycle (日管控、周排查、月调度): a day's check, a week's review or a month's minutes,
 * once per operator, kind and period (the day, the week's Monday, the month's 1st). The daily check keeps the
 * points of the risk control list as they read that day (its point set), so that it prints the same after the list changes.
 * `problems` and `openProblems` (problem points without an action) are counted when written, for the compliance view.
 */
export const selfCheck = pgTable(
  'self_check',
  {
    id: idColumn(),
    operatorId: operatorIdColumn(),
    kind: text('kind', { enum: SELF_CHECK_KINDS }).notNull(),
    period: date('period').notNull(),
    content: jsonb('content').$type<TStoredContent>().notNull(),
    /** The daily check's points (null for the weekly and monthly records). */
    pointSetId: uuid('point_set_id').references(() => selfCheckPointSet.id),
    /** The risk control list the daily points came from (null without a list: the default points). */
    listId: uuid('list_id'),
    listVersion: integer('list_version'),
    problems: integer('problems').notNull().default(0),
    openProblems: integer('open_problems').notNull().default(0),
    recordedBy: uuid('recorded_by').notNull(),
    /** Who checked, as the record names them (the account's name when recorded; it prints the same if the account changes). */
    recorderName: text('recorder_name').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [unique().on(t.operatorId, t.kind, t.period), index('self_check_kind_period_idx').on(t.kind, t.period)],
);

/** A correction appended to a record after its period: the record itself is never changed then. */
export const selfCheckCorrection = pgTable(
  'self_check_correction',
  {
    id: idColumn(),
    selfCheckId: refColumn('self_check_id', () => selfCheck.id),
    text: text('text').notNull(),
    by: uuid('by').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('self_check_correction_record_idx').on(t.selfCheckId)],
);

/** Which entity kinds (by credit code) of the bureau must keep the records; the others may. */
export const selfCheckSetting = pgTable('self_check_setting', {
  id: idColumn(),
  bureauId: uuid('bureau_id')
    .notNull()
    .unique()
    .references(() => bureau.id),
  requiredEntityKinds: jsonb('required_entity_kinds').$type<TEntityKind[]>().notNull(),
  updatedBy: uuid('updated_by'),
  ...timestamps(),
  version: versionColumn(),
});
