// The serious-violation list (严重违法失信名单): proposal, decision by someone else, the notice to the business,
// publication, and the end of a listing after three years. Articles: packages/shared/src/credit.ts.
import {
  listingLastDay,
  publishDueOn,
  type TListEntryCreate,
  type TListEntryApprove,
  type TListEntryDetail,
  type TListEntryListQuery,
  type TListEntry,
  type TReasoned,
  type TCreditStatus,
} from '@shian/shared/credit';
import type { TLang } from '@shian/shared/messages';
import type { TPage } from '@shian/shared/http';
import { chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError, forbidden, notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { getOperator, operatorScopeOf } from '../operator/operator.public.ts';
import { gradeOperators } from '../risk-grade/risk-grade.public.ts';
import { creditPenaltiesOf } from './credit-penalties.ts';
import * as repo from './credit.repository.ts';
import { presentEntry, presentRepair } from './credit.presenter.ts';

/** Listed while any entry is in force; repaired when the latest to end ended by repair. */
export function creditStatusOf(entries: { status: string; exitReason: string | null; exitedOn: string | null }[]): TCreditStatus {
  if (entries.some((e) => e.status === 'listed')) return 'listed';
  const ended = entries.filter((e) => e.status === 'exited' && e.exitedOn).sort((a, b) => b.exitedOn!.localeCompare(a.exitedOn!));
  return ended[0]?.exitReason === 'repaired' ? 'repaired' : 'normal';
}

export async function loadEntry(db: TDbOrTx, user: TSessionUser, id: string) {
  const row = await repo.findEntry(db, operatorScopeOf(user), id);
  if (!row) throw notFound();
  return row;
}

const notProposed = () => invalidField('status', { zh: '该列入建议已处理，不能再次审批', en: 'this proposal was already decided' });

export async function listEntries(ctx: TContext, user: TSessionUser, query: TListEntryListQuery, lang: TLang): Promise<TPage<TListEntry>> {
  const scope = operatorScopeOf(user);
  const today = chinaToday();
  const { rows, total } = await repo.listEntries(ctx.db, scope, query);
  return { items: rows.map((r) => presentEntry(r, today, lang)), total, page: query.page, pageSize: query.pageSize };
}

export async function getEntry(ctx: TContext, user: TSessionUser, id: string, lang: TLang): Promise<TListEntryDetail> {
  const row = await loadEntry(ctx.db, user, id);
  const repairs = await repo.repairsOf(ctx.db, [id]);
  // Penalties after the listing, for the check "no further heavier penalty" (art. 16 (三)).
  const later = row.listedOn ? (await creditPenaltiesOf(ctx.db, [row.operatorId], { publishedOnly: false })).filter((p) => p.decidedOn > row.listedOn!) : [];
  return {
    ...presentEntry(row, chinaToday(), lang),
    repairs: repairs.map(presentRepair),
    laterPenalties: later.map(({ operatorId: _operatorId, ...p }) => p),
  };
}

/** Staff propose a listing with the grounds and the heavier penalty it rests on (art. 2, 5, 10-13). */
export async function proposeEntry(ctx: TContext, user: TSessionUser, input: TListEntryCreate, lang: TLang, today = chinaToday()) {
  await getOperator(ctx, user, input.operatorId);
  if (input.priorNoticeOn > today)
    throw invalidField('priorNoticeOn', { zh: '不能晚于今天（须在作出列入决定前告知）', en: 'must not be after today (notice comes before the decision)' });
  if (input.penaltyDecidedOn > today) throw invalidField('penaltyDecidedOn', { zh: '不能晚于今天', en: 'must not be after today' });
  if (input.restrictionEndsOn && input.restrictionEndsOn <= input.penaltyDecidedOn) {
    throw invalidField('restrictionEndsOn', { zh: '应晚于处罚决定日期', en: 'must be after the penalty decision date' });
  }
  if (input.caseId) {
    const penalties = await creditPenaltiesOf(ctx.db, [input.operatorId], { publishedOnly: false });
    if (!penalties.some((p) => p.caseId === input.caseId && p.decisionNo === input.penaltyDecisionNo)) {
      throw invalidField('caseId', { zh: '不是该经营主体此文号的处罚决定所在案件', en: "is not the case of this operator's penalty decision" });
    }
  }
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertEntry(tx, {
      ...input,
      caseId: input.caseId ?? null,
      restrictionEndsOn: input.restrictionEndsOn ?? null,
      bureauId: user.bureauId,
      proposedBy: user.id,
    });
    if (!row) {
      throw new AppError('CONFLICT', { what: { zh: `处罚决定 ${input.penaltyDecisionNo} 的列入建议或列入记录`, en: `A listing for decision ${input.penaltyDecisionNo} ` } });
    }
    await recordAudit(tx, [
      {
        actor: user,
        action: 'propose',
        entity: 'credit_list_entry',
        entityId: row.id,
        after: { operatorId: input.operatorId, grounds: input.grounds, heavierPenalties: input.heavierPenalties, penaltyDecisionNo: input.penaltyDecisionNo },
      },
    ]);
    return row.id;
  });
  await ctx.events.publish('credit.changed', { bureauId: user.bureauId, operatorId: input.operatorId, entryId: id, repairId: null, step: 'proposed' }, user);
  return getEntry(ctx, user, id, lang);
}

