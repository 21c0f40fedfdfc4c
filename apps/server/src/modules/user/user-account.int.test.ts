import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TUser, TUserImportDryRun, TUserImportResult } from '@shian/shared/users';
import { signedInPlatform } from '../../testing/signed-in.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { multipartBody } from '../../testing/multipart.ts';
import { readXlsx, xlsxFile } from '../../testing/spreadsheets.ts';

let platform: TTestPlatform;
let admin: string;
let serial = 0;
const PASSWORD = 'Start-Pass1';

beforeAll(async () => {
  ({
    platform,
    cookies: { admin },
  } = await signedInPlatform(['admin'], { operators: 20 }));
});
afterAll(() => platform.close());

const name = () => `account-test-${++serial}`;
async function createExpert(): Promise<TUser & { password: string }> {
  const response = await platform.request({
    method: 'POST',
    url: '/api/users',
    cookie: admin,
    payload: { username: name(), displayName: `账号测试${serial}`, password: PASSWORD, role: 'expert' },
  });
  expect(response.statusCode).toBe(201);
  return { ...response.json(), password: PASSWORD };
}
const act = (id: string, step: string, payload?: object) => platform.request({ method: 'POST', url: `/api/users/${id}/${step}`, cookie: admin, ...(payload ? { payload } : {}) });
const login = (username: string, password: string) => platform.request({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
const cookieOf = (response: { headers: Record<string, unknown> }) => String(response.headers['set-cookie']).split(';')[0];
const get = (url: string, cookie: string) => platform.request({ method: 'GET', url, cookie });
const changePassword = (cookie: string, currentPassword: string, newPassword: string) =>
  platform.request({ method: 'POST', url: '/api/auth/password', cookie, payload: { currentPassword, newPassword } });

/** Signs in and changes the first password, as a new account must; answers the cookie. */
async function signInReady(user: { username: string; password: string }) {
  const cookie = cookieOf(await login(user.username, user.password));
  expect((await changePassword(cookie, user.password, 'Changed-Pass9')).statusCode).toBe(204);
  return cookie;
}

describe('password reset and the must-change rule', () => {
  it('a new account answers only me and the password change until its first password is changed', async () => {
    const user = await createExpert();
    const cookie = cookieOf(await login(user.username, user.password));
    expect((await get('/api/auth/me', cookie)).json().mustChangePassword).toBe(true);
    const refused = await get('/api/operators', cookie);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await changePassword(cookie, user.password, 'Changed-Pass9')).statusCode).toBe(204);
    expect((await get('/api/auth/me', cookie)).json().mustChangePassword).toBe(false);
    expect((await get('/api/operators', cookie)).statusCode).toBe(200);
  });

  it('resets to a temporary password shown once: sessions end, the old password fails, the new one must be changed', async () => {
    const user = await createExpert();
    const before = await signInReady(user);
    const reset = await act(user.id, 'reset-password');
    expect(reset.statusCode).toBe(200);
    const { temporaryPassword, user: after } = reset.json();
    expect(temporaryPassword).toMatch(/^.{12}$/);
    expect(after.statuses).toEqual(['mustChangePassword']);
    expect((await get('/api/auth/me', before)).statusCode).toBe(401);
    expect((await login(user.username, 'Changed-Pass9')).statusCode).toBe(401);
    const cookie = cookieOf(await login(user.username, temporaryPassword));
    expect((await get('/api/inspections', cookie)).json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await changePassword(cookie, temporaryPassword, 'Third-Pass7')).statusCode).toBe(204);
    expect((await get('/api/inspections', cookie)).statusCode).toBe(200);
    // The password an administrator gives is used as is; the audit trail holds neither password nor hash.
    expect((await act(user.id, 'reset-password', { password: 'Given-Pass8' })).json().temporaryPassword).toBe('Given-Pass8');
    const audit = (await get(`/api/audit?entity=user&entityId=${user.id}`, admin)).json();
    expect(audit.items.filter((e: { action: string }) => e.action === 'reset_password')).toHaveLength(2);
    expect(JSON.stringify(audit.items)).not.toMatch(/Given-Pass8|argon2|passwordHash/);
  });
});

