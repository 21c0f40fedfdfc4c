import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { RECTIFICATION_STATUSES } from '@shian/shared/rectification';
import { idColumn, timestamps, versionColumn, refColumn } from '../../core/db/columns.ts';
import { bureauIdColumn } from '../org/org.schema.ts';
import { operatorIdColumn } from '../operator/operator.schema.ts';
import { inspection } from '../inspection/inspection.schema.ts';
import { checklistItem } from '../checklist/checklist.schema.ts';

/**
 * A rectification demand (整改) from an inspection: the operator answers with evidence before the
 * deadline (in working days); the inspector accepts or rejects. Overdue = open or rejected past dueOn.
 */
export const rectification = pgTable(
  'rectification',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    operatorId: operatorIdColumn(),
    inspectionId: refColumn('inspection_id', () => inspection.id),
    itemId: uuid('item_id').references(() => checklistItem.id),
    demand: text('demand').notNull(),
    workingDays: integer('working_days').notNull(),
    dueOn: date('due_on').notNull(),
    /** open | answered | accepted | rejected */
    status: text('status', { enum: RECTIFICATION_STATUSES }).notNull().default('open'),
    answer: text('answer'),
    answerFileIds: uuid('answer_file_ids').array().notNull().default(sql`'{}'::uuid[]`),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredBy: uuid('answered_by'),
    reviewNote: text('review_note'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by'),
    /** When an overdue demand was escalated to the station head. */
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('rectification_operator_idx').on(t.operatorId), index('rectification_due_idx').on(t.bureauId, t.status, t.dueOn)],
);
