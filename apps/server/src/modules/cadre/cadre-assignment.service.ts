// Assignments (包保关系): the bulk suggestion by the bureau's rule (reviewed, then confirmed), assignment by hand,
// the views of uncovered subjects, overloaded cadres and adjustments due, and the settings.
import type {
  TAdjustmentDue,
  TAssignmentConfirm,
  TAssignmentCreate,
  TAssignmentHistoryQuery,
  TAssignmentResult,
  TAssignmentSuggestion,
  TAssignmentViewQuery,
  TCadreHistoryEntry,
  TCadreSettings,
  TCadreSettingsUpdate,
  TOperatorCadre,
  TOverloadedCadre,
} from '@shian/shared/cadre';
import type { TPage } from '@shian/shared/http';
import { chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { pageWindow } from '../../core/db/paged.ts';
import { AppError } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { getOperator } from '../operator/operator.public.ts';
import { presentCadre, presentHistory, presentSettings } from './cadre.presenter.ts';
import * as repo from './cadre.repository.ts';
import { classify, clockOf, loadRule, type TClassified } from './cadre-rule.ts';
import { showContacts } from './cadre.service.ts';

const pageOfArray = <T>(items: T[], query: { page: number; pageSize: number }): TPage<T> => {
  const { limit, offset } = pageWindow(query);
  return { items: items.slice(offset, offset + limit), total: items.length, page: query.page, pageSize: query.pageSize };
};

async function classified(db: TDbOrTx, bureauId: string, unitCode?: string) {
  const rule = await loadRule(db, bureauId);
  const rows = await repo.subjectsForAssignment(db, bureauId, unitCode);
  return { rule, subjects: rows.map((r) => classify(rule, r)) };
}

/**
 * For every subject whose assignment the rule wants changed (uncovered, at the wrong level, with an inactive
 * cadre): the level it needs and the least-loaded active cadre of that level in its unit whose load stays within
 * the limit (none when all are full). Closed subjects are ended by hand. Nothing is written.
 */
export async function suggestAssignments(ctx: TContext, user: TSessionUser, unitCode?: string) {
  const { rule, subjects } = await classified(ctx.db, user.bureauId, unitCode);
  const cadres = (await repo.cadreLoads(ctx.db, user.bureauId, unitCode)).filter((c) => c.active);
  const load = new Map(cadres.map((c) => [c.id, c.subjects]));
  const pools = new Map<string, typeof cadres>();
  for (const c of cadres) pools.set(`${c.unitCode}/${c.level}`, [...(pools.get(`${c.unitCode}/${c.level}`) ?? []), c]);
  const needing = subjects.filter((s) => s.reason && s.reason !== 'closed');
  // Higher grades first, so that when a unit lacks cadres the riskier subjects are the ones covered.
  const rank = (s: TClassified) => (s.riskGrade ? 'DCBA'.indexOf(s.riskGrade) : 4);
  needing.sort((a, b) => a.unitCode.localeCompare(b.unitCode) || rank(a) - rank(b) || a.operatorName.localeCompare(b.operatorName, 'zh-CN'));
  const items: TAssignmentSuggestion[] = needing.map((s) => {
    const pool = pools.get(`${s.unitCode}/${s.required}`) ?? [];
    const pick = pool.filter((c) => load.get(c.id)! < rule.loadLimit).sort((a, b) => load.get(a.id)! - load.get(b.id)! || a.name.localeCompare(b.name, 'zh-CN'))[0];
    if (pick) load.set(pick.id, load.get(pick.id)! + 1);
    if (pick && s.cadreId && load.has(s.cadreId)) load.set(s.cadreId, load.get(s.cadreId)! - 1);
    return {
      operatorId: s.operatorId,
      operatorName: s.operatorName,
      unitCode: s.unitCode,
      unitName: s.unitName,
      riskGrade: s.riskGrade,
      level: s.required,
      currentCadreId: s.cadreId,
      currentCadreName: s.cadreName,
      cadreId: pick?.id ?? null,
      cadreName: pick?.name ?? null,
      cadreLoad: pick ? load.get(pick.id)! : null,
    };
  });
  return { items, total: items.length, unassignable: items.filter((i) => !i.cadreId).length, loadLimit: rule.loadLimit };
}

type TChange = { operatorId: string; cadreId: string | null; expectedCadreId?: string | null; reason?: string };

/**
 * Applies changes in one transaction: the subjects are locked first, so two confirms of the same suggestion queue,
 * and the second finds them assigned and skips them. Each subject keeps exactly one current cadre (a unique index).
 */
async function applyChanges(ctx: TContext, user: TSessionUser, changes: TChange[], action: string): Promise<TAssignmentResult> {
  const result: TAssignmentResult = { assigned: 0, reassigned: 0, ended: 0, skipped: [] };
  await ctx.db.transaction(async (tx) => {
    const operators = new Map(
      (
        await repo.lockOperators(
          tx,
          user.bureauId,
          changes.map((c) => c.operatorId),
        )
      ).map((o) => [o.id, o]),
    );
    const cadreIds = [...new Set(changes.flatMap((c) => (c.cadreId ? [c.cadreId] : [])))];
    const cadres = new Map((await repo.cadresByIds(tx, user.bureauId, cadreIds)).map((c) => [c.id, c]));
    const current = new Map((await repo.currentAssignments(tx, [...operators.keys()])).map((a) => [a.operatorId, a.cadreId]));
    const audit = [];
    for (const change of changes) {
      const skip = (reason: string) => result.skipped.push({ operatorId: change.operatorId, reason });
      const op = operators.get(change.operatorId);
      const from = current.get(change.operatorId) ?? null;
      const reason = change.reason ?? null;
      if (!op) {
        skip('operator_unknown');
        continue;
      }
      if (change.expectedCadreId !== undefined && change.expectedCadreId !== from) skip('changed_meanwhile');
      else if (change.cadreId === null) {
        if (from && (await repo.endAssignment(tx, change.operatorId, from, user.id, reason))) result.ended += 1;
        else skip('not_assigned');
      } else {
        const to = cadres.get(change.cadreId);
        if (!to?.active) skip('cadre_unavailable');
        else if (op.status !== 'active') skip('operator_closed');
        else if (from === to.id) skip('already_assigned');
        else if (from) {
          if (await repo.moveAssignment(tx, user.bureauId, change.operatorId, from, to.id, user.id, reason)) result.reassigned += 1;
          else skip('changed_meanwhile');
        } else if (await repo.insertAssignment(tx, user.bureauId, change.operatorId, to.id, user.id)) result.assigned += 1;
        else skip('changed_meanwhile');
      }
      if (!result.skipped.some((s) => s.operatorId === change.operatorId)) {
        audit.push({ actor: user, action, entity: 'cadre_assignment', entityId: change.operatorId, before: { cadreId: from }, after: { cadreId: change.cadreId, reason } });
      }
    }
    if (audit.length) await recordAudit(tx, audit);
  });
  return result;
}

/** Applies a reviewed suggestion: each subject named once. */
export async function confirmAssignments(ctx: TContext, user: TSessionUser, input: TAssignmentConfirm): Promise<TAssignmentResult> {
  const ids = input.assignments.map((a) => a.operatorId);
  if (new Set(ids).size !== ids.length) throw invalidField('assignments', { zh: '同一主体只能出现一次', en: 'name each subject once' });
  return applyChanges(ctx, user, input.assignments, 'assign_confirm');
}

/** By hand: assign, reassign or end (cadreId null); the subject must be in the user's scope (404 otherwise). */
export async function setAssignment(ctx: TContext, user: TSessionUser, input: TAssignmentCreate): Promise<TOperatorCadre> {
  await getOperator(ctx, user, input.operatorId);
  if (input.cadreId) {
    const [to] = await repo.cadresByIds(ctx.db, user.bureauId, [input.cadreId]);
    if (!to?.active) throw invalidField('cadreId', { zh: '不是本局在岗的包保干部', en: 'is no active cadre of this bureau' });
  }
  const result = await applyChanges(ctx, user, [input], 'assign');
  const skipped = result.skipped[0]?.reason;
  if (skipped === 'operator_closed') throw invalidField('operatorId', { zh: '该主体已停业或注销，不能分配包保干部', en: 'is closed; no cadre can be assigned' });
  if (skipped === 'changed_meanwhile') throw new AppError('VERSION_CONFLICT');
  return operatorCadre(ctx, user, input.operatorId);
}

/** The subject's current cadre and the level the rule wants for it; 404 outside the user's scope. */
export async function operatorCadre(ctx: TContext, user: TSessionUser, operatorId: string): Promise<TOperatorCadre> {
  const op = await getOperator(ctx, user, operatorId);
  const [{ subjects }, row] = await Promise.all([classified(ctx.db, user.bureauId, op.unitCode), repo.cadreOfOperator(ctx.db, operatorId)]);
  const subject = subjects.find((s) => s.operatorId === operatorId);
  return {
    operatorId,
    requiredLevel: subject?.required ?? 'village',
    cadre: row ? presentCadre(row, ctx.cipher, showContacts(user)) : null,
    since: row?.since.toISOString() ?? null,
  };
}

/** Subjects whose assignment must change, with their clocks, soonest due first; `reasons` narrows them. */
export async function adjustmentsDue(db: TDbOrTx, bureauId: string, unitCode?: string, reasons?: TAdjustmentDue['reason'][]): Promise<TAdjustmentDue[]> {
  const { rule, subjects } = await classified(db, bureauId, unitCode);
  const calendar = await loadCalendar(db);
  const today = chinaToday();
  return subjects
    .filter((s) => s.reason && s.since && (!reasons || reasons.includes(s.reason)))
    .map((s) => ({
      operatorId: s.operatorId,
      operatorName: s.operatorName,
      unitName: s.unitName,
      riskGrade: s.riskGrade,
      reason: s.reason!,
      requiredLevel: s.required,
      cadreId: s.cadreId,
      cadreName: s.cadreName,
      ...clockOf(calendar, rule, s.since!, today),
    }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.operatorName.localeCompare(b.operatorName, 'zh-CN'));
}

export async function listAdjustmentsDue(ctx: TContext, user: TSessionUser, query: TAssignmentViewQuery, reasons?: TAdjustmentDue['reason'][]) {
  return pageOfArray(await adjustmentsDue(ctx.db, user.bureauId, query.unitCode, reasons), query);
}

/** Active cadres guaranteeing more subjects than the limit, most loaded first. */
export async function overloadedCadres(ctx: TContext, user: TSessionUser, query: TAssignmentViewQuery): Promise<TPage<TOverloadedCadre>> {
  const rule = await loadRule(ctx.db, user.bureauId);
  const over = (await repo.cadreLoads(ctx.db, user.bureauId, query.unitCode))
    .filter((c) => c.subjects > rule.loadLimit)
    .sort((a, b) => b.subjects - a.subjects)
    .map((c) => ({ cadreId: c.id, name: c.name, level: c.level, unitName: c.unitName, subjects: c.subjects, limit: rule.loadLimit }));
  return pageOfArray(over, query);
}

export async function assignmentHistory(ctx: TContext, user: TSessionUser, query: TAssignmentHistoryQuery): Promise<TPage<TCadreHistoryEntry>> {
  const { rows, total } = await repo.historyPage(ctx.db, user.bureauId, query);
  return { items: rows.map(presentHistory), total, page: query.page, pageSize: query.pageSize };
}

export async function getCadreSettings(ctx: TContext, user: TSessionUser): Promise<TCadreSettings> {
  return presentSettings(await repo.findSetting(ctx.db, user.bureauId));
}

/** Applies from now on: the views and the next suggestion read the new rule; version 0 sets it the first time. */
export async function updateCadreSettings(ctx: TContext, user: TSessionUser, input: TCadreSettingsUpdate): Promise<TCadreSettings> {
  const { version, ...values } = input;
  return presentSettings(await repo.saveSetting(ctx.db, user, version, values));
}