describe('lock, deactivation and sessions', () => {
  it('a locked account cannot sign in; unlocking lets it and clears its failed sign-ins', async () => {
    const user = await createExpert();
    await signInReady(user);
    for (let i = 0; i < 4; i++) expect((await login(user.username, `Wrong-pass${i}`)).statusCode).toBe(401);
    const locked = await act(user.id, 'lock');
    expect(locked.json().statuses).toEqual(['locked']);
    const refused = await login(user.username, 'Changed-Pass9');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('ACCOUNT_LOCKED');
    expect((await act(user.id, 'unlock')).json().statuses).toEqual(['active']);
    // The four failures were forgotten: four more still leave the right password working.
    for (let i = 0; i < 4; i++) expect((await login(user.username, `Wrong-again${i}`)).statusCode).toBe(401);
    expect((await login(user.username, 'Changed-Pass9')).statusCode).toBe(200);
  });

  it('deactivation ends the sessions and blocks sign-in; activation lets the user back', async () => {
    const user = await createExpert();
    const cookie = await signInReady(user);
    await login(user.username, 'Changed-Pass9');
    const sessions = (await get(`/api/users/${user.id}/sessions`, admin)).json();
    expect(sessions).toHaveLength(2);
    expect(Object.keys(sessions[0]).sort()).toEqual(['createdAt', 'id', 'lastSeenAt']);
    expect((await act(user.id, 'deactivate')).json()).toMatchObject({ active: false, statuses: ['deactivated'] });
    expect((await get('/api/auth/me', cookie)).statusCode).toBe(401);
    expect((await get(`/api/users/${user.id}/sessions`, admin)).json()).toEqual([]);
    expect((await login(user.username, 'Changed-Pass9')).json().error.code).toBe('ACCOUNT_DISABLED');
    await act(user.id, 'activate');
    expect((await login(user.username, 'Changed-Pass9')).statusCode).toBe(200);
  });

  it('ends all sessions of a user on request', async () => {
    const user = await createExpert();
    const cookie = await signInReady(user);
    const ended = await platform.request({ method: 'DELETE', url: `/api/users/${user.id}/sessions`, cookie: admin });
    expect(ended.json()).toEqual({ ended: 1 });
    expect((await get('/api/auth/me', cookie)).statusCode).toBe(401);
  });
});

describe('import', () => {
  const HEADERS = ['用户名', '姓名', '角色', '所属监管所', '所属科室', '统一社会信用代码', '包保干部编号或姓名', '初始密码'];
  const upload = async (table: string[][]) =>
    platform.request({ method: 'POST', url: '/api/users/imports', cookie: admin, ...multipartBody({ fileName: 'users.xlsx', content: await xlsxFile(table) }) });
  const commit = (id: string, rows: number[]) => platform.request({ method: 'POST', url: `/api/users/imports/${id}/commit`, cookie: admin, payload: { rows } });

  it('serves a template with the columns it reads', async () => {
    const template = await get('/api/users/import-template', admin);
    expect(template.statusCode).toBe(200);
    expect((await readXlsx(template.rawPayload))[0]).toEqual(HEADERS);
  });

  it('reports each bad row by column in Chinese, then writes only the valid rows chosen', async () => {
    const [a, b, c] = [name(), name(), name()];
    const demoCadre = (await get('/api/users?role=cadre', admin)).json().items.find((u: TUser) => u.username === 'cadre').cadreId;
    const dry = await upload([
      HEADERS,
      [a, '导入检查员', '监管所检查员', '前川所', '', '', '', ''],
      [b, '导入科员', '科室人员', '', '流通科', '', '', 'Given-Pass8'],
      [c, '导入第三人', '专家', '', '', '', '', ''],
      ['admin', '重名', '专家', '', '', '', '', ''],
      [name(), '无所', '监管所检查员', '不存在所', '', '', '', ''],
      [name(), '坏角色', '站长', '', '', '', '', ''],
      [name(), '弱密码', '专家', '', '', '', '', '123'],
      [name(), '已有账号的干部', '包保干部', '', '', '', demoCadre, ''],
    ]);
    expect(dry.statusCode).toBe(201);
    const report: TUserImportDryRun = dry.json();
    expect(report.total).toBe(8);
    expect(report.valid.map((v) => v.row)).toEqual([2, 3, 4]);
    expect(report.errors).toEqual([
      { row: 5, field: '用户名', message: '该用户名已存在' },
      { row: 6, field: '所属监管所', message: '不是本局的监管所' },
      { row: 7, field: '角色', message: '不是有效的角色名称' },
      { row: 8, field: '初始密码', message: expect.stringContaining('至少 8 位') },
      { row: 9, field: '包保干部编号或姓名', message: '该包保干部已有账号' },
    ]);
    expect((await commit(report.id, [2, 5])).statusCode).toBe(400);

    const done = await commit(report.id, [2, 3]);
    expect(done.statusCode).toBe(200);
    const result: TUserImportResult = done.json();
    expect(result.created.map((u) => [u.row, u.username, u.temporaryPassword === null])).toEqual([
      [2, a, false],
      [3, b, true],
    ]);
    const listed = (await get(`/api/users?q=${c}`, admin)).json();
    expect(listed.total).toBe(0);
    const inspector = (await get(`/api/users?q=${a}`, admin)).json().items[0];
    expect(inspector).toMatchObject({ role: 'inspector', stationName: '前川市场监督管理所', mustChangePassword: true });
    expect((await login(a, result.created[0].temporaryPassword!)).statusCode).toBe(200);
    expect((await login(b, 'Given-Pass8')).statusCode).toBe(200);
    // A dry run commits once.
    expect((await commit(report.id, [4])).statusCode).toBe(404);
  });

  it('writes nothing for an empty choice or a file without the required columns', async () => {
    const d = name();
    const dry: TUserImportDryRun = (await upload([HEADERS, [d, '不导入', '专家', '', '', '', '', '']])).json();
    expect((await commit(dry.id, [])).json()).toEqual({ created: [], errors: [] });
    expect((await get(`/api/users?q=${d}`, admin)).json().total).toBe(0);
    const bad = await upload([
      ['姓名', '角色'],
      ['某人', '专家'],
    ]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('文件缺少必需的列：用户名');
  });
});
