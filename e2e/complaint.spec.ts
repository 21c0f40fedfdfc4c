// Complaints as the public and the bureau live them: a citizen files one on a phone and follows it by its
// registration number; staff import a 12315 export through the column mapping and dry run, and the
// complaint it names by credit code is matched, accepted, mediated, resolved and answered.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { operator } from '../apps/server/src/modules/operator/operator.schema.ts';
import { pick, signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(() => e2e.close());

const text = (page: Page) => page.locator('body').innerText();

it('lets a citizen file a complaint on a phone and look up its status by the registration number', async () => {
  const page = await e2e.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await page.goto(`${e2e.baseUrl}/p/complaints/new`);
  await page.getByTestId('complaint-name').fill('王小梅');
  await page.getByTestId('complaint-phone').fill('13607100123');
  await page.getByTestId('complaint-address').fill('武汉市黄陂区前川街道百秀街 12 号');
  await page.getByTestId('complaint-business').fill('前川老街李记豆皮');
  await page.getByTestId('complaint-business-address').fill('武汉市黄陂区前川街道老街 5 号');
  // Too short first: the form says why, in Chinese, under the field.
  await page.getByTestId('complaint-description').fill('太难吃');
  await page.getByTestId('complaint-submit').click();
  await expect.poll(() => text(page)).toContain('请至少写 10 个字');
  await page.getByTestId('complaint-description').fill('11 月 20 日早上在该店买的豆皮里有一只虫子，要求退款并道歉。');
  await page.getByTestId('complaint-submit').click();
  const number = page.getByTestId('complaint-registration-no');
  await number.waitFor({ timeout: 30_000 });
  const registrationNo = /W\d{8}[A-Z2-9]{6}/.exec(await number.innerText())![0];
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);

  await page.getByRole('button', { name: '查询办理进度' }).click();
  await page.waitForURL(`**/p/complaints/${registrationNo}`);
  await expect.poll(() => page.getByTestId('public-complaint-status').innerText()).toBe('待受理');
  expect(await text(page)).not.toContain('13607100123');
  expect(await text(page)).not.toContain('虫子');
});

async function exportFile(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('投诉举报');
  sheet.addRow(['登记编号', '受理时间', '类型', '被投诉单位', '涉事地址', '统一社会信用代码', '投诉内容', '投诉人', '联系电话']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

it('imports a 12315 export, matches a complaint by credit code and takes it to its reply', async () => {
  const [target] = await e2e.platform.ctx.db.select().from(operator).where(eq(operator.unitCode, '420116001000')).limit(1);
  const file = await exportFile([
    ['14201162026111000001', '2026-11-10 09:15:00', '投诉', target.name, target.address, target.uscc, '在该店购买的酸奶已过保质期三天，要求退一赔十。', '陈先生', '13907200456'],
    ['14201162026111000002', '2026-11-11 18:40:00', '举报', '前川夜市无名烧烤摊', '武汉市黄陂区前川街道夜市', '', '该摊点无证经营，油烟大，用的油发黑。', '', ''],
  ]);
  const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signIn(page, e2e.baseUrl, 'department');
  await page.goto(`${e2e.baseUrl}/complaints/import`);
  await page
    .getByTestId('complaint-import-upload')
    .locator('input[type=file]')
    .setInputFiles({ name: '12315导出.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
  // The mapping step shows the platform's headings already chosen.
  await expect.poll(() => page.getByTestId('mapping-registrationNo').innerText()).toContain('登记编号');
  await expect.poll(() => page.getByTestId('mapping-namedUscc').innerText()).toContain('统一社会信用代码');
  await page.getByTestId('complaint-dry-run').click();
  const report = page.getByTestId('complaint-import-report');
  await report.waitFor();
  expect(await report.innerText()).toContain('全部行通过校验');
  await page.getByTestId('complaint-import-all').click();
  await expect.poll(() => page.getByTestId('complaint-import-result').innerText(), { timeout: 30_000 }).toContain('新增 2 件');

  await page.goto(`${e2e.baseUrl}/complaints?q=14201162026111000001`);
  await page.getByText('14201162026111000001').click();
  await page.waitForURL(/\/complaints\/[0-9a-f-]{36}$/);
  await expect.poll(() => page.getByTestId('complaint-match-status').innerText()).toBe('已匹配');
  expect(await text(page)).toContain(target.name);
  expect(await page.getByTestId('complainant-phone').innerText()).toBe('13907200456');

  const status = page.getByTestId('complaint-status');
  const submit = page.getByTestId('complaint-submit-action');
  await submit.click();
  await expect.poll(() => status.innerText()).toBe('已受理');
  await submit.click();
  await expect.poll(() => status.innerText()).toBe('办理中');
  await pick(page, 'complaint-outcome', '调解成功');
  await page.getByTestId('complaint-result').fill('经调解，商家退还货款并赔偿 500 元，双方达成一致');
  await submit.click();
  await expect.poll(() => status.innerText()).toBe('已出结果');
  await page.getByTestId('complaint-note').fill('已电话告知投诉人调解结果');
  await submit.click();
  await expect.poll(() => status.innerText()).toBe('已办结');
  const body = await text(page);
  for (const step of ['受理', '开始办理', '办理结果', '答复办结']) expect(body).toContain(step);
});
