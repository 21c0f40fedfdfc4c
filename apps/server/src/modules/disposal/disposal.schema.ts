import { date, doublePrecision, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { DISPOSAL_STATUSES, DISPOSAL_STEP_KINDS, DISPOSAL_STEP_STATUSES } from '@shian/shared/disposal';
import { idColumn, timestamps, versionColumn, refColumn } from '../../core/db/columns.ts';
import { bureau, bureauIdColumn } from '../org/org.schema.ts';
import { operatorIdColumn } from '../operator/operator.schema.ts';
import { sample } from '../sampling/sampling.schema.ts';

/**
 * The verification and disposal (核查处置) of a nonconforming sample, with its statutory clocks in
 * working days: deliver the result, the business's objection window, complete the disposal.
 */
export const disposal = pgTable(
  'disposal',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    sampleId: uuid('sample_id')
      .notNull()
      .unique()
      .references(() => sample.id),
    operatorId: operatorIdColumn(),
    /** open | closed */
    status: text('status', { enum: DISPOSAL_STATUSES }).notNull().default('open'),
    openedOn: date('opened_on').notNull(),
    deliverDueOn: date('deliver_due_on').notNull(),
    objectionDueOn: date('objection_due_on').notNull(),
    completeDueOn: date('complete_due_on').notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgedBy: uuid('acknowledged_by'),
    objection: text('objection'),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('disposal_operator_idx').on(t.operatorId), index('disposal_due_idx').on(t.bureauId, t.status, t.completeDueOn)],
);

/** One step of a disposal: notify, off-shelf, recall, cause analysis, rectification, follow-up check. */
export const disposalStep = pgTable(
  'disposal_step',
  {
    id: idColumn(),
    disposalId: refColumn('disposal_id', () => disposal.id),
    kind: text('kind', { enum: DISPOSAL_STEP_KINDS }).notNull(),
    /** open | done */
    status: text('status', { enum: DISPOSAL_STEP_STATUSES }).notNull().default('open'),
    detail: text('detail'),
    quantity: doublePrecision('quantity'),
    quantityUnit: text('quantity_unit'),
    dueOn: date('due_on'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('disposal_step_disposal_idx').on(t.disposalId)],
);

/**
 * The bureau's disposal clocks when it sets its own (a province may set shorter ones); without a row
 * the national defaults apply. A change applies to disposals opened afterwards: open ones keep the
 * deadlines they were given.
 */
export const disposalClockSetting = pgTable('disposal_clock_setting', {
  id: idColumn(),
  bureauId: uuid('bureau_id')
    .notNull()
    .unique()
    .references(() => bureau.id),
  deliverWorkingDays: integer('deliver_working_days').notNull(),
  objectionWorkingDays: integer('objection_working_days').notNull(),
  completeDays: integer('complete_days').notNull(),
  updatedBy: uuid('updated_by'),
  ...timestamps(),
  version: versionColumn(),
});
