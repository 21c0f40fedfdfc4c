import { ZIdParam, ZNoBody } from '@shian/shared/http';
import { ZNotificationListQuery, ZNotificationPreferencesUpdate } from '@shian/shared/notification';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { routeTable } from '../../core/route-table.ts';
import { closeHub } from './notification-hub.ts';
import { getPreferences, listNotifications, readAllNotifications, readNotification, savePreferences } from './notification.service.ts';
import { openStream } from './notification-stream.ts';

export function registerNotificationRoutes(app: TApp, ctx: TContext): void {
  const own = { permission: 'signed-in', scope: 'self' } as const;
  const r = routeTable(app, ['notifications']);
  // Open streams would keep the server from closing: end them first (each page's EventSource reconnects to the next process).
  app.addHook('preClose', async () => closeHub(ctx));

  r.get('/api/notifications', own, '本人的通知（最新在前；unread=true 仅未读），附未读数', { querystring: ZNotificationListQuery }, (req, user) => listNotifications(ctx, user, req.query));
  r.post('/api/notifications/read-all', own, '本人的通知全部标为已读', { body: ZNoBody }, (_req, user) => readAllNotifications(ctx, user));
  r.post('/api/notifications/:id/read', own, '将本人的一条通知标为已读', { params: ZIdParam, body: ZNoBody }, (req, user) => readNotification(ctx, user, req.params.id));
  r.get('/api/notifications/preferences', own, '本人的通知设置（按通知类型与渠道；渠道是否已配置）', {}, (_req, user) => getPreferences(ctx, user));
  r.put('/api/notifications/preferences', own, '修改本人的通知设置', { body: ZNotificationPreferencesUpdate }, (req, user) => savePreferences(ctx, user, req.body));
  r.stream('/api/notifications/stream', own, '本人的通知实时推送（Server-Sent Events：notification、unread 事件，约 25 秒一次心跳）', {}, (_req, user, reply) => openStream(ctx, user, reply));
}
