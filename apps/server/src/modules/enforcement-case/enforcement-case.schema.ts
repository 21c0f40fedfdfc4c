import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { CASE_OUTCOMES, CASE_STATUSES, EVIDENCE_KINDS, PARTY_KINDS, type TPenaltyKind } from '@shian/shared/enforcement-case';
import { idColumn, timestamps, versionColumn, refColumn } from '../../core/db/columns.ts';
import { storedFile } from '../../core/files/file.schema.ts';
import { bureauIdColumn, department, station } from '../org/org.schema.ts';
import { operator } from '../operator/operator.schema.ts';
import { caseLead } from '../lead/lead.schema.ts';

const money = (name: string) => numeric(name, { precision: 14, scale: 2, mode: 'number' });

/**
 * An administrative penalty case (行政处罚案件) opened on a lead: filing approval, investigation, the notice of
 * proposed penalty and the party's statement, the decision and its approval, delivery, execution, closure,
 * and publication. The party is copied at filing (a case is a record of what was decided about whom).
 */
export const enforcementCase = pgTable(
  'enforcement_case',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    leadId: refColumn('lead_id', () => caseLead.id),
    operatorId: uuid('operator_id').references(() => operator.id),
    partyName: text('party_name').notNull(),
    /** organisation | natural_person */
    partyKind: text('party_kind', { enum: PARTY_KINDS }).notNull(),
    partyCode: text('party_code'),
    /** A natural person's ID number, SM4-encrypted. */
    partyIdEncrypted: text('party_id_encrypted'),
    partyAddress: text('party_address'),
    partyRepresentative: text('party_representative'),
    cause: text('cause').notNull(),
    status: text('status', { enum: CASE_STATUSES }).notNull(),
    handlingStationId: uuid('handling_station_id').references(() => station.id),
    handlingDepartmentId: uuid('handling_department_id').references(() => department.id),
    filedBy: uuid('filed_by').notNull(),
    caseNo: text('case_no'),
    filedOn: date('filed_on'),
    decisionDueOn: date('decision_due_on'),
    extended: boolean('extended').notNull().default(false),
    extensionReason: text('extension_reason'),
    extensionRequestedBy: uuid('extension_requested_by'),
    extensionRequestedAt: timestamp('extension_requested_at', { withTimezone: true }),
    noticeOn: date('notice_on'),
    /** The proposed penalty as given in the notice (TPenalty + hearingRight). */
    notice: jsonb('notice'),
    statement: text('statement'),
    statementAt: timestamp('statement_at', { withTimezone: true }),
    hearingRequested: boolean('hearing_requested').notNull().default(false),
    hearingHeldOn: date('hearing_held_on'),
    hearingRecord: text('hearing_record'),
    /** penalty | no_penalty */
    outcome: text('outcome', { enum: CASE_OUTCOMES }),
    penaltyKinds: jsonb('penalty_kinds').$type<TPenaltyKind[]>(),
    fineAmount: money('fine_amount'),
    goodsValue: money('goods_value'),
    illegalGains: money('illegal_gains'),
    confiscation: text('confiscation'),
    basisLaw: text('basis_law'),
    basisArticle: integer('basis_article'),
    basisParagraph: integer('basis_paragraph'),
    basisArticleId: uuid('basis_article_id'),
    decisionFacts: text('decision_facts'),
    noPenaltyReason: text('no_penalty_reason'),
    decisionProposedBy: uuid('decision_proposed_by'),
    decisionNo: text('decision_no'),
    decidedOn: date('decided_on'),
    decidedBy: uuid('decided_by'),
    deliveredOn: date('delivered_on'),
    executedOn: date('executed_on'),
    executionDetail: text('execution_detail'),
    closedOn: date('closed_on'),
    transferredOn: date('transferred_on'),
    policeUnit: text('police_unit'),
    /** 20 working days after the decision; null when the decision is not published (none, or a warning only). */
    publicationDueOn: date('publication_due_on'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedOn: date('published_on'),
    publishedBy: uuid('published_by'),
    /** The decision's text and its summary as published: personal data masked. */
    publishedText: text('published_text'),
    publishedSummary: text('published_summary'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    uniqueIndex('enforcement_case_lead_idx').on(t.leadId),
    uniqueIndex('enforcement_case_no_idx').on(t.bureauId, t.caseNo),
    uniqueIndex('enforcement_case_decision_no_idx').on(t.bureauId, t.decisionNo),
    index('enforcement_case_operator_idx').on(t.operatorId),
    index('enforcement_case_status_idx').on(t.bureauId, t.status),
  ],
);

/**
 * Every step of a case with who and when, and whether it was done in the platform as it happened (online)
 * or entered afterwards from the paper file: the online handling rate counts cases with no paper step.
 */
export const caseStep = pgTable(
  'case_step',
  {
    id: idColumn(),
    caseId: refColumn('case_id', () => enforcementCase.id),
    kind: text('kind').notNull(),
    /** The step's date: today, or the date on paper. */
    on: date('on').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    by: uuid('by'),
    online: boolean('online').notNull(),
    detail: text('detail'),
  },
  (t) => [index('case_step_case_idx').on(t.caseId, t.at)],
);

/** The evidence list (证据清单): each item with its file (image, PDF or Word document). */
export const caseEvidence = pgTable(
  'case_evidence',
  {
    id: idColumn(),
    caseId: refColumn('case_id', () => enforcementCase.id),
    title: text('title').notNull(),
    kind: text('kind', { enum: EVIDENCE_KINDS }).notNull(),
    collectedOn: date('collected_on').notNull(),
    fileId: refColumn('file_id', () => storedFile.id),
    addedBy: uuid('added_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_evidence_case_idx').on(t.caseId)],
);
