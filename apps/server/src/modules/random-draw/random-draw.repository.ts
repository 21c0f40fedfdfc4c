import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { TDrawFilter } from '@shian/shared/draw';
import type { TRiskGrade } from '@shian/shared/risk';
import { insertOne } from '../../core/db/insert-one.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { paged, type TPageQuery } from '../../core/db/paged.ts';
import { bumpVersion } from '../../core/db/versioned.ts';
import { unit } from '../org/org.schema.ts';
import { operator } from '../operator/operator.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { appUser } from '../user/user.schema.ts';
import { randomDraw } from './random-draw.schema.ts';

export type TDrawRow = typeof randomDraw.$inferSelect;

/** Active operators in scope matching the filter, sorted by id (the stored pool order). */
export async function operatorPool(db: TDbOrTx, scope: TOperatorScope, filter: TDrawFilter) {
  const rows = await db
    .select({ id: operator.id })
    .from(operator)
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(
      and(
        scopeCondition(db, scope),
        eq(operator.status, 'active'),
        filter.type ? eq(operator.type, filter.type) : undefined,
        filter.unitCode ? eq(operator.unitCode, filter.unitCode) : undefined,
        filter.stationId ? eq(unit.stationId, filter.stationId) : undefined,
        filter.riskGrade ? eq(operator.riskGrade, filter.riskGrade) : undefined,
      ),
    )
    .orderBy(asc(operator.id));
  return rows.map((r) => r.id);
}

/** Active inspectors of the bureau, of one station when given, sorted by id. */
export async function inspectors(db: TDbOrTx, bureauId: string, stationId: string | null) {
  const rows = await db
    .select({ id: appUser.id, stationId: appUser.stationId })
    .from(appUser)
    .where(and(eq(appUser.bureauId, bureauId), eq(appUser.role, 'inspector'), eq(appUser.active, true), stationId ? eq(appUser.stationId, stationId) : undefined))
    .orderBy(asc(appUser.id));
  return rows;
}

export function insertDraw(db: TDbOrTx, values: typeof randomDraw.$inferInsert) {
  return insertOne(db, randomDraw, values);
}

/** Draws a user may see: the bureau's for district staff, the station's own for a station. */
function drawScope(bureauId: string, stationId: string | null | undefined) {
  return and(eq(randomDraw.bureauId, bureauId), stationId === undefined ? undefined : stationId === null ? sql`false` : eq(randomDraw.stationId, stationId));
}

export async function listDraws(db: TDbOrTx, bureauId: string, stationId: string | null | undefined, query: TPageQuery) {
  const list = db.select().from(randomDraw).where(drawScope(bureauId, stationId)).orderBy(desc(randomDraw.createdAt), desc(randomDraw.id)).$dynamic();
  return paged(list, query);
}

export function countDraws(db: TDbOrTx, bureauId: string, stationId: string | null | undefined) {
  return db.$count(randomDraw, drawScope(bureauId, stationId));
}

export async function findDraw(db: TDbOrTx, bureauId: string, stationId: string | null | undefined, id: string) {
  const [row] = await db
    .select()
    .from(randomDraw)
    .where(and(drawScope(bureauId, stationId), eq(randomDraw.id, id)));
  return row ?? null;
}

export async function publishDraw(db: TDbOrTx, id: string) {
  const [row] = await db
    .update(randomDraw)
    .set({ published: true, publishedAt: new Date(), ...bumpVersion(randomDraw) })
    .where(and(eq(randomDraw.id, id), eq(randomDraw.published, false)))
    .returning();
  return row ?? null;
}

export async function publishedDraws(db: TDbOrTx, limit: number) {
  return db.select().from(randomDraw).where(eq(randomDraw.published, true)).orderBy(desc(randomDraw.publishedAt)).limit(limit);
}

export async function operatorNames(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return new Map<string, { name: string; unitName: string; riskGrade: TRiskGrade | null }>();
  const rows = await db
    .select({ id: operator.id, name: operator.name, unitName: unit.name, riskGrade: operator.riskGrade })
    .from(operator)
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(inArray(operator.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function userNames(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: appUser.id, displayName: appUser.displayName }).from(appUser).where(inArray(appUser.id, ids));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}
