// The operator registry as a station head uses it: sign in, search, open, edit, export.
import { afterAll, beforeAll, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;
let page: Page;

beforeAll(async () => {
  e2e = await startE2E();
  page = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  await signIn(page, e2e.baseUrl, 'station');
  // Signing in lands on the workbench; these tests start from the operator list.
  await page.goto(`${e2e.baseUrl}/operators`);
});
afterAll(() => e2e.close());

it('searches operators within the station and opens one', async () => {
  await page.getByTestId('operator-search').fill('前川');
  await page.getByTestId('operator-search').press('Enter');
  await page.waitForURL(/q=/);
  const rows = page.getByTestId('operator-table').locator('tbody tr.ant-table-row');
  await expect.poll(() => rows.count()).toBeGreaterThan(0);
  // A station head sees only its own jurisdiction: every row is in 前川街道.
  const units = await rows.locator('td:nth-child(4)').allInnerTexts();
  expect(units.every((u) => u === '前川街道')).toBe(true);

  await rows.first().locator('a').first().click();
  await page.waitForURL(/\/operators\/[0-9a-f-]{36}$/);
  await expect.poll(() => page.getByTestId('operator-name').innerText()).toContain('前川');
});

it('edits the operator and shows the saved name', async () => {
  await page.getByTestId('operator-edit').click();
  await page.waitForURL(/\/edit$/);
  const name = page.getByTestId('operator-form').getByLabel('名称', { exact: true });
  await name.fill('前川测试改名餐馆');
  await page.getByTestId('operator-save').click();
  await page.waitForURL(/\/operators\/[0-9a-f-]{36}$/);
  await expect.poll(() => page.getByTestId('operator-name').innerText()).toBe('前川测试改名餐馆');
});

it('shows a field error in Chinese for an invalid licence number and keeps the form', async () => {
  await page.getByTestId('operator-edit').click();
  await page.waitForURL(/\/edit$/);
  await page.getByTestId('licence-add').click();
  await page.getByTestId('licence-0-number').fill('JY9999');
  await page.getByTestId('operator-save').click();
  await expect.poll(() => page.getByTestId('operator-form').innerText()).toContain('应为');
  expect(page.url()).toMatch(/\/edit$/);
});

it('exports the filtered list as a real .xlsx', async () => {
  await page.goto(`${e2e.baseUrl}/operators?type=caterer`);
  await page.getByTestId('operator-table').locator('tbody tr.ant-table-row').first().waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('operator-export').click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path())!);
  const sheet = workbook.worksheets[0];
  expect(sheet.getRow(1).getCell(1).text).toBe('名称');
  expect(sheet.rowCount).toBeGreaterThan(1);
  for (let r = 2; r <= sheet.rowCount; r++) {
    expect(sheet.getRow(r).getCell(3).text).toBe('餐饮服务提供者');
    expect(sheet.getRow(r).getCell(6).text).toBe('前川街道');
  }
});
