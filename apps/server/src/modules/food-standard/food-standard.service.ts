import {
  standardNumbersIn,
  type TFoodStandard,
  type TFoodStandardInput,
  type TFoodStandardListQuery,
  type TFoodStandardPut,
  type TStandardLookup,
  type TStandardRef,
} from '@shian/shared/food-standard';
import type { TPage } from '@shian/shared/http';
import { chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import * as repo from './food-standard.repository.ts';
import type { TFoodStandardRow } from './food-standard.repository.ts';
import { presentStandard, presentStandardRef } from './food-standard.presenter.ts';

async function presentAll(db: TDbOrTx, bureauId: string, rows: TFoodStandardRow[]): Promise<TFoodStandard[]> {
  const today = chinaToday();
  const replacements = await repo.findStandardsByNumbers(db, bureauId, [...new Set(rows.flatMap((r) => (r.supersededBy ? [r.supersededBy] : [])))]);
  const idOf = new Map(replacements.map((r) => [r.number, r.id]));
  return rows.map((r) => presentStandard(r, today, r.supersededBy ? (idOf.get(r.supersededBy) ?? null) : null));
}

async function publicBureau(ctx: TContext) {
  const bureauId = await repo.publicBureauId(ctx.db);
  if (!bureauId) throw notFound();
  return bureauId;
}

export async function listStandards(ctx: TContext, bureauId: string, query: TFoodStandardListQuery): Promise<TPage<TFoodStandard>> {
  const today = chinaToday();
  const [rows, total] = await Promise.all([repo.listStandards(ctx.db, bureauId, query, today), repo.countStandards(ctx.db, bureauId, query, today)]);
  return { items: await presentAll(ctx.db, bureauId, rows), total, page: query.page, pageSize: query.pageSize };
}

export async function listPublicStandards(ctx: TContext, query: TFoodStandardListQuery) {
  return listStandards(ctx, await publicBureau(ctx), query);
}

export async function getStandard(ctx: TContext, bureauId: string, id: string): Promise<TFoodStandard> {
  const row = await repo.findStandard(ctx.db, bureauId, id);
  if (!row) throw notFound();
  return (await presentAll(ctx.db, bureauId, [row]))[0];
}

export async function getPublicStandard(ctx: TContext, id: string) {
  return getStandard(ctx, await publicBureau(ctx), id);
}

const duplicate = (number: string) => new AppError('CONFLICT', { what: { zh: `标准 ${number} `, en: `Standard ${number} ` } });

async function refuseDuplicate(db: TDbOrTx, bureauId: string, number: string, exceptId: string | null) {
  const [existing] = await repo.findStandardsByNumbers(db, bureauId, [number]);
  if (existing && existing.id !== exceptId) throw duplicate(number);
}

export async function createStandard(ctx: TContext, user: TSessionUser, input: TFoodStandardInput): Promise<TFoodStandard> {
  await refuseDuplicate(ctx.db, user.bureauId, input.number, null);
  const row = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertStandard(tx, { bureauId: user.bureauId, ...input });
    await recordAudit(tx, [{ actor: user, action: 'create', entity: 'food_standard', entityId: created.id, after: input }]);
    return created;
  });
  return (await presentAll(ctx.db, user.bureauId, [row]))[0];
}

export async function updateStandard(ctx: TContext, user: TSessionUser, id: string, input: TFoodStandardPut): Promise<TFoodStandard> {
  const before = await repo.findStandard(ctx.db, user.bureauId, id);
  if (!before) throw notFound();
  const { version, ...values } = input;
  await refuseDuplicate(ctx.db, user.bureauId, values.number, id);
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await repo.updateStandardVersioned(tx, id, version, values);
    const old = { number: before.number, title: before.title, status: before.status, implementedOn: before.implementedOn, supersededBy: before.supersededBy };
    await recordAudit(tx, [{ actor: user, action: 'update', entity: 'food_standard', entityId: id, before: old, after: values }]);
    return updated;
  });
  return (await presentAll(ctx.db, user.bureauId, [row]))[0];
}

/**
 * The GB numbers cited in free texts (a test item's "standard" field), each with the registry's
 * entry and today's status when the number is registered.
 */
export async function lookupStandards(db: TDbOrTx, bureauId: string, texts: string[]): Promise<TStandardLookup[]> {
  const numbers = [...new Set(texts.flatMap((t) => standardNumbersIn(t)))];
  const today = chinaToday();
  const byNumber = new Map((await repo.findStandardsByNumbers(db, bureauId, numbers)).map((r) => [r.number, r]));
  return numbers.map((number) => {
    const row = byNumber.get(number);
    return { number, standard: row ? presentStandardRef(row, today) : null };
  });
}

export async function lookupPublicStandards(ctx: TContext, texts: string[]) {
  return lookupStandards(ctx.db, await publicBureau(ctx), texts);
}

/** Standards by id, in the order asked; ids not in the registry are left out. */
export async function standardRefs(db: TDbOrTx, bureauId: string, ids: string[]): Promise<TStandardRef[]> {
  const today = chinaToday();
  const byId = new Map((await repo.findStandardsByIds(db, bureauId, ids)).map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [presentStandardRef(row, today)] : [];
  });
}
