import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TFoodStandard, TStandardLookup } from '@shian/shared/food-standard';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';

let platform: TTestPlatform;
let cast: Record<'department' | 'expert', string>;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['department', 'expert'], { operators: 20 }));
});
afterAll(() => platform.close());

const list = async (query: string) => {
  const response = await platform.request({ method: 'GET', url: `/api/public/food-standards?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: TFoodStandard[]; total: number };
};
const create = (cookie: string | undefined, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  platform.request({ method: 'POST', url: '/api/food-standards', cookie, payload, headers });
const valid = { number: 'GB 2712-2014', title: '食品安全国家标准 豆制品', category: 'product', status: 'in_force', issuedOn: '2014-12-01', implementedOn: '2015-05-24' };

describe('the public standards registry', () => {
  it("is searched by number however it is typed, by title, and filtered by today's status, without signing in", async () => {
    expect((await list('q=gb2760')).items.map((s) => s.number)).toEqual(['GB 2760-2014', 'GB 2760-2024']);
    expect((await list(`q=${encodeURIComponent('ＧＢ ７７１８')}`)).items.map((s) => s.number)).toEqual(['GB 7718-2011', 'GB 7718-2025']);
    expect((await list(`q=${encodeURIComponent('污染物')}`)).items.map((s) => s.number)).toEqual(['GB 2762-2017', 'GB 2762-2022']);
    const upcoming = await list('status=to_be_implemented');
    expect(upcoming.items.map((s) => s.number)).toEqual(['GB 28050-2025', 'GB 7718-2025']);
    const superseded = await list('status=superseded');
    const old = superseded.items.find((s) => s.number === 'GB 2760-2014')!;
    const current = (await list('q=GB 2760-2024')).items.find((s) => s.number === 'GB 2760-2024')!;
    expect(old).toMatchObject({ supersededBy: 'GB 2760-2024', supersededById: current.id });
    expect(current.status).toBe('in_force');
    const one = await platform.request({ method: 'GET', url: `/api/public/food-standards/${current.id}` });
    expect(one.json()).toMatchObject({ number: 'GB 2760-2024', title: '食品安全国家标准 食品添加剂使用标准' });
  });

  it('answers any search text normally', async () => {
    for (const q of ["'; drop table food_standard; --", '%_\\', 'GB/T', '\u0001\u001f', 'x'.repeat(5000), '"', '(((']) {
      const response = await platform.request({ method: 'GET', url: `/api/public/food-standards?q=${encodeURIComponent(q)}` });
      expect(response.statusCode, q.slice(0, 20)).toBe(200);
    }
    expect((await list(`q=${encodeURIComponent('%')}`)).total).toBe(0);
  });

  it('looks up the status of the standards a test item cites', async () => {
    const texts = encodeURIComponent('GB 2762-2022《食品中污染物限量》；GB2760—2014，GB 9999-2020');
    const response = await platform.request({ method: 'GET', url: `/api/public/food-standards/lookup?texts=${texts}` });
    const found = response.json() as TStandardLookup[];
    expect(found.map((f) => [f.number, f.standard?.status ?? null])).toEqual([
      ['GB 2762-2022', 'in_force'],
      ['GB 2760-2014', 'superseded'],
      ['GB 9999-2020', null],
    ]);
    expect(found[1].standard?.supersededBy).toBe('GB 2760-2024');
  });
});

describe('managing standards (knowledge.manage)', () => {
  it('registers a standard with its number normalised, and refuses the same number twice (409)', async () => {
    const created = await create(cast.department, { ...valid, number: 'gb2712—2014' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ number: 'GB 2712-2014', status: 'in_force', version: 1 });
    const again = await create(cast.expert, valid);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('标准 GB 2712-2014 已存在');
  });

  it('names the field and the reason for a malformed number, in Chinese and in English', async () => {
    const zh = await create(cast.department, { ...valid, number: 'GB 2712' });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.fields).toEqual([{ path: 'number', message: '编号：应为 GB 或 GB/T 加编号和四位年份，如 GB 2760-2024' }]);
    const en = await create(cast.department, { ...valid, number: 'Q/ABC 1-2020' }, { 'accept-language': 'en' });
    expect(en.json().error.fields[0].message).toBe('Number: must be GB or GB/T, a number and a four-digit year, e.g. GB 2760-2024');
  });

  it('updates with the version, refuses a stale version (409) and an unknown id (404)', async () => {
    const [row] = (await list('q=GB 31654')).items;
    const body = {
      number: row.number,
      title: row.title,
      category: row.category,
      status: row.status,
      issuedOn: row.issuedOn,
      implementedOn: row.implementedOn,
      supersededBy: row.supersededBy,
      summary: row.summary,
    };
    const updated = await platform.request({
      method: 'PUT',
      url: `/api/food-standards/${row.id}`,
      cookie: cast.expert,
      payload: { ...body, status: 'repealed', version: row.version },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ status: 'repealed', version: row.version + 1 });
    const stale = await platform.request({ method: 'PUT', url: `/api/food-standards/${row.id}`, cookie: cast.expert, payload: { ...body, version: row.version } });
    expect(stale.statusCode).toBe(409);
    const unknown = await platform.request({ method: 'PUT', url: `/api/food-standards/${crypto.randomUUID()}`, cookie: cast.expert, payload: { ...body, version: 1 } });
    expect(unknown.statusCode).toBe(404);
    const clash = await platform.request({
      method: 'PUT',
      url: `/api/food-standards/${row.id}`,
      cookie: cast.expert,
      payload: { ...body, number: 'GB 2760-2024', version: row.version + 1 },
    });
    expect(clash.statusCode).toBe(409);
  });

  it('refuses writes to roles without knowledge.manage (403) and to the public (401)', async () => {
    for (const username of ['business', 'station', 'leader', 'inspector']) {
      const cookie = await platform.login(username);
      expect((await create(cookie, { ...valid, number: 'GB 2713-2015' })).statusCode, username).toBe(403);
    }
    expect((await create(undefined, { ...valid, number: 'GB 2713-2015' })).statusCode).toBe(401);
  });
});
