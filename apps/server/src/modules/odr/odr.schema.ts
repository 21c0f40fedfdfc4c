import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ODR_ENROLMENT_STATUSES, ODR_NEGOTIATION_STATUSES } from '@shian/shared/odr';
import { idColumn, timestamps, versionColumn, refColumn } from '../../core/db/columns.ts';
import { bureauIdColumn } from '../org/org.schema.ts';
import { operatorIdColumn } from '../operator/operator.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { complaint } from '../complaint/complaint.schema.ts';

/** A business in online dispute resolution (ODR): invited, enrolled with its consent, or withdrawn. */
export const odrEnrolment = pgTable(
  'odr_enrolment',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    operatorId: operatorIdColumn(),
    /** invited | enrolled | withdrawn */
    status: text('status', { enum: ODR_ENROLMENT_STATUSES }).notNull().default('invited'),
    /** Complaints in the suggestion window when it was invited: why it was asked. */
    complaintsAtInvitation: integer('complaints_at_invitation').notNull(),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
    invitedBy: uuid('invited_by').references(() => appUser.id),
    consentedOn: date('consented_on'),
    signatory: text('signatory'),
    consentRecordedBy: uuid('consent_recorded_by').references(() => appUser.id),
    note: text('note'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by').references(() => appUser.id),
    withdrawalNote: text('withdrawal_note'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    // One live enrolment per business; a withdrawn one may be followed by a new invitation.
    uniqueIndex('odr_enrolment_live_idx').on(t.operatorId).where(sql`status <> 'withdrawn'`),
    index('odr_enrolment_status_idx').on(t.bureauId, t.status),
  ],
);

/** One complaint negotiated by an enrolled business, on the 10-working-day clock. */
export const odrNegotiation = pgTable(
  'odr_negotiation',
  {
    id: idColumn(),
    enrolmentId: refColumn('enrolment_id', () => odrEnrolment.id),
    operatorId: operatorIdColumn(),
    /** A complaint goes to negotiation once: a failed one returns to regular handling for good. */
    complaintId: uuid('complaint_id')
      .notNull()
      .unique()
      .references(() => complaint.id),
    startedOn: date('started_on').notNull(),
    dueOn: date('due_on').notNull(),
    /** negotiating | settled | failed */
    status: text('status', { enum: ODR_NEGOTIATION_STATUSES }).notNull().default('negotiating'),
    outcomeNote: text('outcome_note'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by').references(() => appUser.id),
    createdBy: uuid('created_by').references(() => appUser.id),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('odr_negotiation_enrolment_idx').on(t.enrolmentId, t.status)],
);
