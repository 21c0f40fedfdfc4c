// Handling a complaint or report under 《市场监督管理投诉举报处理暂行办法》: acceptance decision (art. 14, 15),
// routing to the station of the business's unit (art. 37), mediation (art. 16-22) or verification
// (art. 23, 31), the result, the reply; each step with who and when, each clock in working days
// (COMPLAINT_CLOCKS in @shian/shared/complaint cites the articles). A step runs once: load the complaint in
// the user's scope, check the rule, write (versioned) with its step rows and audit entry, signal the other
// modules, and answer the detail of the row it wrote.
import {
  complaintActionProblem,
  extendedDueOn,
  mediationDueOn,
  OUTCOMES_BY_KIND,
  replyDueOn,
  type TComplaintAccept,
  type TComplaintAction,
  type TComplaintExtend,
  type TComplaintHandle,
  type TComplaintMatch,
  type TComplaintReject,
  type TComplaintReply,
  type TComplaintResult,
  type TComplaintRoute,
  type TComplaintStepKind,
} from '@shian/shared/complaint';
import { chinaToday } from '@shian/shared/working-days';
import { dataScopeOf, type TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { invalidField } from '../../core/field-error.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { createLead } from '../lead/lead.public.ts';
import { gradeOperators } from '../risk-grade/risk-grade.public.ts';
import * as repo from './complaint.repository.ts';
import type { complaint } from './complaint.schema.ts';
import { loadComplaint, presentComplaintDetail } from './complaint-detail.ts';
import { routeOf } from './complaint-matching.ts';

type TRow = repo.TComplaintListRow;

/**
 * The step's answer, the same a read right after it gives: the written row with the names its load joined,
 * unless the step moved the complaint to another operator, unit or station (then one query for the names).
 */
async function present(ctx: TContext, user: TSessionUser, loaded: TRow, written: repo.TComplaintRow) {
  const moved = written.operatorId !== loaded.operatorId || written.unitCode !== loaded.unitCode || written.stationId !== loaded.stationId;
  const names = moved ? await repo.namesOf(ctx.db, written) : { operatorName: loaded.operatorName, unitName: loaded.unitName, stationName: loaded.stationName };
  return presentComplaintDetail(ctx, user, { ...written, ...names });
}

function allowed(row: TRow, action: TComplaintAction) {
  const problem = complaintActionProblem(row.kind, row.status, row.extended, action);
  if (problem) throw invalidField('status', problem);
}

/** Only the bureau routes a complaint to another station; a station works on what it was given. */
async function checkStation(db: TDbOrTx, user: TSessionUser, stationId: string, current: string | null) {
  if (stationId !== current && dataScopeOf(user) !== 'district') {
    throw invalidField('stationId', { zh: '只有区局可以改派到其他市场监管所', en: 'only the bureau routes to another station' });
  }
  const found = await repo.stationOf(db, user.bureauId, stationId);
  if (!found) throw invalidField('stationId', { zh: '不是本局的市场监管所', en: 'is not a station of this bureau' });
  return found;
}

const needsStation = () =>
  invalidField('stationId', {
    zh: '请指定办理的市场监管所（未匹配到经营者，地址也未写明街道乡镇）',
    en: 'choose the station (no operator matched and the address names no township)',
  });

type TChange = Partial<typeof complaint.$inferInsert>;

/** One workflow step: the versioned update, its step row and its audit entry, in one transaction. */
async function step(
  ctx: TContext,
  user: TSessionUser,
  row: TRow,
  version: number,
  kind: TComplaintStepKind,
  note: string | null,
  values: TChange,
  extraSteps: { kind: TComplaintStepKind; note: string }[] = [],
) {
  return ctx.db.transaction(async (tx) => {
    // Any step answers the escalation: a clock that runs late again is flagged again.
    const updated = await repo.updateComplaintVersioned(tx, row.id, version, { ...values, escalatedAt: null });
    await repo.insertSteps(tx, [
      { complaintId: row.id, kind, note, actorId: user.id },
      ...extraSteps.map((s) => ({ complaintId: row.id, kind: s.kind, note: s.note, actorId: user.id })),
    ]);
    await recordAudit(tx, [{ actor: user, action: kind, entity: 'complaint', entityId: row.id, before: { status: row.status }, after: { ...values, note } }]);
    return updated;
  });
}

const routeNote = (name: string) => `分派至${name}`;

/** After the commit: a complaint now at another station is that station's new work (complaint.notifications.ts). */
async function signalRouted(ctx: TContext, user: TSessionUser, row: TRow, written: repo.TComplaintRow) {
  if (written.stationId && written.stationId !== row.stationId) await ctx.events.publish('complaint.routed', { bureauId: row.bureauId, complaintIds: [row.id] }, user);
}

/** 第十四条: accept within 7 working days; the mediation clock (45 working days, art. 21) starts. */
export async function acceptComplaint(ctx: TContext, user: TSessionUser, id: string, input: TComplaintAccept) {
  const row = await loadComplaint(ctx.db, user, id);
  allowed(row, 'accept');
  const stationId = input.stationId ?? row.stationId;
  if (!stationId) throw needsStation();
  const found = await checkStation(ctx.db, user, stationId, row.stationId);
  const completeDueOn = mediationDueOn(await loadCalendar(ctx.db), chinaToday());
  const extra = stationId !== row.stationId ? [{ kind: 'route' as const, note: routeNote(found.name) }] : [];
  const written = await step(ctx, user, row, input.version, 'accept', input.note ?? null, { status: 'accepted', decidedAt: new Date(), completeDueOn, stationId }, extra);
  await signalRouted(ctx, user, row, written);
  return present(ctx, user, row, written);
}

/** 第十五条: not accepted, with the reason; the complainant is told within the same 7 working days (art. 14). */
export async function rejectComplaint(ctx: TContext, user: TSessionUser, id: string, input: TComplaintReject) {
  const row = await loadComplaint(ctx.db, user, id);
  allowed(row, 'reject');
  const written = await step(ctx, user, row, input.version, 'reject', input.reason, {
    status: 'rejected',
    decidedAt: new Date(),
    result: input.reason,
    replyDueOn: row.acceptDueOn,
  });
  return present(ctx, user, row, written);
}

export async function routeComplaint(ctx: TContext, user: TSessionUser, id: string, input: TComplaintRoute) {
  const row = await loadComplaint(ctx.db, user, id);
  allowed(row, 'route');
  const found = await checkStation(ctx.db, user, input.stationId, row.stationId);
  const note = [routeNote(found.name), input.note].filter(Boolean).join('：');
  const written = await step(ctx, user, row, input.version, 'route', note, { stationId: found.id });
  await signalRouted(ctx, user, row, written);
  return present(ctx, user, row, written);
}

/** Mediation of an accepted complaint (art. 16), or verification of a report (art. 31), at its station. */
export async function handleComplaint(ctx: TContext, user: TSessionUser, id: string, input: TComplaintHandle) {
  const row = await loadComplaint(ctx.db, user, id);
  allowed(row, 'handle');
  if (!row.stationId) throw needsStation();
  const written = await step(ctx, user, row, input.version, 'handle', input.note ?? (row.kind === 'complaint' ? '开始调解' : '开始核查'), { status: 'handling' });
  return present(ctx, user, row, written);
}

/** 第二十三条: "特殊情况下，核查时限可以延长十五个工作日" — once, with the reason. */
export async function extendVerification(ctx: TContext, user: TSessionUser, id: string, input: TComplaintExtend) {
  const row = await loadComplaint(ctx.db, user, id);
  allowed(row, 'extend');
  const completeDueOn = extendedDueOn(await loadCalendar(ctx.db), row.completeDueOn ?? chinaToday());
  const written = await step(ctx, user, row, input.version, 'extend', input.reason, { extended: true, completeDueOn });
  return present(ctx, user, row, written);
}

/**
 * The result of mediation or verification. A verified violation opens a case lead (source complaint) and,
 * for a matched operator, moves its risk grade.
 */
export async function recordResult(ctx: TContext, user: TSessionUser, id: string, input: TComplaintResult) {
  const row = await loadComplaint(ctx.db, user, id);
  allowed(row, 'result');
  const kind = row.kind;
  if (!OUTCOMES_BY_KIND[kind].includes(input.outcome)) {
    throw invalidField('complaint.outcome', {
      zh: kind === 'complaint' ? '投诉的结果应为调解成功或终止调解' : '举报的结果应为核实存在违法行为或未发现违法行为',
      en: kind === 'complaint' ? 'a complaint ends mediated or terminated' : 'a report ends with a violation found or none',
    });
  }
  const violationVerified = kind === 'report' ? input.outcome === 'violation_found' : input.violationVerified;
  const today = chinaToday();
  const values: TChange = {
    status: 'resolved',
    resolvedAt: new Date(),
    outcome: input.outcome,
    result: input.result,
    violationVerified,
    replyDueOn: replyDueOn(await loadCalendar(ctx.db), kind, input.outcome, row.anonymous, today),
  };
  const written = await ctx.db.transaction(async (tx) => {
    const saved = await repo.updateComplaintVersioned(tx, row.id, input.version, { ...values, escalatedAt: null });
    await repo.insertSteps(tx, [{ complaintId: row.id, kind: 'result', note: input.result, actorId: user.id }]);
    let leadId = saved.leadId;
    if (violationVerified && !row.leadId) {
      const business = row.operatorName ?? row.namedBusiness ?? '未知经营者';
      const lead = await createLead(tx, user, {
        bureauId: row.bureauId,
        source: 'complaint',
        sourceId: row.id,
        operatorId: row.operatorId,
        summary: `${kind === 'complaint' ? '投诉' : '举报'}核实存在违法行为：${business}（登记编号 ${row.registrationNo}）`,
        discoveredOn: today,
      });
      await repo.setLead(tx, [row.id], lead.id);
      await repo.insertSteps(tx, [{ complaintId: row.id, kind: 'lead', note: '已移送案件线索', actorId: user.id }]);
      leadId = lead.id;
    }
    await recordAudit(tx, [{ actor: user, action: 'result', entity: 'complaint', entityId: row.id, before: { status: row.status }, after: values }]);
    return { ...saved, leadId };
  });
  if (violationVerified && written.operatorId) await gradeOperators(ctx, [written.operatorId], 'complaint.verified');
  return present(ctx, user, row, written);
}

/** The complainant is answered (for an anonymous report: the note says none could be); the complaint closes. */
export async function replyComplaint(ctx: TContext, user: TSessionUser, id: string, input: TComplaintReply) {
  const row = await loadComplaint(ctx.db, user, id);
  allowed(row, 'reply');
  const written = await step(ctx, user, row, input.version, 'reply', input.note, { status: 'closed', closedAt: new Date() });
  return present(ctx, user, row, written);
}

/**
 * A person confirms or picks the operator (or says none is): matchStatus confirmed / unmatched. A complaint
 * still waiting for its acceptance goes to the station of the operator's unit.
 */
export async function confirmMatch(ctx: TContext, user: TSessionUser, id: string, input: TComplaintMatch) {
  const row = await loadComplaint(ctx.db, user, id);
  if (row.status === 'closed') throw invalidField('status', { zh: '该件已办结，不能再修改匹配', en: 'it is closed; the match can no longer change' });
  const scope = operatorScopeOf(user);
  let values: TChange;
  let note: string;
  if (input.operatorId) {
    const picked = await repo.operatorInScope(ctx.db, scope, input.operatorId);
    if (!picked) throw invalidField('operatorId', { zh: '不存在或不在您的数据范围内', en: 'does not exist or is outside your scope' });
    const candidate = ((row.matchCandidates as { operatorId: string; confidence: number }[] | null) ?? []).find((c) => c.operatorId === picked.id);
    values = { operatorId: picked.id, matchStatus: 'confirmed', matchConfidence: candidate?.confidence ?? null };
    if (row.status === 'received') values = { ...values, ...routeOf(picked.unitCode, null, await repo.unitsOf(ctx.db, user.bureauId)) };
    note = `人工确认：${picked.name}`;
  } else {
    values = { operatorId: null, matchStatus: 'unmatched' };
    note = '人工确认：登记库中无此经营者';
  }
  const written = await ctx.db.transaction(async (tx) => {
    const saved = await repo.updateComplaintVersioned(tx, row.id, input.version, values);
    await repo.insertSteps(tx, [{ complaintId: row.id, kind: 'match', note, actorId: user.id }]);
    await recordAudit(tx, [
      { actor: user, action: 'match', entity: 'complaint', entityId: row.id, before: { operatorId: row.operatorId, matchStatus: row.matchStatus }, after: values },
    ]);
    return saved;
  });
  // A verified violation moves the grade of the operator it now belongs to (and of the one it left).
  if (written.violationVerified)
    await gradeOperators(
      ctx,
      [row.operatorId, written.operatorId].filter((o): o is string => Boolean(o)),
      'complaint.matched',
    );
  await signalRouted(ctx, user, row, written);
  return present(ctx, user, row, written);
}

const CLOCK_NAMES = { accept: '受理决定', complete: '调解或核查', reply: '答复' } as const;

/** Flags complaints newly past a clock; `actor` null = every bureau (the hourly run in main.ts). */
export async function escalateOverdueComplaints(ctx: TContext, today: string, actor: TSessionUser | null = null) {
  const escalated = await ctx.db.transaction(async (tx) => {
    const rows = await repo.markEscalated(tx, today, actor ? operatorScopeOf(actor) : null);
    const late = (r: repo.TComplaintRow) =>
      (Object.keys(CLOCK_NAMES) as (keyof typeof CLOCK_NAMES)[]).filter((k) => {
        if (k === 'accept') return !r.decidedAt && r.acceptDueOn !== null && r.acceptDueOn < today;
        if (k === 'complete') return !r.resolvedAt && r.status !== 'rejected' && r.completeDueOn !== null && r.completeDueOn < today;
        return r.replyDueOn !== null && r.replyDueOn < today;
      });
    await repo.insertSteps(
      tx,
      rows.map((r) => ({
        complaintId: r.id,
        kind: 'escalate',
        note: `已逾期：${late(r)
          .map((k) => CLOCK_NAMES[k])
          .join('、')}（截至 ${today}）`,
        actorId: actor?.id ?? null,
      })),
    );
    await recordAudit(
      tx,
      rows.map((r) => ({ actor, action: 'escalate', entity: 'complaint', entityId: r.id, after: { status: r.status, asOf: today } })),
    );
    return rows;
  });
  return { escalated: escalated.length };
}
