// The channel that ships: the notification centre. The row is already stored (the bell and the list read it);
// delivering pushes it, with the recipient's unread count, to every page the recipient has open.
import type { TNotificationChannel } from '../../core/notify.ts';
import { hubOf } from './notification-hub.ts';
import { unreadCounts } from './notification.repository.ts';

export const inAppChannel: TNotificationChannel = {
  name: 'in-app',
  async deliver(ctx, notifications) {
    const hub = hubOf(ctx);
    const live = notifications.filter((n) => hub.openStreams(n.recipientId) > 0);
    const unread = await unreadCounts(
      ctx.db,
      live.map((n) => n.recipientId),
    );
    for (const { recipientId, bureauId: _bureau, ...notification } of live) {
      hub.push(recipientId, { type: 'notification', notification, unread: unread.get(recipientId) ?? 0 });
    }
  },
};
