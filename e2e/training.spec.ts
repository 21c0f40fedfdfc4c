// Training (培训) in the browser on the demo: the department imports a small question bank from an .xlsx built here,
// sees the dry run's errors by row and column, fixes the file, checks it again and commits it; the business opens a
// course on a 390 px phone, reads a lesson (an article of the law library) and marks it read.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;
const artifacts = path.resolve(import.meta.dirname, 'artifacts');
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const COLUMNS = ['适用对象', '分类', '题型', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案', '法条', '解析'];

beforeAll(async () => {
  e2e = await startE2E();
  mkdirSync(artifacts, { recursive: true });
});
afterAll(() => e2e.close());

async function bank(badAnswer: boolean): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('题库');
  sheet.addRow(COLUMNS);
  sheet.addRow(['食品安全员', '浏览器导入', '单选题', '浏览器导入：库存食品应当（）检查。', '定期', '从不', '', '', '', '', 'A', '《中华人民共和国食品安全法》第五十四条', '']);
  sheet.addRow([
    '主要负责人、食品安全总监',
    '浏览器导入',
    '多选题',
    '浏览器导入：采购食品应查验供货者的哪些材料？',
    '许可证',
    '合格证明',
    '营业额',
    '',
    '',
    '',
    badAnswer ? 'AD' : 'AB',
    '《中华人民共和国食品安全法》第五十三条',
    '',
  ]);
  sheet.addRow(['监管人员', '浏览器导入', '判断题', '浏览器导入：无标签的预包装食品禁止经营。', '', '', '', '', '', '', '正确', '《中华人民共和国食品安全法》第三十四条', '']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

it('lets the department import a question bank with a dry run', async () => {
  const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, e2e.baseUrl, 'department');
  await page.goto(`${e2e.baseUrl}/training/questions`);
  await expect.poll(() => page.locator('.ant-table-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await page.getByTestId('question-import-open').click();
  const input = page.getByTestId('question-import-file').locator('..').locator('input[type=file]');
  await input.setInputFiles({ name: '题库.xlsx', mimeType: XLSX, buffer: await bank(true) });
  await expect.poll(() => page.getByTestId('question-import-summary').innerText(), { timeout: 15_000 }).toContain('2 行有效，1 行有错误');
  const errors = await page.getByTestId('question-import-errors').innerText();
  expect(errors).toContain('3');
  expect(errors).toContain('答案');
  expect(errors).toContain('“AD”不是有效答案');
  expect(await page.getByTestId('question-import-commit').count()).toBe(0);

  await input.setInputFiles({ name: '题库.xlsx', mimeType: XLSX, buffer: await bank(false) });
  await expect.poll(() => page.getByTestId('question-import-summary').innerText(), { timeout: 15_000 }).toContain('3 行有效，0 行有错误');
  expect(await page.getByTestId('question-import-preview').innerText()).toContain('《中华人民共和国食品安全法》第三十四条');
  await page.screenshot({ path: path.join(artifacts, 'training-import-1280.png'), fullPage: true });
  await page.getByTestId('question-import-commit').click();
  await expect.poll(() => page.getByTestId('question-import-summary').innerText(), { timeout: 15_000 }).toContain('已导入 3 道题目');
  await page.keyboard.press('Escape');

  await page.goto(`${e2e.baseUrl}/training/questions?category=${encodeURIComponent('浏览器导入')}`);
  await expect.poll(() => page.locator('.ant-table-row').count(), { timeout: 15_000 }).toBe(3);
  expect(await page.locator('.ant-table-row').filter({ hasText: '采购食品应查验' }).innerText()).toContain('AB');
  await context.close();
});

it('lets the business open a course on a phone and mark a lesson read', async () => {
  const context = await e2e.browser.newContext(phone);
  const page = await context.newPage();
  await signIn(page, e2e.baseUrl, 'business');
  await page.goto(`${e2e.baseUrl}/training/mine`);
  const card = page.getByTestId('course-card').filter({ hasText: '从业人员健康管理' });
  await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1);
  expect(await card.innerText()).toContain('已学 0/2');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await card.click();
  await expect.poll(() => page.getByTestId('lesson-body').innerText(), { timeout: 15_000 }).toContain('每年进行健康检查');
  expect(await page.getByTestId('course-title').innerText()).toBe('从业人员健康管理');
  await page.getByTestId('lesson-mark-done').click();
  await expect.poll(() => page.getByTestId('lesson-done').count(), { timeout: 10_000 }).toBe(1);
  expect(await page.getByTestId('course-progress').innerText()).toContain('已学 1/2');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: path.join(artifacts, 'training-lesson-390.png'), fullPage: true });

  await page.goto(`${e2e.baseUrl}/training/mine`);
  await expect.poll(() => card.innerText(), { timeout: 15_000 }).toContain('已学 1/2');
  await context.close();
});

it('lets the department attach a file to a lesson and the business download it from the lesson', async () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const title = '企业落实食品安全主体责任入门';
  const desk = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await desk.newPage();
  await signIn(page, e2e.baseUrl, 'department');
  await page.goto(`${e2e.baseUrl}/training/courses?q=${encodeURIComponent(title)}`);
  const link = page.locator('.ant-table-row').getByRole('button', { name: title });
  await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(1);
  await link.click();
  await expect.poll(() => page.getByTestId('lesson-upload-0').count(), { timeout: 15_000 }).toBe(1);
  await page.locator('.ant-drawer input[type=file]').first().setInputFiles({ name: '晨检记录表.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect.poll(() => page.locator('.ant-upload-list').first().innerText(), { timeout: 15_000 }).toContain('晨检记录表.pdf');
  await page.getByTestId('course-save').click();
  await expect.poll(() => page.locator('.ant-message').innerText(), { timeout: 10_000 }).toContain('已保存');
  await desk.close();

  const context = await e2e.browser.newContext({ ...phone, acceptDownloads: true });
  const phonePage = await context.newPage();
  await signIn(phonePage, e2e.baseUrl, 'business');
  await phonePage.goto(`${e2e.baseUrl}/training/mine`);
  const card = phonePage.getByTestId('course-card').filter({ hasText: title });
  await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1);
  await card.click();
  await phonePage.getByRole('menuitem').first().click();
  await expect.poll(() => phonePage.getByTestId('lesson-attachments').innerText(), { timeout: 15_000 }).toContain('晨检记录表.pdf');
  expect(await phonePage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const [download] = await Promise.all([
    phonePage.waitForEvent('download'),
    phonePage
      .getByTestId('lesson-attachments')
      .getByRole('button', { name: /晨检记录表/ })
      .click(),
  ]);
  expect(download.suggestedFilename()).toBe('晨检记录表.pdf');
  await phonePage.screenshot({ path: path.join(artifacts, 'training-attachment-390.png'), fullPage: true });
  await context.close();
});
