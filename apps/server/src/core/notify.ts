// How the platform reaches a user (通知). A module describes what happened for whom (a draft, with a dedupe key so
// the same event never notifies a user twice); the notification module stores it once and hands the new ones to
// every channel the user has not opted out of. The in-app channel (the bell, pushed live) ships; an SMS or
// government-messaging gateway adds a channel object to ctx.notificationChannels in platform.ts (docs/architecture.md).
import type { TNotification, TNotificationChannelName, TNotificationKind } from '@shian/shared/notification';
import type { TContext } from './context.ts';

export type TNotificationDraft = {
  bureauId: string;
  recipientId: string;
  kind: TNotificationKind;
  title: { zh: string; en: string };
  body?: { zh: string; en: string } | null;
  link: string;
  /** The module the event comes from. */
  module: string;
  /** Unique per recipient: a second draft with the same key is dropped ("rectification:<id>:answered:<time>"). */
  dedupeKey: string;
};

/** A stored notification with its recipient, as a channel delivers it. */
export type TDeliveredNotification = TNotification & { recipientId: string; bureauId: string };

export type TNotificationChannel = {
  name: TNotificationChannelName;
  /** Delivers newly stored notifications (only to recipients who keep this channel on for the kind); must not throw for one bad recipient. */
  deliver(ctx: TContext, notifications: TDeliveredNotification[]): Promise<void>;
};
