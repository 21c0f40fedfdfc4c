import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TTestPlatform } from './testing/test-platform.ts';

let platform: TTestPlatform;

beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

describe('platform', () => {
  it('answers the health check without a session, naming the database', async () => {
    const response = await platform.request({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    const expected = process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite';
    expect(response.json()).toEqual({ status: 'ok', database: expected });
  });

  it('answers an unknown API route with 404 in the one error shape, in either language', async () => {
    const response = await platform.request({ method: 'GET', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'NOT_FOUND', message: '未找到该记录' } });
    const en = await platform.request({ method: 'POST', url: '/api/no-such-thing', headers: { 'accept-language': 'en' }, payload: {} });
    expect(en.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Not found' } });
  });

  it('publishes an OpenAPI description of every API route', async () => {
    const response = await platform.request({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const spec = response.json();
    expect(spec.openapi).toMatch(/^3\./);
    const documented = Object.entries(spec.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    for (const route of platform.app.accessTable) {
      if (route.url === '/api/openapi.json') continue;
      expect(documented).toContain(`${route.method} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
    }
  });
});
