// Exams in the browser on the demo: the business sits an online exam for one of its managers on a 390 px phone,
// one question a screen against the countdown, submits and sees its result with the wrong answers and their keys;
// the inspector gives a spot exam during an inspection on the same phone, the manager fails, and the failure shows
// a retake deadline on the inspection and on the business's workbench.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { rowsOf } from '../apps/server/src/core/db/database.ts';
import { pick, signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;
const artifacts = path.resolve(import.meta.dirname, 'artifacts');
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

beforeAll(async () => {
  e2e = await startE2E();
  mkdirSync(artifacts, { recursive: true });
});
afterAll(() => e2e.close());

const q = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await e2e.platform.ctx.db.execute(query));

/** Answers every question with its first option (or none), one screen at a time, and submits. */
async function answerAndSubmit(page: Page, answer: boolean) {
  await expect.poll(() => page.getByTestId('exam-sheet').count(), { timeout: 15_000 }).toBe(1);
  const [, total] = /\/ (\d+)/.exec(await page.getByTestId('exam-question-number').innerText())!;
  for (let n = 1; n <= Number(total); n++) {
    await expect.poll(() => page.getByTestId('exam-question-number').innerText()).toContain(`${n} /`);
    if (answer) await page.getByTestId('exam-option').first().click();
    if (n < Number(total)) await page.getByTestId('exam-next').click();
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByTestId('exam-submit').click();
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  await expect.poll(() => page.getByTestId('exam-result').count(), { timeout: 15_000 }).toBe(1);
}

it('lets the business take an exam on a phone and see its result', async () => {
  const context = await e2e.browser.newContext(phone);
  const page = await context.newPage();
  await signIn(page, e2e.baseUrl, 'business');
  await page.goto(`${e2e.baseUrl}/exams/take`);
  await expect.poll(() => page.getByTestId('exam-start').count(), { timeout: 15_000 }).toBe(1);
  expect(await page.getByTestId('exam-start').innerText()).toContain('共 30 题');
  await pick(page, 'exam-candidate', '食品安全员');
  await page.getByTestId('exam-start-button').click();
  await page.waitForURL(/\/exams\/[0-9a-f-]{36}$/);
  expect(await page.getByTestId('exam-countdown').innerText()).toMatch(/剩余时间 (59|60):\d\d/);
  await page.screenshot({ path: path.join(artifacts, 'exam-question-390.png') });
  await answerAndSubmit(page, true);
  expect(await page.getByTestId('exam-verdict').innerText()).toMatch(/^(合格|不合格) · \d+ 分$/);
  const wrong = await page.getByTestId('exam-wrong').count();
  if (wrong > 0) expect(await page.getByTestId('exam-right-answer').first().innerText()).toMatch(/^正确答案：[A-F]+$/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: path.join(artifacts, 'exam-result-390.png'), fullPage: true });

  await page.goto(`${e2e.baseUrl}/exams/mine`);
  await expect.poll(() => page.getByTestId('my-exams').locator('.ant-list-item').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  await context.close();
});

it('lets the inspector run a spot exam during an inspection, a failure giving a retake deadline', async () => {
  const [business] = await q<{ operator_id: string; station_id: string }>(
    sql`select u.operator_id, s.station_id from app_user u join operator o on o.id = u.operator_id join unit s on s.code = o.unit_code where u.username = 'business'`,
  );
  const inspectors = await q<{ id: string }>(sql`select id from app_user where role = 'inspector' and station_id = ${business.station_id} order by username limit 2`);
  const cookie = await e2e.platform.login('inspector');
  const started = await e2e.platform.request({
    method: 'POST',
    url: '/api/inspections',
    cookie,
    payload: { operatorId: business.operator_id, inspectorIds: inspectors.map((i) => i.id), kind: 'routine', inspectedOn: new Date().toISOString().slice(0, 10) },
  });
  expect(started.statusCode, started.body).toBe(201);
  const inspectionId = started.json().id as string;

  const context = await e2e.browser.newContext(phone);
  const page = await context.newPage();
  await signIn(page, e2e.baseUrl, 'inspector');
  await page.goto(`${e2e.baseUrl}/inspections/${inspectionId}`);
  await expect.poll(() => page.getByTestId('spot-exams').count(), { timeout: 15_000 }).toBe(1);
  await page.getByTestId('spot-exams').scrollIntoViewIfNeeded();
  await pick(page, 'spot-exam-person', '食品安全员');
  await page.getByTestId('spot-exam-start').click();
  await page.waitForURL(/\/exams\/[0-9a-f-]{36}$/);
  // The manager hands the phone back without answering: the exam fails.
  await answerAndSubmit(page, false);
  expect(await page.getByTestId('exam-verdict').innerText()).toMatch(/^不合格 · 0 分$/);
  const retake = await page.getByTestId('exam-retake-by').innerText();
  expect(retake).toMatch(/补考期限：\d{4}-\d{2}-\d{2}/);
  await page.screenshot({ path: path.join(artifacts, 'spot-exam-failed-390.png'), fullPage: true });

  await page.getByTestId('exam-back-to-inspection').click();
  await page.waitForURL(new RegExp(`/inspections/${inspectionId}$`));
  const row = page.getByTestId('spot-exam-row');
  await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
  expect(await row.innerText()).toContain(retake);
  expect(await row.innerText()).toContain('不合格');
  await context.close();

  const desk = await e2e.browser.newContext(phone);
  const owner = await desk.newPage();
  await signIn(owner, e2e.baseUrl, 'business');
  await owner.goto(`${e2e.baseUrl}/workbench?module=exam`);
  await expect.poll(() => owner.getByText('现场抽查考核未通过，须补考').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  // The result is on the person: the operator page's exam card shows the officer's latest result and the deadline.
  await owner.goto(`${e2e.baseUrl}/operators/${business.operator_id}`);
  const card = owner.getByTestId('operator-exam-card');
  await expect.poll(() => card.getByTestId('operator-exam-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(await card.innerText()).toContain('不合格 0');
  expect(await card.getByTestId('operator-exam-retake').first().innerText()).toContain(retake.replace('补考期限：', ''));
  expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await desk.close();
});
