import { and, asc, eq, inArray } from 'drizzle-orm';
import type { TRole } from '@shian/shared/access';
import type { TDbOrTx } from '../../core/db/database.ts';
import { bumpVersion } from '../../core/db/versioned.ts';
import { appUser } from './user.schema.ts';

export type TUserRow = typeof appUser.$inferSelect;

export async function findUserByUsername(db: TDbOrTx, username: string) {
  const [row] = await db.select().from(appUser).where(eq(appUser.username, username));
  return row ?? null;
}

export async function findUserById(db: TDbOrTx, id: string) {
  const [row] = await db.select().from(appUser).where(eq(appUser.id, id));
  return row ?? null;
}

export async function findUsersByIds(db: TDbOrTx, bureauId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(appUser)
    .where(and(eq(appUser.bureauId, bureauId), inArray(appUser.id, ids)));
}

export async function listActiveUsersByRoles(db: TDbOrTx, bureauId: string, roles: TRole[]) {
  return db
    .select()
    .from(appUser)
    .where(and(eq(appUser.bureauId, bureauId), eq(appUser.active, true), inArray(appUser.role, roles)))
    .orderBy(asc(appUser.displayName));
}

export async function insertUsers(db: TDbOrTx, rows: (typeof appUser.$inferInsert)[]) {
  return db.insert(appUser).values(rows).returning();
}

export async function updateUser(db: TDbOrTx, id: string, values: Partial<typeof appUser.$inferInsert>) {
  const [row] = await db
    .update(appUser)
    .set({ ...values, ...bumpVersion(appUser) })
    .where(eq(appUser.id, id))
    .returning();
  return row;
}

/** The sign-in lock does not bump the version: it is not an edit of the account. */
export async function setLockedUntil(db: TDbOrTx, id: string, lockedUntil: Date | null) {
  await db.update(appUser).set({ lockedUntil }).where(eq(appUser.id, id));
}

export async function listUsers(db: TDbOrTx, bureauId: string) {
  return db.select().from(appUser).where(eq(appUser.bureauId, bureauId)).orderBy(asc(appUser.username));
}

export function countUsers(db: TDbOrTx): Promise<number> {
  return db.$count(appUser);
}
