import { ROLE_SCOPE } from '@shian/shared/access';
import type { TRiskGrade } from '@shian/shared/risk';
import type { TInspectionFrequencies, TInspectionFrequenciesUpdate, TPlanEntryPatch, TPlanGenerate, TPlanGenerateResult, TPlanListQuery } from '@shian/shared/plan';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { addDays, chinaToday, isWorkingDay } from '@shian/shared/working-days';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { inspectionStations } from '../org/org.public.ts';
import * as repo from './inspection-plan.repository.ts';
import { unplannedInspectionsOfYear, type TInspectionPlanEntries } from '../inspection/inspection.public.ts';
import { assignInspectors, entriesDue } from './inspection-plan.spreading.ts';
import { presentEntry, presentFrequencies } from './inspection-plan.presenter.ts';

/** 食品生产经营监督检查管理办法 art. 22 (A at least 1, B 1-2, C 2-3, D 3-4 a year). */
export const DEFAULT_FREQUENCIES: TInspectionFrequencies = {
  A: { minPerYear: 1, maxPerYear: 1 },
  B: { minPerYear: 1, maxPerYear: 2 },
  C: { minPerYear: 2, maxPerYear: 3 },
  D: { minPerYear: 3, maxPerYear: 4 },
};

async function loadFrequencies(db: TDbOrTx, bureauId: string) {
  let rows = await repo.frequenciesOf(db, bureauId);
  if (rows.length < 4) {
    await repo.insertFrequencies(db, bureauId, DEFAULT_FREQUENCIES);
    rows = await repo.frequenciesOf(db, bureauId);
  }
  return rows;
}

export async function getFrequencies(ctx: TContext, user: TSessionUser) {
  return presentFrequencies(await loadFrequencies(ctx.db, user.bureauId));
}

export async function updateFrequencies(ctx: TContext, user: TSessionUser, input: TInspectionFrequenciesUpdate) {
  const before = presentFrequencies(await loadFrequencies(ctx.db, user.bureauId));
  const { version, ...values } = input;
  return ctx.db.transaction(async (tx) => {
    await repo.updateFrequenciesVersioned(tx, user.bureauId, version, values);
    const after = presentFrequencies(await repo.frequenciesOf(tx, user.bureauId));
    await recordAudit(tx, [{ actor: user, action: 'update', entity: 'inspection_frequency', entityId: null, before, after }]);
    return after;
  });
}

/** The last working day of the month, by the working-day calendar. */
export async function lastWorkingDayOf(db: TDbOrTx, year: number, month: number) {
  const calendar = await loadCalendar(db);
  let day = addDays(`${month === 12 ? year + 1 : year}-${String(month === 12 ? 1 : month + 1).padStart(2, '0')}-01`, -1);
  while (!isWorkingDay(calendar, day)) day = addDays(day, -1);
  return day;
}

/** A station user plans only for its station; another station's id is as good as unknown. */
function stationsInScope(user: TSessionUser, stationId: string | undefined) {
  if (ROLE_SCOPE[user.role] !== 'station') return stationId ?? null;
  if (!user.stationId || (stationId && stationId !== user.stationId)) throw notFound();
  return user.stationId;
}

