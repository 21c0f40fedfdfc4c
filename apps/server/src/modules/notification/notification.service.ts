// Notifications: stores each draft once per recipient (the dedupe key), hands the new ones to the channels the
// recipient keeps on for the kind, and serves the signed-in user's own notification centre and preferences.
import { can, ROLE_SCOPE, ROLES, type TPermission } from '@shian/shared/access';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type TNotification,
  type TNotificationChannelName,
  type TNotificationKind,
  type TNotificationListQuery,
  type TNotificationPage,
  type TNotificationPreferences,
  type TNotificationPreferencesUpdate,
} from '@shian/shared/notification';
import type { TSessionUser } from '../../core/access.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import type { TNotificationDraft } from '../../core/notify.ts';
import { operatorScopeOf, reachOf, reaches } from '../operator/operator.public.ts';
import { listActiveUsersByRoles, toSessionUser } from '../user/user.public.ts';
import { hubOf } from './notification-hub.ts';
import { presentDelivered, presentNotification } from './notification.presenter.ts';
import * as repo from './notification.repository.ts';

type TChoice = (userId: string, kind: TNotificationKind, channel: TNotificationChannelName) => boolean;

/** The users' choices: a kind and channel without a stored choice is on. */
async function choicesOf(db: TDbOrTx, userIds: string[]): Promise<TChoice> {
  const stored = new Map((await repo.preferencesOf(db, userIds)).map((p) => [`${p.userId} ${p.kind} ${p.channel}`, p.enabled]));
  return (userId, kind, channel) => stored.get(`${userId} ${kind} ${channel}`) ?? true;
}

/**
 * Notifies: stores the drafts new for their recipient (a repeated dedupe key is dropped) and delivers them through
 * every configured channel the recipient keeps on for the kind. A draft for which the recipient turned every
 * configured channel off is not stored. Answers how many were stored. Called after the event's commit.
 */
export async function notify(ctx: TContext, drafts: TNotificationDraft[]): Promise<number> {
  if (drafts.length === 0) return 0;
  const chosen = await choicesOf(ctx.db, [...new Set(drafts.map((d) => d.recipientId))]);
  const channels = ctx.notificationChannels;
  const wanted = drafts.filter((d) => channels.some((c) => chosen(d.recipientId, d.kind, c.name)));
  const stored = await repo.insertNew(
    ctx.db,
    wanted.map((d) => ({
      bureauId: d.bureauId,
      recipientId: d.recipientId,
      kind: d.kind,
      titleZh: d.title.zh,
      titleEn: d.title.en,
      bodyZh: d.body?.zh ?? null,
      bodyEn: d.body?.en ?? null,
      link: d.link,
      module: d.module,
      dedupeKey: d.dedupeKey,
    })),
  );
  const delivered = stored.map(presentDelivered);
  for (const channel of channels) {
    const mine = delivered.filter((n) => chosen(n.recipientId, n.kind, channel.name));
    // One channel failing (a gateway down) must not keep the others from delivering; the rows stay stored.
    if (mine.length > 0) await channel.deliver(ctx, mine).catch((error: unknown) => console.error(`notification channel ${channel.name} failed:`, error));
  }
  return stored.length;
}

/**
 * The active staff of the bureau who hold the permission and whose data scope covers the operator (optionally only
 * among some users, such as an inspection's inspectors): who is told of a step on that operator's record. Where the
 * record belongs to a station by routing rather than by the operator's unit (a complaint), `stationId` says which:
 * a station-scoped user is covered by its own station then, whatever the operator.
 */
export async function staffFor(
  db: TDbOrTx,
  input: { bureauId: string; operatorId: string | null; permission: TPermission; among?: string[]; stationId?: string; except?: TSessionUser | null },
): Promise<TSessionUser[]> {
  const roles = ROLES.filter((role) => can(role, input.permission));
  const users = (await listActiveUsersByRoles(db, input.bureauId, roles))
    .map(toSessionUser)
    .filter((u) => (!input.among || input.among.includes(u.id)) && u.id !== input.except?.id);
  const reach = input.stationId === undefined && input.operatorId ? await reachOf(db, input.operatorId) : null;
  return users.filter((user) => {
    const scope = ROLE_SCOPE[user.role];
    if (scope === 'district') return true;
    if (input.stationId !== undefined) return scope === 'station' && user.stationId === input.stationId;
    return reach !== null && reaches(operatorScopeOf(user), reach);
  });
}

/** The same notification to each of these users, stored once per user (its dedupe key). */
export function tell(ctx: TContext, users: TSessionUser[], draft: Omit<TNotificationDraft, 'recipientId'>): Promise<number> {
  return notify(
    ctx,
    users.map((u) => ({ ...draft, recipientId: u.id })),
  );
}

export async function listNotifications(ctx: TContext, user: TSessionUser, query: TNotificationListQuery): Promise<TNotificationPage> {
  const [{ rows, total }, unread] = await Promise.all([repo.listOf(ctx.db, user.id, query), repo.unreadCount(ctx.db, user.id)]);
  return { items: rows.map(presentNotification), total, unread, page: query.page, pageSize: query.pageSize };
}

/** Tells every open page of the user the new unread count (read in another tab, say). */
async function pushUnread(ctx: TContext, userId: string) {
  hubOf(ctx).push(userId, { type: 'unread', unread: await repo.unreadCount(ctx.db, userId) });
}

export async function readNotification(ctx: TContext, user: TSessionUser, id: string): Promise<TNotification> {
  const row = await ctx.db.transaction(async (tx) => {
    if (!(await repo.findOwn(tx, user.id, id))) throw notFound();
    const changed = await repo.markRead(tx, user.id, id);
    if (changed.length > 0) await recordAudit(tx, [{ actor: user, action: 'read', entity: 'notification', entityId: id }]);
    return (await repo.findOwn(tx, user.id, id))!;
  });
  await pushUnread(ctx, user.id);
  return presentNotification(row);
}

export async function readAllNotifications(ctx: TContext, user: TSessionUser): Promise<{ read: number; unread: number }> {
  const changed = await ctx.db.transaction(async (tx) => {
    const ids = await repo.markRead(tx, user.id, null);
    if (ids.length > 0) await recordAudit(tx, [{ actor: user, action: 'read-all', entity: 'notification', entityId: null, after: { read: ids.length } }]);
    return ids;
  });
  await pushUnread(ctx, user.id);
  return { read: changed.length, unread: await repo.unreadCount(ctx.db, user.id) };
}

export async function getPreferences(ctx: TContext, user: TSessionUser): Promise<TNotificationPreferences> {
  const chosen = await choicesOf(ctx.db, [user.id]);
  const configured = new Set(ctx.notificationChannels.map((c) => c.name));
  return {
    preferences: NOTIFICATION_KINDS.flatMap((kind) => NOTIFICATION_CHANNELS.map((channel) => ({ kind, channel, enabled: chosen(user.id, kind, channel) }))),
    channels: NOTIFICATION_CHANNELS.map((channel) => ({ channel, configured: configured.has(channel) })),
  };
}

export async function savePreferences(ctx: TContext, user: TSessionUser, input: TNotificationPreferencesUpdate): Promise<TNotificationPreferences> {
  // The last choice for a kind and channel wins, as if sent one by one.
  const latest = [...new Map(input.preferences.map((p) => [`${p.kind} ${p.channel}`, p])).values()];
  await ctx.db.transaction(async (tx) => {
    await repo.savePreferences(tx, user.id, latest);
    await recordAudit(tx, [{ actor: user, action: 'update', entity: 'notification_preference', entityId: user.id, after: latest }]);
  });
  return getPreferences(ctx, user);
}
