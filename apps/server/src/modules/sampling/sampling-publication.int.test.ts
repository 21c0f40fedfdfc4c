// The public sampling results (GET /api/public/sampling-results): only what each plan's policy publishes, found by
// name, verdict and date, paged, with the failed items' value, limit and standard, and no personal data.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TPage } from '@shian/shared/http';
import type { TPublicSamplingResult } from '@shian/shared/sampling';
import { signedInPlatform } from '../../testing/signed-in.ts';
import { refusedFields } from '../../testing/refused-fields.ts';
import { createOperatorIn } from '../../testing/inspections.ts';
import { createActivePlan, createInstitution, createReportedSample, createSample, FAILING_ITEM, PASSING_ITEM } from '../../testing/samples.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';

let platform: TTestPlatform;
let department: string;
let operatorId: string;
let closedOperatorId: string;

// A word no demo record holds, so each query sees this file's samples only.
const MARK = '甲乙丙';

beforeAll(async () => {
  ({
    platform,
    cookies: { department },
  } = await signedInPlatform(['department']));
  operatorId = (await createOperatorIn(platform, department, undefined, { name: `${MARK}粮油店` })).id;
  closedOperatorId = (await createOperatorIn(platform, department, undefined, { name: `${MARK}已注销超市` })).id;
  const institutionId = await createInstitution(platform, department);
  const plan = async (policy: 'all' | 'failed_only' | 'none') => createActivePlan(platform, department, policy, `公开测试 ${policy}`);
  const [all, failedOnly, none] = [await plan('all'), await plan('failed_only'), await plan('none')];
  const reported = (planId: string, { product, ...fields }: { product: string; sampledOn: string } & Record<string, string>, items: object[]) =>
    createReportedSample(platform, department, { planId, operatorId, institutionId, productName: `${MARK}${product}`, ...fields }, items);
  await reported(all, { product: '挂面', brand: '木兰', sampledOn: '2026-03-02' }, [PASSING_ITEM]);
  await reported(all, { product: '大米', sampledOn: '2026-03-20' }, [PASSING_ITEM, FAILING_ITEM]);
  await reported(all, { product: '腐竹', sampledOn: '2026-04-05', operatorId: closedOperatorId }, [FAILING_ITEM]);
  await reported(failedOnly, { product: '面筋', sampledOn: '2026-04-10' }, [PASSING_ITEM]);
  await reported(failedOnly, { product: '豆丝', sampledOn: '2026-04-12' }, [FAILING_ITEM]);
  await reported(none, { product: '香肠', sampledOn: '2026-04-15' }, [FAILING_ITEM]);
  await createSample(platform, department, { planId: all, operatorId, institutionId, productName: `${MARK}米粉`, sampledOn: '2026-04-20' });
  const closed = (await platform.request({ method: 'GET', url: `/api/operators/${closedOperatorId}`, cookie: department })).json();
  const deactivated = await platform.request({
    method: 'PATCH',
    url: `/api/operators/${closedOperatorId}`,
    cookie: department,
    payload: { version: closed.version, status: 'deactivated' },
  });
  expect(deactivated.statusCode, deactivated.body).toBe(200);
});
afterAll(() => platform.close());

async function patchPlan(id: string, payload: object) {
  const response = await platform.request({ method: 'PATCH', url: `/api/sampling-plans/${id}`, cookie: department, payload });
  expect(response.statusCode, response.body).toBe(200);
}

