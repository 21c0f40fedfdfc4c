import {
  DEFAULT_DISPOSAL_CLOCKS,
  DEFAULT_DISPOSAL_STEPS,
  DISPOSAL_STEP_KINDS,
  disposalDueDates,
  type TDisposal,
  type TDisposalAcknowledge,
  type TDisposalClocks,
  type TDisposalClockSettings,
  type TDisposalClockSettingsUpdate,
  type TDisposalsByStation,
  type TDisposalDetail,
  type TDisposalListQuery,
  type TDisposalStepPatch,
} from '@shian/shared/disposal';
import type { TPage } from '@shian/shared/http';
import { chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError, forbidden, notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { createLead } from '../lead/lead.public.ts';
import { gradeOperators } from '../risk-grade/risk-grade.public.ts';
import * as repo from './disposal.repository.ts';
import { presentClockSettings, presentDisposal, presentStep } from './disposal.presenter.ts';
import { ROLE_SCOPE } from '@shian/shared/access';

async function clocksOf(db: TDbOrTx, bureauId: string): Promise<TDisposalClocks> {
  const found = await repo.findClockSetting(db, bureauId);
  if (!found) return DEFAULT_DISPOSAL_CLOCKS;
  const { deliverWorkingDays, objectionWorkingDays, completeDays } = found.setting;
  return { deliverWorkingDays, objectionWorkingDays, completeDays };
}

export async function getClockSettings(ctx: TContext, user: TSessionUser): Promise<TDisposalClockSettings> {
  const found = await repo.findClockSetting(ctx.db, user.bureauId);
  return presentClockSettings(found);
}

/** The bureau sets its clocks (district staff only); disposals already open keep their deadlines. */
export async function updateClockSettings(ctx: TContext, user: TSessionUser, input: TDisposalClockSettingsUpdate): Promise<TDisposalClockSettings> {
  if (ROLE_SCOPE[user.role] !== 'district') throw forbidden();
  const { version, ...clocks } = input;
  const row = await repo.saveClockSetting(ctx.db, user, version, clocks);
  return presentClockSettings({ setting: row, updatedByName: user.displayName });
}

/** Open and overdue disposals per station, in the user's scope (dashboards). */
export async function disposalsByStation(ctx: TContext, user: TSessionUser, today: string): Promise<TDisposalsByStation[]> {
  return repo.openByStation(ctx.db, operatorScopeOf(user), today);
}

export const openDisposalsOf = (db: TDbOrTx, operatorIds: string[]) => repo.openOf(db, operatorIds);

/**
 * Opens the disposal of a nonconforming sample with its clocks and default steps, and a case lead,
 * in one transaction. Idempotent: a sample that already has a disposal gets nothing new.
 */
export async function openDisposalForSample(ctx: TContext, input: { sampleId: string; reportedOn: string }, actor: TSessionUser | null) {
  const found = await repo.findSample(ctx.db, input.sampleId);
  if (!found) throw notFound();
  if (await repo.findBySample(ctx.db, input.sampleId)) return null;
  const calendar = await loadCalendar(ctx.db);
  const clocks = await clocksOf(ctx.db, found.bureauId);
  const due = disposalDueDates(calendar, input.reportedOn, clocks);
  const opened = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertDisposal(tx, {
      bureauId: found.bureauId,
      sampleId: found.id,
      operatorId: found.operatorId,
      openedOn: input.reportedOn,
      ...due,
    });
    if (!created) return null;
    await repo.insertSteps(
      tx,
      DEFAULT_DISPOSAL_STEPS.map((kind) => ({
        disposalId: created.id,
        kind,
        dueOn: kind === 'notify' || kind === 'off_shelf' ? due.deliverDueOn : due.completeDueOn,
      })),
    );
    await createLead(tx, actor, {
      bureauId: found.bureauId,
      source: 'sampling',
      sourceId: found.id,
      operatorId: found.operatorId,
      summary: `抽检不合格：${found.productName}（抽样单 ${found.sampleNo}）`,
      discoveredOn: input.reportedOn,
    });
    await recordAudit(tx, [{ actor, action: 'open', entity: 'disposal', entityId: created.id, after: { sampleId: found.id, ...due } }]);
    return created;
  });
  if (opened) await ctx.events.publish('disposal.changed', { bureauId: opened.bureauId, disposalId: opened.id, operatorId: opened.operatorId, step: 'opened' }, actor);
  return opened;
}

export async function listDisposals(ctx: TContext, user: TSessionUser, query: TDisposalListQuery): Promise<TPage<TDisposal>> {
  const scope = operatorScopeOf(user);
  const today = chinaToday();
  const [{ rows, total }, calendar] = await Promise.all([repo.listDisposals(ctx.db, scope, query, today), loadCalendar(ctx.db)]);
  return { items: rows.map((r) => presentDisposal(r, today, calendar)), total, page: query.page, pageSize: query.pageSize };
}

async function load(db: TDbOrTx, user: TSessionUser, id: string) {
  const row = await repo.findDisposal(db, operatorScopeOf(user), id, chinaToday());
  if (!row) throw notFound();
  return row;
}

export async function getDisposal(ctx: TContext, user: TSessionUser, id: string): Promise<TDisposalDetail> {
  const row = await load(ctx.db, user, id);
  const today = chinaToday();
  const [steps, calendar] = await Promise.all([repo.stepsOf(ctx.db, id), loadCalendar(ctx.db)]);
  return {
    ...presentDisposal(row, today, calendar),
    steps: steps.map((s) => presentStep(s, today, row.status)).sort((a, b) => DISPOSAL_STEP_KINDS.indexOf(a.kind) - DISPOSAL_STEP_KINDS.indexOf(b.kind)),
  };
}

