import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES, type TRole } from '@shian/shared/access';
import type { TOrganisation } from '@shian/shared/org';
import type { TOperator, TOperatorSummary } from '@shian/shared/operator';
import type { TPage } from '@shian/shared/http';
import { createTestPlatform, type TTestPlatform } from './testing/test-platform.ts';
import { buildOperator } from './testing/factories.ts';
import { cadreAssignment } from './modules/operator/operator.schema.ts';
import { appUser } from './modules/user/user.schema.ts';
import { rowsOf } from './core/db/database.ts';
import { maskPhone } from './core/crypto.ts';

let platform: TTestPlatform;
let org: TOrganisation;
const cookies = {} as Record<TRole, string>;

beforeAll(async () => {
  platform = await createTestPlatform();
  for (const role of ROLES) cookies[role] = await platform.login(role);
  org = (await platform.request({ method: 'GET', url: '/api/org', cookie: cookies.admin })).json();
});
afterAll(() => platform.close());

const QIANCHUAN_UNIT = '420116001000';
const NOT_FOUND_BODY = { error: { code: 'NOT_FOUND', message: '未找到该记录' } };

/** Calls a route of the access table with a random id and a minimal body. */
function callRoute(route: { method: string; url: string }, cookie?: string) {
  const url = route.url.replace(/:id\b/g, crypto.randomUUID());
  const withBody = route.method !== 'GET' && route.method !== 'DELETE';
  return platform.request({ method: route.method as 'GET', url, ...(cookie ? { cookie } : {}), ...(withBody ? { payload: {} } : {}) });
}

async function listAll(cookie: string, query = ''): Promise<TPage<TOperatorSummary>> {
  const first = (await platform.request({ method: 'GET', url: `/api/operators?pageSize=200${query}`, cookie })).json();
  const items = [...first.items];
  for (let page = 2; items.length < first.total; page++) {
    const next = await platform.request({ method: 'GET', url: `/api/operators?pageSize=200&page=${page}${query}`, cookie });
    items.push(...next.json().items);
  }
  return { ...first, items };
}

const getOperator = (id: string, cookie: string) => platform.request({ method: 'GET', url: `/api/operators/${id}`, cookie });
const unitsOfStation = (stationId: string | null) => new Set(org.stations.find((s) => s.id === stationId)?.unitCodes ?? []);

describe('route access table', () => {
  it('declares access on every /api route, with a known permission and scope', () => {
    const table = platform.app.accessTable;
    expect(table.length).toBeGreaterThanOrEqual(15);
    for (const entry of table) {
      if ('public' in entry.access) {
        expect(entry.access.public).toBe(true);
        continue;
      }
      expect([...PERMISSIONS, 'signed-in']).toContain(entry.access.permission);
      expect(['data-scope', 'bureau', 'self']).toContain(entry.access.scope);
    }
    expect(table).toContainEqual({ method: 'GET', url: '/api/operators', access: { permission: 'operator.read', scope: 'data-scope' } });
  });

  it('makes only health, the API description, sign-in and sign-out, and published data public', () => {
    const open = platform.app.accessTable.filter((e) => 'public' in e.access).map((e) => `${e.method} ${e.url}`);
    expect(open.sort()).toEqual([
      'GET /api/health',
      'GET /api/laws',
      'GET /api/laws/:id',
      'GET /api/laws/articles/:id',
      'GET /api/laws/resolve',
      'GET /api/laws/search',
      'GET /api/openapi.json',
      'GET /api/public/complaint-tickets',
      'GET /api/public/complaints/:registrationNo',
      'GET /api/public/consumer-notices',
      'GET /api/public/credit',
      'GET /api/public/credit/:id',
      'GET /api/public/food-standards',
      'GET /api/public/food-standards/:id',
      'GET /api/public/food-standards/lookup',
      'GET /api/public/guidance',
      'GET /api/public/guidance/:id',
      'GET /api/public/guidance/:id/attachments/:fileId',
      'GET /api/public/operators/:id',
      'GET /api/public/operators/:id/qr.svg',
      'GET /api/public/penalty-decisions',
      'GET /api/public/penalty-decisions/:id',
      'GET /api/public/random-draws',
      'GET /api/public/rumours',
      'GET /api/public/rumours/:id',
      'GET /api/public/sampling-results',
      'GET /api/public/search',
      'GET /api/public/service-stations',
      'GET /api/public/test-nominations',
      'POST /api/auth/login',
      'POST /api/auth/logout',
      'POST /api/public/complaints',
      'POST /api/public/test-nominations',
      'POST /api/public/test-nominations/:id/votes',
    ]);
  });

  it('answers every non-public route with 401 UNAUTHENTICATED without a session, whatever the body', async () => {
    const closed = platform.app.accessTable.filter((e) => !('public' in e.access));
    for (const route of closed) {
      const response = await callRoute(route);
      expect({ route: `${route.method} ${route.url}`, status: response.statusCode, body: response.json() }).toEqual({
        route: `${route.method} ${route.url}`,
        status: 401,
        body: { error: { code: 'UNAUTHENTICATED', message: '请先登录' } },
      });
    }
  });

  it('answers 403 FORBIDDEN to each role on the routes whose permission it lacks, and lets it through the rest', async () => {
    // A stream (GET /api/notifications/stream) never ends, and inject waits for the end: its 401 is checked above,
    // and notification.int.test.ts opens it for each role over a real socket.
    const guarded = platform.app.accessTable.filter((e): e is typeof e & { access: { permission: string } } => 'permission' in e.access && !e.stream);
    let forbiddenChecked = 0;
    for (const role of ROLES) {
      for (const route of guarded) {
        const { permission } = route.access;
        const allowed = permission === 'signed-in' || ROLE_PERMISSIONS[role].includes(permission as never);
        const response = await callRoute(route, cookies[role]);
        const label = `${role} ${route.method} ${route.url}`;
        if (allowed) {
          expect([label, response.statusCode]).not.toEqual([label, 401]);
          expect([label, response.statusCode]).not.toEqual([label, 403]);
        } else {
          expect([label, response.statusCode, response.json().error?.code]).toEqual([label, 403, 'FORBIDDEN']);
          forbiddenChecked += 1;
        }
      }
    }
    // Roles with few permissions (cadre, expert, business, leader) make most of these.
    expect(forbiddenChecked).toBeGreaterThan(30);
  });
});

