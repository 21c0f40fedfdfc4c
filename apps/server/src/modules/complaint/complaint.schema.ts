import { boolean, date, doublePrecision, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { bureau, station, unit } from '../org/org.schema.ts';
import { operator } from '../operator/operator.schema.ts';
import { appUser } from '../user/user.schema.ts';

/**
 * A complaint or report (投诉 / 举报) from the public form, staff entry or a 12315 export. The
 * complainant's contacts are one SM4-encrypted JSON document; nothing personal is stored in clear.
 */
export const complaint = pgTable(
  'complaint',
  {
    id: idColumn(),
    bureauId: uuid('bureau_id').notNull().references(() => bureau.id),
    /** The 12315 registration number, or one the platform issues for web and staff entries. */
    registrationNo: text('registration_no').notNull(),
    /** complaint | report */
    kind: text('kind').notNull(),
    /** web | staff | import_12315 */
    channel: text('channel').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    anonymous: boolean('anonymous').notNull().default(false),
    /** SM4 ciphertext of {name, phone, email, address}; null when anonymous. */
    complainantEnc: text('complainant_enc'),
    /** The business as the complainant named it. */
    namedBusiness: text('named_business'),
    namedAddress: text('named_address'),
    namedUscc: text('named_uscc'),
    description: text('description').notNull(),
    /** Matching to the registry (see COMPLAINT_MATCH_STATUSES). */
    operatorId: uuid('operator_id').references(() => operator.id),
    matchStatus: text('match_status').notNull().default('unmatched'),
    matchConfidence: doublePrecision('match_confidence'),
    /** The township unit of the operator (or of the address when unmatched) and the station it is routed to. */
    unitCode: text('unit_code').references(() => unit.code),
    stationId: uuid('station_id').references(() => station.id),
    /** Classification (COMPLAINT_TRADES, COMPLAINT_ISSUE_TYPES); classifiedBy: model | staff. */
    trade: text('trade'),
    issueType: text('issue_type'),
    classificationConfidence: doublePrecision('classification_confidence'),
    classifiedBy: text('classified_by'),
    /** Workflow state and statutory clocks, owned by the complaint service. */
    status: text('status').notNull().default('received'),
    acceptDueOn: date('accept_due_on'),
    completeDueOn: date('complete_due_on'),
    result: text('result'),
    /** Set when handling verified a violation: the complaint then opens a lead and feeds the risk grade. */
    violationVerified: boolean('violation_verified').notNull().default(false),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    uniqueIndex('complaint_registration_no_idx').on(t.bureauId, t.registrationNo),
    index('complaint_received_idx').on(t.bureauId, t.receivedAt),
    index('complaint_operator_idx').on(t.operatorId),
    index('complaint_unit_idx').on(t.unitCode, t.trade),
    index('complaint_station_status_idx').on(t.stationId, t.status),
  ],
);

/** Every step of handling (acceptance, routing, mediation, verification, result, reply): who and when. */
export const complaintStep = pgTable(
  'complaint_step',
  {
    id: idColumn(),
    complaintId: uuid('complaint_id').notNull().references(() => complaint.id),
    kind: text('kind').notNull(),
    note: text('note'),
    actorId: uuid('actor_id').references(() => appUser.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('complaint_step_complaint_idx').on(t.complaintId, t.at)],
);
