import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { TTestPlatform } from './testing/test-platform.ts';
import { signedInPlatform } from './testing/signed-in.ts';
import { CONTENT_SECURITY_POLICY } from './core/security-headers.ts';

let platform: TTestPlatform;
let admin: string;
const webDir = mkdtempSync(path.join(tmpdir(), 'shian-web-'));

beforeAll(async () => {
  writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="/assets/app.js"></script>');
  mkdirSync(path.join(webDir, 'assets'));
  writeFileSync(path.join(webDir, 'assets', 'app.js'), 'console.log(1);');
  ({
    platform,
    cookies: { admin },
  } = await signedInPlatform(['admin'], { operators: 20, webDir }));
});
afterAll(async () => {
  await platform.close();
  rmSync(webDir, { recursive: true, force: true });
});

function expectSecurityHeaders(response: LightMyRequestResponse) {
  expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['x-frame-options']).toBe('DENY');
  expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
}

it('sends the policy the web app needs and no more: own scripts only, inline styles (antd), data: and blob: images, no framing', () => {
  const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
  expect(directives['script-src']).toBe("'self'");
  expect(directives['style-src']).toBe("'self' 'unsafe-inline'");
  expect(directives['img-src']).toBe("'self' data: blob:");
  expect(directives['frame-ancestors']).toBe("'none'");
  expect(directives['object-src']).toBe("'none'");
});

it.each([
  ['JSON of a signed-in user', { url: '/api/auth/me', signedIn: true }, 200, 'application/json', 'no-store'],
  ['a file download', { url: '/api/operators/export', signedIn: true }, 200, 'application/vnd.openxmlformats', 'no-store'],
  ['an error of a signed-in user', { url: `/api/operators/${crypto.randomUUID()}`, signedIn: true }, 404, 'application/json', 'no-store'],
  ['public JSON', { url: '/api/health', signedIn: false }, 200, 'application/json', undefined],
  ['an error answer', { url: '/api/operators', signedIn: false }, 401, 'application/json', undefined],
  ['an unknown API path (404)', { url: '/api/no-such-thing', signedIn: false }, 404, 'application/json', undefined],
  ["the web app's page", { url: '/inspections', signedIn: false }, 200, 'text/html', undefined],
  ["the web app's asset", { url: '/assets/app.js', signedIn: false }, 200, 'javascript', undefined],
  ['a missing asset (404)', { url: '/assets/old.js', signedIn: false }, 404, 'application/json', undefined],
  ['the API docs', { url: '/api/docs', signedIn: false }, 200, 'text/html', undefined],
] as const)('sets the security headers on %s', async (_what, call, status, type, cacheControl) => {
  const response = await platform.request({ method: 'GET', url: call.url, ...(call.signedIn ? { cookie: admin } : {}) });
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toContain(type);
  expectSecurityHeaders(response);
  if (cacheControl) expect(response.headers['cache-control']).toBe(cacheControl);
});