describe('data scopes', () => {
  it('shows a station user only the operators of its own units, fewer than the district', async () => {
    const me = (await platform.request({ method: 'GET', url: '/api/auth/me', cookie: cookies.station })).json();
    const own = unitsOfStation(me.stationId);
    expect(own.has(QIANCHUAN_UNIT)).toBe(true);
    const station = await listAll(cookies.station);
    const district = await listAll(cookies.admin);
    expect(station.total).toBeGreaterThan(0);
    expect(station.total).toBeLessThan(district.total);
    expect(station.items).toHaveLength(station.total);
    for (const item of station.items) {
      expect(own.has(item.unitCode)).toBe(true);
      expect(item.stationId).toBe(me.stationId);
    }
    // Exactly the district's operators in those units.
    const expected = district.items
      .filter((o) => own.has(o.unitCode))
      .map((o) => o.id)
      .sort();
    expect(station.items.map((o) => o.id).sort()).toEqual(expected);
  });

  it('gives each station inspector the scope of its own station', async () => {
    for (const username of ['inspector01', 'inspector38']) {
      const cookie = await platform.login(username);
      const me = (await platform.request({ method: 'GET', url: '/api/auth/me', cookie })).json();
      const own = unitsOfStation(me.stationId);
      expect(own.size).toBeGreaterThan(0);
      const list = await listAll(cookie);
      for (const item of list.items) expect(own.has(item.unitCode)).toBe(true);
    }
  });

  it('shows district roles every operator', async () => {
    const total = (await listAll(cookies.admin)).total;
    expect(total).toBe(400);
    for (const role of ['leader', 'department', 'enforcement', 'expert'] as const) {
      expect((await listAll(cookies[role])).total).toBe(total);
    }
  });

  it("hides another station's operator from a station user: 404 without data, for reading and for changing", async () => {
    const district = await listAll(cookies.admin);
    const elsewhere = district.items.find((o) => !unitsOfStation(org.stations.find((s) => s.unitCodes.includes(QIANCHUAN_UNIT))!.id).has(o.unitCode))!;
    const read = await getOperator(elsewhere.id, cookies.station);
    expect(read.statusCode).toBe(404);
    expect(read.json()).toEqual(NOT_FOUND_BODY);
    expect(read.body).not.toContain(elsewhere.name);

    const full = (await getOperator(elsewhere.id, cookies.admin)).json() as TOperator;
    const patch = await platform.request({
      method: 'PATCH',
      url: `/api/operators/${elsewhere.id}`,
      cookie: cookies.station,
      payload: { version: full.version, name: '越权修改' },
    });
    expect(patch.statusCode).toBe(404);
    expect(patch.json()).toEqual(NOT_FOUND_BODY);
    expect((await getOperator(elsewhere.id, cookies.admin)).json().name).toBe(full.name);
  });

  it("refuses a station user creating an operator in another station's unit, or moving one there (400 unitCode)", async () => {
    const created = await platform.request({
      method: 'POST',
      url: '/api/operators',
      cookie: cookies.station,
      payload: buildOperator({ unitCode: '420116403000' }),
    });
    expect(created.statusCode).toBe(400);
    expect(created.json().error.fields).toEqual([{ path: 'unitCode', message: '所属街道（乡镇）：不在本所辖区内' }]);

    const own = await platform.request({ method: 'POST', url: '/api/operators', cookie: cookies.station, payload: buildOperator() });
    expect(own.statusCode).toBe(201);
    const moved = await platform.request({
      method: 'PATCH',
      url: `/api/operators/${own.json().id}`,
      cookie: cookies.station,
      payload: { version: own.json().version, unitCode: '420116403000' },
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().error.fields[0].path).toBe('unitCode');
    expect((await getOperator(own.json().id, cookies.admin)).json().unitCode).toBe(QIANCHUAN_UNIT);
  });

  it('shows a business user its own operator only, and keeps its status and jurisdiction out of its hands', async () => {
    const me = (await platform.request({ method: 'GET', url: '/api/auth/me', cookie: cookies.business })).json();
    expect(me.operatorId).toMatch(/^[0-9a-f-]{36}$/);
    const list = await listAll(cookies.business);
    expect(list.total).toBe(1);
    expect(list.items.map((o) => o.id)).toEqual([me.operatorId]);

    const other = (await listAll(cookies.admin)).items.find((o) => o.id !== me.operatorId)!;
    expect(await getOperator(other.id, cookies.business).then((r) => [r.statusCode, r.json()])).toEqual([404, NOT_FOUND_BODY]);

    const own = (await getOperator(me.operatorId, cookies.business)).json() as TOperator;
    const status = await platform.request({
      method: 'PATCH',
      url: `/api/operators/${own.id}`,
      cookie: cookies.business,
      payload: { version: own.version, status: 'deactivated' },
    });
    expect(status.statusCode).toBe(403);
    expect(status.json().error.code).toBe('FORBIDDEN');
    const unit = await platform.request({
      method: 'PATCH',
      url: `/api/operators/${own.id}`,
      cookie: cookies.business,
      payload: { version: own.version, unitCode: '420116403000' },
    });
    expect(unit.statusCode).toBe(403);
    expect((await getOperator(own.id, cookies.admin)).json()).toMatchObject({ status: own.status, unitCode: own.unitCode });

    // It may correct its own profile.
    const address = await platform.request({
      method: 'PATCH',
      url: `/api/operators/${own.id}`,
      cookie: cookies.business,
      payload: { version: own.version, address: '武汉市黄陂区前川街道新址 9 号' },
    });
    expect(address.statusCode).toBe(200);

    const create = await platform.request({ method: 'POST', url: '/api/operators', cookie: cookies.business, payload: buildOperator() });
    expect(create.statusCode).toBe(403);
  });

  it('shows a cadre exactly the operators assigned to its cadre record', async () => {
    const [user] = await platform.ctx.db.select().from(appUser).where(eq(appUser.username, 'cadre'));
    expect(user.cadreId).not.toBeNull();
    const assigned = await platform.ctx.db.select({ operatorId: cadreAssignment.operatorId }).from(cadreAssignment).where(eq(cadreAssignment.cadreId, user.cadreId!));
    expect(assigned.length).toBeGreaterThan(0);
    const list = await listAll(cookies.cadre);
    expect(list.items.map((o) => o.id).sort()).toEqual(assigned.map((a) => a.operatorId).sort());

    const assignedIds = new Set(assigned.map((a) => a.operatorId));
    const other = (await listAll(cookies.admin)).items.find((o) => !assignedIds.has(o.id))!;
    expect((await getOperator(other.id, cookies.cadre)).statusCode).toBe(404);
  });
});

describe('personal data', () => {
  it('shows phones in full to roles allowed to see contacts and masked to the others', async () => {
    const station = await listAll(cookies.station);
    const id = station.items[0].id;
    const full = (await getOperator(id, cookies.station)).json() as TOperator;
    expect(full.personnel.length).toBeGreaterThan(0);
    for (const p of full.personnel) {
      expect(p.phone).toMatch(/^1\d{10}$/);
      expect(p.phoneMasked).toBe(false);
    }
    for (const role of ['expert', 'leader'] as const) {
      const masked = (await getOperator(id, cookies[role])).json() as TOperator;
      expect(masked.personnel).toHaveLength(full.personnel.length);
      masked.personnel.forEach((p, i) => {
        expect(p.phoneMasked).toBe(true);
        expect(p.phone).toMatch(/^1\d{2}\*{4}\d{4}$/);
        expect(p.phone).toBe(maskPhone(full.personnel[i].phone));
      });
      expect(JSON.stringify(masked)).not.toContain(full.personnel[0].phone);
    }
  });

  it('stores personal phones SM4-encrypted, never in clear', async () => {
    const phone = '13987654321';
    const created = await platform.request({
      method: 'POST',
      url: '/api/operators',
      cookie: cookies.admin,
      payload: buildOperator({ personnel: [{ role: 'principal', name: '加密测试', phone }] }),
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().personnel[0].phone).toBe(phone);
    const rows = rowsOf<{ phone_encrypted: string }>(await platform.ctx.db.execute(sql`select phone_encrypted from personnel where operator_id = ${created.json().id}`));
    expect(rows).toHaveLength(1);
    expect(rows[0].phone_encrypted.startsWith('sm4:')).toBe(true);
    expect(rows[0].phone_encrypted).not.toContain(phone);
    expect(platform.ctx.cipher.decrypt(rows[0].phone_encrypted)).toBe(phone);

    const clear = rowsOf<{ n: number | string }>(
      await platform.ctx.db.execute(sql`select count(*) as n from personnel where phone_encrypted not like 'sm4:%' or phone_encrypted ~ '1[3-9][0-9]{9}'`),
    );
    expect(Number(clear[0].n)).toBe(0);
  });
});
