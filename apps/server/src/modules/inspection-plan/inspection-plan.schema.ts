import { date, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { INSPECTION_KINDS } from '@shian/shared/inspection';
import { PLAN_SOURCES, PLAN_STATUSES } from '@shian/shared/plan';
import { RISK_GRADES } from '@shian/shared/risk';
import { idColumn, timestamps, versionColumn, refColumn } from '../../core/db/columns.ts';
import { bureauIdColumn, station } from '../org/org.schema.ts';
import { operatorIdColumn } from '../operator/operator.schema.ts';

/** Yearly inspection frequency per risk grade (A at least 1, B 1-2, C 2-3, D 3-4 by default). */
export const inspectionFrequency = pgTable(
  'inspection_frequency',
  {
    bureauId: bureauIdColumn(),
    grade: text('grade', { enum: RISK_GRADES }).notNull(),
    minPerYear: integer('min_per_year').notNull(),
    maxPerYear: integer('max_per_year').notNull(),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [primaryKey({ columns: [t.bureauId, t.grade] })],
);

/** One planned inspection: whom, when (year, month, due date), by whom (two or more inspectors). */
export const inspectionPlanEntry = pgTable(
  'inspection_plan_entry',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    stationId: refColumn('station_id', () => station.id),
    operatorId: operatorIdColumn(),
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    dueOn: date('due_on').notNull(),
    /** routine | unannounced | follow_up */
    kind: text('kind', { enum: INSPECTION_KINDS }).notNull().default('routine'),
    inspectorIds: uuid('inspector_ids').array().notNull(),
    /** planned | done | cancelled */
    status: text('status', { enum: PLAN_STATUSES }).notNull().default('planned'),
    inspectionId: uuid('inspection_id'),
    /** frequency | draw | targeting | manual */
    source: text('source', { enum: PLAN_SOURCES }).notNull(),
    drawId: uuid('draw_id'),
    note: jsonb('note'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    index('plan_entry_station_idx').on(t.stationId, t.year, t.month),
    index('plan_entry_operator_idx').on(t.operatorId),
    index('plan_entry_due_idx').on(t.bureauId, t.status, t.dueOn),
    // A draw plans each of its operators once: planning it twice finds its entries already there.
    uniqueIndex('plan_entry_draw_operator_idx').on(t.drawId, t.operatorId),
  ],
);