async function results(query: Record<string, string | number> = {}): Promise<TPage<TPublicSamplingResult>> {
  const search = new URLSearchParams(Object.entries({ q: MARK, ...query }).map(([k, v]) => [k, String(v)]));
  const response = await platform.request({ method: 'GET', url: `/api/public/sampling-results?${search}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
const names = (page: TPage<TPublicSamplingResult>) => page.items.map((r) => r.productName.replace(MARK, ''));

it('lists only what each plan publishes, newest first, to anyone', async () => {
  const page = await results();
  // all → every reported sample; failed_only → the failed one; none → nothing; not yet reported → nothing.
  expect(names(page)).toEqual(['豆丝', '腐竹', '大米', '挂面']);
  expect(page).toMatchObject({ total: 4, page: 1, pageSize: 20 });
});

it('shows the failed items with value, limit and standard, and links only operators that have a public page', async () => {
  const { items } = await results();
  const rice = items.find((r) => r.productName === `${MARK}大米`)!;
  expect(rice).toMatchObject({ verdict: 'nonconforming', operatorName: `${MARK}粮油店`, operatorId, sampledOn: '2026-03-20', manufacturerName: '孝感某食品厂' });
  expect(rice.failingItems).toEqual([{ name: '镉（以 Cd 计）', value: '0.35', unit: 'mg/kg', limitText: '≤0.1 mg/kg', standard: 'GB 2762-2022' }]);
  expect(items.find((r) => r.productName === `${MARK}挂面`)).toMatchObject({ verdict: 'conforming', failingItems: [] });
  expect(items.find((r) => r.productName === `${MARK}腐竹`)).toMatchObject({ operatorName: `${MARK}已注销超市`, operatorId: null });
  // No personal data: the sampler, the operator's people and phones, report numbers.
  const body = JSON.stringify(items);
  for (const secret of ['王抽样', '测试人', '13800001234', 'WH-', 'reportNo', 'samplerName']) expect(body).not.toContain(secret);
});

it('filters by product, brand or operator name (literally), verdict and sampling date', async () => {
  expect(names(await results({ q: `${MARK}挂` }))).toEqual(['挂面']);
  expect(names(await results({ q: '木兰', verdict: 'conforming' }))).toEqual(['挂面']);
  expect(names(await results({ q: `${MARK}已注销` }))).toEqual(['腐竹']);
  expect(names(await results({ verdict: 'nonconforming' }))).toEqual(['豆丝', '腐竹', '大米']);
  expect(names(await results({ verdict: 'conforming' }))).toEqual(['挂面']);
  expect(names(await results({ from: '2026-03-20', to: '2026-04-05' }))).toEqual(['腐竹', '大米']);
  expect(names(await results({ from: '2026-04-06' }))).toEqual(['豆丝']);
  // LIKE wildcards are text: '%' matches nothing here.
  expect((await results({ q: `${MARK}%` })).total).toBe(0);
});

it('pages the results with the total of the whole query', async () => {
  const first = await results({ pageSize: 3 });
  const second = await results({ pageSize: 3, page: 2 });
  expect(names(first)).toEqual(['豆丝', '腐竹', '大米']);
  expect(names(second)).toEqual(['挂面']);
  expect([first.total, second.total]).toEqual([4, 4]);
});

it('follows a policy change: a plan that stops publishing takes its results away', async () => {
  const plans = (await platform.request({ method: 'GET', url: '/api/sampling-plans?pageSize=200', cookie: department })).json();
  const failedOnly = plans.items.find((p: { name: string }) => p.name === '公开测试 failed_only');
  await patchPlan(failedOnly.id, { version: failedOnly.version, publishPolicy: 'none' });
  expect(names(await results())).toEqual(['腐竹', '大米', '挂面']);
  await patchPlan(failedOnly.id, { version: failedOnly.version + 1, publishPolicy: 'all' });
  expect(names(await results())).toEqual(['豆丝', '面筋', '腐竹', '大米', '挂面']);
});

it('refuses bad input with 400 naming the field, in Chinese and English', async () => {
  const url = (query: string) => ({ method: 'GET' as const, url: `/api/public/sampling-results?${query}` });
  expect(await refusedFields(platform, url('verdict=bad'))).toEqual([expect.objectContaining({ path: 'verdict', message: expect.stringMatching(/^判定：/) })]);
  expect(await refusedFields(platform, url('from=2026-13-01'))).toEqual([{ path: 'from', message: '开始日期：应为 YYYY-MM-DD 格式的日期' }]);
  expect(await refusedFields(platform, url('from=2026-04-02&to=2026-04-01'))).toEqual([{ path: 'to', message: '结束日期：不能早于开始日期' }]);
  expect(await refusedFields(platform, url(`q=${'长'.repeat(61)}`))).toEqual([expect.objectContaining({ path: 'q', message: expect.stringMatching(/^关键词：/) })]);
  expect(await refusedFields(platform, url('pageSize=101'))).toEqual([expect.objectContaining({ path: 'pageSize', message: expect.stringMatching(/^每页条数：/) })]);
  expect(await refusedFields(platform, url('operatorId=x'))).toEqual([expect.objectContaining({ message: expect.stringContaining('operatorId') })]);
  expect(await refusedFields(platform, url('to=yesterday'), 'en')).toEqual([{ path: 'to', message: 'To: must be a date as YYYY-MM-DD' }]);
});
