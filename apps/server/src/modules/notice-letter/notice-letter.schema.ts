import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { NOTICE_DELIVERY_METHODS, NOTICE_LETTER_KINDS, NOTICE_LETTER_STATUSES } from '@shian/shared/notice-letter';
import { idColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { bureauIdColumn } from '../org/org.schema.ts';
import { cadre, operator } from '../operator/operator.schema.ts';
import { inspection } from '../inspection/inspection.schema.ts';
import { interview } from '../interview/interview.schema.ts';
import { appUser } from '../user/user.schema.ts';

/**
 * One of the two notices and a letter (两书一函): addressed to a business (operator_id) or, for a reminder letter,
 * to an assigned cadre's work unit (cadre_id). Numbered when issued, per bureau, kind and year without gaps (seq
 * under an advisory lock in the issuing transaction, held unique by the index); delivered online (the addressee
 * signs in its account) or on paper (the date and the signer recorded by staff); answered by answer_due_on.
 */
export const noticeLetter = pgTable(
  'notice_letter',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    kind: text('kind', { enum: NOTICE_LETTER_KINDS }).notNull(),
    /** 黄陂市监提醒〔2026〕0001号, set when issued. */
    number: text('number'),
    year: integer('year'),
    seq: integer('seq'),
    operatorId: uuid('operator_id').references(() => operator.id),
    cadreId: uuid('cadre_id').references(() => cadre.id),
    inspectionId: uuid('inspection_id').references(() => inspection.id),
    interviewId: uuid('interview_id').references(() => interview.id),
    reason: text('reason').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: NOTICE_LETTER_STATUSES }).notNull().default('draft'),
    issuedBy: uuid('issued_by').references(() => appUser.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    deliveryMethod: text('delivery_method', { enum: NOTICE_DELIVERY_METHODS }),
    /** The account that signed for it online (null on paper). */
    signedBy: uuid('signed_by').references(() => appUser.id),
    /** The signer's name: the account holder's, or the one on the paper receipt. */
    signerName: text('signer_name'),
    answerDueOn: date('answer_due_on').notNull(),
    answer: text('answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredBy: uuid('answered_by').references(() => appUser.id),
    /** Photos attached to the answer (stored files of kind 'photo'). */
    attachmentIds: uuid('attachment_ids').array().notNull().default(sql`'{}'::uuid[]`),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by').references(() => appUser.id),
    closeNote: text('close_note'),
    createdBy: uuid('created_by').references(() => appUser.id),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    uniqueIndex('notice_letter_number_idx').on(t.bureauId, t.number),
    uniqueIndex('notice_letter_seq_idx').on(t.bureauId, t.kind, t.year, t.seq),
    index('notice_letter_operator_idx').on(t.operatorId),
    index('notice_letter_cadre_idx').on(t.cadreId),
    index('notice_letter_status_idx').on(t.bureauId, t.status, t.answerDueOn),
  ],
);
