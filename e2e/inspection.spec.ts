// The inspection loop in the browser: an inspector on a 390 px phone inspects, signs and closes
// with a rectification demand; the business answers it; the inspector accepts; the public page
// shows the published result without signing in.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { signIn, startE2E, type TE2E } from './support/browser.ts';
import { photographAndSign } from './support/inspection-steps.ts';

let e2e: TE2E;
let operatorId: string;
const artifacts = path.resolve(import.meta.dirname, 'artifacts');
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1366, height: 900 } };

beforeAll(async () => {
  e2e = await startE2E();
  mkdirSync(artifacts, { recursive: true });
  const business = await e2e.platform.login('business');
  operatorId = (await e2e.platform.request({ method: 'GET', url: '/api/auth/me', cookie: business })).json().operatorId;
});
afterAll(() => e2e.close());

const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

it('runs the inspection, rectification and public page loop', async () => {
  const inspector = await e2e.browser.newPage(phone);
  await signIn(inspector, e2e.baseUrl, 'inspector');
  await inspector.goto(`${e2e.baseUrl}/operators/${operatorId}`);
  await inspector.getByTestId('inspection-start').click();
  // Right of the preselected tag: its centre would hit the tag's remove icon.
  await inspector
    .getByTestId('inspection-inspectors')
    .locator('.ant-select-selector')
    .click({ position: { x: 280, y: 16 } });
  await inspector.locator('.ant-select-item-option', { hasText: '前川所所长' }).click();
  await inspector.keyboard.press('Escape');
  await inspector.getByTestId('inspection-start-confirm').click();
  await inspector.waitForURL(/\/inspections\/[0-9a-f-]{36}$/);
  const inspectionUrl = inspector.url();
  // The business keeps daily records: the inspector sees them beside the checklist.
  await expect.poll(() => inspector.getByTestId('operator-self-check-card').count()).toBe(1);

  const items = inspector.getByTestId('inspection-item');
  await expect.poll(() => items.count()).toBeGreaterThan(10);
  const count = await items.count();
  let failedKey = false;
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    const isKey = (await item.getAttribute('data-key')) === 'true';
    const outcome = isKey && !failedKey ? '不符合' : '符合';
    if (outcome === '不符合') failedKey = true;
    await item.locator('.ant-segmented-item-label', { hasText: new RegExp(`^${outcome}$`) }).click();
  }
  await expect.poll(() => inspector.getByTestId('inspection-progress').innerText()).toContain(`已答 ${count}/${count} 项 · 已保存`);
  expect(await noOverflow(inspector)).toBeLessThanOrEqual(1);
  await inspector.screenshot({ path: path.join(artifacts, 'inspection-form-390.png') });

  const photo = await photographAndSign(inspector, items, '王五', '#c33');

  await inspector.getByTestId('inspection-close').click();
  const demand = inspector.getByTestId('close-demand');
  await expect.poll(() => demand.count()).toBe(1);
  await demand.locator('textarea').fill('健康证明过期人员立即调离岗位并补办');
  await expect.poll(() => inspector.getByTestId('close-due').innerText()).toMatch(/^截止日期：\d{4}-\d{2}-\d{2}$/);
  await inspector.screenshot({ path: path.join(artifacts, 'inspection-close-390.png') });
  await inspector.getByTestId('inspection-close-confirm').click();
  await expect.poll(() => inspector.getByTestId('inspection-result').first().innerText()).toBe('不符合');
  await inspector.screenshot({ path: path.join(artifacts, 'inspection-detail-390.png'), fullPage: true });

  const business = await e2e.browser.newPage(phone);
  await signIn(business, e2e.baseUrl, 'business');
  await business.goto(`${e2e.baseUrl}/rectifications`);
  // Found by its text: a demo with its history (npm start) gives the business an open demand of its own too.
  const answering = business.getByTestId('rectification-row').filter({ hasText: '健康证明过期人员立即调离岗位并补办' });
  await answering.getByTestId('rectification-answer').fill('已调离并补办健康证明，附照片');
  await answering.getByTestId('rectification-photo').setInputFiles({ name: 'fixed.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect.poll(() => answering.locator('img').count()).toBe(1);
  await answering.getByTestId('rectification-submit').click();
  await expect.poll(() => answering.innerText()).toContain('待审核');
  await business.screenshot({ path: path.join(artifacts, 'rectification-business-390.png'), fullPage: true });

  await inspector.goto(`${e2e.baseUrl}/rectifications`);
  const reviewing = inspector.getByTestId('rectification-row').filter({ hasText: '健康证明过期人员立即调离岗位并补办' });
  await reviewing.getByTestId('rectification-accept').click();
  await expect.poll(() => reviewing.innerText()).toContain('已通过');

  const citizen = await e2e.browser.newPage(phone);
  await citizen.goto(`${e2e.baseUrl}/p/operators/${operatorId}`);
  await expect.poll(() => citizen.getByTestId('profile-inspection').first().innerText()).toContain('不符合');
  expect(await citizen.getByTestId('public-qr').getAttribute('src')).toBe(`/api/public/operators/${operatorId}/qr.svg`);
  expect(await noOverflow(citizen)).toBeLessThanOrEqual(1);
  await citizen.screenshot({ path: path.join(artifacts, 'public-profile-390.png'), fullPage: true });

  const wide = await e2e.browser.newPage(desktop);
  await signIn(wide, e2e.baseUrl, 'inspector');
  for (const [name, url] of [
    ['inspection-detail-1366', inspectionUrl],
    ['operator-three-shows-1366', `${e2e.baseUrl}/operators/${operatorId}`],
    ['inspections-1366', `${e2e.baseUrl}/inspections`],
    ['rectifications-1366', `${e2e.baseUrl}/rectifications?tab=all`],
    ['public-profile-1366', `${e2e.baseUrl}/p/operators/${operatorId}`],
  ]) {
    await wide.goto(url);
    await wide.waitForLoadState('networkidle');
    await wide.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
  }
  const department = await e2e.browser.newPage(desktop);
  await signIn(department, e2e.baseUrl, 'department');
  await department.goto(`${e2e.baseUrl}/checklists`);
  await department.waitForLoadState('networkidle');
  await department.screenshot({ path: path.join(artifacts, 'checklists-1366.png'), fullPage: true });
});
