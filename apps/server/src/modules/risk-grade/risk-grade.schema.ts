import { doublePrecision, index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { RISK_GRADES } from '@shian/shared/risk';
import { idColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { bureauIdColumn } from '../org/org.schema.ts';
import { operatorIdColumn } from '../operator/operator.schema.ts';
import type { TBreakdownItem } from './risk-grade.scoring.ts';

/** Score bands: a score at or above minScore falls in the grade (A lowest risk, D highest). */
export const riskBand = pgTable(
  'risk_band',
  {
    bureauId: bureauIdColumn(),
    grade: text('grade', { enum: RISK_GRADES }).notNull(),
    minScore: doublePrecision('min_score').notNull(),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [primaryKey({ columns: [t.bureauId, t.grade] })],
);

/**
 * Every grading of an operator, with the breakdown that explains each point
 * ([{ points, reason, source, at }]); the newest row is the operator's current grade.
 */
export const riskAssessment = pgTable(
  'risk_assessment',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    operatorId: operatorIdColumn(),
    staticScore: doublePrecision('static_score').notNull(),
    dynamicScore: doublePrecision('dynamic_score').notNull(),
    score: doublePrecision('score').notNull(),
    grade: text('grade', { enum: RISK_GRADES }).notNull(),
    breakdown: jsonb('breakdown').$type<TBreakdownItem[]>().notNull(),
    /** What caused the recomputation: an event name, 'schedule', 'bands-changed', 'seed'. */
    trigger: text('trigger').notNull(),
    assessedAt: timestamp('assessed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('risk_assessment_operator_idx').on(t.operatorId, t.assessedAt)],
);
