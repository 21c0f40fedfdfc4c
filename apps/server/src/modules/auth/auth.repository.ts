import { and, desc, eq, inArray, like, lt, ne, or, sql } from 'drizzle-orm';
import { escapeLike } from '../../core/db/escape-like.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { appUser } from '../user/user.schema.ts';
import { loginAttempt, session } from './auth.schema.ts';

export async function insertSession(db: TDbOrTx, tokenHash: string, userId: string) {
  await db.insert(session).values({ tokenHash, userId });
}

export async function findSessionWithUser(db: TDbOrTx, tokenHash: string) {
  const [row] = await db.select({ session, user: appUser }).from(session).innerJoin(appUser, eq(appUser.id, session.userId)).where(eq(session.tokenHash, tokenHash));
  return row ?? null;
}

export async function touchSession(db: TDbOrTx, tokenHash: string, at: Date) {
  await db.update(session).set({ lastSeenAt: at }).where(eq(session.tokenHash, tokenHash));
}

export async function deleteSession(db: TDbOrTx, tokenHash: string) {
  await db.delete(session).where(eq(session.tokenHash, tokenHash));
}

export async function deleteOtherSessions(db: TDbOrTx, userId: string, keepTokenHash: string) {
  await db.delete(session).where(and(eq(session.userId, userId), ne(session.tokenHash, keepTokenHash)));
}

export async function deleteIdleSessions(db: TDbOrTx, before: Date) {
  await db.delete(session).where(lt(session.lastSeenAt, before));
}

/**
 * Counts one attempt on each key in one statement and answers each key's count in its window. The upsert
 * locks each row, so parallel attempts get distinct counts; a window that began before `windowFrom` restarts.
 */
export async function countLoginAttempt(db: TDbOrTx, keys: string[], now: Date, windowFrom: Date) {
  const expired = sql`${loginAttempt.windowStart} <= ${windowFrom}`;
  return db
    .insert(loginAttempt)
    .values(keys.map((key) => ({ key, attempts: 1, windowStart: now })))
    .onConflictDoUpdate({
      target: loginAttempt.key,
      set: {
        attempts: sql`case when ${expired} then 1 else ${loginAttempt.attempts} + 1 end`,
        windowStart: sql`case when ${expired} then excluded.window_start else ${loginAttempt.windowStart} end`,
      },
    })
    .returning();
}

/** Takes back one attempt (a successful sign-in is not a guess), never below zero. */
export async function refundLoginAttempt(db: TDbOrTx, keys: string[]) {
  await db
    .update(loginAttempt)
    .set({ attempts: sql`greatest(${loginAttempt.attempts} - 1, 0)` })
    .where(inArray(loginAttempt.key, keys));
}

export async function clearLoginAttempts(db: TDbOrTx, key: string) {
  await db.delete(loginAttempt).where(eq(loginAttempt.key, key));
}

export async function deleteEndedLoginWindows(db: TDbOrTx, windowFrom: Date) {
  await db.delete(loginAttempt).where(lt(loginAttempt.windowStart, windowFrom));
}

export async function sessionsOf(db: TDbOrTx, userId: string) {
  return db.select().from(session).where(eq(session.userId, userId)).orderBy(desc(session.lastSeenAt));
}

export async function deleteSessionsOf(db: TDbOrTx, userId: string): Promise<number> {
  const deleted = await db.delete(session).where(eq(session.userId, userId)).returning({ tokenHash: session.tokenHash });
  return deleted.length;
}

/** The account's own counter and its counters per address (`account-ip:<name> <ip>`); the IP counters stay. */
export async function clearAccountLoginAttempts(db: TDbOrTx, username: string) {
  await db.delete(loginAttempt).where(or(eq(loginAttempt.key, `account:${username}`), like(loginAttempt.key, `account-ip:${escapeLike(username)} %`)));
}
