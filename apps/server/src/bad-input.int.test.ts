// Bad input answers 4xx, never 500 (issue 14, defect 5): NUL and lone surrogates in text,
// broken multipart bodies, a NUL in an uploaded file name, a stored file missing on disk.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from './core/db/database.ts';
import { createTestPlatform, type TTestPlatform } from './testing/test-platform.ts';
import { createOperatorIn, me, startInspection, testImage, upload } from './testing/inspections.ts';
import { buildOperator } from './testing/factories.ts';
import { multipartBody } from './testing/multipart.ts';

let platform: TTestPlatform;
let admin: string;
let inspector: string;
let inspectionId: string;

beforeAll(async () => {
  platform = await createTestPlatform({ operators: 20 });
  [admin, inspector] = await Promise.all(['admin', 'inspector'].map((u) => platform.login(u)));
  const inspectorIds = [(await me(platform, inspector)).id, (await me(platform, await platform.login('station'))).id];
  const operatorId = (await createOperatorIn(platform, admin)).id;
  inspectionId = (await startInspection(platform, inspector, { operatorId, inspectorIds })).id;
});
afterAll(() => platform.close());

const photosUrl = () => `/api/inspections/${inspectionId}/photos`;
const NUL_REASON = '含有空字符（NUL）或无效的 Unicode 字符';

function expectBrokenMultipart(response: { statusCode: number; body: string; json(): { error: unknown } }) {
  expect(response.statusCode, response.body).toBe(400);
  expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'file', message: expect.stringMatching(/^文件：上传的表单数据不完整或格式有误/) }] });
}

describe('NUL and lone surrogates in text', () => {
  it('refuses a NUL in the anonymous login body with a 400 naming the field, in Chinese and in English', async () => {
    const zh = await platform.request({ method: 'POST', url: '/api/auth/login', payload: { username: 'ad\u0000min', password: 'x' } });
    expect(zh.statusCode, zh.body).toBe(400);
    expect(zh.json().error).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'username', message: `用户名：${NUL_REASON}` }] });
    const en = await platform.request({ method: 'POST', url: '/api/auth/login', headers: { 'accept-language': 'en' }, payload: { username: 'admin', password: 'a\u0000' } });
    expect(en.statusCode, en.body).toBe(400);
    expect(en.json().error.fields).toEqual([{ path: 'password', message: 'Password: contains a NUL character or an invalid Unicode character' }]);
  });

  it('refuses a NUL in an export query with a 400 before any file header is sent', async () => {
    const response = await platform.request({ method: 'GET', url: '/api/operators/export?q=%E9%A3%9F%00', cookie: admin });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-disposition']).toBeUndefined();
    expect(response.json().error.fields).toEqual([{ path: 'q', message: `关键词：${NUL_REASON}` }]);
  });

  it('refuses a lone surrogate in an audited text, nested in an array, and stores nothing', async () => {
    const operator = buildOperator({ name: '孤立代理项测试店' });
    operator.personnel[0].name = 'bad\ud800name';
    const response = await platform.request({ method: 'POST', url: '/api/operators', cookie: admin, payload: operator });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: 'personnel.0.name', message: `姓名：${NUL_REASON}` }]);
    const search = await platform.request({ method: 'GET', url: `/api/operators?q=${encodeURIComponent(operator.name)}`, cookie: admin });
    expect(search.json().total).toBe(0);
  });

  it('refuses a NUL in an object key and in a path parameter', async () => {
    const key = await platform.request({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'x', 'x\u0000': 1 } });
    expect(key.statusCode, key.body).toBe(400);
    expect(key.json().error.fields).toEqual([{ path: '', message: `请求：${NUL_REASON}` }]);
    const param = await platform.request({ method: 'GET', url: '/api/operators/%00', cookie: admin });
    expect(param.statusCode, param.body).toBe(400);
    expect(param.json().error.fields).toEqual([{ path: 'id', message: `编号：${NUL_REASON}` }]);
  });

  it('keeps ordinary text, paired surrogates (emoji) and rare CJK characters', async () => {
    const response = await platform.request({ method: 'POST', url: '/api/operators', cookie: admin, payload: buildOperator({ name: '𠮷野家🍜小吃店（测试）' }) });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().name).toBe('𠮷野家🍜小吃店（测试）');
  });
});

describe('broken multipart bodies', () => {
  it('refuses a body whose boundary does not match its header', async () => {
    const body = multipartBody({ fileName: 'photo.jpg', content: await testImage(), contentType: 'image/jpeg' });
    const response = await platform.request({
      method: 'POST',
      url: photosUrl(),
      cookie: inspector,
      payload: body.payload,
      headers: { 'content-type': 'multipart/form-data; boundary=not-the-boundary' },
    });
    expectBrokenMultipart(response);
  });

  it('refuses a truncated body', async () => {
    const body = multipartBody({ fileName: 'photo.jpg', content: await testImage(), contentType: 'image/jpeg' });
    const response = await platform.request({ method: 'POST', url: photosUrl(), cookie: inspector, payload: body.payload.subarray(0, 200), headers: body.headers });
    expectBrokenMultipart(response);
  });

  it('refuses a NUL in the file name, naming the field', async () => {
    const response = await upload(platform, inspector, photosUrl(), await testImage(), 'kit\u0000chen.jpg');
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: 'file', message: `文件：${NUL_REASON}` }]);
  });

  it('refuses a NUL in a text field sent alongside the file', async () => {
    const response = await upload(platform, inspector, photosUrl(), await testImage(), 'kitchen.jpg', { itemId: 'x\u0000' });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: 'itemId', message: `检查项目：${NUL_REASON}` }]);
  });
});

describe('a stored file missing on disk', () => {
  it('answers 404, not 500', async () => {
    const uploaded = await upload(platform, inspector, photosUrl(), await testImage());
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const photo = uploaded.json() as { id: string };
    const [file] = rowsOf<{ path: string }>(
      await platform.ctx.db.execute(sql`select f.path from stored_file f join inspection_photo p on p.file_id = f.id where p.id = ${photo.id}`),
    );
    rmSync(path.join(platform.ctx.filesDir, file.path));
    const response = await platform.request({ method: 'GET', url: `${photosUrl()}/${photo.id}`, cookie: inspector });
    expect(response.statusCode, response.body).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
  });
});