/** Someone other than the proposer decides (art. 13); a county-level bureau records its superior's consent (art. 22). */
export async function approveEntry(ctx: TContext, user: TSessionUser, id: string, input: TListEntryApprove, lang: TLang, today = chinaToday()) {
  const before = await loadEntry(ctx.db, user, id);
  if (before.status !== 'proposed') throw notProposed();
  if (before.proposedBy === user.id) throw ownProposal();
  const calendar = await loadCalendar(ctx.db);
  const values = {
    status: 'listed' as const,
    decidedBy: user.id,
    decidedAt: new Date(),
    superiorConsent: input.superiorConsent,
    listedOn: today,
    lastDay: listingLastDay(today, before.restrictionEndsOn),
    publishDueOn: publishDueOn(calendar, today),
  };
  await ctx.db.transaction(async (tx) => {
    await repo.updateEntryVersioned(tx, id, input.version, values);
    await recordAudit(tx, [
      {
        actor: user,
        action: 'approve',
        entity: 'credit_list_entry',
        entityId: id,
        before: { status: 'proposed' },
        after: { status: 'listed', listedOn: values.listedOn, lastDay: values.lastDay, superiorConsent: values.superiorConsent },
      },
    ]);
  });
  await gradeOperators(ctx, [before.operatorId], 'credit.listed');
  return getEntry(ctx, user, id, lang);
}

const ownProposal = () =>
  invalidField('proposedBy', { zh: '列入决定须由提出建议人以外的人员审批，不能审批本人提出的建议', en: 'must be decided by someone other than the proposer' });

export async function rejectEntry(ctx: TContext, user: TSessionUser, id: string, input: TReasoned, lang: TLang) {
  const before = await loadEntry(ctx.db, user, id);
  if (before.status !== 'proposed') throw notProposed();
  if (before.proposedBy === user.id) throw ownProposal();
  await ctx.db.transaction(async (tx) => {
    await repo.updateEntryVersioned(tx, id, input.version, { status: 'rejected', decidedBy: user.id, decidedAt: new Date(), rejectReason: input.reason });
    await recordAudit(tx, [
      { actor: user, action: 'reject', entity: 'credit_list_entry', entityId: id, before: { status: 'proposed' }, after: { status: 'rejected', reason: input.reason } },
    ]);
  });
  return getEntry(ctx, user, id, lang);
}

/** Publication through the national system (art. 14: within 20 working days); the public lookup shows it from then. */
export async function publishEntry(ctx: TContext, user: TSessionUser, id: string, version: number, lang: TLang) {
  const before = await loadEntry(ctx.db, user, id);
  if (before.status !== 'listed') throw invalidField('status', { zh: '只有已列入的记录可以公示', en: 'only a listed entry can be published' });
  if (before.publishedAt) throw new AppError('ALREADY_DONE', { what: { zh: '公示', en: 'Publication' } });
  await ctx.db.transaction(async (tx) => {
    await repo.updateEntryVersioned(tx, id, version, { publishedAt: new Date(), publishedBy: user.id });
    await recordAudit(tx, [{ actor: user, action: 'publish', entity: 'credit_list_entry', entityId: id, after: { publishDueOn: before.publishDueOn } }]);
  });
  return getEntry(ctx, user, id, lang);
}

/** The business signs for the listing decision (列入决定书) in its own account. */
export async function acknowledgeEntry(ctx: TContext, user: TSessionUser, id: string, version: number, lang: TLang) {
  const before = await loadEntry(ctx.db, user, id);
  if (user.operatorId !== before.operatorId) throw forbidden();
  if (before.status !== 'listed') throw invalidField('status', { zh: '该记录不在严重违法失信名单中', en: 'this record is not on the list' });
  if (before.noticeAcknowledgedAt) throw new AppError('ALREADY_DONE', { what: { zh: '签收', en: 'Acknowledgement' } });
  await ctx.db.transaction(async (tx) => {
    await repo.updateEntryVersioned(tx, id, version, { noticeAcknowledgedAt: new Date(), noticeAcknowledgedBy: user.id });
    await recordAudit(tx, [{ actor: user, action: 'acknowledge', entity: 'credit_list_entry', entityId: id }]);
  });
  return getEntry(ctx, user, id, lang);
}

