import { randomBytes } from 'node:crypto';
import { ROLE_SCOPE } from '@shian/shared/access';
import type { TDrawCreate, TDrawFilter, TDrawVerify } from '@shian/shared/draw';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { lastInspectorsByOperator } from '../inspection/inspection.public.ts';
import { drawIsPlanned, planFromDraw } from '../inspection-plan/inspection-plan.public.ts';
import * as repo from './random-draw.repository.ts';
import { runDraw, type TInspectorPoolEntry } from './random-draw.algorithm.ts';
import { presentDraw, presentDrawSummary, presentPublicDraw } from './random-draw.presenter.ts';

/** undefined: the whole bureau; a station user sees and draws only within its station. */
function stationOf(user: TSessionUser): string | null | undefined {
  return ROLE_SCOPE[user.role] === 'station' ? user.stationId : undefined;
}

async function inspectorPool(ctx: TContext, user: TSessionUser, input: TDrawCreate, operatorIds: string[]): Promise<TInspectorPoolEntry[]> {
  const station = stationOf(user);
  const available = await repo.inspectors(ctx.db, user.bureauId, station ?? input.filter.stationId ?? null);
  let ids = available.map((i) => i.id);
  if (input.inspectorIds) {
    const known = new Set(station === undefined ? (await repo.inspectors(ctx.db, user.bureauId, null)).map((i) => i.id) : ids);
    if (input.inspectorIds.some((id) => !known.has(id))) throw invalidField('inspectorIds', 'plan.inspectors.notOfStation');
    ids = [...new Set(input.inspectorIds)].sort();
  }
  // Stored with the draw, so that a re-run does not depend on inspections made later.
  const last = await lastInspectorsByOperator(ctx.db, operatorIds);
  const lastOf = new Map<string, string[]>();
  for (const [operatorId, inspectorIds] of last) for (const id of inspectorIds) lastOf.set(id, [...(lastOf.get(id) ?? []), operatorId]);
  return ids.map((id) => ({ id, lastInspectedOperatorIds: (lastOf.get(id) ?? []).sort() }));
}

export async function createDraw(ctx: TContext, user: TSessionUser, input: TDrawCreate) {
  const station = stationOf(user);
  if (station === null) throw notFound();
  const filter: TDrawFilter = input.filter;
  const operatorPool = await repo.operatorPool(ctx.db, operatorScopeOf(user), filter);
  if (operatorPool.length === 0) throw invalidField('filter', 'draw.pool.empty');
  const pool = await inspectorPool(ctx, user, input, operatorPool);
  if (pool.length < input.inspectorsPerOperator) throw invalidField('inspectorIds', 'draw.inspectors.tooFew');
  const seed = input.seed ?? randomBytes(16).toString('hex');
  const result = runDraw({ seed, operatorPool, inspectorPool: pool, operatorCount: input.operatorCount, inspectorsPerOperator: input.inspectorsPerOperator });
  const row = await ctx.db.transaction(async (tx) => {
    const inserted = await repo.insertDraw(tx, {
      bureauId: user.bureauId,
      stationId: station ?? filter.stationId ?? null,
      name: input.name,
      seed,
      filter,
      operatorPool,
      inspectorPool: pool,
      operatorCount: input.operatorCount,
      inspectorsPerOperator: input.inspectorsPerOperator,
      result,
      createdBy: user.id,
    });
    await recordAudit(tx, [{ actor: user, action: 'create', entity: 'random_draw', entityId: inserted.id, after: { name: input.name, seed, filter, operators: result.length } }]);
    return inserted;
  });
  return present(ctx, row, false);
}

async function present(ctx: TContext, row: repo.TDrawRow, planned: boolean) {
  const result = row.result;
  const [operators, users] = await Promise.all([
    repo.operatorNames(
      ctx.db,
      result.map((r) => r.operatorId),
    ),
    repo.userNames(
      ctx.db,
      result.flatMap((r) => r.inspectorIds),
    ),
  ]);
  return presentDraw(row, planned, operators, users);
}

async function loadDraw(ctx: TContext, user: TSessionUser, id: string) {
  const row = await repo.findDraw(ctx.db, user.bureauId, stationOf(user), id);
  if (!row) throw notFound();
  return row;
}

export async function listDraws(ctx: TContext, user: TSessionUser, query: { page: number; pageSize: number }) {
  const station = stationOf(user);
  const [rows, total] = await Promise.all([repo.listDraws(ctx.db, user.bureauId, station, query), repo.countDraws(ctx.db, user.bureauId, station)]);
  const items = await Promise.all(rows.map(async (r) => presentDrawSummary(r, await drawIsPlanned(ctx.db, r.id))));
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function getDraw(ctx: TContext, user: TSessionUser, id: string) {
  const row = await loadDraw(ctx, user, id);
  return present(ctx, row, await drawIsPlanned(ctx.db, id));
}

export async function verifyDraw(ctx: TContext, user: TSessionUser, id: string): Promise<TDrawVerify> {
  const row = await loadDraw(ctx, user, id);
  const result = runDraw({
    seed: row.seed,
    operatorPool: row.operatorPool as string[],
    inspectorPool: row.inspectorPool,
    operatorCount: row.operatorCount,
    inspectorsPerOperator: row.inspectorsPerOperator,
  });
  return { identical: JSON.stringify(result) === JSON.stringify(row.result), result };
}

export async function publishDraw(ctx: TContext, user: TSessionUser, id: string) {
  await loadDraw(ctx, user, id);
  const row = await ctx.db.transaction(async (tx) => {
    const published = await repo.publishDraw(tx, id);
    if (!published) throw new AppError('ALREADY_DONE', { what: { zh: '公示', en: 'Publishing' } });
    await recordAudit(tx, [{ actor: user, action: 'publish', entity: 'random_draw', entityId: id }]);
    return published;
  });
  return present(ctx, row, await drawIsPlanned(ctx.db, id));
}

export async function planDraw(ctx: TContext, user: TSessionUser, id: string) {
  const row = await loadDraw(ctx, user, id);
  return ctx.db.transaction(async (tx) => {
    const planned = await planFromDraw(tx, user, id, row.result);
    if (!planned) throw new AppError('ALREADY_DONE', { what: { zh: '生成检查计划', en: 'Planning' } });
    await recordAudit(tx, [{ actor: user, action: 'plan', entity: 'random_draw', entityId: id, after: planned }]);
    return planned;
  });
}

export async function listPublishedDraws(ctx: TContext) {
  const rows = await repo.publishedDraws(ctx.db, 50);
  const names = await repo.operatorNames(
    ctx.db,
    rows.flatMap((r) => r.result.map((d) => d.operatorId)),
  );
  return { items: rows.map((r) => presentPublicDraw(r, names)) };
}
