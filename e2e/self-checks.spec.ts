// The daily check, weekly review and monthly meeting (日管控、周排查、月调度) in the browser on the demo: the demo
// business on a 390 px phone records today's check with one problem and a photo, the week's review and the month's
// minutes with a signature drawn on screen, and downloads the daily record as .docx; the station sees the
// businesses behind on their records, with a reminder letter one click away.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
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

async function draw(page: Page) {
  const pad = page.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + 100);
  await page.mouse.down();
  for (let x = 30; x < 300; x += 20) await page.mouse.move(box.x + x, box.y + 90 - (x % 40));
  await page.mouse.up();
}

it('lets the business record the day, the week and the month on a phone and download the daily record', async () => {
  const context = await e2e.browser.newContext({ ...phone, acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, e2e.baseUrl, 'business');
  await page.goto(`${e2e.baseUrl}/self-checks/today`);
  await expect.poll(() => page.getByTestId('daily-form').count(), { timeout: 15_000 }).toBe(1);

  const points = page.locator('[data-testid^="point-"]');
  const count = await points.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) await points.nth(i).getByText('符合', { exact: true }).click();
  const first = points.first();
  await first.getByText('有问题', { exact: true }).click();
  await first.getByLabel('问题描述').fill('冷藏柜温度 9℃，高于规定');
  await first.getByLabel('整改措施').fill('已调整温控并转移食材');
  const photo = await sharp({ create: { width: 96, height: 64, channels: 3, background: { r: 40, g: 120, b: 90 } } })
    .jpeg()
    .toBuffer();
  await first.locator('input[type=file]').setInputFiles({ name: 'fridge.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect.poll(() => first.getByText('已附照片 1 张').count(), { timeout: 10_000 }).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: path.join(artifacts, 'self-check-daily-390.png'), fullPage: true });
  await page.getByTestId('daily-save').click();
  await expect.poll(() => page.getByTestId('download-daily').count(), { timeout: 10_000 }).toBe(1);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-daily').click()]);
  expect(download.suggestedFilename()).toMatch(/^每日食品安全检查记录-.*\.docx$/);
  const docx = readFileSync((await download.path())!);
  expect(docx.subarray(0, 2).toString()).toBe('PK');

  await page.getByRole('tab', { name: /每周排查/ }).click();
  await page.getByTestId('weekly-form').getByLabel('发现隐患（项）').fill('2');
  await page.getByTestId('weekly-form').getByLabel('已整改（项）').fill('1');
  await page.getByTestId('weekly-form').getByLabel('未整改（项）').fill('1');
  await page.getByTestId('weekly-form').getByLabel('排查治理情况').fill('排查发现冷藏柜温度偏高、防鼠板未归位，已整改 1 项');
  await page.getByTestId('weekly-save').click();
  await expect.poll(() => page.getByTestId('download-weekly').count(), { timeout: 10_000 }).toBe(1);

  await page.getByRole('tab', { name: /每月调度/ }).click();
  const minutes = page.getByTestId('monthly-form');
  await minutes.getByTestId('attendees').locator('input').fill('张主要负责人');
  await minutes.getByTestId('attendees').locator('input').press('Enter');
  await minutes.getByLabel('会议决定事项（每行一项）').fill('更换冷藏柜温度计\n下周开展从业人员培训');
  await minutes.getByLabel('签名人姓名').fill('张主要负责人');
  await minutes.getByLabel('职务').fill('主要负责人');
  await draw(page);
  await page.getByTestId('signature-save').click();
  await expect.poll(() => minutes.getByTestId('signatures').innerText(), { timeout: 10_000 }).toContain('张主要负责人');
  await page.getByTestId('monthly-save').click();
  await expect.poll(() => page.getByTestId('download-monthly').count(), { timeout: 10_000 }).toBe(1);
  await page.screenshot({ path: path.join(artifacts, 'self-check-monthly-390.png'), fullPage: true });

  // History: yesterday's record is read-only, with a correction to append.
  await page.goto(`${e2e.baseUrl}/self-checks?kind=daily`);
  await expect.poll(() => page.getByTestId('self-check-list').locator('.ant-list-item').count(), { timeout: 10_000 }).toBeGreaterThan(1);
  await page.getByTestId('self-check-list').locator('.ant-list-item').nth(1).getByRole('link').first().click();
  await expect.poll(() => page.getByTestId('record-read-only').count(), { timeout: 10_000 }).toBe(1);
  await page.getByLabel('更正说明').fill('当日冷藏柜温度记录有误');
  await page.getByTestId('correction-add').click();
  await expect.poll(() => page.getByTestId('corrections').innerText(), { timeout: 10_000 }).toContain('当日冷藏柜温度记录有误');
  await context.close();
});

it('shows the station the businesses behind on their records, with a reminder letter to send', async () => {
  const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, e2e.baseUrl, 'station');
  await page.goto(`${e2e.baseUrl}/self-checks/compliance?behind=true`);
  const rows = page.getByTestId('compliance-list').locator('.ant-table-row');
  await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(await rows.first().innerText()).toContain('落后');
  await expect.poll(() => page.getByTestId('compliance-chart').count(), { timeout: 10_000 }).toBe(1);
  await page.screenshot({ path: path.join(artifacts, 'self-check-compliance-1280.png'), fullPage: true });
  await rows
    .first()
    .getByRole('button', { name: /发提醒敦促函/ })
    .click();
  await expect.poll(() => page.url()).toMatch(/\/notice-letters\?create=reminder&operatorId=[0-9a-f-]{36}&reason=/);
  await context.close();
});
