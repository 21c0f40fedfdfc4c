// Field work without signal: the installed shell opens offline, an inspection is started, filled, photographed,
// signed and closed on a 390 px phone with no network, waits in the queue, and reaches the server exactly once
// when the network is back. Then a record changed on the server while the device was offline is shown as a
// conflict and kept only by the user's choice.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { TInspection, TInspectionSummary } from '@shian/shared/inspection';
import type { TPage } from '@shian/shared/http';
import { pick, signIn, startE2E, type TE2E } from './support/browser.ts';
import { photographAndSign } from './support/inspection-steps.ts';

let e2e: TE2E;
let context: BrowserContext;
let page: Page;
let cookie: string;
let operator: { id: string; name: string };
// The service worker, the manifest and the photos kept on the device must pass the server's CSP.
const violations: string[] = [];

beforeAll(async () => {
  e2e = await startE2E();
  const business = await e2e.platform.login('business');
  const operatorId = (await e2e.platform.request({ method: 'GET', url: '/api/auth/me', cookie: business })).json().operatorId;
  cookie = await e2e.platform.login('inspector');
  operator = (await e2e.platform.request({ method: 'GET', url: `/api/operators/${operatorId}`, cookie })).json();
  context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: 'allow' });
  page = await context.newPage();
  page.on('console', (message) => message.text().includes('Content Security Policy') && violations.push(message.text()));
});
afterAll(() => e2e.close());

const api = async <T>(url: string) => (await e2e.platform.request({ method: 'GET', url, cookie })).json() as T;
const inspectionsOfOperator = () => api<TPage<TInspectionSummary>>(`/api/inspections?operatorId=${operator.id}&pageSize=200`);
const queueState = () => page.getByTestId('queue-state').first().getAttribute('data-state');

async function startDraft() {
  await page.getByTestId('kit-start').first().click();
  // Right of the preselected tag: its centre would hit the tag's remove icon.
  await page
    .getByTestId('draft-inspectors')
    .locator('.ant-select-selector')
    .click({ position: { x: 280, y: 16 } });
  await page.locator('.ant-select-item-option', { hasText: '前川所所长' }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('draft-start-confirm').click();
  await page.waitForURL(/\/inspections\/offline\/[0-9a-f-]{36}$/);
}

const answer = (index: number, outcome: string) =>
  page
    .getByTestId('inspection-item')
    .nth(index)
    .locator('.ant-segmented-item-label', { hasText: new RegExp(`^${outcome}$`) })
    .click();

it('starts, fills, signs and closes an inspection offline, and syncs it once when back online', async () => {
  await signIn(page, e2e.baseUrl, 'inspector');
  await page.goto(`${e2e.baseUrl}/inspections/offline`);
  // The service worker has precached the shell once it is active.
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active))).toBe(true);
  await pick(page, 'kit-operator', operator.name, operator.name.slice(0, 4));
  await page.getByTestId('kit-prepare').click();
  await expect.poll(() => page.getByTestId('kit-row').count()).toBe(1);
  const before = await inspectionsOfOperator();

  await context.setOffline(true);
  await page.reload();
  await expect.poll(() => page.getByTestId('offline-indicator').getAttribute('data-online')).toBe('false');
  await expect.poll(() => page.getByTestId('kit-row').innerText()).toContain(operator.name);
  await startDraft();

  const items = page.getByTestId('inspection-item');
  await expect.poll(() => items.count()).toBeGreaterThan(10);
  const count = await items.count();
  const outcomes: string[] = [];
  for (let i = 0; i < count; i++) {
    const isKey = (await items.nth(i).getAttribute('data-key')) === 'true';
    const outcome = isKey && !outcomes.includes('不符合') ? '不符合' : '符合';
    outcomes.push(outcome);
    await answer(i, outcome);
  }
  await expect.poll(() => page.getByTestId('inspection-progress').innerText()).toContain(`已答 ${count}/${count} 项 · 已保存在本机`);

  await photographAndSign(page, items, '赵六', '#3a3');

  await page.getByTestId('inspection-close').click();
  await page.getByTestId('close-demand').locator('textarea').fill('立即整改并提交照片');
  await page.getByTestId('inspection-close-confirm').click();
  await expect.poll(() => page.getByTestId('draft-closed').count()).toBe(1);

  await page.goto(`${e2e.baseUrl}/inspections/offline`);
  await expect.poll(() => page.getByTestId('draft-row').count()).toBe(1);
  expect(await queueState()).toBe('waiting');
  expect(await page.getByTestId('offline-indicator').getAttribute('data-pending')).toBe('1');
  // Nothing has reached the server while offline.
  expect((await inspectionsOfOperator()).total).toBe(before.total);

  await context.setOffline(false);
  await expect.poll(queueState).toBe('synced');
  // A second run (as after a reload) sends nothing again.
  await page.getByTestId('sync-now').click();
  await page.reload();
  await expect.poll(queueState).toBe('synced');

  const after = await inspectionsOfOperator();
  expect(after.total).toBe(before.total + 1);
  const created = after.items.find((i) => !before.items.some((b) => b.id === i.id))!;
  const detail = await api<TInspection>(`/api/inspections/${created.id}`);
  expect(detail).toMatchObject({ status: 'closed', result: 'nonconforming', representativeName: '赵六', hasSignature: true });
  expect(detail.items.map((i) => (i.outcome === 'nonconforming' ? '不符合' : '符合'))).toEqual(outcomes);
  expect(detail.photos).toHaveLength(1);
  expect(detail.photos[0].itemId).toBe(detail.items[0].id);
  expect(detail.rectifications.map((r) => r.demand)).toEqual(['立即整改并提交照片']);
  expect(violations).toEqual([]);
});

