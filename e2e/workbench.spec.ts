// The workbench (工作台) in the browser on a fresh demo: every demo account lands on it after signing in; the
// inspector's phone shows this week's plan entries as cards and opens the start of an inspection for one; the
// business's shows its open rectification, which leaves its list once answered, and the review it then waits
// for leaves the inspector's once done elsewhere, without a reload.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TRectification } from '@shian/shared/rectification';
import { DEMO_ACCOUNTS } from '../apps/server/src/modules/demo/demo.public.ts';
import { signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;
const artifacts = path.resolve(import.meta.dirname, 'artifacts');
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1280, height: 900 } };

beforeAll(async () => {
  // A fresh demo as `npm start` makes it: this week's plan, the business's open rectification.
  e2e = await startE2E({ history: true });
  mkdirSync(artifacts, { recursive: true });
});
afterAll(() => e2e.close());

/** Waits for the list to settle (rows or the empty state) and answers the total it shows. */
async function loaded(page: Page): Promise<number> {
  await page.waitForURL((url) => url.pathname === '/workbench');
  await expect.poll(() => page.getByTestId('workbench-total').count(), { timeout: 15_000 }).toBe(1);
  await expect.poll(() => page.locator('[data-testid="workbench-list"] .ant-spin-spinning').count()).toBe(0);
  return Number((await page.getByTestId('workbench-total').innerText()).match(/\d+/)![0]);
}

const cardCount = async (page: Page, due: 'today' | 'week' | 'overdue') => Number(await page.getByTestId(`workbench-card-${due}`).getByTestId('workbench-card-count').innerText());
const items = (page: Page, text: string) => page.getByTestId('workbench-item').filter({ hasText: text });

it.each(DEMO_ACCOUNTS.map((a) => a.username))('lands %s on its workbench', async (username) => {
  const page = await e2e.browser.newPage(desktop);
  await signIn(page, e2e.baseUrl, username);
  const total = await loaded(page);
  expect(await page.locator('.ant-result-error, .ant-alert-error').count()).toBe(0);
  const rows = await page.getByTestId('workbench-item').count();
  expect(rows).toBe(Math.min(total, 20));
  // Every demo account has real work: the leader its approvals, the expert the rebuttals to review.
  expect(total).toBeGreaterThan(0);
  // The workbench is the menu's first entry, selected.
  expect(await page.locator('.ant-pro-sider .ant-menu-item-selected').allInnerTexts()).toEqual(['工作台']);
  await page.close();
});

it("shows the inspector this week's plan entries as cards on a phone, and opens the start of an inspection for one", async () => {
  const page = await e2e.browser.newPage(phone);
  await signIn(page, e2e.baseUrl, 'inspector');
  await loaded(page);
  // A phone opens on what is due today when anything is.
  if ((await cardCount(page, 'today')) > 0) await page.waitForURL(/due=today/);
  const week = await cardCount(page, 'week');
  expect(week).toBeGreaterThan(0);
  await page.getByTestId('workbench-card-week').click();
  await page.waitForURL(/due=week/);
  expect(await loaded(page)).toBe(week);
  const plan = items(page, '检查计划');
  expect(await plan.count()).toBeGreaterThan(0);
  // Sorted by due date, each with its clock.
  const clocks = await page.getByTestId('workbench-clock').allInnerTexts();
  expect(clocks.every((c) => c === '今日到期' || /^剩 \d+ 个工作日$/.test(c))).toBe(true);
  // On a phone every row is a card, and nothing scrolls sideways.
  expect(await page.getByTestId('workbench-item').first().locator('.ant-card').count()).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: path.join(artifacts, 'workbench-inspector-390.png'), fullPage: true });

  await plan.first().getByTestId('workbench-title').click();
  await page.waitForURL(/\/operators\/[0-9a-f-]{36}\?planEntryId=[0-9a-f-]{36}$/);
  await expect.poll(() => page.getByTestId('inspection-start-plan').isVisible()).toBe(true);
  await page.close();
});

