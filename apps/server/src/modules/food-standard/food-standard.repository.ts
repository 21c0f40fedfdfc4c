import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { TFoodStandardListQuery } from '@shian/shared/food-standard';
import { insertOne } from '../../core/db/insert-one.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { paged } from '../../core/db/paged.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { escapeLike } from '../../core/db/escape-like.ts';
import { bureau } from '../org/org.schema.ts';
import { foodStandard } from './food-standard.schema.ts';

export type TFoodStandardRow = typeof foodStandard.$inferSelect;

/** The status as of today, in SQL (effectiveStandardStatus in @shian/shared/food-standard says the same). */
const effectiveStatus = (today: string) => sql`case
  when ${foodStandard.status} in ('in_force', 'to_be_implemented') and ${foodStandard.implementedOn} is not null
  then case when ${foodStandard.implementedOn} > ${today} then 'to_be_implemented' else 'in_force' end
  else ${foodStandard.status} end`;

function conditions(bureauId: string, query: Omit<TFoodStandardListQuery, 'page' | 'pageSize'>, today: string): SQL[] {
  const list: SQL[] = [eq(foodStandard.bureauId, bureauId)];
  if (query.q) {
    // "gb2760" finds "GB 2760-2024": the number is compared without spaces, full-width folded.
    const compact = escapeLike(
      query.q
        .normalize('NFKC')
        .replace(/\s+/g, '')
        .replace(/[\u2010-\u2015\u2212]/g, '-'),
    );
    list.push(
      or(
        sql`replace(${foodStandard.number}, ' ', '') ilike ${`%${compact}%`}`,
        ilike(foodStandard.title, `%${escapeLike(query.q)}%`),
        ilike(foodStandard.summary, `%${escapeLike(query.q)}%`),
      )!,
    );
  }
  if (query.status) list.push(sql`${effectiveStatus(today)} = ${query.status}`);
  if (query.category) list.push(eq(foodStandard.category, query.category));
  return list;
}

export async function listStandards(db: TDbOrTx, bureauId: string, query: TFoodStandardListQuery, today: string) {
  const list = db
    .select()
    .from(foodStandard)
    .where(and(...conditions(bureauId, query, today)))
    .orderBy(asc(foodStandard.number), asc(foodStandard.id))
    .$dynamic();
  return paged(list, query);
}

export function countStandards(db: TDbOrTx, bureauId: string, query: TFoodStandardListQuery, today: string) {
  return db.$count(foodStandard, and(...conditions(bureauId, query, today)));
}

export async function findStandard(db: TDbOrTx, bureauId: string, id: string) {
  const [row] = await db
    .select()
    .from(foodStandard)
    .where(and(eq(foodStandard.bureauId, bureauId), eq(foodStandard.id, id)));
  return row ?? null;
}

export async function findStandardsByNumbers(db: TDbOrTx, bureauId: string, numbers: string[]) {
  if (numbers.length === 0) return [];
  return db
    .select()
    .from(foodStandard)
    .where(and(eq(foodStandard.bureauId, bureauId), inArray(foodStandard.number, numbers)));
}

export async function findStandardsByIds(db: TDbOrTx, bureauId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(foodStandard)
    .where(and(eq(foodStandard.bureauId, bureauId), inArray(foodStandard.id, ids)));
}

export function insertStandard(db: TDbOrTx, values: typeof foodStandard.$inferInsert) {
  return insertOne(db, foodStandard, values);
}

export async function updateStandardVersioned(db: TDbOrTx, id: string, version: number, values: Partial<typeof foodStandard.$inferInsert>) {
  return updateVersioned(db, foodStandard, id, version, values);
}

/** The bureau whose reference data the public pages show (one bureau per deployment). */
export async function publicBureauId(db: TDbOrTx) {
  const [row] = await db.select({ id: bureau.id }).from(bureau).orderBy(asc(bureau.createdAt)).limit(1);
  return row?.id ?? null;
}
