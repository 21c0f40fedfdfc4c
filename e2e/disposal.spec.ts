// A failed sample's disposal as the bureau and the business live it: the clocks show, staff record
// delivery, the business acknowledges in its own account on a phone, staff close it once every step is
// done; and a citizen's "you pick, we test" proposal is voted for, turned into a plan and answered.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;
let department: string;
let disposalId: string;
let operatorId: string;

async function openFailedSample(productName: string): Promise<string> {
  const request = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown) =>
    e2e.platform.request({ method, url, cookie: department, payload: payload as Record<string, unknown> });
  const plan = (await request('POST', '/api/sampling-plans', { name: '夏季专项抽检', year: 2026, kind: 'hotspot' })).json();
  await request('PATCH', `/api/sampling-plans/${plan.id}`, { version: plan.version, status: 'active' });
  const sample = (
    await request('POST', '/api/samples', {
      planId: plan.id,
      operatorId,
      productName,
      batchNo: '20260701',
      manufacturerName: '自制',
      quantity: '1 kg',
      foodCategory: '餐饮食品',
      sampledOn: '2026-07-01',
      samplerName: '抽样员',
    })
  ).json();
  const reported = await request('PUT', `/api/samples/${sample.id}/report`, {
    version: sample.version,
    reportNo: 'WH-0701',
    issuedOn: '2026-07-08',
    items: [{ name: '大肠菌群', value: '230', unit: 'CFU/g', limitText: '≤100 CFU/g', limitMax: 100, standard: 'GB 2726-2016', verdict: 'nonconforming' }],
  });
  expect(reported.json().verdict).toBe('nonconforming');
  const disposals = (await request('GET', `/api/disposals?sampleId=${sample.id}`)).json();
  return disposals.items[0].id;
}

beforeAll(async () => {
  e2e = await startE2E();
  department = await e2e.platform.login('department');
  const business = await e2e.platform.login('business');
  operatorId = (await e2e.platform.request({ method: 'GET', url: '/api/auth/me', cookie: business })).json().operatorId;
  disposalId = await openFailedSample('凉面');
});
afterAll(() => e2e.close());

it('shows the clocks, records delivery, lets the business acknowledge on a phone, and closes when every step is done', async () => {
  const staff = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signIn(staff, e2e.baseUrl, 'department');
  await staff.goto(`${e2e.baseUrl}/disposals/${disposalId}`);
  await expect.poll(() => staff.locator('body').innerText()).toContain('核查处置时限');
  await staff.getByRole('button', { name: '登记已送达' }).click();
  await expect.poll(() => staff.getByRole('button', { name: '登记已送达' }).count()).toBe(0);

  const business = await e2e.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await signIn(business, e2e.baseUrl, 'business');
  await business.goto(`${e2e.baseUrl}/disposals/${disposalId}`);
  await business.getByTestId('disposal-acknowledge').click();
  await expect.poll(() => business.locator('body').innerText()).toContain('签收');
  expect(await business.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);

  // Closing with open steps is refused with the reason; once they are done it closes.
  await staff.reload();
  await staff.getByTestId('disposal-close').click();
  await expect.poll(() => staff.locator('.ant-message').innerText()).toContain('仍有未完成的步骤');
  const detail = (await e2e.platform.request({ method: 'GET', url: `/api/disposals/${disposalId}`, cookie: department })).json();
  for (const step of detail.steps.filter((s: { status: string }) => s.status === 'open')) {
    const done = await e2e.platform.request({
      method: 'PATCH',
      url: `/api/disposals/${disposalId}/steps/${step.id}`,
      cookie: department,
      payload: { version: step.version, status: 'done', detail: '已下架并分析原因' },
    });
    expect(done.statusCode, done.body).toBe(200);
  }
  await staff.reload();
  await staff.getByTestId('disposal-close').click();
  await expect.poll(() => staff.locator('body').innerText()).toContain('已办结');

  // The failed sample raised the operator's risk score, with the reason written out.
  const risk = (await e2e.platform.request({ method: 'GET', url: `/api/operators/${operatorId}/risk`, cookie: department })).json();
  expect(JSON.stringify(risk)).toContain('抽检不合格');
});

it("turns a citizen's proposal into a test whose result is published back", async () => {
  const citizen = await e2e.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await citizen.goto(`${e2e.baseUrl}/p/test-nominations`);
  await citizen.getByTestId('nomination-food').fill('小龙虾');
  await citizen.getByTestId('nomination-place').fill('武湖夜市');
  await citizen.getByTestId('nomination-submit').click();
  const item = citizen.getByTestId('nomination-item').filter({ hasText: '小龙虾' });
  await item.getByRole('button', { name: '投一票' }).click();
  await expect.poll(() => item.innerText()).toContain('已投票');

  const list = (await e2e.platform.request({ method: 'GET', url: '/api/test-nominations', cookie: department })).json();
  const nomination = list.items.find((n: { food: string }) => n.food === '小龙虾');
  expect(nomination.votes).toBe(1);
  const selected = await e2e.platform.request({
    method: 'POST',
    url: `/api/test-nominations/${nomination.id}/select`,
    cookie: department,
    payload: { version: nomination.version, planName: '你点我检：小龙虾专项' },
  });
  expect(selected.statusCode, selected.body).toBe(200);
  const answered = await e2e.platform.request({
    method: 'POST',
    url: `/api/test-nominations/${nomination.id}/result`,
    cookie: department,
    payload: { version: selected.json().version, resultSummary: '抽检 12 批次，全部合格' },
  });
  expect(answered.statusCode, answered.body).toBe(200);

  await citizen.reload();
  await expect.poll(() => citizen.getByTestId('nomination-item').filter({ hasText: '小龙虾' }).innerText()).toContain('全部合格');
});

it('lets the bureau set its disposal deadlines and shows open and overdue disposals on the sampling dashboard', async () => {
  const page = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signIn(page, e2e.baseUrl, 'department');
  await page.goto(`${e2e.baseUrl}/disposals/clock-settings`);
  await expect.poll(() => page.getByTestId('clock-settings-state').innerText()).toContain('国家规定的默认时限');
  await page.getByTestId('clock-deliverWorkingDays').fill('3');
  await page.getByTestId('clock-settings-save').click();
  await expect.poll(() => page.getByTestId('clock-settings-state').innerText()).toContain('修改');
  const saved = (await e2e.platform.request({ method: 'GET', url: '/api/disposal-clock-settings', cookie: department })).json();
  expect(saved).toMatchObject({ deliverWorkingDays: 3, isDefault: false });

  // The first test closed its disposal: fail another sample so that one is open.
  await openFailedSample('凉皮');
  await page.goto(`${e2e.baseUrl}/dashboards/sampling`);
  await expect.poll(() => page.locator('body').innerText()).toContain('各所办理中与逾期');
  await expect.poll(() => page.getByTestId('sampling-chart-disposals').locator('canvas').count()).toBe(1);
  // The year's totals: at least the two failed samples of this spec.
  await expect.poll(async () => Number((await page.getByTestId('sampling-totals').innerText()).match(/不合格数\s*(\d+)/)?.[1])).toBeGreaterThanOrEqual(2);
});
