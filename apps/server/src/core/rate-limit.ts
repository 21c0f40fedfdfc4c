// Rate limits of the public endpoints (proposals, votes, complaints, credit look-ups), per IP address.

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
  };
}
export type TWindowLimiter = ReturnType<typeof createWindowLimiter>;
