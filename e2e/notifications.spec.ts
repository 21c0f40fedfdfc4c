// A business answers a rectification in one browser; the inspector, signed in in another with two tabs open,
// sees the bell's count rise and the notification in the list without a reload, and only one tab pops it up.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chinaToday } from '@shian/shared/working-days';
import { me, raiseDemand } from '../apps/server/src/testing/inspections.ts';
import { signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(() => e2e.close());

const bellCount = (page: Page) => page.getByTestId('notification-bell').getAttribute('aria-label');

it('pushes a business answer to the inspector within 2 seconds, in every tab, with one popup', async () => {
  const { platform } = e2e;
  const [inspector, station, business] = await Promise.all(['inspector', 'station', 'business'].map((u) => platform.login(u)));
  const operatorId = (await me(platform, business)).operatorId!;
  const inspectorIds = [(await me(platform, inspector)).id, (await me(platform, station)).id];
  await raiseDemand(platform, inspector, { operatorId, inspectorIds, inspectedOn: chinaToday() }, '更换过期消毒液（推送测试）');

  const staff = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const list = await staff.newPage();
  await signIn(list, e2e.baseUrl, 'inspector');
  await list.goto(`${e2e.baseUrl}/notifications`);
  const other = await staff.newPage();
  await other.setViewportSize({ width: 390, height: 844 });
  await other.goto(`${e2e.baseUrl}/rectifications`);
  for (const page of [list, other]) await expect.poll(() => bellCount(page)).toBe('通知（0 条未读）');

  const owner = await e2e.browser.newContext({ viewport: { width: 390, height: 844 } });
  const answering = await owner.newPage();
  await signIn(answering, e2e.baseUrl, 'business');
  await answering.goto(`${e2e.baseUrl}/rectifications`);
  const row = answering.getByTestId('rectification-row').filter({ hasText: '更换过期消毒液（推送测试）' });
  await row.getByTestId('rectification-answer').fill('已更换为有效期内的消毒液');
  // The answer is stored when the server says so; from then on the other browser has 2 seconds.
  const stored = answering.waitForResponse((response) => response.url().endsWith('/answer') && response.request().method() === 'POST');
  await row.getByTestId('rectification-submit').click();
  expect((await stored).status()).toBe(200);
  const started = performance.now();
  await list.waitForFunction(() => document.querySelector('[data-testid="notification-bell"]')?.getAttribute('aria-label') === '通知（1 条未读）', undefined, { timeout: 2000 });
  await list.waitForFunction(() => document.body.innerText.includes('已提交整改：更换过期消毒液（推送测试）'), undefined, { timeout: 2000 });
  console.log(`notification shown ${Math.round(performance.now() - started)} ms after the answer was stored`);
  await expect.poll(() => bellCount(other)).toBe('通知（1 条未读）');

  // One popup across the two tabs (they agree over a BroadcastChannel), the other tab only counts.
  await expect.poll(async () => (await list.locator('.ant-notification-notice').count()) + (await other.locator('.ant-notification-notice').count())).toBe(1);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect((await list.locator('.ant-notification-notice').count()) + (await other.locator('.ant-notification-notice').count())).toBe(1);

  // Opening it from the bell (on a phone the bell leads to the list) marks it read in every tab and goes to the review queue.
  await other.getByTestId('notification-bell').click();
  await other.waitForURL((url) => url.pathname === '/notifications');
  await other.getByTestId('notification-row').filter({ hasText: '更换过期消毒液（推送测试）' }).click();
  await other.waitForURL((url) => url.pathname === '/rectifications');
  await list.getByTestId('notification-bell').click();
  await expect.poll(() => list.getByTestId('notification-popover').innerText()).toContain('更换过期消毒液（推送测试）');
  for (const page of [list, other]) await expect.poll(() => bellCount(page)).toBe('通知（0 条未读）');
  await staff.close();
  await owner.close();
});
