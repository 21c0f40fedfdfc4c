// The cadre registry and assignments (包保) in the browser, as the food-safety office (`department`): the import
// template filled with two good rows and a bad one is checked without writing, then the good rows are confirmed;
// the rule's suggestion is confirmed and the uncovered count drops; the demo `cadre` sees exactly its subjects;
// a subject's cadre is replaced on its page, and a stale replacement is refused (409) and reloaded.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import type { TAssignmentSuggestion, TCadre, TCadreDetail, TCadreSettings, TOperatorCadre } from '@shian/shared/cadre';
import type { TPage } from '@shian/shared/http';
import { signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;
let page: Page;
const PREFIX = '浏览器导入干部';
// The server's CSRF guard wants this header on every write, as the web client sends it.
const WRITE = { 'X-Requested-With': 'XMLHttpRequest' };

beforeAll(async () => {
  e2e = await startE2E();
  page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signIn(page, e2e.baseUrl, 'department');
});
afterAll(() => e2e.close());

/** GET through the page's session (the same cookies as the browser's). */
async function api<T>(p: Page, url: string): Promise<T> {
  const response = await p.request.get(`${e2e.baseUrl}${url}`);
  expect(response.status(), await response.text()).toBe(200);
  return response.json();
}
const cadresNamed = async (q: string) => (await api<TPage<TCadre>>(page, `/api/cadres?q=${encodeURIComponent(q)}`)).total;
const uncoveredTotal = async () => (await api<TPage<unknown>>(page, '/api/cadre-assignments/uncovered?pageSize=1')).total;

it('checks an import with a bad row without writing, then imports the good rows', async () => {
  await page.goto(`${e2e.baseUrl}/cadres/import`);
  const downloading = page.waitForEvent('download');
  await page.getByTestId('cadre-import-template').click();
  const template = readFileSync((await (await downloading).path())!);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['姓名', '层级', '包保街道（乡镇）']));
  // The template's example rows are replaced: two good ones, and one naming a unit outside the district (row 4).
  const rows = [
    [`${PREFIX}甲`, '村（社区）级', '社区书记', '前川街道双凤社区居委会', '前川街道', '13800001111'],
    [`${PREFIX}乙`, '乡镇（街道）级', '街道办副主任', '前川街道办事处', '前川街道', ''],
    [`${PREFIX}丙`, '村（社区）级', '网格员', '某某村委会', '不存在街道', '13800002222'],
  ];
  rows.forEach((cells, i) => {
    sheet.getRow(i + 2).values = cells;
  });
  const file = Buffer.from(await book.xlsx.writeBuffer());

  await page.getByTestId('cadre-import-file').locator('..').locator('input[type=file]').setInputFiles({
    name: '包保干部.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
  const summary = page.getByTestId('cadre-import-summary');
  await expect.poll(() => summary.innerText()).toContain('2 行有效，1 行有误');
  const errors = await page.getByTestId('cadre-import-errors').locator('tbody tr.ant-table-row').allInnerTexts();
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^4\s+包保街道（乡镇）\s+不是本区的街道（乡镇）/);
  // The dry run wrote nothing.
  expect(await cadresNamed(PREFIX)).toBe(0);

  await page.getByTestId('cadre-import-commit').click();
  await expect.poll(() => summary.innerText()).toContain('已导入 2 名包保干部');
  await page.goto(`${e2e.baseUrl}/cadres?q=${encodeURIComponent(PREFIX)}`);
  const listed = page.locator('tbody tr.ant-table-row');
  await expect.poll(() => listed.count()).toBe(2);
  const names = (await listed.allInnerTexts()).join('\n');
  expect(names).toContain(`${PREFIX}甲`);
  expect(names).toContain(`${PREFIX}乙`);
  // The food-safety office reads contacts in full (others see them masked).
  expect(names).toContain('13800001111');
  expect(names).not.toContain(`${PREFIX}丙`);
});

