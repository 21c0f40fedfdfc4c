// Helpers for the inspection, rectification and three-shows tests: a started inspection and images.
import sharp from 'sharp';
import { expect } from 'vitest';
import type { TInspection, TItemOutcome } from '@shian/shared/inspection';
import type { TMe } from '@shian/shared/auth';
import type { TTestPlatform } from './test-platform.ts';
import { buildOperator } from './factories.ts';
import { multipartBody } from './multipart.ts';

export const QIANCHUAN_UNIT = '420116001000';
export const QIJIAWAN_UNIT = '420116002000';

export async function me(platform: TTestPlatform, cookie: string): Promise<TMe> {
  return (await platform.request({ method: 'GET', url: '/api/auth/me', cookie })).json();
}

export async function createOperatorIn(platform: TTestPlatform, admin: string, unitCode = QIANCHUAN_UNIT, overrides = {}) {
  const response = await platform.request({ method: 'POST', url: '/api/operators', cookie: admin, payload: buildOperator({ unitCode, ...overrides }) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number };
}

export async function startInspection(
  platform: TTestPlatform,
  cookie: string,
  body: { operatorId: string; inspectorIds: string[]; kind?: string; inspectedOn?: string },
): Promise<TInspection> {
  const response = await platform.request({
    method: 'POST',
    url: '/api/inspections',
    cookie,
    payload: { kind: 'routine', inspectedOn: '2026-03-02', ...body },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** Answers every item: the ones listed get the given outcome, the rest are conforming. */
export async function answerAll(platform: TTestPlatform, cookie: string, inspection: TInspection, outcomes: Record<string, TItemOutcome> = {}): Promise<TInspection> {
  const results = inspection.items.map((i) => ({ itemId: i.id, outcome: outcomes[i.id] ?? 'conforming', note: '' }));
  const response = await platform.request({
    method: 'PATCH',
    url: `/api/inspections/${inspection.id}`,
    cookie,
    payload: { version: inspection.version, results },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

export async function closeWith(platform: TTestPlatform, cookie: string, inspection: TInspection, rectifications: unknown[] = [], publish = true) {
  return platform.request({
    method: 'POST',
    url: `/api/inspections/${inspection.id}/close`,
    cookie,
    payload: { version: inspection.version, rectifications, publish },
  });
}

export async function testImage(format: 'png' | 'jpeg' = 'jpeg'): Promise<Buffer> {
  const image = sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 40, b: 40 } } });
  return format === 'png' ? image.png().toBuffer() : image.jpeg().toBuffer();
}

export function upload(platform: TTestPlatform, cookie: string, url: string, content: Buffer | string, fileName = 'photo.jpg', fields: Record<string, string> = {}) {
  const body = multipartBody({ fileName, content, contentType: 'image/jpeg' }, fields);
  return platform.request({ method: 'POST', url, cookie, payload: body.payload, headers: body.headers });
}

/** Closes an inspection of the operator with one rectification demand on a key item; answers the demand as the inspection shows it. */
export async function raiseDemand(
  platform: TTestPlatform,
  cookie: string,
  body: { operatorId: string; inspectorIds: string[]; inspectedOn: string },
  demand: string,
  workingDays = 5,
) {
  const inspection = await startInspection(platform, cookie, body);
  const key = inspection.items.find((i) => i.key)!;
  const answered = await answerAll(platform, cookie, inspection, { [key.id]: 'nonconforming' });
  const closed = await closeWith(platform, cookie, answered, [{ itemId: key.id, demand, workingDays }]);
  expect(closed.statusCode, closed.body).toBe(200);
  return (closed.json() as TInspection).rectifications[0];
}
