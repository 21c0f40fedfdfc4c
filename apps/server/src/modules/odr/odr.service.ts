import {
  ODR_NEGOTIATION_WORKING_DAYS,
  ODR_SUGGESTION_DAYS,
  type TOdrConsent,
  type TOdrEnrolment,
  type TOdrEnrolmentCreate,
  type TOdrEnrolmentDetail,
  type TOdrEnrolmentListQuery,
  type TOdrNegotiationClose,
  type TOdrNegotiationCreate,
  type TOdrSuggestion,
  type TOdrSuggestionQuery,
  type TOdrWithdraw,
  type TOdrEnrolmentStatus,
} from '@shian/shared/odr';
import type { TPage } from '@shian/shared/http';
import { addDays, addWorkingDays, chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { getOperator, operatorScopeOf } from '../operator/operator.public.ts';
import { complaintCountsOf, complaintsByIds, findComplaintInScope, openComplaintsOf, operatorsWithManyComplaints } from '../complaint-hotspot/complaint-hotspot.public.ts';
import * as repo from './odr.repository.ts';
import { presentEnrolment, presentNegotiation } from './odr.presenter.ts';

const STATUS_NAMES: Record<TOdrEnrolmentStatus, { zh: string; en: string }> = {
  invited: { zh: '已邀请', en: 'invited' },
  enrolled: { zh: '已加入', en: 'enrolled' },
  withdrawn: { zh: '已退出', en: 'withdrawn' },
};

function requireStatus(row: { status: TOdrEnrolmentStatus }, ...allowed: TOdrEnrolmentStatus[]) {
  if (allowed.includes(row.status)) return;
  const current = STATUS_NAMES[row.status];
  throw invalidField('status', {
    zh: `该企业在线纠纷和解状态为${current.zh}，此操作需要${allowed.map((s) => STATUS_NAMES[s].zh).join('或')}`,
    en: `the enrolment is ${current.en}; this needs ${allowed.map((s) => STATUS_NAMES[s].en).join(' or ')}`,
  });
}

async function load(db: TDbOrTx, user: TSessionUser, id: string) {
  const row = await repo.findEnrolment(db, operatorScopeOf(user), id, chinaToday());
  if (!row) throw notFound();
  return row;
}

/** Businesses over the complaint threshold, with their enrolment if they have one. */
export async function odrSuggestions(ctx: TContext, user: TSessionUser, query: TOdrSuggestionQuery): Promise<TOdrSuggestion[]> {
  const rows = await operatorsWithManyComplaints(ctx, user, query.minComplaints, query.days);
  const live = new Map(
    (
      await repo.liveEnrolmentsOf(
        ctx.db,
        rows.map((r) => r.operatorId),
      )
    ).map((e) => [e.operatorId, e]),
  );
  return rows.map((r) => {
    const e = live.get(r.operatorId);
    return { ...r, enrolmentId: e?.id ?? null, enrolmentStatus: e?.status ?? null };
  });
}

export async function listEnrolments(ctx: TContext, user: TSessionUser, query: TOdrEnrolmentListQuery): Promise<TPage<TOdrEnrolment>> {
  const scope = operatorScopeOf(user);
  const { rows, total } = await repo.listEnrolments(ctx.db, scope, query, chinaToday());
  return { items: rows.map(presentEnrolment), total, page: query.page, pageSize: query.pageSize };
}

/** The enrolment with its negotiations and the business's open complaints that could still go to negotiation. */
export async function getEnrolment(ctx: TContext, user: TSessionUser, id: string): Promise<TOdrEnrolmentDetail> {
  const row = await load(ctx.db, user, id);
  const today = chinaToday();
  const [negotiations, calendar, negotiated] = await Promise.all([repo.negotiationsOf(ctx.db, id), loadCalendar(ctx.db), repo.negotiatedComplaintIds(ctx.db, row.operatorId)]);
  const complaints = new Map(
    (
      await complaintsByIds(
        ctx.db,
        negotiations.map((n) => n.complaintId),
      )
    ).map((c) => [c.id, c]),
  );
  const open = row.status === 'enrolled' ? await openComplaintsOf(ctx, user, row.operatorId, 366) : [];
  return {
    ...presentEnrolment(row),
    negotiations: negotiations.map((n) => presentNegotiation(n, complaints.get(n.complaintId), today, calendar)),
    candidates: open
      .filter((c) => !negotiated.has(c.id))
      .map((c) => ({ complaintId: c.id, registrationNo: c.registrationNo, receivedAt: c.receivedAt.toISOString(), description: c.description, issueType: c.issueType })),
  };
}

/** Invites a business; the complaint count of the suggestion window is kept to say why. */
export async function enrol(ctx: TContext, user: TSessionUser, input: TOdrEnrolmentCreate): Promise<TOdrEnrolmentDetail> {
  const operator = await getOperator(ctx, user, input.operatorId);
  const today = chinaToday();
  const counts = await complaintCountsOf(ctx, user, operator.id, { from: addDays(today, -(ODR_SUGGESTION_DAYS - 1)), to: today });
  const created = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertEnrolment(tx, {
      bureauId: user.bureauId,
      operatorId: operator.id,
      complaintsAtInvitation: counts.total,
      invitedBy: user.id,
      note: input.note ?? null,
    });
    if (!row) throw new AppError('CONFLICT', { what: { zh: `${operator.name}的在线纠纷和解登记`, en: `An ODR enrolment of ${operator.name} ` } });
    await recordAudit(tx, [{ actor: user, action: 'invite', entity: 'odr_enrolment', entityId: row.id, after: { operatorId: operator.id, complaintsAtInvitation: counts.total } }]);
    return row;
  });
  return getEnrolment(ctx, user, created.id);
}

