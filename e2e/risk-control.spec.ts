// Risk control lists (风险管控清单) in the browser on the demo: the department adds a point to the catering template
// (a new version); the demo business, on a 390 px phone, sees that its adopted list's template was updated, marks a
// point as not applicable, adds a point of its own, names its officer and adopts again, then downloads the Word file;
// the department sees the business adopted on the new version.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;
const artifacts = path.resolve(import.meta.dirname, 'artifacts');
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const NEW_POINT = '自制饮品当日制作当日售完，隔夜原料不得使用';
const OWN_POINT = '酒水饮料单独货架存放，每日检查保质期';

beforeAll(async () => {
  e2e = await startE2E();
  mkdirSync(artifacts, { recursive: true });
});
afterAll(() => e2e.close());

it('lets a business adapt and adopt its list on a phone after the department updates the template', async () => {
  const office = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const desk = await office.newPage();
  await signIn(desk, e2e.baseUrl, 'department');
  await desk.goto(`${e2e.baseUrl}/risk-control?tab=templates`);
  const template = desk.getByTestId('template-catering');
  await expect.poll(() => template.count(), { timeout: 15_000 }).toBe(1);
  expect(await template.innerText()).toContain('第 1 版');
  await template.getByTestId('template-add-point').click();
  await template.getByLabel('管控措施').last().fill(NEW_POINT);
  await template.getByTestId('template-save').click();
  await expect.poll(() => template.innerText(), { timeout: 10_000 }).toContain('第 2 版');

  const context = await e2e.browser.newContext({ ...phone, acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, e2e.baseUrl, 'business');
  await page.goto(`${e2e.baseUrl}/my-risk-control`);
  await expect.poll(() => page.getByTestId('risk-control-editor').count(), { timeout: 15_000 }).toBe(1);
  expect(await page.getByTestId('risk-control-adopted').innerText()).toContain('已更新本业态模板');
  await expect.poll(() => page.getByText(NEW_POINT).count()).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The first point does not apply to this business.
  const first = page.locator('[data-testid^="point-cy-"]').first();
  const skipped = await first.locator('.ant-typography').first().innerText();
  await first.getByRole('checkbox').check();
  await page.getByTestId('add-own-point').click();
  const own = page.getByTestId('own-points').locator('[data-testid^="own-point-"]').last();
  await own.getByLabel('类别').fill('贮存');
  await own.getByLabel('管控措施').fill(OWN_POINT);
  await page.getByTestId('officer-select').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  await page.screenshot({ path: path.join(artifacts, 'risk-control-business-390.png'), fullPage: true });
  await page.getByTestId('risk-control-adopt').click();
  await expect.poll(() => page.getByTestId('risk-control-adopted').innerText(), { timeout: 10_000 }).toMatch(/模板第 2 版/);
  expect(await page.getByTestId('risk-control-adopted').innerText()).not.toContain('已更新本业态模板');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('risk-control-download').click()]);
  expect(download.suggestedFilename()).toMatch(/^食品安全风险管控清单-.*\.docx$/);
  const docx = readFileSync((await download.path())!);
  expect(docx.subarray(0, 2).toString()).toBe('PK');

  // The department reads the business's list: the point struck out, its own point, the new version.
  const businessName = (await page.getByTestId('risk-control-editor').locator('strong').first().innerText()).trim();
  await desk.goto(`${e2e.baseUrl}/risk-control?q=${encodeURIComponent(businessName)}`);
  const row = desk.locator('.ant-table-row').filter({ hasText: businessName });
  await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
  expect(await row.innerText()).toContain('已采用');
  expect(await row.innerText()).not.toContain('模板已更新');
  await row.getByRole('link', { name: businessName }).click();
  const view = desk.getByTestId('risk-control-view');
  await expect.poll(() => view.count(), { timeout: 10_000 }).toBe(1);
  expect(await view.innerText()).toContain(OWN_POINT);
  expect(await view.locator('del').filter({ hasText: skipped }).count()).toBe(1);
  await desk.screenshot({ path: path.join(artifacts, 'risk-control-office-1280.png'), fullPage: true });
  await office.close();
  await context.close();
});
