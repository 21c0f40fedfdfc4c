import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { TUser } from '@shian/shared/users';
import { rowsOf } from '../../core/db/database.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';

let platform: TTestPlatform;
let cast: Record<'admin' | 'station' | 'inspector' | 'leader' | 'cadre' | 'business' | 'department', string>;
let qianchuan: string;
let otherStation: string;
let departmentId: string;
let cadreId: string;
let operatorId: string;
let serial = 0;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin', 'station', 'inspector', 'leader', 'cadre', 'business', 'department'], { operators: 40 }));
  const one = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await platform.ctx.db.execute(query))[0];
  qianchuan = (await one<{ id: string }>(sql`select id from station where name = '前川市场监督管理所'`)).id;
  otherStation = (await one<{ id: string }>(sql`select id from station where name = '祁家湾市场监督管理所'`)).id;
  departmentId = (await one<{ id: string }>(sql`select id from department where name = '流通科'`)).id;
  cadreId = (await one<{ id: string }>(sql`select c.id from cadre c where not exists (select 1 from app_user u where u.cadre_id = c.id) order by c.name limit 1`)).id;
  operatorId = (await one<{ id: string }>(sql`select id from operator where id not in (select operator_id from app_user where operator_id is not null) order by uscc limit 1`)).id;
});
afterAll(() => platform.close());

const name = () => `user-test-${++serial}`;
const create = (payload: Record<string, unknown>, cookie = cast.admin) =>
  platform.request({ method: 'POST', url: '/api/users', cookie, payload: { username: name(), displayName: `测试用户${serial}`, password: 'Start-Pass1', ...payload } });
const list = (query: string, cookie = cast.admin) => platform.request({ method: 'GET', url: `/api/users?${query}`, cookie });
const patch = (id: string, payload: Record<string, unknown>, cookie = cast.admin) => platform.request({ method: 'PATCH', url: `/api/users/${id}`, cookie, payload });
const adminId = async () => (await platform.request({ method: 'GET', url: '/api/auth/me', cookie: cast.admin })).json().id as string;

describe('user list', () => {
  it("pages the bureau's users with their total, and searches names with LIKE characters taken literally", async () => {
    const page1 = (await list('page=1&pageSize=3')).json();
    const page2 = (await list('page=2&pageSize=3')).json();
    expect(page1.items).toHaveLength(3);
    expect(page1.total).toBeGreaterThanOrEqual(9);
    expect(page2.items.map((u: TUser) => u.id)).not.toContain(page1.items[0].id);
    const found = (await list(`q=${encodeURIComponent('inspec')}`)).json();
    expect(found.items.map((u: TUser) => u.username)).toContain('inspector');
    expect(found.items.every((u: TUser) => `${u.username}${u.displayName}`.toLowerCase().includes('inspec'))).toBe(true);
    expect((await list(`q=${encodeURIComponent('%')}`)).json().total).toBe(0);
  });

  it('filters by role, station and status', async () => {
    const inspectors = (await list('role=inspector&pageSize=200')).json();
    expect(inspectors.total).toBeGreaterThan(0);
    expect(inspectors.items.every((u: TUser) => u.role === 'inspector')).toBe(true);
    const atQianchuan = (await list(`stationId=${qianchuan}&pageSize=200`)).json();
    expect(atQianchuan.items.map((u: TUser) => u.username)).toEqual(expect.arrayContaining(['station', 'inspector']));
    expect(atQianchuan.items.every((u: TUser) => u.stationId === qianchuan && u.stationName === '前川市场监督管理所')).toBe(true);
    const inactive = (await list('active=false')).json();
    expect(inactive.items.every((u: TUser) => !u.active)).toBe(true);
  });

  it('is refused to every role but the administrator, on every admin route', async () => {
    const someone = (await list('q=inspector')).json().items[0].id;
    for (const role of ['leader', 'station', 'inspector', 'cadre', 'business', 'department'] as const) {
      const cookie = cast[role];
      const answers = await Promise.all([
        list('', cookie),
        platform.request({ method: 'GET', url: `/api/users/${someone}`, cookie }),
        create({ role: 'expert' }, cookie),
        patch(someone, { version: 1, displayName: '越权' }, cookie),
        platform.request({ method: 'POST', url: `/api/users/${someone}/lock`, cookie }),
        platform.request({ method: 'POST', url: `/api/users/${someone}/reset-password`, cookie }),
        platform.request({ method: 'DELETE', url: `/api/users/${someone}/sessions`, cookie }),
        platform.request({ method: 'GET', url: '/api/users/import-template', cookie }),
      ]);
      expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 403));
    }
  });
});

