// The three lists and the pledge (三张清单 + 承诺书) in the browser on the demo: the demo cadre opens its lists on a
// 390 px phone, reads the task list with its progress, draws its signature and signs the pledge, then downloads it
// as a Word file; the food-safety office sees its unit's signing count go up by one.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;
const artifacts = path.resolve(import.meta.dirname, 'artifacts');
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

beforeAll(async () => {
  e2e = await startE2E({ history: true });
  mkdirSync(artifacts, { recursive: true });
});
afterAll(() => e2e.close());

/** "12 / 13 人已签署" of a unit on the office's page. */
async function signedIn(page: Page, unitName: string) {
  await page.goto(`${e2e.baseUrl}/cadre-duties`);
  const row = page.getByTestId('duty-units').locator('[data-testid^="duty-unit-"]').filter({ hasText: unitName });
  await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
  const [, signed] = /(\d+) \/ (\d+) 人已签署/.exec(await row.innerText())!;
  return Number(signed);
}

it('lets the cadre sign its pledge on a phone and the office see the signing status change', async () => {
  const context = await e2e.browser.newContext({ ...phone, acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, e2e.baseUrl, 'cadre');
  await page.goto(`${e2e.baseUrl}/my-duties`);
  await expect.poll(() => page.getByTestId('my-duties').count(), { timeout: 15_000 }).toBe(1);
  const [cadreName, , unitName] = (await page.getByTestId('my-duties').locator('.ant-typography-secondary').first().innerText()).split(' · ');

  const office = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const desk = await office.newPage();
  await signIn(desk, e2e.baseUrl, 'department');
  const before = await signedIn(desk, unitName);

  await page.getByRole('tab', { name: '任务清单' }).click();
  await expect.poll(() => page.getByTestId('duty-progress').innerText()).toMatch(/已完成 \d+ \/ \d+ 项/);
  await page.getByRole('tab', { name: '督查清单' }).click();
  await expect.poll(() => page.getByText('从业人员持有效健康证明').count()).toBe(1);
  await page.getByRole('tab', { name: '承诺书' }).click();
  expect(await page.getByTestId('pledge').innerText()).toContain('食品安全责任与任务承诺书');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  const pad = page.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + 100);
  await page.mouse.down();
  for (let x = 30; x < 300; x += 20) await page.mouse.move(box.x + x, box.y + 90 - (x % 40));
  await page.mouse.up();
  await page.screenshot({ path: path.join(artifacts, 'cadre-pledge-390.png'), fullPage: true });
  await page.getByTestId('signature-save').click();
  await expect.poll(() => page.getByTestId('pledge-signed').count(), { timeout: 10_000 }).toBe(1);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pledge-download').click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`承诺书-${cadreName}-.*\\.docx$`));
  const docx = readFileSync((await download.path())!);
  expect(docx.subarray(0, 2).toString()).toBe('PK');
  expect(docx.includes('word/document.xml')).toBe(true);

  expect(await signedIn(desk, unitName)).toBe(before + 1);
  await desk.goto(`${e2e.baseUrl}/cadre-duties?signed=true&q=${encodeURIComponent(cadreName)}`);
  await expect.poll(() => desk.locator('.ant-table-row').filter({ hasText: cadreName }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
  await desk.screenshot({ path: path.join(artifacts, 'cadre-duties-office-1280.png'), fullPage: true });
  await office.close();
  await context.close();
});
