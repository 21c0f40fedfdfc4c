// A field inspector on a 390 px phone, an operator name holding a script that must stay text,
// and the 404 page.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildOperator } from '../apps/server/src/testing/factories.ts';
import { signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;
const artifacts = path.resolve(import.meta.dirname, 'artifacts');

beforeAll(async () => {
  e2e = await startE2E();
  mkdirSync(artifacts, { recursive: true });
});
afterAll(() => e2e.close());

it('works on a phone-sized screen without horizontal page overflow', async () => {
  const page = await e2e.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await signIn(page, e2e.baseUrl, 'inspector');
  await page.goto(`${e2e.baseUrl}/operators`);
  const rows = page.getByTestId('operator-table').locator('tbody tr.ant-table-row');
  await expect.poll(() => rows.count()).toBeGreaterThan(0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await page.screenshot({ path: path.join(artifacts, 'phone-operator-list.png') });
  await page.close();
});

it('shows an operator name with <script> as inert text', async () => {
  const admin = await e2e.platform.login('admin');
  const name = '<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true">';
  const created = await e2e.platform.request({ method: 'POST', url: '/api/operators', cookie: admin, payload: buildOperator({ name }) });
  expect(created.statusCode).toBe(201);

  const page = await e2e.browser.newPage();
  await signIn(page, e2e.baseUrl, 'admin');
  await page.goto(`${e2e.baseUrl}/operators/${created.json().id}`);
  await expect.poll(() => page.getByTestId('operator-name').innerText()).toBe(name);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  await page.close();
});

it('answers an unknown page with the 404 page', async () => {
  const page = await e2e.browser.newPage();
  await signIn(page, e2e.baseUrl, 'admin');
  await page.goto(`${e2e.baseUrl}/no-such-page`);
  await expect.poll(() => page.locator('.ant-result').innerText()).toContain('页面不存在');
  await page.close();
});
