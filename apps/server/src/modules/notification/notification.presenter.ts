import type { TNotification } from '@shian/shared/notification';
import type { TDeliveredNotification } from '../../core/notify.ts';
import type { TNotificationRow } from './notification.repository.ts';

export function presentNotification(row: TNotificationRow): TNotification {
  return {
    id: row.id,
    kind: row.kind,
    title: { zh: row.titleZh, en: row.titleEn },
    body: row.bodyZh !== null && row.bodyEn !== null ? { zh: row.bodyZh, en: row.bodyEn } : null,
    link: row.link,
    module: row.module,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

export const presentDelivered = (row: TNotificationRow): TDeliveredNotification => ({ ...presentNotification(row), recipientId: row.recipientId, bureauId: row.bureauId });