export async function generatePlan(ctx: TContext, user: TSessionUser, input: TPlanGenerate): Promise<TPlanGenerateResult> {
  const stations = await inspectionStations(ctx.db, user.bureauId, stationsInScope(user, input.stationId));
  if (input.stationId && stations.length === 0) throw notFound();
  const frequencies = presentFrequencies(await loadFrequencies(ctx.db, user.bureauId));
  const dueOn = await lastWorkingDayOf(ctx.db, input.year, input.month);
  const result: TPlanGenerateResult = { created: 0, alreadyPlanned: 0, withoutInspectors: 0 };
  for (const s of stations) {
    const inserted = await ctx.db.transaction(async (tx) => {
      // An operator may owe more than one visit in a month, so no unique index can tell a repeated generation from a
      // due visit: a lock on the station's month makes a concurrent generation read the entries the first one wrote.
      await repo.lockStationMonth(tx, s.id, input.year, input.month);
      // One query after another: inside a transaction `tx` is a single connection.
      const operators = await repo.activeOperatorsOfStation(tx, s.id);
      const entries = await repo.entriesOfYear(tx, s.id, input.year);
      const unplanned = await unplannedInspectionsOfYear(tx, s.id, input.year);
      const pool = await repo.inspectorsOfStation(tx, s.id);
      const counted = new Map<string, number>();
      const inMonth = new Set<string>();
      const load = new Map<string, number>();
      for (const e of entries) {
        if (e.month === input.month) inMonth.add(e.operatorId);
        if (e.status === 'cancelled') continue;
        counted.set(e.operatorId, (counted.get(e.operatorId) ?? 0) + 1);
        if (e.month === input.month) for (const id of e.inspectorIds) load.set(id, (load.get(id) ?? 0) + 1);
      }
      const rows: Parameters<typeof repo.insertEntries>[1] = [];
      for (const o of operators) {
        if (inMonth.has(o.id)) {
          result.alreadyPlanned += 1;
          continue;
        }
        const grade = o.riskGrade ?? 'B';
        const due = entriesDue(o.id, frequencies[grade].minPerYear, input.month, (counted.get(o.id) ?? 0) + (unplanned.get(o.id) ?? 0));
        if (due === 0) continue;
        if (pool.length < 2) {
          result.withoutInspectors += 1;
          continue;
        }
        for (let i = 0; i < due; i++) {
          rows.push({
            bureauId: user.bureauId,
            stationId: s.id,
            operatorId: o.id,
            year: input.year,
            month: input.month,
            dueOn,
            inspectorIds: assignInspectors(pool, load, 2),
            source: 'frequency',
            note: { grade, minPerYear: frequencies[grade].minPerYear },
          });
        }
      }
      if (rows.length === 0) return [];
      const written = await repo.insertEntries(tx, rows);
      await recordAudit(tx, [
        { actor: user, action: 'generate', entity: 'inspection_plan', entityId: s.id, after: { year: input.year, month: input.month, station: s.name, created: rows.length } },
      ]);
      return written;
    });
    result.created += inserted.length;
    // One batch per station and generation, told after its commit (inspection-plan.notifications.ts).
    if (inserted.length > 0) {
      const { year, month } = input;
      const entries = inserted.map((e) => ({ operatorId: e.operatorId, inspectorIds: e.inspectorIds }));
      await ctx.events.publish('plan.assigned', { bureauId: user.bureauId, batchKey: `plan:${inserted[0].id}`, year, month, dueOn, reassigned: false, entries }, user);
    }
  }
  return result;
}

/** Who may be assigned in a station: its active inspectors and its head. */
export async function assignableInspectors(ctx: TContext, user: TSessionUser, stationId: string) {
  const [found] = await inspectionStations(ctx.db, user.bureauId, stationsInScope(user, stationId));
  if (!found) throw notFound();
  return { items: await repo.assignableStaff(ctx.db, found.id) };
}

async function inspectorsById(db: TDbOrTx, rows: repo.TPlanEntryListRow[]) {
  const users = await repo.usersByIds(db, [...new Set(rows.flatMap((r) => r.entry.inspectorIds))]);
  return new Map(users.map((u) => [u.id, u]));
}

export async function listPlanEntries(ctx: TContext, user: TSessionUser, query: TPlanListQuery) {
  const scope = operatorScopeOf(user);
  const today = chinaToday();
  const { rows, total } = await repo.listEntries(ctx.db, scope, query, today);
  const users = await inspectorsById(ctx.db, rows);
  return { items: rows.map((r) => presentEntry(r, users, today)), total, page: query.page, pageSize: query.pageSize };
}

