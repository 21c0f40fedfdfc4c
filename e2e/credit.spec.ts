// Credit repair as the business, the bureau and a citizen live it: a listed business reads and signs the
// listing decision and applies for an early exit on its phone, with a photo of the evidence; staff accept the
// application, tick the conditions and approve; the public lookup then shows the business as repaired.
import { afterAll, beforeAll, expect, it } from 'vitest';
import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { signIn, startE2E, type TE2E } from './support/browser.ts';
import { creditListEntry } from '../apps/server/src/modules/credit/credit.schema.ts';

let e2e: TE2E;
let operatorId: string;
let operatorName: string;
let entryId: string;

const isoDaysAgo = (days: number) => new Date(Date.now() + 8 * 3_600_000 - days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  e2e = await startE2E();
  const [department, leader, business] = await Promise.all(['department', 'leader', 'business'].map((u) => e2e.platform.login(u)));
  operatorId = (await e2e.platform.request({ method: 'GET', url: '/api/auth/me', cookie: business })).json().operatorId;
  operatorName = (await e2e.platform.request({ method: 'GET', url: `/api/operators/${operatorId}`, cookie: department })).json().name;
  const proposed = await e2e.platform.request({
    method: 'POST',
    url: '/api/credit/list-entries',
    cookie: department,
    payload: {
      operatorId,
      grounds: ['non_additive_substance'],
      heavierPenalties: ['aggravated_fine'],
      penaltyDecisionNo: '黄市监处罚〔2025〕17号',
      penaltyDecidedOn: isoDaysAgo(3),
      facts: '在自制卤菜中添加罂粟壳粉末，依照裁量基准从重处以罚款。',
      priorNoticeOn: isoDaysAgo(15),
    },
  });
  expect(proposed.statusCode, proposed.body).toBe(201);
  entryId = proposed.json().id;
  const approved = await e2e.platform.request({
    method: 'POST',
    url: `/api/credit/list-entries/${entryId}/approve`,
    cookie: leader,
    payload: { version: 1, superiorConsent: '武市监信函〔2025〕5号' },
  });
  expect(approved.statusCode, approved.body).toBe(200);
  const published = await e2e.platform.request({
    method: 'POST',
    url: `/api/credit/list-entries/${entryId}/publish`,
    cookie: department,
    payload: { version: approved.json().version },
  });
  expect(published.statusCode, published.body).toBe(200);
  // The listing was decided 400 days ago: past the first year, so an early exit may be applied for.
  const listedOn = isoDaysAgo(400);
  await e2e.platform.ctx.db
    .update(creditListEntry)
    .set({ listedOn, lastDay: `${Number(listedOn.slice(0, 4)) + 3}${listedOn.slice(4)}` })
    .where(eq(creditListEntry.id, entryId));
});
afterAll(() => e2e.close());

