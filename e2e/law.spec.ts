// The law library as its users meet it: the department uploads a statute and follows the import; a
// citizen on a phone asks "卖过期食品怎么处罚" on the public page without signing in and opens the
// article; an inspector goes from a checklist item's legal basis to its article and sees the
// checklist citing it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(() => e2e.close());

const STATUTE = `# 黄陂区示例食品摊贩管理办法

2024年3月1日 公布

<!-- INFO END -->

## 第一章 总则

第一条 为了规范食品摊贩经营活动，制定本办法。

第二条 食品摊贩应当在划定的区域和时段内经营，并公示登记卡。
`;

it('imports an uploaded statute and finds it', async () => {
  const page = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signIn(page, e2e.baseUrl, 'department');
  await page.goto(`${e2e.baseUrl}/laws/import`);
  await page.getByTestId('law-files').setInputFiles({ name: '示例食品摊贩管理办法(2024-03-01).md', mimeType: 'text/markdown', buffer: Buffer.from(STATUTE) });
  await page.getByTestId('law-import-start').click();
  await expect.poll(() => page.locator('body').innerText(), { timeout: 30_000 }).toContain('导入完成：新增 1 部');
  await page.goto(`${e2e.baseUrl}/laws?q=${encodeURIComponent('公示登记卡')}`);
  await expect.poll(() => page.getByTestId('law-hit').first().innerText()).toContain('黄陂区示例食品摊贩管理办法 第二条');
  await page.close();
});

it("answers a citizen's question on a phone without signing in, and opens the article", async () => {
  const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${e2e.baseUrl}/p/laws`);
  await page.getByTestId('law-search').fill('卖过期食品怎么处罚');
  await page.getByTestId('law-search').press('Enter');
  await expect.poll(() => page.getByTestId('law-hit').count()).toBeGreaterThan(0);
  const top3 = (await page.getByTestId('law-hit').allInnerTexts()).slice(0, 3);
  const index = top3.findIndex((text) => text.includes('中华人民共和国食品安全法 第一百二十四条'));
  expect(index).toBeGreaterThanOrEqual(0);
  expect(await page.getByTestId('law-hit').nth(index).locator('mark').count()).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);

  await page.getByTestId('law-hit').nth(index).getByRole('link').click();
  await page.waitForURL(/\/p\/laws\/[0-9a-f-]+#article-/);
  const anchor = new URL(page.url()).hash.slice(1);
  const article = page.locator(`[id="${anchor}"]`);
  await expect.poll(() => article.innerText()).toContain('第一百二十四条');
  expect(await article.innerText()).toContain('（五）生产经营标注虚假生产日期、保质期或者超过保质期的食品、食品添加剂；');
  expect(await page.getByTestId('law-title').innerText()).toContain('中华人民共和国食品安全法');
  expect(new URL(page.url()).pathname).not.toContain('login');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
  await context.close();
});

it('links a checklist item to its article, and the article back to the checklist', async () => {
  const page = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signIn(page, e2e.baseUrl, 'department');
  const cookie = await e2e.platform.login('department');
  const lists = (await e2e.platform.request({ method: 'GET', url: '/api/checklists', cookie })).json() as { id: string; scope: string; status: string }[];
  const catering = lists.find((l) => l.scope === 'catering' && l.status === 'published')!;
  await page.goto(`${e2e.baseUrl}/checklists/${catering.id}`);
  const basis = page.getByTestId('checklist-basis').filter({ hasText: '第四十五条' }).first();
  await basis.click();
  await page.waitForURL(/\/laws\/[0-9a-f-]+#article-/);
  const article = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  await expect.poll(() => article.innerText()).toContain('第四十五条');
  expect(await article.getByTestId('law-cited-by').innerText()).toContain('餐饮');
  await article
    .getByTestId('law-cited-by')
    .getByRole('link', { name: /餐饮服务监督检查要点表/ })
    .first()
    .click();
  await page.waitForURL(new RegExp(`/checklists/${catering.id}$`));
  await page.close();
});