it('shows a record changed on the server meanwhile as a conflict and keeps the device version only when chosen', async () => {
  await page.goto(`${e2e.baseUrl}/inspections/offline`);
  await startDraft();
  // Online: the first answer reaches the server at once.
  await answer(0, '符合');
  await expect.poll(queueState).toBe('synced');
  const serverId = (await page.getByText('查看服务器记录').getAttribute('href'))!.split('/').pop()!;

  await context.setOffline(true);
  await answer(0, '不符合');
  await expect.poll(queueState).toBe('waiting');
  // Meanwhile a colleague saves another answer on the server.
  const server = await api<TInspection>(`/api/inspections/${serverId}`);
  const theirs = { version: server.version, results: [{ itemId: server.items[0].id, outcome: 'not_applicable', note: '' }] };
  const saved = await e2e.platform.request({ method: 'PATCH', url: `/api/inspections/${serverId}`, cookie, payload: theirs, headers: { 'x-requested-with': 'XMLHttpRequest' } });
  expect(saved.statusCode).toBe(200);

  await context.setOffline(false);
  await expect.poll(queueState).toBe('conflict');
  const conflict = page.getByTestId('draft-conflict');
  await expect.poll(() => conflict.innerText()).toContain('不适用');
  expect(await conflict.innerText()).toContain('不符合');
  // Not overwritten before the user chooses.
  expect((await api<TInspection>(`/api/inspections/${serverId}`)).items[0].outcome).toBe('not_applicable');

  await page.getByTestId('conflict-keep-mine').click();
  await expect.poll(queueState).toBe('synced');
  expect((await api<TInspection>(`/api/inspections/${serverId}`)).items[0].outcome).toBe('nonconforming');
});

it('carries on offline with an inspection that was opened online before', async () => {
  const inspectors = await api<{ id: string; displayName: string }[]>(`/api/inspections/inspectors?operatorId=${operator.id}`);
  const me = await api<{ id: string }>('/api/auth/me');
  const colleague = inspectors.find((i) => i.displayName.includes('前川所所长'))!;
  const body = { operatorId: operator.id, kind: 'routine', inspectedOn: new Date().toISOString().slice(0, 10), inspectorIds: [me.id, colleague.id] };
  const started = await e2e.platform.request({ method: 'POST', url: '/api/inspections', cookie, payload: body, headers: { 'x-requested-with': 'XMLHttpRequest' } });
  const serverId = started.json().id as string;
  await page.goto(`${e2e.baseUrl}/inspections/${serverId}`);
  await expect.poll(() => page.getByTestId('inspection-item').count()).toBeGreaterThan(10);

  await context.setOffline(true);
  await page.reload();
  await page.waitForURL(/\/inspections\/offline\/[0-9a-f-]{36}$/);
  expect(await page.getByTestId('inspection-operator').innerText()).toBe(operator.name);
  await answer(1, '不适用');
  await expect.poll(queueState).toBe('waiting');

  await context.setOffline(false);
  await expect.poll(queueState).toBe('synced');
  const detail = await api<TInspection>(`/api/inspections/${serverId}`);
  expect(detail.items[1].outcome).toBe('not_applicable');
  expect(detail.status).toBe('open');
});
