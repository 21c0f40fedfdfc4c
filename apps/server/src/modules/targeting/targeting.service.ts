import { ROLE_SCOPE } from '@shian/shared/access';
import type { TLang } from '@shian/shared/messages';
import type { TPage } from '@shian/shared/http';
import type {
  TAllocation,
  TAllocationCreate,
  TAllocationListQuery,
  TAllocationPlanResult,
  THitCount,
  TMonitoring,
  TMonitoringQuery,
  TMonitoringWeek,
  TStationCapacityDefault,
  TTargetingDecile,
  TTargetingModel,
  TTargetingScore,
  TTargetingScoreQuery,
  TTargetingTrain,
  TTargetingTrigger,
} from '@shian/shared/targeting';
import { addDays, chinaToday, isWorkingDay } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { inspectionStations } from '../org/org.public.ts';
import { planFromTargeting, stationObligations } from '../inspection-plan/inspection-plan.public.ts';
import * as repo from './targeting.repository.ts';
import { allocateVisits } from './targeting-allocation.ts';
import { DAY_MS } from './targeting-features.ts';
import { startOfChinaDay, trainTargeting, type TConsistencyRow } from './targeting-training.ts';
import { presentAllocation, presentConsistency, presentModel, presentScore } from './targeting.presenter.ts';
import type { TStoredItem } from './targeting.schema.ts';

/** Retrain when the newest version is this old (checked hourly by the server). */
export const RETRAIN_AFTER_DAYS = 7;
/** Weeks of a station's own pace that suggest its capacity. */
const PACE_WEEKS = 12;

// Bureaus training now, per database: one process can hold two databases with the same bureau ids
// (the tests' seeded copies).
const trainingByDb = new WeakMap<object, Set<string>>();
function trainingIn(ctx: TContext) {
  if (!trainingByDb.has(ctx.db)) trainingByDb.set(ctx.db, new Set());
  return trainingByDb.get(ctx.db)!;
}

/** A station user works on its own station only (null: every station of the bureau). */
function stationOfScope(user: TSessionUser): string | null {
  if (ROLE_SCOPE[user.role] !== 'station') return null;
  if (!user.stationId) throw notFound();
  return user.stationId;
}

async function unitNameOf(db: TDbOrTx, bureauId: string) {
  const names = await repo.unitNames(db, bureauId);
  return (code: string) => names.get(code) ?? code;
}

// ---- Training ---------------------------------------------------------------------------------

export async function trainModel(ctx: TContext, bureauId: string, actor: TSessionUser | null, trigger: TTargetingTrigger, input: TTargetingTrain = {}): Promise<TTargetingModel> {
  const today = chinaToday();
  if (input.asOf && input.asOf > today) throw invalidField('asOf', 'targeting.asOf.future');
  const training = trainingIn(ctx);
  if (training.has(bureauId)) throw new AppError('CONFLICT', { what: { zh: '正在进行的模型训练', en: 'A training in progress ' } });
  training.add(bureauId);
  try {
    const asOf = input.asOf ? startOfChinaDay(input.asOf) : Date.now();
    const facts = await repo.loadFacts(ctx.db, bureauId);
    const result = await trainTargeting(facts, asOf);
    if (!result) throw invalidField('asOf', 'targeting.notEnoughHistory');
    const id = await ctx.db.transaction(async (tx) => {
      const number = await repo.nextModelNumber(tx, bureauId);
      const modelId = await repo.insertModel(tx, {
        bureauId,
        number,
        asOf: new Date(asOf),
        trigger,
        trainedBy: actor?.id ?? null,
        trainingRows: result.trainingRows,
        positives: result.positives,
        model: result.model,
        evaluation: result.evaluation,
        consistency: result.consistency,
      });
      await repo.insertScores(
        tx,
        result.scores.map((s) => ({ modelId, operatorId: s.operatorId, probability: s.probability, rank: s.rank, reasons: s.reasons })),
      );
      await recordAudit(tx, [
        {
          actor,
          action: 'train',
          entity: 'targeting_model',
          entityId: modelId,
          after: { number, trigger, asOf: new Date(asOf).toISOString(), trainingRows: result.trainingRows, auc: result.evaluation.auc, scored: result.scores.length },
        },
      ]);
      return modelId;
    });
    const current = await repo.currentModel(ctx.db, bureauId);
    const row = (await repo.listModels(ctx.db, bureauId)).find((m) => m.id === id)!;
    return presentModel(row, current?.id ?? null);
  } finally {
    training.delete(bureauId);
  }
}

