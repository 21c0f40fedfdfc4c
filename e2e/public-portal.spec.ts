// The public portal as a citizen meets it: `/` without an account, every public service one tap away, one search
// over what the bureau publishes, a phone's width, and no serious or critical accessibility problem (axe-core).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rowsOf } from '../apps/server/src/core/db/database.ts';
import { createActivePlan, createInstitution, createReportedSample, FAILING_ITEM, PASSING_ITEM } from '../apps/server/src/testing/samples.ts';
import { signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;
let axeSource: string;
let demoOperator: { id: string; name: string };

beforeAll(async () => {
  e2e = await startE2E();
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const result = await e2e.platform.ctx.db.execute(sql`select id, name from operator where status <> 'deactivated' order by name limit 1`);
  demoOperator = rowsOf<{ id: string; name: string }>(result)[0];
  // The small demo has no sampling history: one passed and one failed result published at the demo operator.
  const department = await e2e.platform.login('department');
  const [planId, institutionId] = [await createActivePlan(e2e.platform, department, 'all'), await createInstitution(e2e.platform, department)];
  const at = { planId, institutionId, operatorId: demoOperator.id };
  await createReportedSample(e2e.platform, department, { ...at, productName: '黄陂豆丝', sampledOn: '2026-03-02' }, [PASSING_ITEM]);
  await createReportedSample(e2e.platform, department, { ...at, productName: '黄陂面筋', sampledOn: '2026-03-05' }, [FAILING_ITEM]);
});
afterAll(() => e2e.close());

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

type TViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/**
 * The serious and critical violations axe-core finds on the page as it is now. Its source runs through the
 * DevTools protocol (page.evaluate), which the page's Content-Security-Policy does not govern, so the product's
 * policy stays as strict as it is (an injected <script> would break script-src 'self').
 */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: TViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id} (${v.help}): ${v.nodes.length} elements, e.g. ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Each service card, the page it opens and a text that page shows once it has rendered its data or form. */
