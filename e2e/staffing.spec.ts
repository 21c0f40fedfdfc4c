// Staffing of the food safety posts (食品安全总监、食品安全员配备) in the browser on the demo: the demo business (a
// medium caterer company, so it must have a director) loses its director; the station finds it on its 配备检查
// list, filtered to missing directors, and reminds it; the business, on a 390 px phone, sees the step on its
// workbench and the missing post, with the reminder's deadline, on its operator page.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../apps/server/src/core/db/database.ts';
import { signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;
const artifacts = path.resolve(import.meta.dirname, 'artifacts');
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1280, height: 900 } };

beforeAll(async () => {
  e2e = await startE2E();
  mkdirSync(artifacts, { recursive: true });
});
afterAll(() => e2e.close());

it('lets the station remind a business missing its director, and the business see it on a phone', async () => {
  const db = e2e.platform.ctx.db;
  const [business] = rowsOf<{ id: string; name: string }>(
    await db.execute(sql`select o.id, o.name from operator o join app_user u on u.operator_id = o.id where u.username = 'business'`),
  );
  // The director became the principal and nobody took the post: the business now misses a post the rules require of a
  // medium caterer company.
  await db.execute(sql`update personnel set role = 'principal' where operator_id = ${business.id} and role = 'director'`);

  const desk = await e2e.browser.newPage(desktop);
  await signIn(desk, e2e.baseUrl, 'station');
  await desk.goto(`${e2e.baseUrl}/staffing?missing=director&q=${encodeURIComponent(business.name)}`);
  const row = desk.getByTestId('staffing-gaps').locator('.ant-table-row').filter({ hasText: business.name });
  await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
  expect(await row.innerText()).toContain('食品安全总监');
  expect(await row.innerText()).toContain('尚未提醒');
  await desk.getByTestId(`staffing-remind-${business.id}`).click();
  await expect.poll(() => desk.locator('.ant-message').innerText()).toContain(`已提醒${business.name}`);
  await expect.poll(() => row.innerText()).toMatch(/已提醒，限 \d{4}-\d{2}-\d{2} 前配备/);
  const due = /限 (\d{4}-\d{2}-\d{2}) 前配备/.exec(await row.innerText())![1];
  await desk.screenshot({ path: path.join(artifacts, 'staffing-gaps-1280.png'), fullPage: true });
  await desk.getByRole('tab', { name: '配备规则' }).click();
  await expect.poll(() => desk.getByText('大中型餐饮服务企业应当配备食品安全总监').count()).toBeGreaterThan(0);
  await desk.close();

  const context = await e2e.browser.newContext(phone);
  const page = await context.newPage();
  await signIn(page, e2e.baseUrl, 'business');
  await page.goto(`${e2e.baseUrl}/workbench?module=staffing`);
  const item = page.getByTestId('workbench-item').filter({ hasText: '配备食品安全总监' });
  await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(1);
  expect(await item.innerText()).toContain(due);
  await page.goto(`${e2e.baseUrl}/operators/${business.id}`);
  const card = page.getByTestId('operator-staffing-card');
  await expect.poll(() => card.getByTestId('operator-staffing-missing').count(), { timeout: 15_000 }).toBe(1);
  expect(await card.getByTestId('operator-staffing-missing').innerText()).toContain('按规定须配备食品安全总监');
  expect(await card.innerText()).toContain(due);
  expect(await card.getByTestId('operator-staffing-director').innerText()).toContain('未配备');
  await card.scrollIntoViewIfNeeded();
  // The card fits the phone (the licence table beside it scrolls on its own).
  expect(await card.evaluate((el) => el.scrollWidth)).toBeLessThanOrEqual(390);
  expect((await card.boundingBox())!.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: path.join(artifacts, 'staffing-business-390.png'), fullPage: true });
  await context.close();
});