const closedAlready = () => invalidField('status', { zh: '该核查处置已办结', en: 'this disposal is closed' });

/** Staff record that the result was delivered: the business sees it and its objection window starts. */
export async function deliverDisposal(ctx: TContext, user: TSessionUser, id: string, version: number) {
  const before = await load(ctx.db, user, id);
  if (before.status !== 'open') throw closedAlready();
  if (before.deliveredAt) throw new AppError('ALREADY_DONE', { what: '送达' });
  const today = chinaToday();
  const { objectionDueOn } = disposalDueDates(await loadCalendar(ctx.db), before.openedOn, await clocksOf(ctx.db, before.bureauId), today);
  await ctx.db.transaction(async (tx) => {
    await repo.updateDisposalVersioned(tx, id, version, { deliveredAt: new Date(), objectionDueOn });
    await repo.markNotifyDone(tx, id, user.id, `${today} 送达检验报告和抽样检验结果通知书`);
    await recordAudit(tx, [{ actor: user, action: 'deliver', entity: 'disposal', entityId: id, after: { deliveredOn: today, objectionDueOn } }]);
  });
  return getDisposal(ctx, user, id);
}

/** The business acknowledges the notice in its own account; an objection only within the window. */
export async function acknowledgeDisposal(ctx: TContext, user: TSessionUser, id: string, input: TDisposalAcknowledge) {
  const before = await load(ctx.db, user, id);
  if (user.operatorId !== before.operatorId) throw forbidden();
  if (before.acknowledgedAt) throw new AppError('ALREADY_DONE', { what: '签收' });
  const today = chinaToday();
  if (input.objection && today > before.objectionDueOn) {
    throw invalidField('objection', {
      zh: `复检或异议申请期限已于 ${before.objectionDueOn} 届满（应自收到检验结论之日起在期限内申请）`,
      en: `the re-test or objection window ended on ${before.objectionDueOn}`,
    });
  }
  await ctx.db.transaction(async (tx) => {
    await repo.updateDisposalVersioned(tx, id, input.version, { acknowledgedAt: new Date(), acknowledgedBy: user.id, objection: input.objection || null });
    await recordAudit(tx, [{ actor: user, action: 'acknowledge', entity: 'disposal', entityId: id, after: { objection: input.objection ?? null } }]);
  });
  await ctx.events.publish('disposal.changed', { bureauId: before.bureauId, disposalId: id, operatorId: before.operatorId, step: 'acknowledged' }, user);
  return getDisposal(ctx, user, id);
}

export async function completeStep(ctx: TContext, user: TSessionUser, id: string, stepId: string, input: TDisposalStepPatch) {
  const before = await load(ctx.db, user, id);
  if (before.status !== 'open') throw closedAlready();
  const step = (await repo.stepsOf(ctx.db, id)).find((s) => s.id === stepId);
  if (!step) throw notFound();
  if (step.status === 'done') throw new AppError('ALREADY_DONE', { what: '该步骤' });
  await ctx.db.transaction(async (tx) => {
    await repo.updateStepVersioned(tx, stepId, input.version, {
      status: 'done',
      detail: input.detail,
      quantity: input.quantity ?? null,
      quantityUnit: input.quantityUnit ?? null,
      doneAt: new Date(),
      doneBy: user.id,
    });
    await recordAudit(tx, [{ actor: user, action: 'complete-step', entity: 'disposal_step', entityId: stepId, after: { disposalId: id, kind: step.kind, ...input } }]);
  });
  return getDisposal(ctx, user, id);
}

const STEP_NAMES: Record<string, { zh: string; en: string }> = {
  notify: { zh: '告知企业', en: 'notify' },
  off_shelf: { zh: '下架', en: 'off shelf' },
  recall: { zh: '召回', en: 'recall' },
  cause_analysis: { zh: '原因排查', en: 'cause analysis' },
  rectification: { zh: '整改', en: 'rectification' },
  follow_up_check: { zh: '跟踪复查', en: 'follow-up check' },
};

export async function closeDisposal(ctx: TContext, user: TSessionUser, id: string, version: number) {
  const before = await load(ctx.db, user, id);
  if (before.status !== 'open') throw closedAlready();
  const open = (await repo.stepsOf(ctx.db, id)).filter((s) => s.status === 'open');
  if (open.length > 0) {
    const names = (lang: 'zh' | 'en') => open.map((s) => STEP_NAMES[s.kind]?.[lang] ?? s.kind).join(lang === 'zh' ? '、' : ', ');
    throw invalidField('status', { zh: `仍有未完成的步骤：${names('zh')}`, en: `steps still open: ${names('en')}` });
  }
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await repo.updateDisposalVersioned(tx, id, version, { status: 'closed', closedAt: new Date(), closedBy: user.id });
    await recordAudit(tx, [{ actor: user, action: 'close', entity: 'disposal', entityId: id, before: { status: 'open' }, after: { status: 'closed' } }]);
    return updated;
  });
  await gradeOperators(ctx, [row.operatorId], 'disposal.closed');
  return getDisposal(ctx, user, id);
}

/** Flags disposals newly past a clock or a step's date; `actor` null = every bureau (the hourly run). */
export async function escalateOverdueDisposals(ctx: TContext, today: string, actor: TSessionUser | null = null) {
  const escalated = await ctx.db.transaction(async (tx) => {
    const rows = await repo.markEscalated(tx, today, actor ? operatorScopeOf(actor) : null);
    await recordAudit(
      tx,
      rows.map((r) => ({ actor, action: 'escalate', entity: 'disposal', entityId: r.id, after: { completeDueOn: r.completeDueOn, asOf: today } })),
    );
    return rows;
  });
  return { escalated: escalated.length };
}