const SERVICES: [string, RegExp, string][] = [
  ['complaint', /\/p\/complaints\/new$/, '投诉举报'],
  ['complaintStatus', /\/p\/complaints\/new#status-lookup$/, '查询'],
  ['nominations', /\/p\/test-nominations$/, '你点我检'],
  ['notices', /\/p\/consumer-notices$/, '消费'],
  ['sampling', /\/p\/sampling-results$/, '被抽样单位'],
  ['penalties', /\/p\/penalty-decisions$/, '行政处罚'],
  ['credit', /\/p\/credit$/, '信用'],
  ['laws', /\/p\/laws$/, '法'],
  ['standards', /\/p\/food-standards$/, 'GB'],
  ['rumours', /\/p\/rumours$/, '辟谣'],
  ['stations', /\/p\/service-stations$/, '服务站'],
  ['toolbox', /\/p\/toolbox$/, '工具箱'],
];

it('shows a visitor the portal at /, and reaches every public service from it by tapping', async () => {
  const page = await e2e.browser.newPage(phone);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${e2e.baseUrl}/`);
  await expect.poll(() => page.locator('header').innerText()).toContain('黄陂区市场监督管理局');
  expect(await page.locator('h1').innerText()).toBe('食品安全公众服务');
  expect(new URL(page.url()).pathname).toBe('/');
  expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
  // One column on a phone: every card as wide as the first, and tall enough to tap.
  const boxes = await Promise.all(SERVICES.map(([key]) => page.getByTestId(`portal-service-${key}`).boundingBox()));
  for (const box of boxes) {
    expect(box!.width).toBeGreaterThan(340);
    expect(box!.height).toBeGreaterThanOrEqual(48);
  }

  for (const [key, url, text] of SERVICES) {
    await page.goto(`${e2e.baseUrl}/`);
    await page.getByTestId(`portal-service-${key}`).click();
    await page.waitForURL(url);
    await expect.poll(() => page.locator('body').innerText(), { message: key }).toContain(text);
    const body = await page.locator('body').innerText();
    expect(body, key).not.toMatch(/页面不存在|加载失败|出错/);
    expect(await noHorizontalScroll(page), key).toBeLessThanOrEqual(0);
    // Every public page leads back to the portal.
    await page.getByTestId('public-home-link').click();
    await page.waitForURL(/\/p$/);
    await expect.poll(() => page.locator('h1').innerText()).toBe('食品安全公众服务');
  }
  // The status lookup card is where the status link lands.
  await page.goto(`${e2e.baseUrl}/`);
  await page.getByTestId('portal-service-complaintStatus').click();
  await expect.poll(() => page.locator('#status-lookup').isVisible()).toBe(true);
  expect(await page.evaluate(() => document.getElementById('status-lookup')!.getBoundingClientRect().top)).toBeLessThan(844);
  expect(errors).toEqual([]);
});

it('finds a demo operator and a law from the portal, in tabs with counts, and opens them', async () => {
  const page = await e2e.browser.newPage(phone);
  await page.goto(`${e2e.baseUrl}/`);
  const box = page.getByTestId('portal-search');
  await box.fill(demoOperator.name);
  await box.press('Enter');
  const firstHit = page.getByTestId('portal-hit').first();
  await expect.poll(() => firstHit.innerText()).toContain(demoOperator.name);
  expect(await page.getByTestId('portal-tab-operator').innerText()).toMatch(/^企业 [1-9]\d*$/);
  expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
  await page.getByTestId('portal-hit').filter({ hasText: demoOperator.name }).first().getByRole('link').click();
  await page.waitForURL(`**/p/operators/${demoOperator.id}`);
  await expect.poll(() => page.getByTestId('public-operator-name').innerText()).toBe(demoOperator.name);

  await page.goto(`${e2e.baseUrl}/p`);
  await page.getByTestId('portal-search').fill('卖过期食品怎么处罚');
  await page.getByTestId('portal-search').press('Enter');
  await expect.poll(() => page.getByTestId('portal-tab-law').innerText()).toMatch(/^法律法规 [1-9]\d*$/);
  await page.getByTestId('portal-tab-law').click();
  const law = page.getByTestId('portal-hit').first();
  await expect.poll(() => law.innerText()).toContain('《中华人民共和国食品安全法');
  expect(new URL(page.url()).searchParams.get('kind')).toBe('law');
  await law.getByRole('link').click();
  await page.waitForURL(/\/p\/laws\//);
  await expect.poll(() => page.locator('body').innerText()).toContain('中华人民共和国食品安全法');
});

it('lists published sampling results on a phone: failed items with value and limit, verdict filter, search, the operator page', async () => {
  const page = await e2e.browser.newPage(phone);
  await page.goto(`${e2e.baseUrl}/p/sampling-results`);
  const cards = page.getByTestId('public-sampling-result');
  await expect.poll(() => cards.count()).toBe(2);
  expect(await cards.first().innerText()).toContain('黄陂面筋');
  expect(await page.getByTestId('public-sampling-failing-item').innerText()).toMatch(/镉（以 Cd 计）\s*检验结果 0\.35 mg\/kg · 标准值 ≤0\.1 mg\/kg · 判定依据 GB 2762-2022/);
  expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);

  await page.getByTestId('public-sampling-verdict').getByText('合格', { exact: true }).click();
  await page.waitForURL(/verdict=conforming/);
  await expect.poll(() => cards.allInnerTexts()).toEqual([expect.stringContaining('黄陂豆丝')]);
  await page.getByTestId('public-sampling-verdict').getByText('全部', { exact: true }).click();
  await page.getByTestId('public-sampling-search').fill('面筋');
  await page.getByTestId('public-sampling-search').press('Enter');
  await page.waitForURL(/q=/);
  await expect.poll(() => cards.allInnerTexts()).toEqual([expect.stringContaining('黄陂面筋')]);
  expect(await page.getByTestId('public-sampling-total').innerText()).toBe('共 1 条');

  await cards.first().getByRole('link', { name: demoOperator.name }).click();
  await page.waitForURL(`**/p/operators/${demoOperator.id}`);
  await expect.poll(() => page.getByTestId('public-operator-name').innerText()).toBe(demoOperator.name);
});

it('keeps a signed-in user going to their home from /, and leads from the sign-in page to the portal', async () => {
  const visitor = await e2e.browser.newPage();
  await visitor.goto(`${e2e.baseUrl}/login`);
  await visitor.getByTestId('login-public-portal').click();
  await visitor.waitForURL(/\/p$/);
  await visitor.getByTestId('portal-login').click();
  await visitor.waitForURL(/\/login$/);

  const staff = await (await e2e.browser.newContext()).newPage();
  await signIn(staff, e2e.baseUrl, 'department');
  await staff.goto(`${e2e.baseUrl}/`);
  await staff.waitForURL((url) => url.pathname !== '/');
  expect(await staff.locator('h1', { hasText: '食品安全公众服务' }).count()).toBe(0);
});

it('has no serious or critical accessibility violation on the portal and the public pages, on a phone and a desktop', async () => {
  const pages = [
    '/',
    '/p',
    `/p?q=${encodeURIComponent('食品')}`,
    '/p/complaints/new',
    '/p/credit',
    '/p/laws',
    '/p/rumours',
    '/p/service-stations',
    '/p/penalty-decisions',
    '/p/sampling-results',
    '/p/food-standards',
    '/p/toolbox',
    '/p/test-nominations',
    '/p/consumer-notices',
  ];
  const found: string[] = [];
  for (const viewport of [phone, { viewport: { width: 1280, height: 900 } }]) {
    const page = await e2e.browser.newPage(viewport);
    for (const path of pages) {
      await page.goto(`${e2e.baseUrl}${path}`);
      await page.waitForLoadState('networkidle');
      // Lists have loaded (no spinner left).
      await expect.poll(() => page.locator('.ant-spin-spinning').count(), { message: path }).toBe(0);
      if (path.includes('?q=')) await expect.poll(() => page.getByTestId('portal-hit').count()).toBeGreaterThan(0);
      found.push(...(await seriousViolations(page)).map((v) => `${viewport.viewport.width}px ${path}: ${v}`));
    }
  }
  expect(found).toEqual([]);
});
