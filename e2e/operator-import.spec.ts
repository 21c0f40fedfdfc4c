// The import wizard with a file that has one bad row: the dry run names it, "valid rows only"
// imports the rest with a progress bar and a result.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { buildOperator } from '../apps/server/src/testing/factories.ts';
import { signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;
let page: Page;

beforeAll(async () => {
  e2e = await startE2E();
  page = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signIn(page, e2e.baseUrl, 'admin');
});
afterAll(() => e2e.close());

function csvWithOneBadRow(): string {
  const header = '名称,统一社会信用代码,主体类型,地址,所属街道（乡镇）,许可证编号,许可范围,发证日期,有效期至';
  const rows = Array.from({ length: 5 }, (_, i) => {
    const o = buildOperator();
    const l = o.licences[0];
    return [`浏览器导入测试餐馆${i}`, o.uscc, '餐饮服务提供者', o.address, '横店街道', l.number, l.scope, l.issuedOn, l.expiresOn].join(',');
  });
  rows.push(['校验位错误的餐馆', '91420116MA4K00000X', '餐饮服务提供者', '黄陂区横店街道', '横店街道', '', '', '', ''].join(','));
  return [header, ...rows].join('\n');
}

it('reports the bad row and imports only the valid ones with progress', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'shian-e2e-'));
  const file = path.join(dir, '经营主体.csv');
  writeFileSync(file, csvWithOneBadRow());

  await page.goto(`${e2e.baseUrl}/operators/import`);
  await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles(file);
  const report = page.getByTestId('import-report');
  await report.waitFor();
  const errors = page.getByTestId('import-errors');
  await expect.poll(() => errors.innerText()).toContain('校验位不正确');
  expect(await errors.innerText()).toContain('7');
  expect(await page.getByTestId('import-all').isDisabled()).toBe(true);

  await page.getByTestId('import-valid-only').click();
  await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('import-result').innerText()).toContain('5');

  await page.goto(`${e2e.baseUrl}/operators?q=${encodeURIComponent('浏览器导入测试餐馆')}`);
  const rows = page.getByTestId('operator-table').locator('tbody tr.ant-table-row');
  await expect.poll(() => rows.count()).toBe(5);
});
