import { date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { CADRE_PROBLEM_STATUSES, CADRE_VISIT_MODES, CADRE_VISIT_STATUSES, type TPointAnswer, type TSupervisionPointKey, type TVisitFlag } from '@shian/shared/cadre-visit';
import { idColumn, refColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { bureau, bureauIdColumn, station } from '../org/org.schema.ts';
import { operatorIdColumn } from '../operator/operator.schema.ts';
import { cadre } from '../cadre/cadre.schema.ts';

/** A supervision visit (督导) of an assigned cadre to a subject it guarantees, on site or remote. */
export const cadreVisit = pgTable(
  'cadre_visit',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    operatorId: operatorIdColumn(),
    cadreId: refColumn('cadre_id', () => cadre.id),
    recordedBy: uuid('recorded_by').notNull(),
    mode: text('mode', { enum: CADRE_VISIT_MODES }).notNull(),
    status: text('status', { enum: CADRE_VISIT_STATUSES }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }).notNull(),
    /** China date of startedAt: the quarter a visit counts towards. */
    visitedOn: date('visited_on').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    accuracy: doublePrecision('accuracy'),
    answers: jsonb('answers').$type<TPointAnswer[]>().notNull(),
    photoFileIds: uuid('photo_file_ids').array().notNull().default(sql`'{}'::uuid[]`),
    request: text('request').notNull().default(''),
    businessNote: text('business_note'),
    businessFileIds: uuid('business_file_ids').array().notNull().default(sql`'{}'::uuid[]`),
    businessAnsweredAt: timestamp('business_answered_at', { withTimezone: true }),
    /** The box-ticking flags computed when the visit was stored, in words. */
    flags: jsonb('flags').$type<TVisitFlag[]>().notNull().default(sql`'[]'::jsonb`),
    flagReviewedAt: timestamp('flag_reviewed_at', { withTimezone: true }),
    flagReviewedBy: uuid('flag_reviewed_by'),
    flagReviewNote: text('flag_review_note'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    index('cadre_visit_operator_idx').on(t.operatorId, t.visitedOn),
    index('cadre_visit_cadre_idx').on(t.cadreId, t.startedAt),
    index('cadre_visit_bureau_idx').on(t.bureauId, t.visitedOn),
  ],
);

/** A problem found on a visit, handed to the station of the subject's unit (交办) and closed there (销号). */
export const cadreProblem = pgTable(
  'cadre_problem',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    operatorId: operatorIdColumn(),
    visitId: refColumn('visit_id', () => cadreVisit.id),
    stationId: refColumn('station_id', () => station.id),
    pointKey: text('point_key').$type<TSupervisionPointKey>().notNull(),
    description: text('description').notNull(),
    workingDays: integer('working_days').notNull(),
    handedOn: date('handed_on').notNull(),
    dueOn: date('due_on').notNull(),
    status: text('status', { enum: CADRE_PROBLEM_STATUSES }).notNull().default('open'),
    closeNote: text('close_note'),
    closeFileIds: uuid('close_file_ids').array().notNull().default(sql`'{}'::uuid[]`),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by'),
    escalateNote: text('escalate_note'),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    escalatedBy: uuid('escalated_by'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    index('cadre_problem_station_idx').on(t.stationId, t.status, t.dueOn),
    index('cadre_problem_visit_idx').on(t.visitId),
    index('cadre_problem_operator_idx').on(t.operatorId),
  ],
);

/** The bureau's thresholds of the visit flags (the defaults apply while it has none). */
export const cadreVisitSetting = pgTable('cadre_visit_setting', {
  id: idColumn(),
  bureauId: uuid('bureau_id')
    .notNull()
    .unique()
    .references(() => bureau.id),
  minMinutesOnSite: integer('min_minutes_on_site').notNull(),
  maxDistanceMeters: integer('max_distance_meters').notNull(),
  maxVisitsPerHour: integer('max_visits_per_hour').notNull(),
  updatedBy: uuid('updated_by'),
  ...timestamps(),
  version: versionColumn(),
});
