// The only SQL of the notification module: the notifications of one recipient, its preferences, the active accounts
// the sweep walks through.
import { and, asc, desc, eq, gt, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { TNotificationListQuery, TNotificationPreference } from '@shian/shared/notification';
import type { TDbOrTx } from '../../core/db/database.ts';
import { fromExcluded } from '../../core/db/excluded.ts';
import { pageOf } from '../../core/db/paged.ts';
import { appUser } from '../user/user.schema.ts';
import { notification, notificationPreference } from './notification.schema.ts';

export type TNotificationRow = typeof notification.$inferSelect;

/** Stores the rows whose (recipient, dedupe key) is new and answers only those: the dedupe is the unique index. */
export async function insertNew(db: TDbOrTx, rows: (typeof notification.$inferInsert)[]): Promise<TNotificationRow[]> {
  const stored: TNotificationRow[] = [];
  for (let i = 0; i < rows.length; i += 1000) {
    stored.push(
      ...(await db
        .insert(notification)
        .values(rows.slice(i, i + 1000))
        .onConflictDoNothing()
        .returning()),
    );
  }
  return stored;
}

export async function listOf(db: TDbOrTx, recipientId: string, query: TNotificationListQuery) {
  const where = and(eq(notification.recipientId, recipientId), query.unread === 'true' ? isNull(notification.readAt) : undefined);
  return pageOf(db, db.select().from(notification).where(where).$dynamic(), [desc(notification.createdAt), desc(notification.id)], query);
}

export function unreadCount(db: TDbOrTx, recipientId: string): Promise<number> {
  return db.$count(notification, and(eq(notification.recipientId, recipientId), isNull(notification.readAt)));
}

/** Unread counts of several recipients (those a batch just notified). */
export async function unreadCounts(db: TDbOrTx, recipientIds: string[]): Promise<Map<string, number>> {
  if (recipientIds.length === 0) return new Map();
  const rows = await db
    .select({ recipientId: notification.recipientId, n: sql<number>`count(*)::int` })
    .from(notification)
    .where(and(inArray(notification.recipientId, recipientIds), isNull(notification.readAt)))
    .groupBy(notification.recipientId);
  return new Map(rows.map((r) => [r.recipientId, Number(r.n)]));
}

export async function findOwn(db: TDbOrTx, recipientId: string, id: string): Promise<TNotificationRow | undefined> {
  const [row] = await db
    .select()
    .from(notification)
    .where(and(eq(notification.recipientId, recipientId), eq(notification.id, id)));
  return row;
}

/** Marks unread notifications of the recipient read (one, or all when `id` is null); answers the ids it changed. */
export async function markRead(db: TDbOrTx, recipientId: string, id: string | null): Promise<string[]> {
  const conditions: SQL[] = [eq(notification.recipientId, recipientId), isNull(notification.readAt)];
  if (id) conditions.push(eq(notification.id, id));
  const rows = await db
    .update(notification)
    .set({ readAt: new Date(), updatedAt: new Date() })
    .where(and(...conditions))
    .returning({ id: notification.id });
  return rows.map((r) => r.id);
}

export async function preferencesOf(db: TDbOrTx, userIds: string[]): Promise<(TNotificationPreference & { userId: string })[]> {
  if (userIds.length === 0) return [];
  return db
    .select({ userId: notificationPreference.userId, kind: notificationPreference.kind, channel: notificationPreference.channel, enabled: notificationPreference.enabled })
    .from(notificationPreference)
    .where(inArray(notificationPreference.userId, userIds));
}

export async function savePreferences(db: TDbOrTx, userId: string, preferences: TNotificationPreference[]) {
  await db
    .insert(notificationPreference)
    .values(preferences.map((p) => ({ userId, ...p })))
    .onConflictDoUpdate({
      target: [notificationPreference.userId, notificationPreference.kind, notificationPreference.channel],
      set: { ...fromExcluded(notificationPreference, ['enabled']), updatedAt: new Date() },
    });
}

/** Active accounts after `afterId` in id order, `limit` at a time (the sweep's paging). */
export function activeUsersAfter(db: TDbOrTx, afterId: string | null, limit: number) {
  return db
    .select()
    .from(appUser)
    .where(and(eq(appUser.active, true), afterId ? gt(appUser.id, afterId) : undefined))
    .orderBy(asc(appUser.id))
    .limit(limit);
}
