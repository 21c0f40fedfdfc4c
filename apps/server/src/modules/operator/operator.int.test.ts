import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { buildOperator } from '../../testing/factories.ts';

let platform: TTestPlatform;
let admin: string;

beforeAll(async () => {
  platform = await createTestPlatform();
  admin = await platform.login('admin');
});
afterAll(() => platform.close());

describe('operator registry', () => {
  it('creates, reads and updates an operator with optimistic concurrency', async () => {
    const created = await platform.request({ method: 'POST', url: '/api/operators', cookie: admin, payload: buildOperator() });
    expect(created.statusCode).toBe(201);
    const operator = created.json();
    expect(operator.version).toBe(1);
    expect(operator.licences[0].state).toBe('valid');

    const first = await platform.request({
      method: 'PATCH',
      url: `/api/operators/${operator.id}`,
      cookie: admin,
      payload: { version: 1, name: '改名后的餐馆' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ name: '改名后的餐馆', version: 2 });

    const stale = await platform.request({
      method: 'PATCH',
      url: `/api/operators/${operator.id}`,
      cookie: admin,
      payload: { version: 1, name: '过期的修改' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const reread = await platform.request({ method: 'GET', url: `/api/operators/${operator.id}`, cookie: admin });
    expect(reread.json().name).toBe('改名后的餐馆');
  });

  it('refuses an invalid credit code, naming the field in Chinese', async () => {
    const response = await platform.request({
      method: 'POST',
      url: '/api/operators',
      cookie: admin,
      payload: buildOperator({ uscc: '91420116MA4K00000X' }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toContainEqual({ path: 'uscc', message: '统一社会信用代码：校验位不正确' });
  });
});