/** Inspectors must be active staff of the entry's station (inspectors or its head). */
async function checkInspectors(db: TDbOrTx, stationId: string, ids: string[]) {
  const users = await repo.usersByIds(db, ids);
  const fit = users.filter((u) => u.active && u.stationId === stationId && (u.role === 'inspector' || u.role === 'station'));
  if (fit.length !== ids.length) throw invalidField('inspectorIds', 'plan.inspectors.notOfStation');
}

export async function updatePlanEntry(ctx: TContext, user: TSessionUser, id: string, patch: TPlanEntryPatch) {
  const scope = operatorScopeOf(user);
  const before = await repo.findEntry(ctx.db, scope, id);
  if (!before) throw notFound();
  if (patch.inspectorIds) await checkInspectors(ctx.db, before.entry.stationId, patch.inspectorIds);
  if (patch.status === 'cancelled' && before.entry.status !== 'planned') {
    throw new AppError('ALREADY_DONE', { what: { zh: '该计划已完成或已取消，', en: 'This plan entry' } });
  }
  const { version, ...values } = patch;
  const after = await ctx.db.transaction(async (tx) => {
    await repo.updateEntryVersioned(tx, id, version, values);
    const found = (await repo.findEntry(tx, scope, id))!;
    await recordAudit(tx, [{ actor: user, action: 'update', entity: 'inspection_plan_entry', entityId: id, before: before.entry, after: found.entry }]);
    return found;
  });
  // Inspectors newly put on a planned entry are told (inspection-plan.notifications.ts); those kept on it are not.
  const added = after.entry.inspectorIds.filter((i) => !before.entry.inspectorIds.includes(i));
  if (added.length > 0 && after.entry.status === 'planned') {
    const { year, month, dueOn, operatorId } = after.entry;
    await ctx.events.publish(
      'plan.assigned',
      { bureauId: user.bureauId, batchKey: `plan-entry:${id}:v${after.entry.version}`, year, month, dueOn, reassigned: true, entries: [{ operatorId, inspectorIds: added }] },
      user,
    );
  }
  return presentEntry(after, await inspectorsById(ctx.db, [after]), chinaToday());
}

export const inspectionPlanEntries: TInspectionPlanEntries = {
  async isOpenFor(db, user, planEntryId, operatorId) {
    const found = await repo.findEntry(db, operatorScopeOf(user), planEntryId);
    return found !== null && found.entry.operatorId === operatorId && found.entry.status === 'planned';
  },
};

/** Completes the entry an inspection was made for, checked again: its operator, and the closer's data scope then. */
export async function markPlanEntryDone(ctx: TContext, actor: TSessionUser | null, planEntryId: string, inspection: { id: string; operatorId: string }) {
  await repo.markEntryDone(ctx.db, actor ? operatorScopeOf(actor) : null, planEntryId, inspection);
}

/** Plan entries from a random inspection draw, in the month it is planned; null when the draw was planned already. */
export async function planFromDraw(tx: TDbOrTx, user: TSessionUser, drawId: string, result: { operatorId: string; inspectorIds: string[] }[]) {
  const today = chinaToday();
  const [year, month] = today.split('-').map(Number);
  const dueOn = await lastWorkingDayOf(tx, year, month);
  const stations = await repo.stationsOfOperators(
    tx,
    result.map((r) => r.operatorId),
  );
  const rows = result
    .filter((r) => r.inspectorIds.length >= 2 && stations.get(r.operatorId))
    .map((r) => ({
      bureauId: user.bureauId,
      stationId: stations.get(r.operatorId)!,
      operatorId: r.operatorId,
      year,
      month,
      dueOn,
      inspectorIds: r.inspectorIds,
      source: 'draw' as const,
      drawId,
    }));
  if (!(await repo.insertDrawEntries(tx, rows))) return null;
  return { created: rows.length, skipped: result.length - rows.length };
}

