import { sql } from 'drizzle-orm';
import { boolean, date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { EXIT_REASONS, LIST_ENTRY_STATUSES, REPAIR_STATUSES, type THeavierPenalty, type TListingGround } from '@shian/shared/credit';
import { idColumn, timestamps, versionColumn, refColumn } from '../../core/db/columns.ts';
import { bureauIdColumn } from '../org/org.schema.ts';
import { operatorIdColumn } from '../operator/operator.schema.ts';

/**
 * One entry of the serious-violation list (严重违法失信名单): proposed by staff, decided (listed or
 * rejected) by someone else with the superior bureau's consent, published, and ended after three years, by
 * credit repair, or by the revocation of the penalty it rests on; an exit by repair obtained by deceit is
 * revoked and the listing restored. Rules and articles: packages/shared/src/credit.ts.
 */
export const creditListEntry = pgTable(
  'credit_list_entry',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    operatorId: operatorIdColumn(),
    /** proposed | rejected | listed | exited */
    status: text('status', { enum: LIST_ENTRY_STATUSES }).notNull().default('proposed'),
    grounds: text('grounds').array().$type<TListingGround[]>().notNull(),
    heavierPenalties: text('heavier_penalties').array().$type<THeavierPenalty[]>().notNull().default(sql`'{}'::text[]`),
    penaltyDecisionNo: text('penalty_decision_no').notNull(),
    penaltyDecidedOn: date('penalty_decided_on').notNull(),
    caseId: uuid('case_id'),
    facts: text('facts').notNull(),
    priorNoticeOn: date('prior_notice_on').notNull(),
    restrictionEndsOn: date('restriction_ends_on'),
    proposedBy: uuid('proposed_by').notNull(),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    superiorConsent: text('superior_consent'),
    rejectReason: text('reject_reason'),
    /** The decision date; the three years and the one year before repair count from it. */
    listedOn: date('listed_on'),
    /** The last listed day (art. 21): three years, or a longer restriction. */
    lastDay: date('last_day'),
    publishDueOn: date('publish_due_on'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
    noticeAcknowledgedAt: timestamp('notice_acknowledged_at', { withTimezone: true }),
    noticeAcknowledgedBy: uuid('notice_acknowledged_by'),
    exitedOn: date('exited_on'),
    /** expired | repaired | penalty_revoked */
    exitReason: text('exit_reason', { enum: EXIT_REASONS }),
    /** Why and on what document the listing was revoked (art. 19). */
    exitNote: text('exit_note'),
    /** An exit by repair revoked and the listing restored (art. 20): when and why. */
    restoredAt: timestamp('restored_at', { withTimezone: true }),
    restoreReason: text('restore_reason'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    index('credit_list_entry_operator_idx').on(t.operatorId),
    index('credit_list_entry_due_idx').on(t.bureauId, t.status, t.lastDay),
    // One live entry per penalty decision: two proposals of the same decision are one.
    uniqueIndex('credit_list_entry_decision_uq').on(t.operatorId, t.penaltyDecisionNo).where(sql`status in ('proposed', 'listed')`),
  ],
);

/** A business's application for an early exit (信用修复): accepted or not, then approved or rejected. */
export const creditRepair = pgTable(
  'credit_repair',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    entryId: refColumn('entry_id', () => creditListEntry.id),
    operatorId: operatorIdColumn(),
    /** submitted | not_accepted | accepted | approved | rejected | lapsed */
    status: text('status', { enum: REPAIR_STATUSES }).notNull().default('submitted'),
    statement: text('statement').notNull(),
    pledge: boolean('pledge').notNull(),
    evidenceFileIds: uuid('evidence_file_ids').array().notNull(),
    submittedBy: uuid('submitted_by').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    acceptDueOn: date('accept_due_on').notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    decideDueOn: date('decide_due_on'),
    /** The conditions of art. 16-17 as staff found them. */
    checklist: jsonb('checklist'),
    reason: text('reason'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    handledBy: uuid('handled_by'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    index('credit_repair_entry_idx').on(t.entryId),
    index('credit_repair_status_idx').on(t.bureauId, t.status),
    // One pending application per entry.
    uniqueIndex('credit_repair_pending_uq').on(t.entryId).where(sql`status in ('submitted', 'accepted')`),
  ],
);
