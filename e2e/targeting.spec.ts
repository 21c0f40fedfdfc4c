// Risk-ranked targeting as the bureau uses it: the ranking with its reasons in plain Chinese, a
// station head drawing up next week's list on a phone and turning it into plan entries with one
// click, and the monitoring charts.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chinaToday } from '@shian/shared/working-days';
import { signIn, startE2E, type TE2E } from './support/browser.ts';
import { findBureauByDivision } from '../apps/server/src/modules/org/org.service.ts';
import { seedDemoInspections } from '../apps/server/src/modules/demo/demo-inspections.ts';
import { seededRandom } from '../apps/server/src/modules/demo/demo-random.ts';

let e2e: TE2E;
let department: string;
const artifacts = path.resolve(import.meta.dirname, 'artifacts');

beforeAll(async () => {
  e2e = await startE2E();
  mkdirSync(artifacts, { recursive: true });
  // A year of inspections to learn from, this month's plan, then a model trained through the API.
  const bureau = await findBureauByDivision(e2e.platform.ctx.db, '420116');
  await seedDemoInspections(e2e.platform.ctx, bureau!.id, seededRandom(7), chinaToday());
  department = await e2e.platform.login('department');
  const [year, month] = chinaToday().split('-').map(Number);
  const plan = await e2e.platform.request({ method: 'POST', url: '/api/inspection-plans/generate', cookie: department, payload: { year, month } });
  expect(plan.statusCode, plan.body).toBe(200);
  const trained = await e2e.platform.request({ method: 'POST', url: '/api/targeting/models', cookie: department, payload: {} });
  expect(trained.statusCode, trained.body).toBe(201);
}, 300_000);
afterAll(() => e2e.close());

it('ranks operators with their reasons in Chinese', async () => {
  const page = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signIn(page, e2e.baseUrl, 'department');
  await page.goto(`${e2e.baseUrl}/targeting`);
  await expect.poll(() => page.getByTestId('targeting-score').count()).toBeGreaterThan(0);
  await expect.poll(() => page.getByTestId('targeting-model-line').innerText()).toContain('第 1 版模型');
  const first = await page.getByTestId('targeting-score').first().innerText();
  expect(first).toContain('第 1 名');
  expect(first).toContain('发现严重问题的预测概率');
  await page.screenshot({ path: path.join(artifacts, 'targeting-ranking.png') });
  await page.close();
});

it('lets a station head draw up next week’s list on a phone and plan it with one click', async () => {
  const page = await e2e.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await signIn(page, e2e.baseUrl, 'station');
  await page.goto(`${e2e.baseUrl}/targeting?tab=allocation`);
  await expect.poll(() => page.getByTestId('capacity-row').count()).toBe(1);
  // Room beyond the legal minimums, so that risk-ranked visits join the list.
  await page.getByTestId('capacity-row').locator('input').fill('200');
  await page.getByTestId('allocation-generate').click();
  await expect.poll(() => page.getByTestId('allocation-card').count()).toBe(1);
  await expect.poll(() => page.getByTestId('allocation-item').count()).toBeGreaterThan(0);
  expect(await page.getByTestId('allocation-summary').innerText()).toContain('能力 200 户次');
  expect(await page.getByTestId('allocation-card').innerText()).toContain('风险排名');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);

  await page.getByTestId('allocation-plan').click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await expect.poll(() => page.getByTestId('allocation-card').innerText()).toContain('已转为计划');
  await page.screenshot({ path: path.join(artifacts, 'targeting-allocation-phone.png'), fullPage: true });

  const station = await e2e.platform.login('station');
  const lists = (await e2e.platform.request({ method: 'GET', url: '/api/targeting/allocations', cookie: station })).json();
  const planned = lists.items.find((a: { status: string }) => a.status === 'planned');
  expect(planned.plannedEntries).toBeGreaterThan(0);
  const [year, month] = planned.dueOn.split('-').map(Number);
  const entries = (await e2e.platform.request({ method: 'GET', url: `/api/inspection-plans?year=${year}&month=${month}&pageSize=500`, cookie: station })).json();
  expect(entries.items.filter((e: { source: string; dueOn: string }) => e.dueOn === planned.dueOn && e.source === 'targeting').length).toBeGreaterThan(0);
  await page.close();
});

it('shows the monitoring charts and the consistency check', async () => {
  const page = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signIn(page, e2e.baseUrl, 'leader');
  await page.goto(`${e2e.baseUrl}/targeting?tab=monitoring`);
  await expect.poll(() => page.getByTestId('targeting-weekly-chart').locator('canvas').count()).toBe(1);
  await expect.poll(() => page.getByTestId('targeting-evaluation-chart').locator('canvas').count()).toBe(1);
  await expect.poll(() => page.getByTestId('consistency-row').count()).toBeGreaterThan(0);
  expect(await page.locator('body').innerText()).toContain('仅作提示');
  await page.screenshot({ path: path.join(artifacts, 'targeting-monitoring.png'), fullPage: true });
  await page.close();
});
