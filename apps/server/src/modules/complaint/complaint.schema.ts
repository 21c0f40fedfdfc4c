import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_IMPORT_STATUSES,
  COMPLAINT_ISSUE_TYPES,
  COMPLAINT_KINDS,
  COMPLAINT_MATCH_STATUSES,
  COMPLAINT_ON_EXISTING,
  COMPLAINT_OUTCOMES,
  COMPLAINT_STATUSES,
  COMPLAINT_STEP_KINDS,
  COMPLAINT_TRADES,
  type TComplaintImportMapping,
  type TComplaintImportRowError,
  type TOperatorMatch,
} from '@shian/shared/complaint';
import { CLASSIFIED_BY } from '@shian/shared/complaint-classification';
import { idColumn, timestamps, versionColumn, refColumn } from '../../core/db/columns.ts';
import { bureauIdColumn, station, unit } from '../org/org.schema.ts';
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
    bureauId: bureauIdColumn(),
    /** The 12315 registration number, or one the platform issues for web and staff entries. */
    registrationNo: text('registration_no').notNull(),
    /** complaint | report */
    kind: text('kind', { enum: COMPLAINT_KINDS }).notNull(),
    /** web | staff | import_12315 */
    channel: text('channel', { enum: COMPLAINT_CHANNELS }).notNull(),
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
    matchStatus: text('match_status', { enum: COMPLAINT_MATCH_STATUSES }).notNull().default('unmatched'),
    matchConfidence: doublePrecision('match_confidence'),
    /** The township unit of the operator (or of the address when unmatched) and the station it is routed to. */
    unitCode: text('unit_code').references(() => unit.code),
    stationId: uuid('station_id').references(() => station.id),
    /** Classification (COMPLAINT_TRADES, COMPLAINT_ISSUE_TYPES); classifiedBy: model | staff. */
    trade: text('trade', { enum: COMPLAINT_TRADES }),
    issueType: text('issue_type', { enum: COMPLAINT_ISSUE_TYPES }),
    classificationConfidence: doublePrecision('classification_confidence'),
    classifiedBy: text('classified_by', { enum: CLASSIFIED_BY }),
    /** Workflow state and statutory clocks, owned by the complaint service. */
    status: text('status', { enum: COMPLAINT_STATUSES }).notNull().default('received'),
    acceptDueOn: date('accept_due_on'),
    completeDueOn: date('complete_due_on'),
    result: text('result'),
    /** Set when handling verified a violation: the complaint then opens a lead and feeds the risk grade. */
    violationVerified: boolean('violation_verified').notNull().default(false),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** The top candidates of the registry match, kept for the person who confirms or picks one. */
    matchCandidates: jsonb('match_candidates').$type<TOperatorMatch[]>(),
    /** When the acceptance decision (accept or reject) was made; reports need none. */
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** When handling (mediation or verification) produced its result (COMPLAINT_OUTCOMES). */
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    outcome: text('outcome', { enum: COMPLAINT_OUTCOMES }),
    /** The reply clock: a terminated mediation (art. 21) or a real-name report's decision (art. 31). */
    replyDueOn: date('reply_due_on'),
    /** A report's verification clock was extended once (art. 23: "可以延长十五个工作日"). */
    extended: boolean('extended').notNull().default(false),
    /** Flagged by the hourly overdue run; cleared when the next step is recorded. */
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    /** The case lead this complaint opened (verified violation, or a suspected unlicensed business). */
    leadId: uuid('lead_id'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    uniqueIndex('complaint_registration_no_idx').on(t.bureauId, t.registrationNo),
    index('complaint_received_idx').on(t.bureauId, t.receivedAt),
    index('complaint_operator_idx').on(t.operatorId),
    index('complaint_unit_idx').on(t.unitCode, t.trade),
    index('complaint_station_status_idx').on(t.stationId, t.status),
    index('complaint_match_idx').on(t.bureauId, t.matchStatus),
    index('complaint_status_idx').on(t.bureauId, t.status),
  ],
);

/** Every step of handling (acceptance, routing, mediation, verification, result, reply): who and when. */
export const complaintStep = pgTable(
  'complaint_step',
  {
    id: idColumn(),
    complaintId: refColumn('complaint_id', () => complaint.id),
    kind: text('kind', { enum: COMPLAINT_STEP_KINDS }).notNull(),
    note: text('note'),
    actorId: uuid('actor_id').references(() => appUser.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('complaint_step_complaint_idx').on(t.complaintId, t.at)],
);

/**
 * A 12315 export being imported: its column mapping, the dry run's counts and row errors, and the
 * commit's progress. The parsed file itself stays in the server's memory (complaint-import.service.ts).
 */
export const complaintImport = pgTable('complaint_import', {
  id: idColumn(),
  bureauId: bureauIdColumn(),
  userId: refColumn('user_id', () => appUser.id),
  fileName: text('file_name').notNull(),
  /** uploaded | validated | running | done | failed */
  status: text('status', { enum: COMPLAINT_IMPORT_STATUSES }).notNull(),
  /** { field: header } chosen in the mapping step. */
  mapping: jsonb('mapping').$type<TComplaintImportMapping>(),
  /** skip | update: what a row whose registration number is already stored does. */
  onExisting: text('on_existing', { enum: COMPLAINT_ON_EXISTING }).notNull().default('skip'),
  total: integer('total').notNull().default(0),
  valid: integer('valid').notNull().default(0),
  invalid: integer('invalid').notNull().default(0),
  /** Valid rows whose registration number is already stored. */
  existing: integer('existing').notNull().default(0),
  processed: integer('processed').notNull().default(0),
  created: integer('created').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  skipped: integer('skipped').notNull().default(0),
  errors: jsonb('errors').$type<TComplaintImportRowError[]>().notNull().default([]),
  message: text('message'),
  ...timestamps(),
  version: versionColumn(),
});