it('lets a listed business apply for repair on its phone, staff approve it, and the public lookup show the repair', async () => {
  const phone = await e2e.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await signIn(phone, e2e.baseUrl, 'business');
  await phone.goto(`${e2e.baseUrl}/operators/${operatorId}/credit`);
  await expect.poll(() => phone.getByTestId('credit-status').innerText()).toBe('列入严重违法失信名单');
  await phone.getByTestId('credit-entry-link').first().click();
  await expect.poll(() => phone.getByTestId('credit-notice').innerText()).toContain('列入严重违法失信名单决定书');
  expect(await phone.getByTestId('credit-notice').innerText()).toContain('行政复议');
  await phone.getByTestId('credit-acknowledge').click();
  await expect.poll(() => phone.getByTestId('credit-notice').innerText()).toContain('企业已于');

  const evidence = await sharp({ create: { width: 120, height: 160, channels: 3, background: '#eee' } })
    .jpeg()
    .toBuffer();
  await phone.getByTestId('repair-statement').fill('已缴清全部罚款，销毁涉案卤菜及原料，更换供货商并建立进货查验记录，全体员工完成食品安全培训。');
  await phone.getByTestId('repair-evidence').setInputFiles({ name: '缴款凭证.jpg', mimeType: 'image/jpeg', buffer: evidence });
  await expect.poll(() => phone.getByTestId('repair-apply').locator('img').count()).toBe(1);
  // Without the pledge the bureau's rule answers, in words.
  await phone.getByTestId('repair-submit').click();
  await expect.poll(() => phone.locator('.ant-message').innerText()).toContain('守信承诺书');
  await phone.getByTestId('repair-pledge').click();
  await phone.getByTestId('repair-submit').click();
  await expect.poll(() => phone.getByTestId('repair-card').innerText()).toContain('待受理');
  expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);

  const staff = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signIn(staff, e2e.baseUrl, 'department');
  await staff.goto(`${e2e.baseUrl}/credit?tab=repairs`);
  await staff.getByTestId('credit-repair-item').filter({ hasText: operatorName }).getByRole('link').click();
  await staff.getByTestId('repair-accept').click();
  await expect.poll(() => staff.getByTestId('repair-card').innerText()).toContain('已受理');
  // Approving with a condition unticked is refused, naming it.
  await staff.getByTestId('repair-reason').fill('经核实，当事人已履行处罚决定并消除不良影响，同意提前移出。');
  await staff.getByTestId('repair-approve').click();
  await expect.poll(() => staff.locator('.ant-message').innerText()).toContain('未满足');
  const conditions = staff.getByTestId('repair-checklist').locator('label.ant-checkbox-wrapper');
  for (let i = 0; i < (await conditions.count()); i++) {
    const input = conditions.nth(i).locator('input');
    if (!(await input.isChecked())) await conditions.nth(i).click();
    await expect.poll(() => input.isChecked()).toBe(true);
  }
  await staff.getByTestId('repair-approve').click();
  await expect.poll(() => staff.getByTestId('credit-exit').innerText()).toContain('信用修复，提前移出');

  const citizen = await e2e.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await citizen.goto(`${e2e.baseUrl}/p/credit`);
  await citizen.getByTestId('public-credit-search').fill(operatorName);
  await citizen.getByTestId('public-credit-search').press('Enter');
  const hit = citizen.getByTestId('public-credit-hit').filter({ hasText: operatorName });
  await expect.poll(() => hit.innerText()).toContain('已信用修复');
  await hit.getByRole('link').click();
  await expect.poll(() => citizen.getByTestId('public-credit-entries').innerText()).toContain('信用修复，提前移出');
  const page = await citizen.locator('body').innerText();
  expect(page).not.toContain('罂粟壳');
  expect(await citizen.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
  // Three browsers and a dozen round trips: more than the default on a busy two-core machine.
}, 240_000);

it('lets the leader restore a listing whose repair was obtained by deceit, and the public lookup show it listed again', async () => {
  const leader = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signIn(leader, e2e.baseUrl, 'leader');
  await leader.goto(`${e2e.baseUrl}/credit/list-entries/${entryId}`);
  await expect.poll(() => leader.getByTestId('credit-exit').innerText()).toContain('信用修复，提前移出');
  // Without grounds the rule answers in words; with them the listing is back, its period counted from today.
  await leader.getByTestId('credit-restore').click();
  await expect.poll(() => leader.locator('.ant-message').innerText()).toContain('理由');
  await leader.getByTestId('credit-restore-reason').fill('经查，企业提交的罚款缴纳凭证系伪造，以弄虚作假手段取得信用修复');
  await leader.getByTestId('credit-restore').click();
  await expect.poll(() => leader.getByTestId('credit-restored').innerText()).toContain('罚款缴纳凭证系伪造');
  expect(await leader.getByTestId('credit-revoke').count()).toBe(1);

  const citizen = await e2e.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await citizen.goto(`${e2e.baseUrl}/p/credit`);
  await citizen.getByTestId('public-credit-search').fill(operatorName);
  await citizen.getByTestId('public-credit-search').press('Enter');
  await expect.poll(() => citizen.getByTestId('public-credit-hit').filter({ hasText: operatorName }).innerText()).toContain('列入严重违法失信名单');
}, 120_000);
