// Two notices and a letter (两书一函) in the browser on the demo: the station head arrives from the compliance page's
// link (?create=reminder&operatorId=…&reason=…), finds the draft form filled in, saves and issues the reminder letter
// (numbered 黄陂市监提醒〔year〕…号); the demo business, on a 390 px phone, finds it in 我的文书 and signs for it with one
// tap; the register then shows it delivered online.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../apps/server/src/core/db/database.ts';
import { signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;
const artifacts = path.resolve(import.meta.dirname, 'artifacts');
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const REASON = '近7天有3天未记录每日食品安全检查';

beforeAll(async () => {
  e2e = await startE2E();
  mkdirSync(artifacts, { recursive: true });
});
afterAll(() => e2e.close());

it('lets the station issue a reminder letter from the compliance link and the business sign for it on a phone', async () => {
  const [business] = rowsOf<{ operator_id: string; name: string }>(
    await e2e.platform.ctx.db.execute(sql`select u.operator_id, o.name from app_user u join operator o on o.id = u.operator_id where u.username = 'business'`),
  );
  const desk = await (await e2e.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
  await signIn(desk, e2e.baseUrl, 'station');
  await desk.goto(`${e2e.baseUrl}/notice-letters?create=reminder&operatorId=${business.operator_id}&reason=${encodeURIComponent(REASON)}`);
  await expect.poll(() => desk.getByTestId('letter-operator-name').innerText(), { timeout: 15_000 }).toContain(business.name);
  expect(await desk.getByTestId('letter-reason').inputValue()).toBe(REASON);
  await desk.getByTestId('letter-create-submit').click();
  await desk.waitForURL(/\/notice-letters\/[0-9a-f-]{36}$/);
  await expect.poll(() => desk.getByTestId('letter-status').innerText()).toBe('草稿');
  expect(await desk.getByTestId('letter-body').innerText()).toContain(REASON);
  await desk.getByTestId('letter-issue').click();
  await expect.poll(() => desk.getByTestId('letter-status').innerText(), { timeout: 10_000 }).toBe('已发出');
  const number = await desk.getByTestId('letter-number').innerText();
  expect(number).toMatch(/^黄陂市监提醒〔\d{4}〕\d{4}号$/);
  const letterUrl = desk.url();

  const [download] = await Promise.all([desk.waitForEvent('download'), desk.getByTestId('letter-download').click()]);
  expect(download.suggestedFilename()).toMatch(/^提醒敦促函-.*\.docx$/);
  const docx = readFileSync((await download.path())!);
  expect(docx.subarray(0, 2).toString()).toBe('PK');
  await desk.screenshot({ path: path.join(artifacts, 'notice-letter-issued-1280.png'), fullPage: true });

  const context = await e2e.browser.newContext(phone);
  const page = await context.newPage();
  await signIn(page, e2e.baseUrl, 'business');
  await page.goto(`${e2e.baseUrl}/my-notice-letters`);
  const item = page.getByTestId('letter-item').filter({ hasText: number });
  await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(1);
  await item.getByRole('link').click();
  await expect.poll(() => page.getByTestId('letter-number').innerText(), { timeout: 10_000 }).toBe(number);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: path.join(artifacts, 'notice-letter-sign-390.png'), fullPage: true });
  await page.getByTestId('letter-sign').click();
  await expect.poll(() => page.getByTestId('letter-status').innerText(), { timeout: 10_000 }).toBe('已送达');
  await expect.poll(() => page.getByTestId('letter-answer').count()).toBe(1);
  expect(await page.getByTestId('letter-timeline').innerText()).toContain('网上签收');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await desk.goto(letterUrl);
  await expect.poll(() => desk.getByTestId('letter-status').innerText(), { timeout: 10_000 }).toBe('已送达');
  expect(await desk.getByTestId('letter-timeline').innerText()).toContain('企业用户（演示）');
  await context.close();
});

it("drafts an interview notice by picking one of the operator's notified interviews, not typing its id", async () => {
  const [business] = rowsOf<{ operator_id: string }>(await e2e.platform.ctx.db.execute(sql`select operator_id from app_user where username = 'business'`));
  const desk = await (await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(desk, e2e.baseUrl, 'department');
  const write = { 'X-Requested-With': 'XMLHttpRequest' };
  const draft = await (
    await desk.request.post(`${e2e.baseUrl}/api/interviews`, {
      headers: write,
      data: {
        operatorId: business.operator_id,
        reason: '投诉反映的卫生问题集中，存在食品安全隐患。',
        scheduledAt: '2027-03-15T01:30:00.000Z',
        place: '区局五楼约谈室',
        attendees: '法定代表人',
        contactName: '周科长',
        contactPhone: '027-61008315',
        complaintsFrom: '2026-06-01',
        complaintsTo: '2026-08-31',
      },
    })
  ).json();
  const notified = await (await desk.request.post(`${e2e.baseUrl}/api/interviews/${draft.id}/notice`, { headers: write, data: { version: draft.version } })).json();
  expect(notified.noticeNo).toBeTruthy();

  await desk.goto(`${e2e.baseUrl}/notice-letters?create=interview&operatorId=${business.operator_id}&reason=${encodeURIComponent('约谈')}`);
  await desk.getByTestId('letter-interview').locator('.ant-select-selector').click();
  const options = desk.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
  await expect.poll(() => options.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await options.filter({ hasText: notified.noticeNo }).click();
  await desk.getByTestId('letter-create-submit').click();
  await expect.poll(() => desk.getByTestId('letter-status').innerText(), { timeout: 10_000 }).toBe('草稿');
  expect(await desk.getByTestId('letter-body').innerText()).toContain('区局五楼约谈室');

  // The link of an interview page names it: the picker shows it chosen.
  await desk.goto(`${e2e.baseUrl}/notice-letters?create=interview&operatorId=${business.operator_id}&interviewId=${draft.id}`);
  await expect.poll(() => desk.getByTestId('letter-interview').innerText(), { timeout: 15_000 }).toContain(notified.noticeNo);
});
