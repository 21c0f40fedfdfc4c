// A station head plans the month, runs a random inspection draw and checks it, reads an
// operator's risk grade explanation and the dashboard; on a desktop and on a 390 px phone.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn, startE2E, type TE2E } from './support/browser.ts';
import { findBureauByDivision } from '../apps/server/src/modules/org/org.service.ts';
import { gradeAllOperators } from '../apps/server/src/modules/risk-grade/risk-grade.service.ts';

let e2e: TE2E;
const artifacts = path.resolve(import.meta.dirname, 'artifacts');

beforeAll(async () => {
  e2e = await startE2E();
  mkdirSync(artifacts, { recursive: true });
  const bureau = await findBureauByDivision(e2e.platform.ctx.db, '420116');
  await gradeAllOperators(e2e.platform.ctx, bureau!.id, 'seed');
});
afterAll(() => e2e.close());

async function walkThrough(page: Page, shot: string) {
  await signIn(page, e2e.baseUrl, 'station');

  await page.goto(`${e2e.baseUrl}/inspection-plans`);
  await page.getByTestId('plan-generate').click();
  await expect.poll(() => page.getByTestId('plan-entry').count()).toBeGreaterThan(0);
  const inspectors = await page.getByTestId('plan-inspectors').first().innerText();
  expect(inspectors.split('：')[1].split('、')).toHaveLength(2);
  await page.screenshot({ path: path.join(artifacts, `${shot}-plans.png`), fullPage: true });

  await page.goto(`${e2e.baseUrl}/random-draws`);
  await page.getByTestId('draw-name').fill('本月双随机抽查');
  await page.getByTestId('draw-count').fill('3');
  await page.getByTestId('draw-seed').fill(`e2e-${shot}`);
  await page.getByTestId('draw-run').click();
  await expect.poll(() => page.getByTestId('draw-result').locator('tbody tr.ant-table-row').count()).toBe(3);
  await page.getByTestId('draw-verify').click();
  await expect.poll(() => page.getByTestId('draw-verified').innerText()).toBe('一致');
  await page.screenshot({ path: path.join(artifacts, `${shot}-draw.png`), fullPage: true });

  await page.goto(`${e2e.baseUrl}/inspection-plans`);
  await page.getByTestId('plan-entry').first().locator('a').click();
  const card = page.getByTestId('risk-grade-card');
  await expect.poll(() => card.innerText()).toMatch(/为什么是 [ABCD] 级/);
  expect(await card.getByTestId('risk-breakdown-line').first().innerText()).toMatch(/^\+\d+：.+（业态基础分）$/);
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(artifacts, `${shot}-operator-risk.png`), fullPage: true });

  await page.goto(`${e2e.baseUrl}/risk-grades`);
  await expect.poll(() => page.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(artifacts, `${shot}-risk-grades.png`), fullPage: true });

  await page.goto(`${e2e.baseUrl}/dashboards`);
  await expect.poll(() => page.locator('[data-testid^="chart-"] canvas').count()).toBeGreaterThanOrEqual(2);
  await page.screenshot({ path: path.join(artifacts, `${shot}-dashboard.png`), fullPage: true });
}

it('plans, draws, explains the grade and charts it on a desktop', async () => {
  const page = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
  await walkThrough(page, 'desktop');
});

it('does the same on a 390 px phone, charts stacked', async () => {
  const page = await e2e.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await walkThrough(page, 'phone');
  const boxes = await page.locator('[data-testid^="chart-"]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  expect(boxes[1].top).toBeGreaterThan(boxes[0].top);
  expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(390);
});