it("drops the business's rectification once answered, and the inspector's review once done, without a reload", async () => {
  const business = await e2e.browser.newPage(desktop);
  await signIn(business, e2e.baseUrl, 'business');
  const before = await loaded(business);
  // More work than a page holds (its records, lists, letters, exams): the rectifications alone, filtered by the URL.
  await business.goto(`${e2e.baseUrl}/workbench?module=rectification`);
  await loaded(business);
  // The open demand the demo seeds (seedBusinessRectification); the history may leave older ones overdue.
  const own = items(business, '整改待提交').filter({ hasNotText: '已逾期' });
  expect(await own.count()).toBeGreaterThan(0);
  const title = await own.first().getByTestId('workbench-title').innerText();
  const demand = title.replace('整改待提交：', '');
  const alike = await items(business, demand).count();
  await business.screenshot({ path: path.join(artifacts, 'workbench-business-1280.png'), fullPage: true });

  await own.first().click();
  await business.waitForURL((url) => url.pathname === '/rectifications');
  // The history may hold the same demand from an earlier inspection: the one still waiting for an answer.
  const rows = business.getByTestId('rectification-row').filter({ hasText: demand });
  await expect.poll(() => rows.count()).toBeGreaterThan(0);
  let open = 0;
  while ((await rows.nth(open).getByTestId('rectification-answer').count()) === 0) open += 1;
  const row = rows.nth(open);
  await row.getByTestId('rectification-answer').fill('已按要求整改，附说明');
  await row.getByTestId('rectification-submit').click();
  await expect.poll(() => row.innerText()).toContain('待审核');
  // Back by the menu: client-side navigation, no reload.
  await business.locator('.ant-pro-sider .ant-menu-item').filter({ hasText: '工作台' }).click();
  expect(await loaded(business)).toBe(before - 1);
  await business.goto(`${e2e.baseUrl}/workbench?module=rectification`);
  await loaded(business);
  expect(await items(business, demand).count()).toBe(alike - 1);

  // The answer waits for the inspector's review; done by the station head in another session, it leaves the
  // inspector's open workbench when the window has the focus again.
  const inspector = await e2e.browser.newPage(desktop);
  await signIn(inspector, e2e.baseUrl, 'inspector');
  const waiting = await loaded(inspector);
  const review = items(inspector, demand);
  expect(await review.innerText()).toContain('整改待审核');
  // The demo history may have left this review past its deadline: then it leaves the overdue count too.
  const wasOverdue = (await review.innerText()).includes('已逾期');
  const overdue = await cardCount(inspector, 'overdue');
  const station = await e2e.platform.login('station');
  const answered = await e2e.platform.request({ method: 'GET', url: '/api/rectifications?status=answered&pageSize=200', cookie: station });
  // The one just answered (the history may hold answered ones with the same demand).
  const target = (answered.json() as { items: TRectification[] }).items.find((r) => r.demand === demand && r.answer === '已按要求整改，附说明')!;
  const accepted = await e2e.platform.request({
    method: 'POST',
    url: `/api/rectifications/${target.id}/review`,
    cookie: station,
    payload: { version: target.version, decision: 'accept', note: '' },
  });
  expect(accepted.statusCode, accepted.body).toBe(200);
  await inspector.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect.poll(() => review.count()).toBe(0);
  expect(await loaded(inspector)).toBe(waiting - 1);
  expect(await cardCount(inspector, 'overdue')).toBe(overdue - (wasOverdue ? 1 : 0));

  // The review link opens the review queue.
  const another = items(inspector, '整改待审核');
  if ((await another.count()) > 0) {
    await another.first().click();
    await inspector.waitForURL((url) => url.pathname === '/rectifications' && url.searchParams.get('tab') === 'review');
    await expect.poll(() => inspector.locator('.ant-segmented-item-selected').innerText()).toContain('待审核');
  }
});
