import { boolean, index, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from '@shian/shared/notification';
import { idColumn, refColumn, timestamps } from '../../core/db/columns.ts';
import { bureauIdColumn } from '../org/org.schema.ts';
import { appUser } from '../user/user.schema.ts';

/**
 * A notification (通知) to one user. Written by the platform, never edited but for `read_at` (so no version):
 * unique per recipient and dedupe key, so the same event (a demand answered, an item due tomorrow, the day's
 * digest) reaches a user once, however often it is produced.
 */
export const notification = pgTable(
  'notification',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    recipientId: refColumn('recipient_id', () => appUser.id),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    bodyZh: text('body_zh'),
    bodyEn: text('body_en'),
    link: text('link').notNull(),
    /** The module the event came from. */
    module: text('module').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('notification_recipient_dedupe_idx').on(t.recipientId, t.dedupeKey),
    index('notification_recipient_created_idx').on(t.recipientId, t.createdAt),
    index('notification_recipient_unread_idx').on(t.recipientId).where(sql`${t.readAt} is null`),
  ],
);

/** A user's opt-out (or back in) per kind and channel; no row = the default (on). */
export const notificationPreference = pgTable(
  'notification_preference',
  {
    userId: refColumn('user_id', () => appUser.id),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    channel: text('channel', { enum: NOTIFICATION_CHANNELS }).notNull(),
    enabled: boolean('enabled').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind, t.channel] })],
);
