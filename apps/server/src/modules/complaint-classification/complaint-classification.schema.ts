import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COMPLAINT_ISSUE_TYPES, COMPLAINT_TRADES } from '@shian/shared/complaint';
import { CLASSIFIER_MODEL_STATUSES } from '@shian/shared/complaint-classification';
import { idColumn, timestamps, versionColumn, refColumn } from '../../core/db/columns.ts';
import { bureauIdColumn } from '../org/org.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { complaint } from '../complaint/complaint.schema.ts';

/**
 * A staff correction of a complaint's classification (分类更正), kept as training data: the text as it
 * was classified, the labels staff gave, and what the model had said.
 */
export const complaintLabel = pgTable(
  'complaint_label',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    complaintId: refColumn('complaint_id', () => complaint.id),
    text: text('text').notNull(),
    trade: text('trade', { enum: COMPLAINT_TRADES }).notNull(),
    issueType: text('issue_type', { enum: COMPLAINT_ISSUE_TYPES }).notNull(),
    previousTrade: text('previous_trade', { enum: COMPLAINT_TRADES }),
    previousIssueType: text('previous_issue_type', { enum: COMPLAINT_ISSUE_TYPES }),
    labelledBy: uuid('labelled_by').references(() => appUser.id),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('complaint_label_bureau_idx').on(t.bureauId, t.createdAt), index('complaint_label_complaint_idx').on(t.complaintId, t.createdAt)],
);

/**
 * A trained classifier (分类模型) of a bureau, numbered 1, 2, …: the counts and scales as JSON (see
 * classifier-model.ts), its evaluation on held-out texts, and the training's progress. The newest ready
 * one is the active model; without any, the built-in seed model (version 0, never stored) answers.
 */
export const complaintClassifierModel = pgTable(
  'complaint_classifier_model',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    modelVersion: integer('model_version').notNull(),
    /** training | ready | failed */
    status: text('status', { enum: CLASSIFIER_MODEL_STATUSES }).notNull().default('training'),
    /** 0-100 while training. */
    progress: integer('progress').notNull().default(0),
    seedSize: integer('seed_size').notNull().default(0),
    labelCount: integer('label_count').notNull().default(0),
    model: jsonb('model'),
    evaluation: jsonb('evaluation'),
    message: text('message'),
    /** Complaints the model classified again with this version once it was trained. */
    reclassified: integer('reclassified'),
    createdBy: uuid('created_by').references(() => appUser.id),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [uniqueIndex('complaint_classifier_model_version_idx').on(t.bureauId, t.modelVersion)],
);
