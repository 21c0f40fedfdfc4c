// One page's live stream: Server-Sent Events through the hub. Sent as a stream body (not a hijacked socket), so
// the onSend hooks still add the security headers, and Fastify destroys the stream when the client goes away;
// `no-store` and `X-Accel-Buffering: no` keep proxies from holding events back.
import type { FastifyReply } from 'fastify';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import { hubOf } from './notification-hub.ts';
import { unreadCount } from './notification.repository.ts';

export async function openStream(ctx: TContext, user: TSessionUser, reply: FastifyReply) {
  // The count first, so that a page (re)connecting shows the bell right.
  const stream = hubOf(ctx).open(user.id, { type: 'unread', unread: await unreadCount(ctx.db, user.id) });
  // `Connection: close`: a stream's connection is never reused, so an ended stream does not hold the server's close
  // for the keep-alive timeout.
  return reply
    .header('content-type', 'text/event-stream; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('x-accel-buffering', 'no')
    .header('connection', 'close')
    .send(stream);
}
