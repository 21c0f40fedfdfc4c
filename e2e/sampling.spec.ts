// The sampling path in the browser: an inspector fills a sample on a phone, the lab's result file
// (one failing item) is imported through the mapping and dry-run steps, and the sample shows
// nonconforming.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pick, signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;
let operatorName: string;
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1366, height: 900 } };

beforeAll(async () => {
  e2e = await startE2E();
  const department = await e2e.platform.login('department');
  const business = await e2e.platform.login('business');
  const operatorId = (await e2e.platform.request({ method: 'GET', url: '/api/auth/me', cookie: business })).json().operatorId;
  operatorName = (await e2e.platform.request({ method: 'GET', url: `/api/operators/${operatorId}`, cookie: department })).json().name;
  const plan = (
    await e2e.platform.request({ method: 'POST', url: '/api/sampling-plans', cookie: department, payload: { name: '春季专项抽检', year: 2026, kind: 'special' } })
  ).json();
  await e2e.platform.request({ method: 'PATCH', url: `/api/sampling-plans/${plan.id}`, cookie: department, payload: { version: plan.version, status: 'active' } });
  await e2e.platform.request({ method: 'POST', url: '/api/testing-institutions', cookie: department, payload: { name: '武汉市食品检验所', qualificationNo: 'CMA 2018170001' } });
});
afterAll(() => e2e.close());

it('creates a sample on a phone, imports a lab file with one failing item and shows it nonconforming', async () => {
  const inspector = await e2e.browser.newPage(phone);
  await signIn(inspector, e2e.baseUrl, 'inspector');
  await inspector.goto(`${e2e.baseUrl}/samples/new`);
  await pick(inspector, 'sample-plan', '春季专项抽检');
  await pick(inspector, 'sample-operator', operatorName, operatorName.slice(0, 4));
  await inspector.getByTestId('sample-productName').fill('黄陂豆丝');
  await inspector.getByTestId('sample-batchNo').fill('20260301');
  await inspector.getByTestId('sample-manufacturerName').fill('孝感某食品厂');
  await inspector.getByTestId('sample-quantity').fill('4袋');
  await inspector.getByTestId('sample-foodCategory').fill('粮食加工品');
  await inspector.getByTestId('sample-samplerName').fill('王抽样');
  await inspector.getByTestId('sample-submit').click();
  await inspector.waitForURL(/\/samples\/[0-9a-f-]{36}$/);
  const sampleUrl = inspector.url();
  const sampleNo = (await inspector.getByTestId('sample-no').innerText()).trim();
  expect(sampleNo).toMatch(/^CJ\d{12}$/);
  expect(await inspector.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);

  await inspector.goto(`${sampleUrl}/label`);
  await expect.poll(() => inspector.getByTestId('sample-label').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);

  const desk = await e2e.browser.newPage(desktop);
  await signIn(desk, e2e.baseUrl, 'inspector');
  await desk.goto(`${e2e.baseUrl}/samples/import`);
  const csv = [
    '样品编号,报告编号,签发日期,检验项目,检测值,单位,限量,判定依据,单项判定',
    `${sampleNo},WH-2026-0301,2026-03-12,铅（以 Pb 计）,0.1,mg/kg,≤0.2 mg/kg,GB 2762-2022,合格`,
    `${sampleNo},WH-2026-0301,2026-03-12,二氧化硫残留量,0.35,g/kg,≤0.2 g/kg,GB 2760-2014,不合格`,
  ].join('\n');
  await desk.getByTestId('lab-file').setInputFiles({ name: 'lab.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await desk.getByTestId('lab-dry-run').click();
  await expect.poll(() => desk.getByTestId('lab-dry-run-summary').innerText()).toContain('1 个样品无误');
  await desk.getByTestId('lab-commit-all').click();
  await expect.poll(() => desk.getByTestId('lab-result').innerText()).toContain('已写入 1 份报告');

  await inspector.goto(sampleUrl);
  await expect.poll(() => inspector.getByTestId('sample-verdict').innerText()).toBe('不合格');
  await expect.poll(() => inspector.locator('td', { hasText: '二氧化硫残留量' }).count()).toBe(1);
  // Each cited standard shows its status today: the lab cited the superseded GB 2760-2014.
  await expect.poll(() => inspector.locator('tr', { hasText: '二氧化硫残留量' }).getByTestId('cited-standard-status').innerText()).toBe('已被代替');
  await expect.poll(() => inspector.locator('tr', { hasText: '铅（以 Pb 计）' }).getByTestId('cited-standard-status').innerText()).toBe('现行有效');
});
