import { date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ALLOCATION_STATUSES, TARGETING_TRIGGERS, type TAllocationReason, type TTargetingEvaluation } from '@shian/shared/targeting';
import { idColumn, timestamps, versionColumn, refColumn } from '../../core/db/columns.ts';
import { bureauIdColumn, station } from '../org/org.schema.ts';
import { operatorIdColumn } from '../operator/operator.schema.ts';
import type { TStoredReason } from './targeting-reasons.ts';
import type { TConsistencyRow } from './targeting-training.ts';

/** An allocation's entry as stored, in list order. */
export type TStoredItem = {
  operatorId: string;
  reason: TAllocationReason;
  probability: number | null;
  existingEntryId: string | null;
  reasons: TStoredReason[];
};

/**
 * One trained version of the targeting model (boosted trees, model/gbdt.ts) with the evaluation made
 * on the latest part of its history and the inspector consistency check. Versions are never changed:
 * each retraining adds one, and the newest is the one in use.
 */
export const targetingModel = pgTable(
  'targeting_model',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    /** 1, 2, 3… per bureau. */
    number: integer('number').notNull(),
    /** Only facts known before this moment were used, and the scores are as of it. */
    asOf: timestamp('as_of', { withTimezone: true }).notNull(),
    /** manual | schedule | seed */
    trigger: text('trigger', { enum: TARGETING_TRIGGERS }).notNull(),
    trainedBy: uuid('trained_by'),
    trainingRows: integer('training_rows').notNull(),
    positives: integer('positives').notNull(),
    /** TBoostedModel: feature names, trees, base score. */
    model: jsonb('model').notNull(),
    evaluation: jsonb('evaluation').$type<TTargetingEvaluation>().notNull(),
    consistency: jsonb('consistency').$type<TConsistencyRow[]>().notNull(),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [uniqueIndex('targeting_model_number_idx').on(t.bureauId, t.number), index('targeting_model_as_of_idx').on(t.bureauId, t.asOf)],
);

/** Each active operator's predicted chance under one model version, its rank and its top reasons. */
export const targetingScore = pgTable(
  'targeting_score',
  {
    modelId: refColumn('model_id', () => targetingModel.id),
    operatorId: operatorIdColumn(),
    probability: doublePrecision('probability').notNull(),
    /** 1 = highest within the bureau. */
    rank: integer('rank').notNull(),
    /** [{ feature, value, contribution }]: the largest positive contributions, highest first. */
    reasons: jsonb('reasons').$type<TStoredReason[]>().notNull(),
    ...timestamps(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.operatorId] }), index('targeting_score_rank_idx').on(t.modelId, t.rank)],
);

/** A station's list for the coming week(s): legal-minimum visits first, then by risk, grouped by unit. */
export const targetingAllocation = pgTable(
  'targeting_allocation',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    stationId: refColumn('station_id', () => station.id),
    modelId: uuid('model_id').references(() => targetingModel.id),
    weekStart: date('week_start').notNull(),
    weeks: integer('weeks').notNull(),
    dueOn: date('due_on').notNull(),
    capacity: integer('capacity').notNull(),
    items: jsonb('items').$type<TStoredItem[]>().notNull(),
    /** draft | planned | superseded */
    status: text('status', { enum: ALLOCATION_STATUSES }).notNull().default('draft'),
    plannedAt: timestamp('planned_at', { withTimezone: true }),
    plannedBy: uuid('planned_by'),
    plannedEntries: integer('planned_entries').notNull().default(0),
    createdBy: uuid('created_by'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('targeting_allocation_station_idx').on(t.stationId, t.weekStart), index('targeting_allocation_bureau_idx').on(t.bureauId, t.weekStart)],
);
