import { and, eq, lt, ne } from 'drizzle-orm';
import type { TDbOrTx } from '../../core/db/database.ts';
import { appUser } from '../user/user.schema.ts';
import { session } from './auth.schema.ts';

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