/** The weekly retraining: each bureau whose newest version is a week old (or that has none) gets a new one. */
export async function retrainIfDue(ctx: TContext, now = Date.now()): Promise<{ bureauId: string; trained: boolean }[]> {
  const out = [];
  for (const bureauId of await repo.bureauIds(ctx.db)) {
    const current = await repo.currentModel(ctx.db, bureauId);
    if (current && now - current.asOf.getTime() < RETRAIN_AFTER_DAYS * DAY_MS) {
      out.push({ bureauId, trained: false });
      continue;
    }
    try {
      await trainModel(ctx, bureauId, null, 'schedule');
      out.push({ bureauId, trained: true });
    } catch (error) {
      // Too little history yet is not a failure of the schedule: it tries again next hour.
      if (!(error instanceof AppError)) throw error;
      out.push({ bureauId, trained: false });
    }
  }
  return out;
}

export async function listModels(ctx: TContext, user: TSessionUser): Promise<{ items: TTargetingModel[] }> {
  const [rows, current] = await Promise.all([repo.listModels(ctx.db, user.bureauId), repo.currentModel(ctx.db, user.bureauId)]);
  return { items: rows.map((r) => presentModel(r, current?.id ?? null)) };
}

// ---- Ranking ----------------------------------------------------------------------------------

