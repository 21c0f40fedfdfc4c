import { describe, expect, it } from 'vitest';
import { createWindowLimiter } from './rate-limit.ts';

describe('createWindowLimiter', () => {
  it('allows `limit` hits per key in a window, then refuses until the window has passed', () => {
    const limiter = createWindowLimiter(2, 1000);
    expect([limiter.hit('a', 0), limiter.hit('a', 10), limiter.hit('a', 20)]).toEqual([true, true, false]);
    expect(limiter.hit('b', 20)).toBe(true);
    expect(limiter.hit('a', 999)).toBe(false);
    expect(limiter.hit('a', 1000)).toBe(true);
  });

  it("says how long until a key's window ends (the Retry-After of a refusal)", () => {
    const limiter = createWindowLimiter(1, 60_000);
    limiter.hit('a', 1_000);
    expect(limiter.msLeft('a', 21_000)).toBe(40_000);
    expect(limiter.msLeft('a', 61_000)).toBe(0);
    expect(limiter.msLeft('never-seen', 0)).toBe(0);
  });
});
