import { date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COMMITMENT_STATUSES, INTERVIEW_STATUSES, INTERVIEW_STEP_KINDS, type TInterviewComplaintCounts } from '@shian/shared/interview';
import { idColumn, timestamps, versionColumn, refColumn } from '../../core/db/columns.ts';
import { bureauIdColumn } from '../org/org.schema.ts';
import { operatorIdColumn } from '../operator/operator.schema.ts';
import { appUser } from '../user/user.schema.ts';

/**
 * An administrative interview (行政约谈) of an operator: the notice's details, the meeting record and
 * its status (INTERVIEW_STATUSES). The bureau contact's phone is SM4-encrypted like every phone.
 */
export const interview = pgTable(
  'interview',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    operatorId: operatorIdColumn(),
    status: text('status', { enum: INTERVIEW_STATUSES }).notNull().default('draft'),
    /** Numbered when the notice is issued: 〔year〕serial per bureau. */
    noticeNo: text('notice_no'),
    reason: text('reason').notNull(),
    complaintsFrom: date('complaints_from').notNull(),
    complaintsTo: date('complaints_to').notNull(),
    /** TInterviewComplaintCounts, taken at creation: the notice cites what staff saw when they decided. */
    complaintCounts: jsonb('complaint_counts').$type<TInterviewComplaintCounts>().notNull(),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    legalBasis: text('legal_basis').notNull(),
    attendees: text('attendees').notNull(),
    contactName: text('contact_name').notNull(),
    contactPhoneEncrypted: text('contact_phone_encrypted').notNull(),
    noticeIssuedAt: timestamp('notice_issued_at', { withTimezone: true }),
    heldAt: timestamp('held_at', { withTimezone: true }),
    attendance: text('attendance'),
    minutes: text('minutes'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => appUser.id),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    index('interview_operator_idx').on(t.operatorId),
    index('interview_status_idx').on(t.bureauId, t.status),
    uniqueIndex('interview_notice_no_idx').on(t.bureauId, t.noticeNo),
  ],
);

/** What the operator undertook at the interview, with a due date and the follow-up (done / not done). */
export const interviewCommitment = pgTable(
  'interview_commitment',
  {
    id: idColumn(),
    interviewId: refColumn('interview_id', () => interview.id),
    commitment: text('commitment').notNull(),
    dueOn: date('due_on').notNull(),
    /** open | done | not_done */
    status: text('status', { enum: COMMITMENT_STATUSES }).notNull().default('open'),
    evidence: text('evidence'),
    followedUpAt: timestamp('followed_up_at', { withTimezone: true }),
    followedUpBy: uuid('followed_up_by').references(() => appUser.id),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('interview_commitment_interview_idx').on(t.interviewId)],
);

/** Every step of an interview: who did what, when. */
export const interviewStep = pgTable(
  'interview_step',
  {
    id: idColumn(),
    interviewId: refColumn('interview_id', () => interview.id),
    kind: text('kind', { enum: INTERVIEW_STEP_KINDS }).notNull(),
    note: text('note'),
    actorId: uuid('actor_id').references(() => appUser.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('interview_step_interview_idx').on(t.interviewId, t.at)],
);
