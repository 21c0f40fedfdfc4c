// Rate limits per IP address: one for every public route (registerPublicRateLimit), and the stricter ones of
// some public endpoints (proposals, votes, complaints, credit look-ups) that their modules keep.
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { AppError } from './errors.ts';

/** A fixed-window counter kept in memory: abuse resistance, not accounting (a restart forgets it). */
export function createWindowLimiter(limit: number, windowMs: number) {
  const hits = new Map<string, { start: number; count: number }>();
  return {
    /** Counts one hit; false when the key is over its limit in the current window. */
    hit(key: string, now = Date.now()): boolean {
      const entry = hits.get(key);
      if (!entry || now - entry.start >= windowMs) {
        if (hits.size > 50_000) hits.clear();
        hits.set(key, { start: now, count: 1 });
        return true;
      }
      entry.count += 1;
      return entry.count <= limit;
    },
    /** How long until the key's window ends. */
    msLeft(key: string, now = Date.now()): number {
      const entry = hits.get(key);
      return entry ? Math.max(0, entry.start + windowMs - now) : 0;
    },
  };
}
export type TWindowLimiter = ReturnType<typeof createWindowLimiter>;

/** 429 RATE_LIMITED; the error handler adds Retry-After (whole seconds, at least 1). */
export class RateLimitedError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterMs: number) {
    super('RATE_LIMITED');
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  }
}

export type TRateLimit = { requests: number; windowMs: number };
/** Well above what a person clicking through the public pages sends, far below a script's flood. */
export const PUBLIC_RATE_LIMIT: TRateLimit = { requests: 120, windowMs: 60_000 };

/**
 * Gives every route declared `{ public: true }` its own limit per IP address, whichever module adds it: a new
 * public route is covered without anyone remembering. Call before the routes are added.
 */
export function registerPublicRateLimit(app: FastifyInstance, limit: TRateLimit = PUBLIC_RATE_LIMIT): void {
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (!access || !('public' in access)) return;
    const limiter = createWindowLimiter(limit.requests, limit.windowMs);
    const check: onRequestAsyncHookHandler = async (request: FastifyRequest) => {
      const now = Date.now();
      if (!limiter.hit(request.ip, now)) throw new RateLimitedError(limiter.msLeft(request.ip, now));
    };
    route.onRequest = [route.onRequest ?? []].flat().concat(check);
  });
}
