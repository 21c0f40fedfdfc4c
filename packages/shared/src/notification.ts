// Notifications (通知): what the platform tells a user about its own work (a new assignment, a clock one working day
// from due, an overdue step, a business's answer, an approval waiting, the daily digest), in the bell and pushed live.
import { z } from 'zod';

/** What a notification is about; a user opts out per kind and channel. */
export const NOTIFICATION_KINDS = ['assigned', 'due-soon', 'overdue', 'answered', 'approval', 'digest', 'retake'] as const;
export type TNotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How it reaches the user: in the app (ships), by SMS (a gateway plugs in as a channel; not configured today). */
export const NOTIFICATION_CHANNELS = ['in-app', 'sms'] as const;
export type TNotificationChannelName = (typeof NOTIFICATION_CHANNELS)[number];

export const ZNotificationListQuery = z.strictObject({
  unread: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TNotificationListQuery = z.infer<typeof ZNotificationListQuery>;

export type TNotification = {
  id: string;
  kind: TNotificationKind;
  title: { zh: string; en: string };
  body: { zh: string; en: string } | null;
  /** The web path that opens the step. */
  link: string;
  /** The module it comes from (rectification, enforcement-case, workbench, …). */
  module: string;
  createdAt: string;
  readAt: string | null;
};

export type TNotificationPage = { items: TNotification[]; total: number; unread: number; page: number; pageSize: number };

export type TNotificationPreference = { kind: TNotificationKind; channel: TNotificationChannelName; enabled: boolean };

/** Every kind × channel with the user's choice, and whether the channel is configured on this server. */
export type TNotificationPreferences = {
  preferences: TNotificationPreference[];
  channels: { channel: TNotificationChannelName; configured: boolean }[];
};

export const ZNotificationPreferencesUpdate = z.strictObject({
  preferences: z
    .array(z.strictObject({ kind: z.enum(NOTIFICATION_KINDS), channel: z.enum(NOTIFICATION_CHANNELS), enabled: z.boolean() }))
    .min(1)
    .max(NOTIFICATION_KINDS.length * NOTIFICATION_CHANNELS.length),
});
export type TNotificationPreferencesUpdate = z.infer<typeof ZNotificationPreferencesUpdate>;

/** What the stream (`GET /api/notifications/stream`, Server-Sent Events) sends: `notification` and `unread` events. */
export type TNotificationStreamEvent = { type: 'notification'; notification: TNotification; unread: number } | { type: 'unread'; unread: number };