it('confirms the suggestion by the rule (less one left out) and the uncovered count drops by what was confirmed', async () => {
  await page.goto(`${e2e.baseUrl}/cadre-assignments?tab=uncovered`);
  const before = await uncoveredTotal();
  expect(before).toBeGreaterThan(0);
  await expect.poll(() => page.getByTestId('cadre-uncovered-total').innerText()).toContain(String(before));

  await page.goto(`${e2e.baseUrl}/cadre-assignments?tab=suggest`);
  await page.getByTestId('cadre-suggest').click();
  const rows = page.locator('tbody tr.ant-table-row');
  await expect.poll(() => rows.count()).toBeGreaterThan(1);
  // A suggestion writes nothing, so the API's answers the same list the page shows, in the same order.
  const { items } = (await (await page.request.post(`${e2e.baseUrl}/api/cadre-assignments/suggest`, { data: {}, headers: WRITE })).json()) as { items: TAssignmentSuggestion[] };
  expect(await rows.count()).toBe(items.length);
  const proposed = items.filter((i) => i.cadreId);
  expect(proposed.length).toBeGreaterThan(1);
  const leftOut = items.indexOf(proposed[0]);
  await rows.nth(leftOut).locator('input[type=checkbox]').uncheck();
  await expect.poll(() => page.getByTestId('cadre-confirm').innerText()).toContain(String(proposed.length - 1));
  await page.getByTestId('cadre-confirm').click();
  await expect.poll(() => page.locator('.ant-message').innerText()).toContain(`已分配 ${proposed.length - 1} 个主体`);

  const newlyCovered = proposed.slice(1).filter((i) => !i.currentCadreId).length;
  expect(newlyCovered).toBeGreaterThan(0);
  expect(await uncoveredTotal()).toBe(before - newlyCovered);
  await page.goto(`${e2e.baseUrl}/cadre-assignments?tab=uncovered`);
  await expect.poll(() => page.getByTestId('cadre-uncovered-total').innerText()).toContain(String(before - newlyCovered));
  expect((await api<TOperatorCadre>(page, `/api/operators/${proposed[0].operatorId}/cadre`)).cadre?.id ?? null).toBe(proposed[0].currentCadreId);
});

it('saves the load limit on the settings tab', async () => {
  await page.goto(`${e2e.baseUrl}/cadre-assignments?tab=settings`);
  const limit = page.getByTestId('cadre-settings-load-limit');
  await expect.poll(() => limit.inputValue()).toBe('30');
  await limit.fill('45');
  await page.getByTestId('cadre-settings-save').click();
  await expect.poll(async () => (await api<TCadreSettings>(page, '/api/cadre-settings')).loadLimit).toBe(45);
  expect(await page.getByTestId('cadre-settings-state').innerText()).toContain('最近修改');
});

let subjectId: string;

it('shows the demo cadre exactly its subjects', async () => {
  const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const phone = await context.newPage();
  await signIn(phone, e2e.baseUrl, 'cadre');
  const own = await api<TPage<TCadre>>(phone, '/api/cadres');
  expect(own.total).toBe(1);
  const detail = await api<TCadreDetail>(phone, `/api/cadres/${own.items[0].id}`);
  expect(detail.currentSubjects.length).toBeGreaterThan(1);
  expect(detail.currentSubjects.length).toBeLessThanOrEqual(100);

  await phone.goto(`${e2e.baseUrl}/operators?pageSize=100`);
  const links = phone.getByTestId('operator-table').locator('a[href^="/operators/"]');
  await expect.poll(() => links.count()).toBe(detail.currentSubjects.length);
  const shown = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/').pop()))).sort();
  expect(shown).toEqual(detail.currentSubjects.map((s) => s.operatorId).sort());
  subjectId = detail.currentSubjects[0].operatorId;

  // The subject's page shows its cadre to the cadre itself, without the office's buttons.
  await phone.goto(`${e2e.baseUrl}/operators/${subjectId}`);
  await expect.poll(() => phone.getByTestId('operator-cadre-name').innerText()).toBe(detail.name);
  expect(await phone.getByTestId('operator-cadre-reassign').count()).toBe(0);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});

it('replaces the cadre on the operator page, and refuses a replacement made on a stale page', async () => {
  const before = await api<TOperatorCadre>(page, `/api/operators/${subjectId}/cadre`);
  await page.goto(`${e2e.baseUrl}/operators/${subjectId}`);
  const name = page.getByTestId('operator-cadre-name');
  await expect.poll(() => name.innerText()).toBe(before.cadre!.name);

  await page.getByTestId('operator-cadre-reassign').click();
  await page.getByTestId('operator-cadre-pick').locator('.ant-select-selector').click();
  const options = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
  await expect.poll(() => options.count()).toBeGreaterThan(1);
  const chosen = (await options.first().innerText()).replace(/（.*$/, '');
  await options.first().click();
  await page.getByTestId('operator-cadre-save').click();
  await expect.poll(() => name.innerText()).toBe(chosen);
  const after = await api<TOperatorCadre>(page, `/api/operators/${subjectId}/cadre`);
  expect(after.cadre!.name).toBe(chosen);
  expect(after.cadre!.id).not.toBe(before.cadre!.id);

  // Someone else puts the original cadre back meanwhile; ending the assignment from this page is then stale.
  const back = await page.request.put(`${e2e.baseUrl}/api/operators/${subjectId}/cadre`, { data: { cadreId: before.cadre!.id }, headers: WRITE });
  expect(back.status()).toBe(200);
  await page.getByRole('button', { name: '解除包保' }).click();
  await page.locator('.ant-popconfirm .ant-btn-dangerous').click();
  await expect.poll(() => page.locator('.ant-message').innerText()).toContain('已被他人修改');
  await expect.poll(() => name.innerText()).toBe(before.cadre!.name);
  expect((await api<TOperatorCadre>(page, `/api/operators/${subjectId}/cadre`)).cadre!.id).toBe(before.cadre!.id);
});
