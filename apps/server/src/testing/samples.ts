// Sampling records made through the API as staff make them: a plan under way, a testing institution, samples with reports.
import { expect } from 'vitest';
import type { TTestPlatform } from './test-platform.ts';

export const PASSING_ITEM = { name: '铅（以 Pb 计）', value: '0.1', unit: 'mg/kg', limitText: '≤0.2 mg/kg', limitMax: 0.2, standard: 'GB 2762-2022', verdict: 'conforming' };
export const FAILING_ITEM = { name: '镉（以 Cd 计）', value: '0.35', unit: 'mg/kg', limitText: '≤0.1 mg/kg', limitMax: 0.1, standard: 'GB 2762-2022', verdict: 'nonconforming' };

async function send(platform: TTestPlatform, cookie: string, method: 'POST' | 'PATCH' | 'PUT', url: string, payload: object) {
  const response = await platform.request({ method, url, cookie, payload });
  expect(response.statusCode, response.body).toBe(method === 'POST' ? 201 : 200);
  return response.json();
}

/** A district staff member's new testing institution; its id. */
export async function createInstitution(platform: TTestPlatform, cookie: string): Promise<string> {
  return (await send(platform, cookie, 'POST', '/api/testing-institutions', { name: '武汉市食品检验所', qualificationNo: 'CMA 2018170001' })).id;
}

/** A special plan of 2026 with this publication policy, activated; its id. */
export async function createActivePlan(
  platform: TTestPlatform,
  cookie: string,
  publishPolicy: 'all' | 'failed_only' | 'none',
  name = `抽检计划 ${publishPolicy}`,
): Promise<string> {
  const plan = await send(platform, cookie, 'POST', '/api/sampling-plans', { name, year: 2026, kind: 'special', publishPolicy });
  await send(platform, cookie, 'PATCH', `/api/sampling-plans/${plan.id}`, { version: plan.version, status: 'active' });
  return plan.id;
}

type TSampleFields = { planId: string; operatorId: string; institutionId: string; productName: string; sampledOn: string } & Record<string, unknown>;

/** A sample taken (no report yet). */
export function createSample(platform: TTestPlatform, cookie: string, fields: TSampleFields) {
  const defaults = { productionDate: '2026-02-20', manufacturerName: '孝感某食品厂', quantity: '4袋', foodCategory: '粮食加工品', samplerName: '王抽样' };
  return send(platform, cookie, 'POST', '/api/samples', { ...defaults, ...fields });
}

/** A sample with its test report of these items (its verdict follows from them). */
export async function createReportedSample(platform: TTestPlatform, cookie: string, fields: TSampleFields, items: object[]) {
  const created = await createSample(platform, cookie, fields);
  const payload = { version: created.version, reportNo: `WH-${created.sampleNo}`, institutionId: fields.institutionId, issuedOn: '2026-04-25', items };
  return send(platform, cookie, 'PUT', `/api/samples/${created.id}/report`, payload);
}
