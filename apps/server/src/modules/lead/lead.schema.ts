import { boolean, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { LEAD_ASSESSMENTS, LEAD_SOURCES, LEAD_STATUSES } from '@shian/shared/lead';
import { idColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { bureauIdColumn, department, station } from '../org/org.schema.ts';
import { operator } from '../operator/operator.schema.ts';

/**
 * A case lead (案件线索) with its source (sampling:<sampleId>, complaint:<id>, inspection, higher_authority),
 * its assessment clock and the four-musts facts: assessed in time, filed when qualifying, a suspected crime
 * handed to the police with the police's receipt.
 */
export const caseLead = pgTable(
  'case_lead',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    /** sampling | complaint | inspection | higher_authority */
    source: text('source', { enum: LEAD_SOURCES }).notNull(),
    sourceId: uuid('source_id'),
    /** A higher authority's letter number, an inspection record number (hand-entered leads). */
    sourceRef: text('source_ref'),
    operatorId: uuid('operator_id').references(() => operator.id),
    summary: text('summary').notNull(),
    discoveredOn: date('discovered_on').notNull(),
    /** new | assessed */
    status: text('status', { enum: LEAD_STATUSES }).notNull().default('new'),
    /** 15 working days after discovery (30 once extended). Null only on leads recorded before the clock existed. */
    assessDueOn: date('assess_due_on'),
    extended: boolean('extended').notNull().default(false),
    extensionReason: text('extension_reason'),
    extensionRequestedBy: uuid('extension_requested_by'),
    extensionRequestedAt: timestamp('extension_requested_at', { withTimezone: true }),
    /** file | not_file | transfer_police | transfer_authority */
    assessment: text('assessment', { enum: LEAD_ASSESSMENTS }),
    assessmentReason: text('assessment_reason'),
    assessedOn: date('assessed_on'),
    assessedBy: uuid('assessed_by'),
    transferTo: text('transfer_to'),
    /** The case opened on the lead and the day its filing was approved. */
    caseId: uuid('case_id'),
    filedOn: date('filed_on'),
    suspectedCrimeOn: date('suspected_crime_on'),
    policeTransferredOn: date('police_transferred_on'),
    policeReceiptOn: date('police_receipt_on'),
    policeReceiptNo: text('police_receipt_no'),
    /** The unit that entered or assessed the lead (before that, the station of the operator's jurisdiction counts). */
    handlingStationId: uuid('handling_station_id').references(() => station.id),
    handlingDepartmentId: uuid('handling_department_id').references(() => department.id),
    createdBy: uuid('created_by'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    index('case_lead_bureau_idx').on(t.bureauId, t.discoveredOn),
    // One lead a source (a sample, a complaint): the database refuses the second of two concurrent requests.
    uniqueIndex('case_lead_source_idx').on(t.source, t.sourceId),
    index('case_lead_open_idx').on(t.bureauId, t.status, t.assessDueOn),
  ],
);
