// Acting on complaints as the bureau does: the hotspot page draws Huangpi and its charts, the business
// with the most complaints is summoned with one click, the interview notice is issued and downloaded as
// a Word file, and the business reads it on a phone; the public finds the consumer service stations.
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays, chinaToday } from '@shian/shared/working-days';
import { insertComplaints } from '../apps/server/src/testing/test-complaints.ts';
import { signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;
let department: string;
let operator: { id: string; name: string };

beforeAll(async () => {
  e2e = await startE2E();
  department = await e2e.platform.login('department');
  const business = await e2e.platform.login('business');
  const operatorId = (await e2e.platform.request({ method: 'GET', url: '/api/auth/me', cookie: business })).json().operatorId;
  operator = { id: operatorId, name: (await e2e.platform.request({ method: 'GET', url: `/api/operators/${operatorId}`, cookie: department })).json().name };
  const today = chinaToday();
  // The business draws the most complaints of the last weeks: it leads the list.
  await insertComplaints(
    e2e.platform,
    Array.from({ length: 9 }, (_, i) => ({ receivedAt: addDays(today, -(i * 3 + 1)), operatorId, issueType: i % 3 === 0 ? ('foreign_matter' as const) : ('hygiene' as const) })),
  );
});
afterAll(() => e2e.close());

it('draws the hotspot map, summons the top business with one click and issues the notice as a .docx', async () => {
  const page = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await signIn(page, e2e.baseUrl, 'department');
  await page.goto(`${e2e.baseUrl}/complaint-hotspots`);

  const map = page.getByTestId('hotspot-chart-map').locator('canvas').first();
  await map.waitFor();
  // The outline is filled: a map that failed to register would leave the canvas blank.
  await expect
    .poll(() =>
      map.evaluate((canvas: HTMLCanvasElement) => {
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted += 1;
        return painted / (canvas.width * canvas.height);
      }),
    )
    .toBeGreaterThan(0.1);
  for (const chart of ['units', 'unit-trade', 'issue-types', 'weekly']) await page.getByTestId(`hotspot-chart-${chart}`).locator('canvas').first().waitFor();
  expect(errors.filter((e) => /map|huangpi/i.test(e))).toEqual([]);

  // The chart's figures download as a workbook.
  const [workbook] = await Promise.all([page.waitForEvent('download'), page.getByTestId('hotspot-export-units').click()]);
  expect(workbook.suggestedFilename()).toMatch(/\.xlsx$/);

  const row = page.getByTestId('hotspot-top-operators').locator('tr', { hasText: operator.name });
  await row.getByTestId('hotspot-interview').click();
  await page.getByTestId('interview-place').fill('区局三楼会议室');
  await page.getByTestId('interview-contact-name').fill('周科长');
  await page.getByTestId('interview-contact-phone').fill('027-61008315');
  await page.getByTestId('interview-create-submit').click();
  await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
  await expect.poll(() => page.getByTestId('interview-status').innerText()).toBe('草稿');
  await expect.poll(() => page.locator('body').innerText()).toContain('期间投诉举报 9 件');

  await page.getByTestId('interview-issue').click();
  await expect.poll(() => page.getByTestId('interview-status').innerText()).toBe('已发通知');
  const noticeNo = (await page.locator('body').innerText()).match(/黄陂市监约〔\d{4}〕\d+号/)![0];

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('interview-download').click()]);
  expect(download.suggestedFilename()).toBe(`行政约谈通知书-${operator.name}-${noticeNo}.docx`);
  const docx = readFileSync((await download.path())!);
  expect(docx.subarray(0, 2).toString()).toBe('PK');
  const { value: text } = await mammoth.extractRawText({ buffer: docx });
  expect(text).toContain(operator.name);
  expect(text).toContain(noticeNo);
  expect(text).toContain('投诉举报9件');
});

it('works on a phone: the hotspot page for staff, the interview notice for the business, the stations for the public', async () => {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  const staff = await e2e.browser.newPage(phone);
  await signIn(staff, e2e.baseUrl, 'department');
  await staff.goto(`${e2e.baseUrl}/complaint-hotspots`);
  await staff.getByTestId('hotspot-chart-map').locator('canvas').first().waitFor();
  expect(await staff.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);

  const business = await e2e.browser.newPage(phone);
  await signIn(business, e2e.baseUrl, 'business');
  await business.goto(`${e2e.baseUrl}/interviews`);
  await expect.poll(() => business.getByTestId('interview-item').count()).toBe(1);
  await expect.poll(() => business.getByTestId('interview-item').innerText()).toContain('已发通知');
  expect(await business.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);

  const created = await e2e.platform.request({
    method: 'POST',
    url: '/api/service-stations',
    cookie: department,
    payload: {
      name: '前川测试12315消费维权服务站',
      operatorId: operator.id,
      address: '前川街道百秀街 8 号',
      contactName: '刘店长',
      contactPhone: '13912345678',
      establishedOn: '2024-03-15',
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const citizen = await e2e.browser.newPage(phone);
  await citizen.goto(`${e2e.baseUrl}/p/service-stations`);
  const station = citizen.getByTestId('public-station').filter({ hasText: '前川测试12315消费维权服务站' });
  await expect.poll(() => station.innerText()).toContain('前川街道百秀街 8 号');
  expect(await citizen.locator('body').innerText()).not.toContain('13912345678');
});