describe('creating users', () => {
  it('creates each role with the link it needs, and refuses it without', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['inspector', { stationId: qianchuan }, 'stationId'],
      ['station', { stationId: otherStation }, 'stationId'],
      ['department', { departmentId }, 'departmentId'],
      ['business', { operatorId }, 'operatorId'],
      ['cadre', { cadreId }, 'cadreId'],
    ];
    for (const [role, link, field] of cases) {
      const missing = await create({ role });
      expect(missing.statusCode, role).toBe(400);
      expect(missing.json().error.fields.map((f: { path: string }) => f.path)).toEqual([field]);
      const created = await create({ role, ...link });
      expect(created.statusCode, role).toBe(201);
      const user: TUser = created.json();
      expect(user).toMatchObject({ role, ...link, mustChangePassword: true, statuses: ['mustChangePassword'] });
      expect(JSON.stringify(user)).not.toContain('argon2');
    }
    const expert = (await create({ role: 'expert', stationId: qianchuan })).json();
    expect(expert.stationId).toBeNull();
  });

  it('refuses links outside the bureau, a second account for a cadre, and audits without the hash', async () => {
    const foreign = await create({ role: 'inspector', stationId: crypto.randomUUID() });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields[0].message).toBe('市场监管所：不是本局的记录');
    expect((await create({ role: 'cadre', cadreId })).statusCode).toBe(409);
    const made = (await create({ role: 'expert' })).json();
    const audit = (await platform.request({ method: 'GET', url: `/api/audit?entity=user&entityId=${made.id}`, cookie: cast.admin })).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(['create']);
    expect(JSON.stringify(audit.items)).not.toMatch(/passwordHash|argon2/);
  });
});

describe('editing users', () => {
  it('edits name, role and station; a stale version answers 409', async () => {
    const user: TUser = (await create({ role: 'inspector', stationId: qianchuan })).json();
    const moved = await patch(user.id, { version: user.version, displayName: '调岗检查员', role: 'station', stationId: otherStation });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ displayName: '调岗检查员', role: 'station', stationId: otherStation, version: user.version + 1 });
    const stale = await patch(user.id, { version: user.version, displayName: '过期' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const toDepartment = await patch(user.id, { version: user.version + 1, role: 'department' });
    expect(toDepartment.json().error.fields[0].path).toBe('departmentId');
  });

  it('lets nobody change, lock, deactivate or reset their own account', async () => {
    const self = await adminId();
    const answers = await Promise.all([
      patch(self, { version: 1, role: 'admin', displayName: '自己' }),
      platform.request({ method: 'POST', url: `/api/users/${self}/lock`, cookie: cast.admin }),
      platform.request({ method: 'POST', url: `/api/users/${self}/deactivate`, cookie: cast.admin }),
      platform.request({ method: 'POST', url: `/api/users/${self}/reset-password`, cookie: cast.admin }),
    ]);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(403);
      expect(answer.json().error).toMatchObject({ code: 'OWN_ACCOUNT' });
      expect(answer.json().error.message).toMatch(/^不能对自己的账号执行“.+”，请由其他管理员操作$/);
    }
  });

  it('answers 404 for an id of no user', async () => {
    expect((await platform.request({ method: 'GET', url: `/api/users/${crypto.randomUUID()}`, cookie: cast.admin })).statusCode).toBe(404);
  });
});

describe('a business invites its food safety officer', () => {
  const invite = (username: string) =>
    platform.request({ method: 'POST', url: '/api/users/invite-officer', cookie: cast.business, payload: { username, displayName: '食品安全员', password: 'Officer-Pass1' } });

  it('creates business accounts on its own operator only, up to the limit', async () => {
    const own = (await platform.request({ method: 'GET', url: '/api/auth/me', cookie: cast.business })).json().operatorId;
    const before = (await platform.request({ method: 'GET', url: '/api/users/officers', cookie: cast.business })).json().length;
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await invite(name()));
    const made = answers.filter((a) => a.statusCode === 201).map((a) => a.json() as TUser);
    expect(made).toHaveLength(3 - before);
    expect(made.every((u) => u.role === 'business' && u.operatorId === own && u.mustChangePassword)).toBe(true);
    expect(answers.at(-1)!.statusCode).toBe(400);
    expect(answers.at(-1)!.json().error.message).toContain('每个经营主体最多 3 个账号');
    expect((await platform.request({ method: 'GET', url: '/api/users/officers', cookie: cast.business })).json()).toHaveLength(3);
  });

  it('finds no own operator for staff', async () => {
    const answer = await platform.request({
      method: 'POST',
      url: '/api/users/invite-officer',
      cookie: cast.inspector,
      payload: { username: name(), displayName: '某人', password: 'Officer-Pass1' },
    });
    expect(answer.statusCode).toBe(404);
  });
});
