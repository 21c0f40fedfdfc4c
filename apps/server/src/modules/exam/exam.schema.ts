import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { EXAM_AUDIENCES } from '@shian/shared/exam-question';
import { EXAM_KINDS } from '@shian/shared/exam';
import { idColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { bureau, bureauIdColumn, station, unit } from '../org/org.schema.ts';
import { operator, personnel } from '../operator/operator.schema.ts';
import { inspection } from '../inspection/inspection.schema.ts';

/** The bureau's exam rules when it sets its own (question counts, pass mark, time limits, retake days). */
export const examSetting = pgTable('exam_setting', {
  id: idColumn(),
  bureauId: uuid('bureau_id')
    .notNull()
    .unique()
    .references(() => bureau.id),
  questionCount: integer('question_count').notNull(),
  passPercent: integer('pass_percent').notNull(),
  timeLimitMinutes: integer('time_limit_minutes').notNull(),
  spotQuestionCount: integer('spot_question_count').notNull(),
  spotTimeLimitMinutes: integer('spot_time_limit_minutes').notNull(),
  retakeDays: integer('retake_days').notNull(),
  updatedBy: uuid('updated_by'),
  ...timestamps(),
  version: versionColumn(),
});

/**
 * One sitting of an exam: online (a staff user for themself, or a business for one of its managers) or on site
 * during an inspection (spot). The questions are drawn when it starts; the server's clock sets `dueAt`. One open
 * attempt per candidate (the partial unique indexes): a manager by personnel row, a staff user by account.
 */
export const examAttempt = pgTable(
  'exam_attempt',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    kind: text('kind', { enum: EXAM_KINDS }).notNull(),
    audience: text('audience', { enum: EXAM_AUDIENCES }).notNull(),
    /** The staff user sitting an online exam for themself; null for a manager. */
    userId: uuid('user_id'),
    /** The manager sitting it; null once the operator no longer lists them (`candidateName` still says who). */
    personnelId: uuid('personnel_id').references(() => personnel.id, { onDelete: 'set null' }),
    operatorId: uuid('operator_id').references(() => operator.id),
    inspectionId: uuid('inspection_id').references(() => inspection.id),
    /** The candidate's name when the attempt started (a manager or a staff user). */
    candidateName: text('candidate_name').notNull(),
    /** The operator's unit, or a cadre's: what station scopes read the attempt by. */
    unitCode: text('unit_code').references(() => unit.code),
    /** A station staff member's own station (their online exams). */
    stationId: uuid('station_id').references(() => station.id),
    /** Who started it: the learner online, the inspector for a spot exam (whose phone answers it). */
    startedBy: uuid('started_by').notNull(),
    questionIds: uuid('question_ids').array().notNull(),
    answers: jsonb('answers').$type<Record<string, number[]>>().notNull().default({}),
    passPercent: integer('pass_percent').notNull(),
    correct: integer('correct'),
    score: integer('score'),
    passed: boolean('passed'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** A failed spot exam: the China date by which the manager must pass again. */
    retakeBy: date('retake_by'),
    /** The passed attempt that cleared the retake deadline. */
    retakeClearedBy: uuid('retake_cleared_by'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    uniqueIndex('exam_attempt_open_personnel_key').on(t.personnelId).where(sql`${t.submittedAt} is null and ${t.personnelId} is not null`),
    uniqueIndex('exam_attempt_open_user_key').on(t.userId).where(sql`${t.submittedAt} is null and ${t.userId} is not null`),
    index('exam_attempt_bureau_idx').on(t.bureauId, t.submittedAt),
    index('exam_attempt_operator_idx').on(t.operatorId),
    index('exam_attempt_inspection_idx').on(t.inspectionId),
    index('exam_attempt_started_by_idx').on(t.startedBy, t.startedAt),
  ],
);
