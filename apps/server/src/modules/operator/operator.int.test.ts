import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import type { TOperator, TOperatorCreate, TOperatorSummary } from '@shian/shared/operator';
import type { TOrganisation } from '@shian/shared/org';
import { rowsOf } from '../../core/db/database.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import { buildOperator, buildTradeLicenceNumber } from '../../testing/factories.ts';

let platform: TTestPlatform;
let cast: Record<'admin', string>;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin']));
});
afterAll(() => platform.close());

describe('operator registry', () => {
  it('creates, reads and updates an operator with optimistic concurrency', async () => {
    const created = await platform.request({ method: 'POST', url: '/api/operators', cookie: cast.admin, payload: buildOperator() });
    expect(created.statusCode).toBe(201);
    const operator = created.json();
    expect(operator.version).toBe(1);
    expect(operator.licences[0].state).toBe('valid');

    const first = await platform.request({
      method: 'PATCH',
      url: `/api/operators/${operator.id}`,
      cookie: cast.admin,
      payload: { version: 1, name: '改名后的餐馆' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ name: '改名后的餐馆', version: 2 });

    const stale = await platform.request({
      method: 'PATCH',
      url: `/api/operators/${operator.id}`,
      cookie: cast.admin,
      payload: { version: 1, name: '过期的修改' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const reread = await platform.request({ method: 'GET', url: `/api/operators/${operator.id}`, cookie: cast.admin });
    expect(reread.json().name).toBe('改名后的餐馆');
  });

  it('keeps a listed person’s row through an edit of the personnel, so what names them still does', async () => {
    const created = (await platform.request({ method: 'POST', url: '/api/operators', cookie: cast.admin, payload: buildOperator() })).json();
    const idsOf = async () =>
      rowsOf<{ id: string; name: string }>(await platform.ctx.db.execute(sql`select id, name from personnel where operator_id = ${created.id} order by name`));
    const [principal] = await idsOf();
    const edited = await platform.request({
      method: 'PATCH',
      url: `/api/operators/${created.id}`,
      cookie: cast.admin,
      payload: {
        version: created.version,
        personnel: [
          { role: 'principal', name: '测试人', phone: '13900005678' },
          { role: 'officer', name: '新安全员', phone: '13900001111' },
        ],
      },
    });
    expect(edited.statusCode).toBe(200);
    const after = await idsOf();
    expect(after.find((p) => p.name === '测试人')?.id).toBe(principal.id);
    expect(after.map((p) => p.name).sort()).toEqual(['新安全员', '测试人'].sort());
    const removed = await platform.request({
      method: 'PATCH',
      url: `/api/operators/${created.id}`,
      cookie: cast.admin,
      payload: { version: edited.json().version, personnel: [{ role: 'officer', name: '新安全员', phone: '13900001111' }] },
    });
    expect(removed.statusCode).toBe(200);
    expect((await idsOf()).map((p) => p.name)).toEqual(['新安全员']);
  });

  it('refuses an invalid credit code, naming the field in Chinese', async () => {
    const response = await platform.request({
      method: 'POST',
      url: '/api/operators',
      cookie: cast.admin,
      payload: buildOperator({ uscc: '91420116MA4K00000X' }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toContainEqual({ path: 'uscc', message: '统一社会信用代码：校验位不正确' });
  });
});

// ---------------------------------------------------------------------------------------------

type TList = { items: TOperatorSummary[]; total: number; page: number; pageSize: number };

async function list(query: string, cookie = cast.admin): Promise<TList> {
  const response = await platform.request({ method: 'GET', url: `/api/operators?${query}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** Every page of a filtered list. */
async function listAll(query: string, cookie = cast.admin): Promise<TOperatorSummary[]> {
  const items: TOperatorSummary[] = [];
  for (let page = 1; ; page++) {
    const result = await list(`${query}&pageSize=200&page=${page}`, cookie);
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) return items;
  }
}

async function create(overrides: Partial<TOperatorCreate> = {}, cookie = cast.admin): Promise<TOperator> {
  const response = await platform.request({ method: 'POST', url: '/api/operators', cookie, payload: buildOperator(overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();
const query = async <T>(statement: SQL) => rowsOf<T>(await platform.ctx.db.execute(statement));
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('operator list', () => {
  it('pages the list: total, page, pageSize and consecutive pages that join up', async () => {
    const [{ n }] = await query<{ n: number | string }>(sql`select count(*) as n from operator`);
    const first = await list('page=1&pageSize=7');
    expect(first).toMatchObject({ total: Number(n), page: 1, pageSize: 7 });
    expect(first.items).toHaveLength(7);
    const second = await list('page=2&pageSize=7');
    expect(second).toMatchObject({ page: 2, pageSize: 7 });
    const fourteen = await list('page=1&pageSize=14');
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(fourteen.items.map((i) => i.id));
    expect((await list('pageSize=20')).items).toHaveLength(20);
    const beyond = await list('page=1000&pageSize=20');
    expect(beyond).toMatchObject({ items: [], total: Number(n) });
  });

  it('sorts by name descending, exactly as the database orders names', async () => {
    const expected = await query<{ id: string }>(sql`select id from operator order by name desc, id desc`);
    const sorted = await listAll('sort=-name');
    expect(sorted.map((o) => o.id)).toEqual(expected.map((r) => r.id));
    const ascending = await listAll('sort=name');
    expect(ascending.map((o) => o.id)).toEqual(sorted.map((o) => o.id).reverse());
  });

  it('finds operators by a fragment of the name', async () => {
    const mine = await create({ name: '黄陂区甲乙丙丁独家测试酒楼' });
    const found = await list('q=乙丙丁独家');
    expect(found.items.map((o) => o.id)).toEqual([mine.id]);

    const [{ n }] = await query<{ n: number | string }>(sql`select count(*) as n from operator where name like '%前川%'`);
    expect(Number(n)).toBeGreaterThan(0);
    const qianchuan = await listAll('q=前川');
    expect(qianchuan).toHaveLength(Number(n));
    for (const o of qianchuan) expect(o.name).toContain('前川');
  });

  it('finds an operator by its full credit code, in any letter case', async () => {
    const mine = await create();
    expect((await list(`q=${mine.uscc}`)).items.map((o) => o.id)).toEqual([mine.id]);
    expect((await list(`q=${mine.uscc.toLowerCase()}`)).items.map((o) => o.id)).toEqual([mine.id]);
  });

  it('finds operators by the start of a licence number', async () => {
    const mine = await create();
    const prefix = mine.licences[0].number.slice(0, 13);
    const found = await listAll(`q=${prefix}`);
    expect(found.map((o) => o.id)).toContain(mine.id);
    const expected = await query<{ id: string }>(sql`select distinct operator_id as id from licence where number like ${`${prefix}%`}`);
    expect(ids(found)).toEqual(ids(expected));
    // Only the start matches: the middle of a licence number finds nothing.
    expect((await list(`q=${mine.licences[0].number.slice(4)}`)).total).toBe(0);
  });

  it('treats % and _ in the search as plain characters', async () => {
    expect((await list('q=%25')).total).toBe(0);
    expect((await list('q=_')).total).toBe(0);
  });

  it('filters by type, unit, station and status, alone and combined', async () => {
    const canteens = await listAll('type=canteen');
    const [{ n: canteenCount }] = await query<{ n: number | string }>(sql`select count(*) as n from operator where type = 'canteen'`);
    expect(canteens).toHaveLength(Number(canteenCount));
    expect(canteens.length).toBeGreaterThan(0);
    for (const o of canteens) expect(o.type).toBe('canteen');

    const unit = await listAll('unitCode=420116403000');
    expect(unit.length).toBeGreaterThan(0);
    for (const o of unit) expect([o.unitCode, o.unitName]).toEqual(['420116403000', '盘龙城经济开发区']);

    const org = (await platform.request({ method: 'GET', url: '/api/org', cookie: cast.admin })).json() as TOrganisation;
    const mulan = org.stations.find((s) => s.name === '木兰市场监督管理所')!;
    expect(mulan.unitCodes.sort()).toEqual(['420116201000', '420116401000']);
    const station = await listAll(`stationId=${mulan.id}`);
    const [{ n: mulanCount }] = await query<{ n: number | string }>(sql`select count(*) as n from operator where unit_code in ('420116201000', '420116401000')`);
    expect(station).toHaveLength(Number(mulanCount));
    for (const o of station) expect([o.stationId, o.stationName]).toEqual([mulan.id, '木兰市场监督管理所']);

    const suspended = await listAll('status=suspended');
    const [{ n: suspendedCount }] = await query<{ n: number | string }>(sql`select count(*) as n from operator where status = 'suspended'`);
    expect(suspended).toHaveLength(Number(suspendedCount));
    expect(suspended.length).toBeGreaterThan(0);
    for (const o of suspended) expect(o.status).toBe('suspended');

    const both = await listAll('type=caterer&unitCode=420116001000');
    const [{ n: bothCount }] = await query<{ n: number | string }>(sql`select count(*) as n from operator where type = 'caterer' and unit_code = '420116001000'`);
    expect(both).toHaveLength(Number(bothCount));
    for (const o of both) expect([o.type, o.unitCode]).toEqual(['caterer', '420116001000']);
  });

  it('filters by licence state: expired and expiring (within 90 days) by the licence dates', async () => {
    const expired = await create({
      licences: [{ kind: 'trade', number: buildTradeLicenceNumber(), scope: '热食类', issuedOn: '2019-01-01', expiresOn: isoDay(-1) }],
    });
    const expiring = await create({
      licences: [{ kind: 'trade', number: buildTradeLicenceNumber(), scope: '热食类', issuedOn: '2021-01-01', expiresOn: isoDay(30) }],
    });
    const valid = await create({
      licences: [{ kind: 'trade', number: buildTradeLicenceNumber(), scope: '热食类', issuedOn: '2024-01-01', expiresOn: isoDay(400) }],
    });
    expect([expired.licences[0].state, expiring.licences[0].state, valid.licences[0].state]).toEqual(['expired', 'expiring', 'valid']);

    const today = isoDay(0);
    const soon = isoDay(90);
    const expiredList = await listAll('licence=expired');
    const expectedExpired = await query<{ id: string }>(sql`select distinct operator_id as id from licence where expires_on < ${today}`);
    expect(ids(expiredList)).toEqual(ids(expectedExpired));
    expect(ids(expiredList)).toContain(expired.id);
    expect(ids(expiredList)).not.toContain(expiring.id);

    const expiringList = await listAll('licence=expiring');
    const expectedExpiring = await query<{ id: string }>(sql`select distinct operator_id as id from licence where expires_on >= ${today} and expires_on <= ${soon}`);
    expect(ids(expiringList)).toEqual(ids(expectedExpiring));
    expect(ids(expiringList)).toContain(expiring.id);
    expect(ids(expiringList)).not.toContain(expired.id);
    expect(ids(expiringList)).not.toContain(valid.id);

    // The detail of every listed operator shows such a licence.
    for (const o of expiredList.slice(0, 10)) {
      const detail = (await platform.request({ method: 'GET', url: `/api/operators/${o.id}`, cookie: cast.admin })).json() as TOperator;
      expect(detail.licences.some((l) => l.state === 'expired')).toBe(true);
    }
  });

  it('refuses unknown or out-of-range query parameters', async () => {
    for (const q of ['pageSize=500', 'page=0', 'sort=uscc', 'type=bakery', 'licence=valid', 'unitCode=4201', 'stationId=x', 'colour=red']) {
      const response = await platform.request({ method: 'GET', url: `/api/operators?${q}`, cookie: cast.admin });
      expect([q, response.statusCode, response.json().error.code]).toEqual([q, 400, 'VALIDATION_FAILED']);
    }
  });
});

describe('deactivation', () => {
  it('deactivates through PATCH status, keeping the record', async () => {
    const mine = await create();
    const response = await platform.request({
      method: 'PATCH',
      url: `/api/operators/${mine.id}`,
      cookie: cast.admin,
      payload: { version: mine.version, status: 'deactivated' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'deactivated', version: mine.version + 1 });
    const reread = await platform.request({ method: 'GET', url: `/api/operators/${mine.id}`, cookie: cast.admin });
    expect(reread.json().status).toBe('deactivated');
    expect((await listAll('status=deactivated')).map((o) => o.id)).toContain(mine.id);
    const audit = await platform.request({ method: 'GET', url: `/api/audit?entity=operator&entityId=${mine.id}`, cookie: cast.admin });
    expect(audit.json().items[0]).toMatchObject({ action: 'deactivate', before: { status: 'active' }, after: { status: 'deactivated' } });
  });

  it('has no DELETE route: DELETE answers 404 in the one error shape and removes nothing', async () => {
    const mine = await create();
    const response = await platform.request({ method: 'DELETE', url: `/api/operators/${mine.id}`, cookie: cast.admin });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'NOT_FOUND', message: '未找到该记录' } });
    expect((await platform.request({ method: 'GET', url: `/api/operators/${mine.id}`, cookie: cast.admin })).statusCode).toBe(200);
  });
});

describe('uniqueness', () => {
  it('refuses a credit code already registered: 409 CONFLICT on uscc', async () => {
    const mine = await create();
    const response = await platform.request({
      method: 'POST',
      url: '/api/operators',
      cookie: cast.admin,
      payload: buildOperator({ uscc: mine.uscc, name: '另一家' }),
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toEqual({
      code: 'CONFLICT',
      message: `统一社会信用代码 ${mine.uscc} 已存在`,
      fields: [{ path: 'uscc', message: '统一社会信用代码：已登记' }],
    });
    // Lower case is the same code.
    const lower = await platform.request({
      method: 'POST',
      url: '/api/operators',
      cookie: cast.admin,
      payload: buildOperator({ uscc: mine.uscc.toLowerCase() }),
    });
    expect(lower.statusCode).toBe(409);
    expect((await list(`q=${mine.uscc}`)).total).toBe(1);
  });

  it('refuses the same licence number twice in one request, naming the repeat', async () => {
    const number = buildTradeLicenceNumber();
    const licence = { kind: 'trade' as const, number, scope: '热食类', issuedOn: '2024-01-01', expiresOn: '2029-01-01' };
    const response = await platform.request({
      method: 'POST',
      url: '/api/operators',
      cookie: cast.admin,
      payload: buildOperator({ licences: [licence, licence] }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: 'licences.1.number', message: '许可证编号：与本次提交的另一张许可证重复' }]);
  });

  it("refuses a licence number another operator holds: 409 CONFLICT on that licence's number", async () => {
    const mine = await create();
    const number = mine.licences[0].number;
    const response = await platform.request({
      method: 'POST',
      url: '/api/operators',
      cookie: cast.admin,
      payload: buildOperator({
        licences: [{ kind: 'trade', number, scope: '热食类', issuedOn: '2024-01-01', expiresOn: '2029-01-01' }],
      }),
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'CONFLICT',
      fields: [{ path: 'licences.0.number', message: `许可证编号：${number} 已被其他主体使用` }],
    });

    // Taking it over through PATCH is refused too, while keeping one's own is fine.
    const other = await create();
    const patch = await platform.request({
      method: 'PATCH',
      url: `/api/operators/${other.id}`,
      cookie: cast.admin,
      payload: { version: other.version, licences: [{ kind: 'trade', number, scope: '热食类', issuedOn: '2024-01-01', expiresOn: '2029-01-01' }] },
    });
    expect(patch.statusCode).toBe(409);
    const keep = await platform.request({
      method: 'PATCH',
      url: `/api/operators/${mine.id}`,
      cookie: cast.admin,
      payload: { version: mine.version, licences: [{ kind: 'trade', number, scope: '热食类、冷食类', issuedOn: '2024-01-01', expiresOn: '2029-01-01' }] },
    });
    expect(keep.statusCode).toBe(200);
    expect(keep.json().licences[0]).toMatchObject({ number, scope: '热食类、冷食类' });
  });
});

describe('bad input', () => {
  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    platform.request({ method: 'POST', url: '/api/operators', cookie: cast.admin, payload: payload as object, headers });

  it('refuses a wrong type, naming the field', async () => {
    const response = await post({ ...buildOperator(), name: 123 });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields).toHaveLength(1);
    expect(error.fields[0].path).toBe('name');
    expect(error.fields[0].message).toMatch(/^名称：无效输入/);
    expect(error.message).toBe(`提交的内容有误：${error.fields[0].message}`);
  });

  it('refuses an unknown field, naming it', async () => {
    const response = await post({ ...buildOperator(), owner: '张三' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: '', message: '请求：出现未知的键(key): "owner"' }]);
    expect(response.json().error.message).toContain('owner');
  });

  it('refuses missing fields, listing each', async () => {
    const response = await post({});
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'uscc', 'type', 'address', 'unitCode']));
    const blank = await post({ ...buildOperator(), name: '   ' });
    expect(blank.json().error.fields).toEqual([{ path: 'name', message: '名称：不能为空' }]);
  });

  it('refuses a licence number of the wrong shape and an expiry before the issue date', async () => {
    const response = await post(
      buildOperator({
        licences: [{ kind: 'trade', number: 'JY9420116000001', scope: '热食类', issuedOn: '2025-01-01', expiresOn: '2024-12-31' }],
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { path: 'licences.0.number', message: '许可证编号：应为 JY 加 14 位数字（首位为 1-3）' },
      { path: 'licences.0.expiresOn', message: '有效期至：应晚于发证日期' },
    ]);
    const production = await post(
      buildOperator({
        licences: [{ kind: 'production', number: 'JY24201160000011', scope: '糕点', issuedOn: '2024-01-01', expiresOn: '2029-01-01' }],
      }),
    );
    expect(production.json().error.fields).toEqual([{ path: 'licences.0.number', message: '许可证编号：应为 SC 加 14 位数字' }]);
  });

  it('refuses an unknown township unit and a malformed phone', async () => {
    const unit = await post(buildOperator({ unitCode: '420116999000' }));
    expect(unit.statusCode).toBe(400);
    expect(unit.json().error.fields).toEqual([{ path: 'unitCode', message: '所属街道（乡镇）：不是本区的街道（乡镇）' }]);
    const phone = await post(buildOperator({ personnel: [{ role: 'principal', name: '张三', phone: '12345' }] }));
    expect(phone.json().error.fields).toEqual([{ path: 'personnel.0.phone', message: '联系电话：不是有效的手机或固定电话号码' }]);
  });

  it('refuses a 10 MB body with 413 PAYLOAD_TOO_LARGE in the error shape', async () => {
    const huge = JSON.stringify({ ...buildOperator(), name: 'x'.repeat(10 * 1024 * 1024) });
    const response = await platform.request({
      method: 'POST',
      url: '/api/operators',
      cookie: cast.admin,
      payload: huge,
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: '提交的内容过大（上限 1 MB）' } });

    const text = await platform.request({
      method: 'POST',
      url: '/api/operators',
      cookie: cast.admin,
      payload: 'x'.repeat(10 * 1024 * 1024),
      headers: { 'content-type': 'application/json' },
    });
    expect(text.statusCode).toBe(413);
    expect(text.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses malformed JSON with 400, and a non-JSON content type with 415', async () => {
    const malformed = await platform.request({
      method: 'POST',
      url: '/api/operators',
      cookie: cast.admin,
      payload: '{"name": "未闭合',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error).toMatchObject({ code: 'VALIDATION_FAILED', message: '提交的内容有误' });

    const form = await platform.request({
      method: 'POST',
      url: '/api/operators',
      cookie: cast.admin,
      payload: 'name=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.statusCode).toBe(415);
    expect(form.json().error.code).toBe('UNSUPPORTED_FILE');
  });

  it('refuses an id that is not a uuid with 400 on the id', async () => {
    for (const [method, payload] of [
      ['GET', undefined],
      ['PATCH', { version: 1, name: 'x' }],
    ] as const) {
      const response = await platform.request({ method, url: '/api/operators/not-a-uuid', cookie: cast.admin, ...(payload ? { payload } : {}) });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toEqual([{ path: 'id', message: '编号：不是有效的编号' }]);
    }
    const missing = await platform.request({ method: 'GET', url: `/api/operators/${crypto.randomUUID()}`, cookie: cast.admin });
    expect(missing.statusCode).toBe(404);
  });

  it('stores SQL and HTML verbatim and keeps working', async () => {
    const name = "'; drop table operator; --";
    const address = '<script>alert(1)</script>';
    const mine = await create({ name, address });
    expect(mine).toMatchObject({ name, address });
    const reread = (await platform.request({ method: 'GET', url: `/api/operators/${mine.id}`, cookie: cast.admin })).json();
    expect(reread).toMatchObject({ name, address });
    const found = await list(`q=${encodeURIComponent("'; drop table")}`);
    expect(found.items.map((o) => o.id)).toEqual([mine.id]);
    expect(found.items[0]).toMatchObject({ name, address });
    const [{ n }] = await query<{ n: number | string }>(sql`select count(*) as n from operator`);
    expect(Number(n)).toBeGreaterThan(400);
    expect((await list('pageSize=1')).total).toBe(Number(n));
  });

  it('answers in English when asked', async () => {
    const en = { 'accept-language': 'en-US,en;q=0.9' };
    const bad = await post(buildOperator({ uscc: '91420116MA4K00000X' }), en);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'The request is invalid: Credit code: has a wrong check character',
      fields: [{ path: 'uscc', message: 'Credit code: has a wrong check character' }],
    });
    const mine = await create();
    const conflict = await post(buildOperator({ uscc: mine.uscc }), en);
    expect(conflict.json().error).toMatchObject({
      message: `Credit code ${mine.uscc} already exists`,
      fields: [{ path: 'uscc', message: 'Credit code: is already registered' }],
    });
    const missing = await platform.request({ method: 'GET', url: `/api/operators/${crypto.randomUUID()}`, cookie: cast.admin, headers: en });
    expect(missing.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Not found' } });
    const type = await post({ ...buildOperator(), type: 'bakery' }, en);
    expect(type.json().error.fields[0].message).toMatch(/^Type: Invalid option/);
  });
});
