import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { TCadre, TCadreDetail } from '@shian/shared/cadre';
import type { TImportJob } from '@shian/shared/import';
import type { TPage } from '@shian/shared/http';
import { rowsOf, toInt } from '../../core/db/database.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import { multipartBody } from '../../testing/multipart.ts';
import { xlsxFile } from '../../testing/spreadsheets.ts';
import { QIANCHUAN_UNIT, QIJIAWAN_UNIT } from '../../testing/inspections.ts';

const ROLES = ['admin', 'department', 'leader', 'station', 'cadre', 'business'] as const;
let platform: TTestPlatform;
let cast: Record<(typeof ROLES)[number], string>;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(ROLES, { operators: 120 }));
});
afterAll(() => platform.close());

const get = (cookie: string, url: string) => platform.request({ method: 'GET', url, cookie });
async function page(cookie: string, query = ''): Promise<TPage<TCadre>> {
  const response = await get(cookie, `/api/cadres?${query.includes('pageSize') ? '' : 'pageSize=200'}${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
const cadreCount = async () => toInt(rowsOf<{ n: number }>(await platform.ctx.db.execute(sql`select count(*) as n from cadre`))[0].n);
const newCadre = { name: '测试干部', level: 'village', post: '村支书', workUnit: '前川街道测试村委会', unitCode: QIANCHUAN_UNIT, phone: '13812345678' };

describe('cadre registry', () => {
  it('lists about 1,800 demo cadres at the three levels, filtered by level, unit and name', async () => {
    const all = await page(cast.department, '&pageSize=1');
    expect(all.total).toBeGreaterThanOrEqual(1750);
    for (const level of ['district', 'township', 'village'] as const) {
      const some = await page(cast.department, `&level=${level}&unitCode=${QIJIAWAN_UNIT}`);
      expect(some.total).toBeGreaterThan(0);
      expect(some.items.every((c) => c.level === level && c.unitCode === QIJIAWAN_UNIT)).toBe(true);
    }
    const one = all.items[0];
    const named = await page(cast.department, `&q=${encodeURIComponent(one.name)}`);
    expect(named.items.map((c) => c.id)).toContain(one.id);
  });

  it('shows phones in full to roles that read contacts and masked to the others', async () => {
    const [full] = (await page(cast.department, '&pageSize=5')).items.filter((c) => c.phone);
    expect(full.phone).toMatch(/^1\d{10}$/);
    const masked = (await get(cast.leader, `/api/cadres/${full.id}`)).json() as TCadreDetail;
    expect(masked.phone).toBe(`${full.phone!.slice(0, 3)}****${full.phone!.slice(-4)}`);
  });

  it('keeps each role to its scope: a station its units, a cadre its own record, a business none', async () => {
    const units = rowsOf<{ code: string }>(
      await platform.ctx.db.execute(sql`select u.code from unit u join station s on s.id = u.station_id where s.name = '前川市场监督管理所'`),
    ).map((u) => u.code);
    const station = await page(cast.station);
    expect(station.total).toBeGreaterThan(0);
    expect(station.items.every((c) => units.includes(c.unitCode))).toBe(true);
    const elsewhere = (await page(cast.department, `&unitCode=${QIJIAWAN_UNIT}&pageSize=1`)).items[0];
    expect((await get(cast.station, `/api/cadres/${elsewhere.id}`)).statusCode).toBe(404);
    const [{ cadre_id: own }] = rowsOf<{ cadre_id: string }>(await platform.ctx.db.execute(sql`select cadre_id from app_user where username = 'cadre'`));
    const mine = await page(cast.cadre);
    expect(mine.items.map((c) => c.id)).toEqual([own]);
    const detail = (await get(cast.cadre, `/api/cadres/${own}`)).json() as TCadreDetail;
    expect(detail.currentSubjects.length).toBeGreaterThanOrEqual(10);
    expect(detail.currentSubjects.length).toBeLessThanOrEqual(30);
    expect(detail.history.length).toBe(detail.currentSubjects.length);
    expect((await get(cast.cadre, `/api/cadres/${elsewhere.id}`)).statusCode).toBe(404);
    expect((await get(cast.business, '/api/cadres')).statusCode).toBe(403);
  });

  it('registers and edits a cadre, refusing bad input in Chinese and a stale version with 409', async () => {
    const bad = await platform.request({ method: 'POST', url: '/api/cadres', cookie: cast.department, payload: { ...newCadre, level: 'county', phone: '123' } });
    expect(bad.statusCode).toBe(400);
    const messages = bad
      .json()
      .error.fields.map((f: { message: string }) => f.message)
      .join('\n');
    expect(messages).toContain('层级：');
    expect(messages).toContain('联系电话：');
    expect((await platform.request({ method: 'POST', url: '/api/cadres', cookie: cast.station, payload: newCadre })).statusCode).toBe(403);
    const created = await platform.request({ method: 'POST', url: '/api/cadres', cookie: cast.department, payload: newCadre });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json() as TCadreDetail;
    expect(c).toMatchObject({ name: '测试干部', level: 'village', phone: '13812345678', active: true, subjects: 0, version: 1 });
    const stored = rowsOf<{ phone_encrypted: string }>(await platform.ctx.db.execute(sql`select phone_encrypted from cadre where id = ${c.id}`))[0];
    expect(stored.phone_encrypted).toMatch(/^sm4:/);
    const edited = await platform.request({ method: 'PATCH', url: `/api/cadres/${c.id}`, cookie: cast.department, payload: { version: 1, level: 'township', active: false } });
    expect(edited.json()).toMatchObject({ level: 'township', active: false, version: 2 });
    const stale = await platform.request({ method: 'PATCH', url: `/api/cadres/${c.id}`, cookie: cast.department, payload: { version: 1, post: '网格员' } });
    expect(stale.statusCode).toBe(409);
  });

  it('opens a sign-in account once, its temporary password shown once, that sees the cadre itself', async () => {
    const c = (await platform.request({ method: 'POST', url: '/api/cadres', cookie: cast.department, payload: { ...newCadre, name: '开户干部' } })).json() as TCadreDetail;
    const send = () =>
      platform.request({ method: 'POST', url: `/api/cadres/${c.id}/account`, cookie: cast.department, payload: { version: c.version, username: 'cadre-test-01' } });
    const answers = await Promise.all([send(), send(), send()]);
    const ok = answers.filter((a) => a.statusCode === 201);
    expect(ok).toHaveLength(1);
    expect(answers.filter((a) => a.statusCode === 409)).toHaveLength(2);
    const { username, temporaryPassword } = ok[0].json();
    expect(username).toBe('cadre-test-01');
    const login = await platform.request({ method: 'POST', url: '/api/auth/login', payload: { username, password: temporaryPassword } });
    expect(login.statusCode, login.body).toBe(200);
    expect((await get(cast.department, `/api/cadres/${c.id}`)).json().username).toBe('cadre-test-01');
  });
});

describe('cadre import', () => {
  const headers = ['姓名', '层级', '职务', '工作单位', '包保街道（乡镇）', '联系电话'];
  async function upload(rows: string[][]) {
    const body = multipartBody({ fileName: '包保干部.xlsx', content: await xlsxFile([headers, ...rows]) });
    return platform.request({ method: 'POST', url: '/api/cadre-imports', cookie: cast.department, payload: body.payload, headers: body.headers });
  }

  it('lists a bad row by row, column and reason, writes nothing until confirmed, then writes the valid rows once', async () => {
    const before = await cadreCount();
    const dry = await upload([
      ['导入甲', '村（社区）级', '村支书', '前川街道甲村委会', '前川街道', '13800001111'],
      ['导入乙', '县级', '网格员', '乙社区', '不存在街道', '138'],
      ['导入丙', '区级', '区直部门负责人', '黄陂区教育局', '祁家湾街道', ''],
    ]);
    expect(dry.statusCode, dry.body).toBe(201);
    const job = dry.json() as TImportJob;
    expect(job).toMatchObject({ status: 'validated', total: 3, valid: 2, invalid: 1 });
    expect(job.errors.every((e) => e.row === 3)).toBe(true);
    expect(job.errors.map((e) => e.field).sort()).toEqual(['包保街道（乡镇）', '层级', '联系电话'].sort());
    expect(job.errors.find((e) => e.field === '包保街道（乡镇）')!.message).toContain('不是本区的街道');
    expect(await cadreCount()).toBe(before);
    const all = await platform.request({ method: 'POST', url: `/api/cadre-imports/${job.id}/commit`, cookie: cast.department, payload: { mode: 'all' } });
    expect(all.statusCode).toBe(400);
    expect(await cadreCount()).toBe(before);
    const commit = await platform.request({ method: 'POST', url: `/api/cadre-imports/${job.id}/commit`, cookie: cast.department, payload: { mode: 'valid' } });
    expect(commit.statusCode, commit.body).toBe(200);
    expect(commit.json()).toMatchObject({ status: 'done', created: 2 });
    expect(await cadreCount()).toBe(before + 2);
    const again = await platform.request({ method: 'POST', url: `/api/cadre-imports/${job.id}/commit`, cookie: cast.department, payload: { mode: 'valid' } });
    expect(again.statusCode).toBe(409);
    const imported = await page(cast.department, `&q=${encodeURIComponent('导入丙')}`);
    expect(imported.items[0]).toMatchObject({ level: 'district', unitCode: QIJIAWAN_UNIT, phone: null });
    const repeat = (await upload([['导入甲', '村（社区）级', '村支书', '前川街道甲村委会', '前川街道', '']])).json() as TImportJob;
    expect(repeat.errors[0]).toMatchObject({ row: 2, field: '姓名' });
  });

  it('offers a template with the columns it reads', async () => {
    const response = await get(cast.department, '/api/cadre-imports/template');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect((await get(cast.station, '/api/cadre-imports/template')).statusCode).toBe(403);
  });
});
