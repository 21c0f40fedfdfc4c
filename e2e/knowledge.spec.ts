// The knowledge library as citizens and businesses use it: a citizen on a phone searches the published
// rebuttals and opens one; a business downloads a template from its toolbox; anyone looks a standard up.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(() => e2e.close());

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

it('lets a citizen search the rumours on a phone and open the rebuttal with its standards', async () => {
  const citizen = await e2e.browser.newPage(phone);
  await citizen.goto(`${e2e.baseUrl}/p/rumours`);
  await citizen.getByTestId('rumour-search').fill('小龙虾 尸体');
  await citizen.getByTestId('rumour-search').press('Enter');
  const hit = citizen.getByTestId('rumour-hit').first();
  await expect.poll(() => hit.innerText()).toContain('小龙虾是用来处理尸体的');
  expect(await hit.locator('mark').first().innerText()).toMatch(/小龙虾|尸体/);
  expect(new URL(citizen.url()).searchParams.get('q')).toBe('小龙虾 尸体');

  await hit.getByRole('link').first().click();
  await expect.poll(() => citizen.getByTestId('rumour-rebuttal').innerText()).toContain('克氏原螯虾');
  const body = await citizen.locator('body').innerText();
  expect(body).toContain('GB 2762-2022');
  expect(body).toContain('现行有效');
  expect(await citizen.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);

  // A question in plain words finds its rumour too, and nonsense finds nothing without an error.
  await citizen.goto(`${e2e.baseUrl}/p/rumours?q=${encodeURIComponent('味精致癌吗')}`);
  await expect.poll(() => citizen.getByTestId('rumour-hit').first().innerText()).toContain('味精加热后会致癌');
  await citizen.goto(`${e2e.baseUrl}/p/rumours?q=${encodeURIComponent("'; drop table rumour; --")}`);
  await expect.poll(() => citizen.locator('body').innerText()).toContain('没有找到相关辟谣');
});

it('lets a business download a template from the toolbox in its account', async () => {
  const business = await e2e.browser.newPage({ ...phone, acceptDownloads: true });
  await signIn(business, e2e.baseUrl, 'business');
  await business.goto(`${e2e.baseUrl}/toolbox`);
  const item = business.getByTestId('guidance-item').filter({ hasText: '食品进货查验记录表' });
  await expect.poll(() => item.count()).toBe(1);
  const [download] = await Promise.all([business.waitForEvent('download'), item.getByTestId('guidance-download').click()]);
  expect(download.suggestedFilename()).toBe('食品进货查验记录表.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  expect(workbook.worksheets[0].getCell('A1').value).toBe('食品进货查验记录表');
  // Businesses see the templates written for them, never the staff's guides or drafts.
  const text = await business.locator('body').innerText();
  expect(text).toContain('从业人员健康管理制度（范本）');
  expect(text).not.toContain('展销会现场检查要点');
  expect(text).not.toContain('食品安全追溯制度');
});

it('shows anyone the public toolbox and the standards with their status', async () => {
  const visitor = await e2e.browser.newPage(phone);
  await visitor.goto(`${e2e.baseUrl}/p/toolbox`);
  await expect.poll(() => visitor.locator('body').innerText()).toContain('食品安全自查表');
  expect(await visitor.locator('body').innerText()).not.toContain('从业人员健康管理制度');
  await visitor.goto(`${e2e.baseUrl}/p/food-standards`);
  await visitor.getByPlaceholder('输入标准编号或名称').fill('gb7718');
  await visitor.getByPlaceholder('输入标准编号或名称').press('Enter');
  await expect.poll(() => visitor.locator('body').innerText()).toContain('GB 7718-2025');
  const body = await visitor.locator('body').innerText();
  expect(body).toContain('即将实施');
  expect(body).toContain('被 GB 7718-2025 代替');
});
