// The side menu in groups: collapsed except the current page's, opened on demand, searched by a word.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(() => e2e.close());

const ALL_GROUPS = ['主体与许可', '日常监管', '主体责任', '培训考核', '抽检监测', '投诉举报', '执法办案', '信用监管', '知识与服务', '统计分析', '系统管理'];

const groupTitles = (page: Page) => page.locator('.ant-pro-sider .ant-menu-submenu-title').allInnerTexts();
const openGroups = (page: Page) => page.locator('.ant-pro-sider .ant-menu-submenu-open > .ant-menu-submenu-title').allInnerTexts();
const selectedEntries = (page: Page) => page.locator('.ant-pro-sider .ant-menu-item-selected').allInnerTexts();
const groupTitle = (page: Page, name: string) => page.locator('.ant-pro-sider .ant-menu-submenu-title').filter({ hasText: new RegExp(`^${name}$`) });

it('shows the administrator every group, only the current one open, and finds an entry by a Chinese word', async () => {
  const page = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signIn(page, e2e.baseUrl, 'admin');
  await page.goto(`${e2e.baseUrl}/calendar`);
  await expect.poll(() => groupTitles(page)).toEqual(ALL_GROUPS);
  await expect.poll(() => openGroups(page)).toEqual(['系统管理']);

  await groupTitle(page, '投诉举报').click();
  const hotspots = page.locator('.ant-pro-sider .ant-menu-item').filter({ hasText: '投诉热点' });
  await expect.poll(() => hotspots.isVisible()).toBe(true);

  // The search finds an entry by a word of its name; Enter opens it, and its group opens as the others close.
  await page.getByTestId('menu-search').fill('法规');
  await expect.poll(() => page.getByTestId('menu-search-option').allInnerTexts()).toEqual(['法律法规库 · 知识与服务']);
  await page.getByTestId('menu-search').press('Enter');
  await page.waitForURL((url) => url.pathname === '/laws');
  await expect.poll(() => openGroups(page)).toEqual(['知识与服务']);
  await expect.poll(() => page.getByTestId('menu-search').inputValue()).toBe('');

  // A click on a result opens it too.
  await page.getByTestId('menu-search').fill('热点');
  await page.getByTestId('menu-search-option').first().click();
  await page.waitForURL((url) => url.pathname === '/complaint-hotspots');
  await expect.poll(() => openGroups(page)).toEqual(['投诉举报']);
});

it('selects only the deepest entry a page is under', async () => {
  const page = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signIn(page, e2e.baseUrl, 'inspector');
  await page.goto(`${e2e.baseUrl}/inspections/offline`);
  await expect.poll(() => selectedEntries(page)).toEqual(['离线检查']);
  await page.goto(`${e2e.baseUrl}/inspections`);
  await expect.poll(() => selectedEntries(page)).toEqual(['监督检查']);
});

it('shows a business only the groups of its own work', async () => {
  const page = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signIn(page, e2e.baseUrl, 'business');
  await expect.poll(() => groupTitles(page)).toEqual(['主体与许可', '日常监管', '主体责任', '培训考核', '抽检监测', '执法办案', '信用监管', '知识与服务', '系统管理']);
  await groupTitle(page, '执法办案').click();
  await expect.poll(() => page.locator('.ant-pro-sider .ant-menu-item').filter({ hasText: '行政处罚告知' }).isVisible()).toBe(true);
});

it('searches the menu in the phone drawer', async () => {
  const page = await e2e.browser.newPage({ viewport: { width: 390, height: 844 } });
  await signIn(page, e2e.baseUrl, 'inspector');
  await page.locator('.ant-pro-global-header-collapsed-button').click();
  await page.getByTestId('menu-search').fill('日历');
  await page.getByTestId('menu-search').press('Enter');
  await page.waitForURL((url) => url.pathname === '/calendar');
  await expect.poll(() => page.locator('.ant-drawer-open').count()).toBe(0);
});
