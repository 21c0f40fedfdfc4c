import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import type { TApp } from './core/http.ts';
import { createTestPlatform, type TTestPlatform } from './testing/test-platform.ts';

let platform: TTestPlatform;
/** The same platform with a small public limit, so that every public route can be driven over it. */
let app: TApp;
const LIMIT = { requests: 3, windowMs: 60_000 };

beforeAll(async () => {
  platform = await createTestPlatform({ operators: 20 });
  app = await buildApp(platform.ctx, { logLevel: 'silent', webDir: null, publicRateLimit: LIMIT });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await platform.close();
});

/** A call with a random id and an empty body: what it answers does not matter, only whether it is limited. */
const call = (route: { method: string; url: string }, remoteAddress: string) =>
  app.inject({
    method: route.method as 'GET',
    url: route.url.replace(/:[A-Za-z]+/g, crypto.randomUUID()),
    headers: { 'x-requested-with': 'XMLHttpRequest' },
    remoteAddress,
    ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
  });

it('limits every public route of the access table per address: 429 with Retry-After once over the limit', async () => {
  const publicRoutes = app.accessTable.filter((route) => 'public' in route.access);
  expect(publicRoutes.length).toBeGreaterThanOrEqual(19);
  expect(publicRoutes).toContainEqual({ method: 'POST', url: '/api/auth/login', access: { public: true } });
  const unlimited = [];
  for (const route of publicRoutes) {
    for (let i = 0; i < LIMIT.requests; i++) expect((await call(route, '203.0.113.1')).statusCode, `${route.method} ${route.url}`).not.toBe(429);
    const over = await call(route, '203.0.113.1');
    if (over.statusCode !== 429 || over.json().error.code !== 'RATE_LIMITED' || !(Number(over.headers['retry-after']) > 0)) unlimited.push(`${route.method} ${route.url}`);
    // The limit is per address.
    expect((await call(route, '203.0.113.2')).statusCode).not.toBe(429);
  }
  expect(unlimited).toEqual([]);
});

it('leaves signed-in routes to their permissions', async () => {
  for (let i = 0; i <= LIMIT.requests; i++) expect((await call({ method: 'GET', url: '/api/operators' }, '203.0.113.3')).statusCode).toBe(401);
});
