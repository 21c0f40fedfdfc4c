import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { SELF_CHECK_KINDS, type TSelfCheckContent } from '@shian/shared/self-check';
import type { TEntityKind } from '@shian/shared/uscc';
import { idColumn, refColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { bureau } from '../org/org.schema.ts';
import { operatorIdColumn } from '../operator/operator.schema.ts';

/**
 * One record of the business's cycle (日管控、周排查、月调度): a day's check, a week's review or a month's minutes,
 * once per operator, kind and period (the day, the week's Monday, the month's 1st). The daily check keeps the
 * points of the risk control list as they read that day, so that it prints the same after the list changes.
 * `problems` and `openProblems` (problem points without an action) are counted when written, for the compliance view.
 */
export const selfCheck = pgTable(
  'self_check',
  {
    id: idColumn(),
    operatorId: operatorIdColumn(),
    kind: text('kind', { enum: SELF_CHECK_KINDS }).notNull(),
    period: date('period').notNull(),
    content: jsonb('content').$type<TSelfCheckContent>().notNull(),
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
