// Supervision visits (督导) in the browser on a fresh demo with its history, on a 390 px phone: the demo cadre
// opens a subject not yet visited this quarter from its workbench and records an on-site visit with a problem
// and a photo; the station closes the problem with evidence; the food-safety office sees the coverage figure,
// the problem's closure on the visit and the flagged-visit list.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;
const artifacts = path.resolve(import.meta.dirname, 'artifacts');
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const PROBLEM = '冷藏柜温度显示 12℃，超出要求';
const CLOSURE = '已更换冷藏柜温控器，复测 4℃';
let visitUrl: string;
let operatorName: string;

beforeAll(async () => {
  e2e = await startE2E({ history: true });
  mkdirSync(artifacts, { recursive: true });
});
afterAll(() => e2e.close());

const photo = (shade: number) =>
  sharp({ create: { width: 96, height: 64, channels: 3, background: { r: shade, g: 120, b: 90 } } })
    .jpeg()
    .toBuffer();

it('lets the cadre record an on-site visit with a problem and a photo from its workbench', async () => {
  const context = await e2e.browser.newContext({ ...phone, permissions: ['geolocation'], geolocation: { latitude: 30.878, longitude: 114.372, accuracy: 12 } });
  const page = await context.newPage();
  await signIn(page, e2e.baseUrl, 'cadre');
  await page.goto(`${e2e.baseUrl}/workbench?module=cadre-visit`);
  const due = page.getByTestId('workbench-item').filter({ hasText: '本季度尚未督导' });
  await expect.poll(() => due.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await due.first().getByTestId('workbench-title').click();
  await page.waitForURL(/\/cadre-visits\/new\?operatorId=[0-9a-f-]{36}$/);
  await expect.poll(() => page.getByTestId('visit-subject').count(), { timeout: 10_000 }).toBe(1);
  operatorName = (await page.getByTestId('visit-subject').innerText()).replace(/（.*$/, '');
  await expect.poll(() => page.getByTestId('visit-location').innerText()).toMatch(/^已定位/);

  const points = page.getByTestId('visit-point');
  expect(await points.count()).toBe(9);
  for (let i = 0; i < 9; i++)
    await points
      .nth(i)
      .getByText(i === 6 ? '不符合' : '符合', { exact: true })
      .click();
  await points.nth(6).locator('textarea').fill('冷藏柜温度偏高');
  await page.getByTestId('visit-photo').setInputFiles({ name: 'kitchen.jpg', mimeType: 'image/jpeg', buffer: await photo(30) });
  await expect.poll(() => page.getByTestId('visit-photo-thumb').count()).toBe(1);
  await page.getByTestId('visit-add-problem').click();
  await page.getByTestId('visit-problem').locator('textarea').fill(PROBLEM);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: path.join(artifacts, 'cadre-visit-record-390.png'), fullPage: true });
  await page.getByTestId('visit-submit').click();

  await page.waitForURL(/\/cadre-visits\/[0-9a-f-]{36}$/);
  visitUrl = new URL(page.url()).pathname;
  await expect.poll(() => page.getByTestId('cadre-problem').innerText()).toContain(PROBLEM);
  expect(await page.getByTestId('cadre-problem').innerText()).toContain('待销号');
  expect(await page.locator('.ant-image img').count()).toBe(1);
  await page.screenshot({ path: path.join(artifacts, 'cadre-visit-detail-390.png'), fullPage: true });
  await context.close();
});

it('lets the station close the problem with evidence', async () => {
  const page = await e2e.browser.newPage(phone);
  await signIn(page, e2e.baseUrl, 'station');
  await page.goto(`${e2e.baseUrl}/cadre-problems`);
  const row = page.getByTestId('cadre-problem').filter({ hasText: PROBLEM });
  await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
  await row.getByTestId('cadre-problem-close').click();
  await row.getByTestId('cadre-problem-note').fill(CLOSURE);
  await row.getByTestId('cadre-problem-photo').setInputFiles({ name: 'fixed.jpg', mimeType: 'image/jpeg', buffer: await photo(200) });
  await expect.poll(() => row.getByTestId('cadre-problem-photo-thumb').count()).toBe(1);
  await row.getByTestId('cadre-problem-submit').click();
  // Closed, it leaves the open tab.
  await expect.poll(() => row.count()).toBe(0);
  await page.goto(`${e2e.baseUrl}/cadre-problems?status=closed`);
  await expect.poll(() => page.getByTestId('cadre-problem').filter({ hasText: PROBLEM }).innerText()).toContain(CLOSURE);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: path.join(artifacts, 'cadre-problems-station-390.png'), fullPage: true });
  await page.close();
});

it('shows the department the coverage figure, the closure on the visit and the flagged visits', async () => {
  const page = await e2e.browser.newPage(phone);
  await signIn(page, e2e.baseUrl, 'department');
  await page.goto(`${e2e.baseUrl}/cadre-coverage`);
  await expect.poll(() => page.getByTestId('coverage-rate').innerText(), { timeout: 15_000 }).toMatch(/\d+(\.\d)?%/);
  await expect.poll(() => page.getByTestId('coverage-chart').locator('canvas').count()).toBe(1);
  // 按干部: the cadres of the district, each row with its coverage bar.
  await expect.poll(() => page.getByTestId('coverage-by-cadre').locator('tbody tr.ant-table-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect.poll(() => page.getByTestId('coverage-by-cadre').locator('.ant-progress').count()).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(artifacts, 'cadre-coverage-390.png'), fullPage: true });

  await page.goto(`${e2e.baseUrl}${visitUrl}`);
  await expect.poll(() => page.getByTestId('cadre-problem-outcome').innerText(), { timeout: 15_000 }).toContain(CLOSURE);

  await page.goto(`${e2e.baseUrl}/cadre-visit-flags`);
  const flagged = page.getByTestId('cadre-visit-item');
  await expect.poll(() => flagged.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  // Recorded within a minute of opening the form: the visit just made is flagged as too short on site.
  await expect.poll(() => flagged.filter({ hasText: operatorName }).first().innerText()).toContain('现场时间过短');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: path.join(artifacts, 'cadre-visit-flags-390.png'), fullPage: true });
  await page.close();
});
