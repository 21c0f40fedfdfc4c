import { and, asc, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { TNominationListQuery } from '@shian/shared/public-test';
import { insertOne } from '../../core/db/insert-one.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { paged } from '../../core/db/paged.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { bureau } from '../org/org.schema.ts';
import { nominationVote, testNomination } from './public-test.schema.ts';

export type TNominationRow = typeof testNomination.$inferSelect;

/** The public pages belong to the deployment's bureau (one per installation). */
export async function publicBureauId(db: TDbOrTx) {
  const [row] = await db.select({ id: bureau.id }).from(bureau).orderBy(asc(bureau.createdAt)).limit(1);
  return row?.id ?? null;
}

function conditions(bureauId: string, query: TNominationListQuery, publicOnly: boolean): SQL[] {
  const list: SQL[] = [eq(testNomination.bureauId, bureauId)];
  if (publicOnly) list.push(ne(testNomination.status, 'rejected'));
  if (query.status) list.push(eq(testNomination.status, query.status));
  return list;
}

export async function listNominations(db: TDbOrTx, bureauId: string, query: TNominationListQuery, publicOnly: boolean) {
  const list = db
    .select()
    .from(testNomination)
    .where(and(...conditions(bureauId, query, publicOnly)))
    .orderBy(desc(testNomination.votes), desc(testNomination.createdAt), asc(testNomination.id))
    .$dynamic();
  return paged(list, query);
}

export function countNominations(db: TDbOrTx, bureauId: string, query: TNominationListQuery, publicOnly: boolean) {
  return db.$count(testNomination, and(...conditions(bureauId, query, publicOnly)));
}

export async function findNomination(db: TDbOrTx, bureauId: string, id: string) {
  const [row] = await db
    .select()
    .from(testNomination)
    .where(and(eq(testNomination.bureauId, bureauId), eq(testNomination.id, id)));
  return row ?? null;
}

export function insertNomination(db: TDbOrTx, values: typeof testNomination.$inferInsert) {
  return insertOne(db, testNomination, values);
}

/** One vote per voter: the primary key refuses a second; false when it was already there. */
export async function insertVote(db: TDbOrTx, nominationId: string, voterHash: string) {
  const rows = await db.insert(nominationVote).values({ nominationId, voterHash }).onConflictDoNothing().returning();
  if (rows.length === 0) return false;
  await db
    .update(testNomination)
    .set({ votes: sql`${testNomination.votes} + 1` })
    .where(eq(testNomination.id, nominationId));
  return true;
}

export async function updateNominationVersioned(db: TDbOrTx, id: string, version: number, values: Partial<typeof testNomination.$inferInsert>) {
  return updateVersioned(db, testNomination, id, version, values);
}