/** The business's consent (signed letter or online agreement), recorded by staff: it is then enrolled. */
export async function recordConsent(ctx: TContext, user: TSessionUser, id: string, input: TOdrConsent): Promise<TOdrEnrolmentDetail> {
  const before = await load(ctx.db, user, id);
  requireStatus(before, 'invited');
  const today = chinaToday();
  const invitedOn = chinaToday(before.invitedAt);
  if (input.consentedOn > today) throw invalidField('consentedOn', { zh: '不能晚于今天', en: 'must not be in the future' });
  if (input.consentedOn < invitedOn) throw invalidField('consentedOn', { zh: `不能早于邀请日期 ${invitedOn}`, en: `must not be before the invitation (${invitedOn})` });
  await ctx.db.transaction(async (tx) => {
    await repo.updateEnrolmentVersioned(tx, id, input.version, {
      status: 'enrolled',
      consentedOn: input.consentedOn,
      signatory: input.signatory,
      consentRecordedBy: user.id,
      note: input.note ?? before.note,
    });
    await recordAudit(tx, [
      {
        actor: user,
        action: 'consent',
        entity: 'odr_enrolment',
        entityId: id,
        before: { status: before.status },
        after: { status: 'enrolled', consentedOn: input.consentedOn, signatory: input.signatory },
      },
    ]);
  });
  return getEnrolment(ctx, user, id);
}

export async function withdrawEnrolment(ctx: TContext, user: TSessionUser, id: string, input: TOdrWithdraw): Promise<TOdrEnrolmentDetail> {
  const before = await load(ctx.db, user, id);
  requireStatus(before, 'invited', 'enrolled');
  if (before.counts.open > 0) {
    throw invalidField('status', { zh: `还有 ${before.counts.open} 件投诉在协商中，请先结束协商`, en: `${before.counts.open} negotiation(s) still open; close them first` });
  }
  await ctx.db.transaction(async (tx) => {
    await repo.updateEnrolmentVersioned(tx, id, input.version, { status: 'withdrawn', withdrawnAt: new Date(), withdrawnBy: user.id, withdrawalNote: input.note });
    await recordAudit(tx, [
      { actor: user, action: 'withdraw', entity: 'odr_enrolment', entityId: id, before: { status: before.status }, after: { status: 'withdrawn', note: input.note } },
    ]);
  });
  return getEnrolment(ctx, user, id);
}

/**
 * Sends one complaint of an enrolled business to direct negotiation, due 10 working days after it
 * started (the project calendar: holidays and make-up working days count as they fall).
 */
export async function startNegotiation(ctx: TContext, user: TSessionUser, enrolmentId: string, input: TOdrNegotiationCreate): Promise<TOdrEnrolmentDetail> {
  const enrolment = await load(ctx.db, user, enrolmentId);
  requireStatus(enrolment, 'enrolled');
  const found = await findComplaintInScope(ctx, user, input.complaintId);
  if (!found) throw invalidField('complaintId', { zh: '未找到该投诉', en: 'no such complaint' });
  if (found.operatorId !== enrolment.operatorId) throw invalidField('complaintId', { zh: '不是该经营主体的投诉', en: 'is not a complaint about this business' });
  if (found.closedAt) throw invalidField('complaintId', { zh: '该投诉已办结', en: 'this complaint is closed' });
  const today = chinaToday();
  const startedOn = input.startedOn ?? today;
  const receivedOn = chinaToday(found.receivedAt);
  if (startedOn > today) throw invalidField('startedOn', { zh: '不能晚于今天', en: 'must not be in the future' });
  if (startedOn < receivedOn) throw invalidField('startedOn', { zh: `不能早于投诉登记日期 ${receivedOn}`, en: `must not be before the complaint was received (${receivedOn})` });
  const dueOn = addWorkingDays(await loadCalendar(ctx.db), startedOn, ODR_NEGOTIATION_WORKING_DAYS);
  await ctx.db.transaction(async (tx) => {
    const row = await repo.insertNegotiation(tx, { enrolmentId, operatorId: enrolment.operatorId, complaintId: found.id, startedOn, dueOn, createdBy: user.id });
    if (!row) throw new AppError('CONFLICT', { what: { zh: `投诉 ${found.registrationNo} 的和解协商`, en: `A negotiation of complaint ${found.registrationNo} ` } });
    await recordAudit(tx, [{ actor: user, action: 'start-negotiation', entity: 'odr_negotiation', entityId: row.id, after: { complaintId: found.id, startedOn, dueOn } }]);
  });
  return getEnrolment(ctx, user, enrolmentId);
}

/** Settled, or failed: the complaint then goes on in regular handling (it never left the complaint workflow). */
export async function closeNegotiation(ctx: TContext, user: TSessionUser, id: string, input: TOdrNegotiationClose): Promise<TOdrEnrolmentDetail> {
  const before = await repo.findNegotiation(ctx.db, operatorScopeOf(user), id);
  if (!before) throw notFound();
  if (before.status !== 'negotiating') throw new AppError('ALREADY_DONE', { what: { zh: '协商结果登记', en: 'Recording the outcome' } });
  await ctx.db.transaction(async (tx) => {
    await repo.updateNegotiationVersioned(tx, id, input.version, { status: input.settlement, outcomeNote: input.outcomeNote, closedAt: new Date(), closedBy: user.id });
    await recordAudit(tx, [
      {
        actor: user,
        action: 'close-negotiation',
        entity: 'odr_negotiation',
        entityId: id,
        before: { status: 'negotiating' },
        after: { status: input.settlement, outcomeNote: input.outcomeNote },
      },
    ]);
  });
  return getEnrolment(ctx, user, before.enrolmentId);
}
