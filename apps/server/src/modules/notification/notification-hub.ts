// The live push (Server-Sent Events): every open page of a signed-in user holds one stream; a new notification
// or a changed unread count is written to each stream of its recipient, so every tab shows the bell's count (the
// web app lets one tab pop the notification up). In-process: one hub per platform context. Several server
// processes would need PostgreSQL LISTEN/NOTIFY between them (docs/architecture.md).
import { PassThrough } from 'node:stream';
import type { TNotificationStreamEvent } from '@shian/shared/notification';
import type { TContext } from '../../core/context.ts';

/** Under the 30-60 s idle timeouts of common proxies, so that an open page's stream is not cut. */
export const HEARTBEAT_MS = 25_000;

export type TNotificationHub = {
  /** Opens a stream for the user starting with `first`; it ends when the client goes away (Fastify destroys it) or the hub closes. */
  open(userId: string, first: TNotificationStreamEvent): PassThrough;
  push(userId: string, event: TNotificationStreamEvent): void;
  /** How many streams the user has open (tests, logs). */
  openStreams(userId: string): number;
  /** Ends every stream (the server is shutting down). */
  close(): void;
};

const frame = (event: TNotificationStreamEvent) => `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
/** A stream being torn down (the client left) is skipped until its close event removes it. */
const send = (stream: PassThrough, text: string) => {
  if (stream.writable) stream.write(text);
};

function createHub(): TNotificationHub {
  const streams = new Map<string, Set<PassThrough>>();
  const heartbeat = setInterval(() => {
    for (const set of streams.values()) for (const stream of set) send(stream, ': heartbeat\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return {
    open(userId, first) {
      const stream = new PassThrough();
      const set = streams.get(userId) ?? new Set();
      streams.set(userId, set.add(stream));
      stream.on('close', () => {
        set.delete(stream);
        if (set.size === 0 && streams.get(userId) === set) streams.delete(userId);
      });
      // The browser's EventSource reconnects after this many milliseconds when the stream ends.
      stream.write(`retry: 5000\n\n${frame(first)}`);
      return stream;
    },
    push(userId, event) {
      for (const stream of streams.get(userId) ?? []) send(stream, frame(event));
    },
    openStreams: (userId) => streams.get(userId)?.size ?? 0,
    close() {
      clearInterval(heartbeat);
      for (const set of streams.values()) for (const stream of set) stream.end();
      streams.clear();
    },
  };
}

const hubs = new WeakMap<TContext, TNotificationHub>();

/** The hub of this platform context (keyed by the context, so parallel test platforms never share one). */
export function hubOf(ctx: TContext): TNotificationHub {
  let hub = hubs.get(ctx);
  if (!hub) {
    hub = createHub();
    hubs.set(ctx, hub);
  }
  return hub;
}

/** Ends the context's streams and forgets its hub (the server is closing). */
export function closeHub(ctx: TContext): void {
  hubs.get(ctx)?.close();
  hubs.delete(ctx);
}