export async function drawIsPlanned(db: TDbOrTx, drawId: string) {
  return (await repo.entriesOfDraw(db, drawId)).length > 0;
}

export type TStationObligations = {
  /** Legal-minimum visits: open frequency entries (with their due dates), and operators behind their schedule with none. */
  due: { operatorId: string; grade: TRiskGrade; minPerYear: number; entryId: string | null; dueOn: string | null }[];
  /** Operators with another kind of plan entry still to do: they are visited anyway. */
  planned: string[];
};

/**
 * What the legal minimum frequencies demand of a station in the month of `until` (weekly targeting
 * lists). The same counting as the monthly generation: entries of the year that are not cancelled
 * and inspections made outside the plan count against the operator's schedule.
 */
export async function stationObligations(db: TDbOrTx, bureauId: string, stationId: string, until: string): Promise<TStationObligations> {
  const [year, month] = until.split('-').map(Number);
  const frequencies = presentFrequencies(await loadFrequencies(db, bureauId));
  const [operators, entries, unplanned, open] = await Promise.all([
    repo.activeOperatorsOfStation(db, stationId),
    repo.entriesOfYear(db, stationId, year),
    unplannedInspectionsOfYear(db, stationId, year),
    repo.openEntriesOfStation(db, stationId),
  ]);
  const counted = new Map<string, number>();
  for (const e of entries) if (e.status !== 'cancelled') counted.set(e.operatorId, (counted.get(e.operatorId) ?? 0) + 1);
  const frequencyEntry = new Map<string, { id: string; dueOn: string }>();
  const planned = new Set<string>();
  for (const e of open) {
    if (e.source === 'frequency') {
      if (!frequencyEntry.has(e.operatorId)) frequencyEntry.set(e.operatorId, { id: e.id, dueOn: e.dueOn });
    } else {
      planned.add(e.operatorId);
    }
  }
  const due: TStationObligations['due'] = [];
  for (const o of operators) {
    const grade = o.riskGrade ?? 'B';
    const { minPerYear } = frequencies[grade];
    const entry = frequencyEntry.get(o.id);
    if (entry) due.push({ operatorId: o.id, grade, minPerYear, entryId: entry.id, dueOn: entry.dueOn });
    else if (entriesDue(o.id, minPerYear, month, (counted.get(o.id) ?? 0) + (unplanned.get(o.id) ?? 0)) > 0) {
      due.push({ operatorId: o.id, grade, minPerYear, entryId: null, dueOn: null });
    }
  }
  return { due, planned: [...planned].filter((id) => !frequencyEntry.has(id)) };
}

/**
 * Plan entries for a weekly targeting list, due on `dueOn`, each with the two least-loaded inspectors
 * of the station. Runs in the caller's transaction.
 */
export async function planFromTargeting(
  tx: TDbOrTx,
  user: TSessionUser,
  stationId: string,
  dueOn: string,
  rows: { operatorId: string; source: 'frequency' | 'targeting'; note: Record<string, unknown> }[],
) {
  const [year, month] = dueOn.split('-').map(Number);
  const [pool, entries] = await Promise.all([repo.inspectorsOfStation(tx, stationId), repo.entriesOfYear(tx, stationId, year)]);
  if (pool.length < 2) return { created: 0, withoutInspectors: rows.length };
  const load = new Map<string, number>();
  for (const e of entries) {
    if (e.month !== month || e.status === 'cancelled') continue;
    for (const id of e.inspectorIds) load.set(id, (load.get(id) ?? 0) + 1);
  }
  const inserted = await repo.insertEntries(
    tx,
    rows.map((r) => ({
      bureauId: user.bureauId,
      stationId,
      operatorId: r.operatorId,
      year,
      month,
      dueOn,
      inspectorIds: assignInspectors(pool, load, 2),
      source: r.source,
      note: r.note,
    })),
  );
  return { created: inserted.length, withoutInspectors: 0 };
}