export async function listScores(ctx: TContext, user: TSessionUser, query: TTargetingScoreQuery, lang: TLang): Promise<TPage<TTargetingScore> & { model: TTargetingModel | null }> {
  const current = await repo.currentModel(ctx.db, user.bureauId);
  if (!current) return { items: [], total: 0, page: query.page, pageSize: query.pageSize, model: null };
  const scope = operatorScopeOf(user);
  const [{ rows, total }, unitName] = await Promise.all([repo.listScores(ctx.db, scope, current.id, query), unitNameOf(ctx.db, user.bureauId)]);
  return {
    items: rows.map((r) => presentScore(r, lang, unitName)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    model: presentModel(current, current.id),
  };
}

// ---- Weekly allocation ------------------------------------------------------------------------

export async function capacityDefaults(ctx: TContext, user: TSessionUser, weeks: number): Promise<{ items: TStationCapacityDefault[] }> {
  const stations = await inspectionStations(ctx.db, user.bureauId, stationOfScope(user));
  const [inspectors, pace] = await Promise.all([
    repo.inspectorCounts(
      ctx.db,
      stations.map((s) => s.id),
    ),
    repo.inspectionsPerStation(ctx.db, user.bureauId, addDays(chinaToday(), -PACE_WEEKS * 7)),
  ]);
  return {
    items: stations.map((s) => {
      const perWeek = (pace.get(s.id) ?? 0) / PACE_WEEKS;
      const people = inspectors.get(s.id) ?? 0;
      // Without a pace of its own, a pair of inspectors is taken to make five visits a week.
      const suggested = perWeek > 0 ? Math.round(perWeek * weeks) : Math.floor(people / 2) * 5 * weeks;
      return { stationId: s.id, stationName: s.name, inspectors: people, suggestedVisits: Math.max(1, suggested) };
    }),
  };
}

async function lastWorkingDayUpTo(db: TDbOrTx, day: string) {
  const calendar = await loadCalendar(db);
  let d = day;
  for (let i = 0; i < 14 && !isWorkingDay(calendar, d); i++) d = addDays(d, -1);
  return d;
}

async function presentAllocations(db: TDbOrTx, bureauId: string, rows: repo.TAllocationListRow[], lang: TLang): Promise<TAllocation[]> {
  const ids = [...new Set(rows.flatMap((r) => r.allocation.items.map((i) => i.operatorId)))];
  const [operators, unitName] = await Promise.all([repo.operatorsByIds(db, ids), unitNameOf(db, bureauId)]);
  const byId = new Map(operators.map((o) => [o.id, o]));
  return rows.map((r) => presentAllocation(r, byId, lang, unitName));
}

export async function createAllocations(ctx: TContext, user: TSessionUser, input: TAllocationCreate, lang: TLang): Promise<{ items: TAllocation[] }> {
  const inScope = await inspectionStations(ctx.db, user.bureauId, stationOfScope(user));
  const known = new Set(inScope.map((s) => s.id));
  if (input.capacities.some((c) => !known.has(c.stationId))) throw notFound();
  const windowEnd = addDays(input.weekStart, input.weeks * 7 - 1);
  const dueOn = await lastWorkingDayUpTo(ctx.db, windowEnd);
  const current = await repo.currentModel(ctx.db, user.bureauId);

  const plans: { stationId: string; capacity: number; items: TStoredItem[]; deferred: number }[] = [];
  for (const c of input.capacities) {
    const [obligations, scores] = await Promise.all([
      stationObligations(ctx.db, user.bureauId, c.stationId, windowEnd),
      current ? repo.scoresOfStation(ctx.db, current.id, c.stationId) : Promise.resolve([]),
    ]);
    const byOperator = new Map(scores.map((s) => [s.operatorId, s]));
    const legalOperators = new Map(
      (
        await repo.operatorsByIds(
          ctx.db,
          obligations.due.map((d) => d.operatorId),
        )
      ).map((o) => [o.id, o]),
    );
    const result = allocateVisits({
      capacity: c.visits,
      weekStart: input.weekStart,
      windowEnd,
      legal: obligations.due.map((d) => ({ operatorId: d.operatorId, unitCode: legalOperators.get(d.operatorId)!.unitCode, existingEntryId: d.entryId, dueOn: d.dueOn })),
      candidates: scores.map((s) => ({ operatorId: s.operatorId, unitCode: s.unitCode, probability: s.probability })),
      alreadyPlanned: new Set(obligations.planned),
      probabilityOf: (id) => byOperator.get(id)?.probability ?? null,
    });
    const items: TStoredItem[] = result.items.map((i) => ({
      operatorId: i.operatorId,
      reason: i.reason,
      probability: i.probability,
      existingEntryId: i.existingEntryId,
      reasons: byOperator.get(i.operatorId)?.reasons ?? [],
    }));
    plans.push({ stationId: c.stationId, capacity: c.visits, items, deferred: result.deferred });
  }

  const ids = await ctx.db.transaction(async (tx) => {
    const created: string[] = [];
    for (const p of plans) {
      await repo.supersedeDrafts(tx, p.stationId, input.weekStart);
      created.push(
        await repo.insertAllocation(tx, {
          bureauId: user.bureauId,
          stationId: p.stationId,
          modelId: current?.id ?? null,
          weekStart: input.weekStart,
          weeks: input.weeks,
          dueOn,
          capacity: p.capacity,
          items: p.items,
          createdBy: user.id,
        }),
      );
    }
    await recordAudit(
      tx,
      created.map((id, k) => ({
        actor: user,
        action: 'allocate',
        entity: 'targeting_allocation',
        entityId: id,
        after: { weekStart: input.weekStart, weeks: input.weeks, capacity: plans[k].capacity, visits: plans[k].items.length, deferredLegal: plans[k].deferred },
      })),
    );
    return created;
  });
  const rows = (await Promise.all(ids.map((id) => repo.findAllocation(ctx.db, user.bureauId, null, id)))).filter((r) => r !== null);
  return { items: await presentAllocations(ctx.db, user.bureauId, rows, lang) };
}

export async function listAllocations(ctx: TContext, user: TSessionUser, query: TAllocationListQuery, lang: TLang): Promise<TPage<TAllocation>> {
  const stationId = stationOfScope(user);
  const { rows, total } = await repo.listAllocations(ctx.db, user.bureauId, stationId, query);
  return { items: await presentAllocations(ctx.db, user.bureauId, rows, lang), total, page: query.page, pageSize: query.pageSize };
}

export async function getAllocation(ctx: TContext, user: TSessionUser, id: string, lang: TLang): Promise<TAllocation> {
  const row = await repo.findAllocation(ctx.db, user.bureauId, stationOfScope(user), id);
  if (!row) throw notFound();
  return (await presentAllocations(ctx.db, user.bureauId, [row], lang))[0];
}

/** One click: the list becomes plan entries (legal minimums without an entry as frequency entries, the rest as targeting). */
export async function planAllocation(ctx: TContext, user: TSessionUser, id: string, version: number, lang: TLang): Promise<TAllocationPlanResult> {
  const row = await repo.findAllocation(ctx.db, user.bureauId, stationOfScope(user), id);
  if (!row) throw notFound();
  const a = row.allocation;
  if (a.status !== 'draft') throw new AppError('ALREADY_DONE', { what: { zh: '该周检查名单已转为计划或已被新名单取代，', en: 'Planning this list' } });
  if (a.version !== version) throw new AppError('VERSION_CONFLICT');
  const items = a.items;
  // Plan entries made since the list was drawn up are not doubled.
  const now = await stationObligations(ctx.db, user.bureauId, a.stationId, addDays(a.weekStart, a.weeks * 7 - 1));
  const withEntry = new Set([...now.due.filter((d) => d.entryId).map((d) => d.operatorId), ...now.planned]);
  const toPlan = items.filter((i) => !withEntry.has(i.operatorId));
  const result = await ctx.db.transaction(async (tx) => {
    const planned = await planFromTargeting(
      tx,
      user,
      a.stationId,
      a.dueOn,
      toPlan.map((i) => ({
        operatorId: i.operatorId,
        source: i.reason === 'legal_minimum' ? 'frequency' : 'targeting',
        note: { allocationId: a.id, reason: i.reason, probability: i.probability },
      })),
    );
    await repo.markAllocationPlanned(tx, a.id, version, { plannedBy: user.id, plannedEntries: planned.created });
    await recordAudit(tx, [
      { actor: user, action: 'plan', entity: 'targeting_allocation', entityId: a.id, after: { created: planned.created, alreadyPlanned: items.length - toPlan.length } },
    ]);
    return planned;
  });
  return {
    created: result.created,
    alreadyPlanned: items.length - toPlan.length,
    withoutInspectors: result.withoutInspectors,
    allocation: await getAllocation(ctx, user, id, lang),
  };
}

// ---- Monitoring -------------------------------------------------------------------------------

function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

const emptyCount = (): THitCount => ({ inspections: 0, serious: 0 });

export async function monitoring(ctx: TContext, user: TSessionUser, query: TMonitoringQuery): Promise<TMonitoring> {
  const today = chinaToday();
  const from = addDays(mondayOf(today), -7 * (query.weeks - 1));
  const [inspections, timeline, current] = await Promise.all([
    repo.inspectionsBetween(ctx.db, operatorScopeOf(user), from, addDays(today, 1)),
    repo.modelTimeline(ctx.db, user.bureauId),
    repo.currentModel(ctx.db, user.bureauId),
  ]);
  // The version in use on a day: the newest trained before that day began.
  const modelOn = (day: string) => {
    const start = startOfChinaDay(day);
    let found: string | null = null;
    for (const m of timeline) if (m.asOf.getTime() < start) found = m.id;
    return found;
  };
  const modelOf = inspections.map((i) => modelOn(i.inspectedOn));
  const modelIds = [...new Set(modelOf.filter((m): m is string => m !== null))];
  const [counts, ranks] = await Promise.all([repo.rankedCounts(ctx.db, modelIds), repo.ranksOf(ctx.db, modelIds, [...new Set(inspections.map((i) => i.operatorId))])]);
  const rankOf = new Map(ranks.map((r) => [`${r.modelId}:${r.operatorId}`, r.rank]));

  const weeks = new Map<string, TMonitoringWeek>();
  for (let k = 0; k < query.weeks; k++) {
    const weekStart = addDays(from, 7 * k);
    weeks.set(weekStart, { weekStart, targeted: emptyCount(), rest: emptyCount(), topDecile: emptyCount(), otherDeciles: emptyCount() });
  }
  const deciles: TTargetingDecile[] = Array.from({ length: 10 }, (_, d) => ({ decile: d + 1, count: 0, positives: 0, rate: 0 }));
  inspections.forEach((i, k) => {
    const week = weeks.get(mondayOf(i.inspectedOn));
    if (!week) return;
    const serious = i.result === 'nonconforming' ? 1 : 0;
    const add = (c: THitCount) => {
      c.inspections++;
      c.serious += serious;
    };
    add(i.source === 'targeting' ? week.targeted : week.rest);
    const model = modelOf[k];
    const rank = model ? rankOf.get(`${model}:${i.operatorId}`) : undefined;
    if (!model || rank === undefined) return;
    const decile = Math.min(10, Math.ceil((rank / counts.get(model)!) * 10));
    add(decile === 1 ? week.topDecile : week.otherDeciles);
    deciles[decile - 1].count++;
    deciles[decile - 1].positives += serious;
  });
  for (const d of deciles) d.rate = d.count ? Math.round((d.positives / d.count) * 10000) / 10000 : 0;

  let consistency: TConsistencyRow[] = current ? current.consistency : [];
  const inspectors = await repo.inspectorsByIds(
    ctx.db,
    consistency.map((c) => c.inspectorId),
  );
  const stationId = stationOfScope(user);
  if (stationId) {
    const own = new Set(inspectors.filter((i) => i.stationId === stationId).map((i) => i.id));
    consistency = consistency.filter((c) => own.has(c.inspectorId));
  }
  return {
    weeks: [...weeks.values()],
    deciles,
    model: current ? presentModel(current, current.id) : null,
    consistency: presentConsistency(consistency, new Map(inspectors.map((i) => [i.id, i]))),
  };
}