/**
 * Art. 19: the penalty the listing rests on was revoked, confirmed illegal or void (reconsideration, a court):
 * the listing decision is revoked and the business leaves the list on the day it is recorded (the rule allows
 * three working days). Pending repair applications have nothing left to decide.
 */
export async function revokeListing(ctx: TContext, user: TSessionUser, id: string, input: TReasoned, lang: TLang, today = chinaToday()) {
  const before = await loadEntry(ctx.db, user, id);
  if (before.status !== 'listed') throw invalidField('status', { zh: '只有在名单中的记录可以撤销列入', en: 'only a listed entry can be revoked' });
  const after = { status: 'exited' as const, exitedOn: today, exitReason: 'penalty_revoked' as const, exitNote: input.reason };
  await ctx.db.transaction(async (tx) => {
    await repo.updateEntryVersioned(tx, id, input.version, after);
    const lapsed = await repo.lapseRepairsOf(tx, [id]);
    await recordAudit(tx, [
      { actor: user, action: 'revoke', entity: 'credit_list_entry', entityId: id, before: { status: 'listed' }, after },
      ...lapsed.map((r) => ({ actor: user, action: 'lapse', entity: 'credit_repair', entityId: r.id, after: { entryId: id } })),
    ]);
  });
  await gradeOperators(ctx, [before.operatorId], 'credit.revoked');
  return getEntry(ctx, user, id, lang);
}

/**
 * Art. 20: an exit by credit repair obtained by concealing facts or false materials is revoked and the listing
 * restored; the period is counted afresh from today (and the publication clock with it).
 */
export async function restoreListing(ctx: TContext, user: TSessionUser, id: string, input: TReasoned, lang: TLang, today = chinaToday()) {
  const before = await loadEntry(ctx.db, user, id);
  if (before.status !== 'exited' || before.exitReason !== 'repaired') {
    throw invalidField('status', { zh: '只有经信用修复提前移出的记录可以恢复列入', en: 'only an entry that left by credit repair can be restored' });
  }
  if (await repo.liveEntryExists(ctx.db, before.operatorId, before.penaltyDecisionNo)) {
    throw new AppError('CONFLICT', { what: { zh: `处罚决定 ${before.penaltyDecisionNo} 的列入建议或列入记录`, en: `A listing for decision ${before.penaltyDecisionNo} ` } });
  }
  const calendar = await loadCalendar(ctx.db);
  const after = {
    status: 'listed' as const,
    exitedOn: null,
    exitReason: null,
    listedOn: today,
    lastDay: listingLastDay(today, before.restrictionEndsOn),
    publishDueOn: publishDueOn(calendar, today),
    restoredAt: new Date(),
    restoreReason: input.reason,
  };
  await ctx.db.transaction(async (tx) => {
    await repo.updateEntryVersioned(tx, id, input.version, after);
    await recordAudit(tx, [
      {
        actor: user,
        action: 'restore',
        entity: 'credit_list_entry',
        entityId: id,
        before: { status: 'exited', exitedOn: before.exitedOn, exitReason: 'repaired', listedOn: before.listedOn },
        after: { ...after, restoredAt: after.restoredAt.toISOString() },
      },
    ]);
  });
  await gradeOperators(ctx, [before.operatorId], 'credit.restored');
  return getEntry(ctx, user, id, lang);
}

/**
 * Ends every listing past its last day (art. 21) as of `today`, stops its pending repair applications and
 * regrades the operators. Idempotent; `actor` null = every bureau (the hourly run).
 */
export async function expireListings(ctx: TContext, today: string, actor: TSessionUser | null = null) {
  const ended = await ctx.db.transaction(async (tx) => {
    const rows = await repo.expireEntries(tx, today, actor?.bureauId ?? null);
    const lapsed = await repo.lapseRepairsOf(
      tx,
      rows.map((r) => r.id),
    );
    await recordAudit(tx, [
      ...rows.map((r) => ({ actor, action: 'expire', entity: 'credit_list_entry', entityId: r.id, after: { lastDay: r.lastDay, exitedOn: r.exitedOn, asOf: today } })),
      ...lapsed.map((r) => ({ actor, action: 'lapse', entity: 'credit_repair', entityId: r.id, after: { entryId: r.entryId } })),
    ]);
    return rows;
  });
  if (ended.length) await gradeOperators(ctx, [...new Set(ended.map((r) => r.operatorId))], 'credit.expired');
  return { exited: ended.length };
}

/** Listings in force, for the risk grade. */
export const listingsInForce = (db: TDbOrTx, operatorIds: string[], asOf: string) => repo.listedOn(db, operatorIds, asOf);
