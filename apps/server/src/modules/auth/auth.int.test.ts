import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { rowsOf } from '../../core/db/database.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import { DEMO_PASSWORD } from '../demo/demo.public.ts';
import { appUser } from '../user/user.schema.ts';
import { verifyPassword } from '../../core/password.ts';
import { sm3 } from '../../core/crypto.ts';
import {
  endIdleSessions,
  endLoginWindows,
  IDLE_MINUTES,
  login,
  LOGIN_WINDOW_MINUTES,
  MAX_ACCOUNT_LOGINS,
  MAX_FAILED_LOGINS,
  MAX_IP_LOGINS,
  resolveSession,
} from './auth.service.ts';

let platform: TTestPlatform;
let cast: Record<'admin', string>;
let userSerial = 0;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin']));
});
afterAll(() => platform.close());

const MINUTE = 60_000;
const tokenOf = (cookie: string) => cookie.slice('shian_sid='.length);

/** A fresh account for tests that lock it or change its password, so that demo accounts stay usable. */
async function createUser(password = 'Start-Pass1') {
  userSerial += 1;
  const username = `auth-test-${userSerial}`;
  const response = await platform.request({
    method: 'POST',
    url: '/api/users',
    cookie: cast.admin,
    payload: { username, displayName: `认证测试${userSerial}`, password, role: 'expert' },
  });
  expect(response.statusCode).toBe(201);
  return { username, password, id: response.json().id as string };
}

/** A sign-in from `remoteAddress`: tests that pause sign-ins each use their own address. */
const postLogin = (username: string, password: string, headers: Record<string, string> = {}, remoteAddress = '127.0.0.1') =>
  platform.request({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers, remoteAddress });

let addressSerial = 0;
const nextAddress = () => `198.51.100.${++addressSerial}`;

const REFUSED = { error: { code: 'INVALID_CREDENTIALS', message: '用户名或密码错误；连续失败 5 次后需等待 15 分钟再试' } };

const me = (cookie?: string) => platform.request({ method: 'GET', url: '/api/auth/me', ...(cookie ? { cookie } : {}) });

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie for the whole site and answers with the user', async () => {
    const response = await postLogin('station', DEMO_PASSWORD);
    expect(response.statusCode).toBe(200);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^shian_sid=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Strict/i);
    expect(setCookie).toMatch(/;\s*Path=\/(;|$)/);
    // Outside production the cookie is not Secure, so that http://localhost works.
    expect(setCookie).not.toMatch(/Secure/i);
    expect(response.json()).toMatchObject({ username: 'station', role: 'station', scope: 'station' });
    expect(response.json()).not.toHaveProperty('passwordHash');
  });

  it('answers /api/auth/me with the user when signed in, and 401 UNAUTHENTICATED without a cookie', async () => {
    const cookie = await platform.login('inspector');
    const signedIn = await me(cookie);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toMatchObject({ username: 'inspector', role: 'inspector', scope: 'station' });
    expect(signedIn.json().permissions).toContain('operator.write');
    expect(signedIn.json().permissions).not.toContain('operator.import');

    const anonymous = await me();
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: '请先登录' } });

    const forged = await me('shian_sid=not-a-real-token');
    expect(forged.statusCode).toBe(401);
  });

  it('refuses a wrong password with 401 INVALID_CREDENTIALS in Chinese, and in English on request', async () => {
    const response = await postLogin('leader', 'Wrong@2026');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual(REFUSED);
    expect(response.headers['set-cookie']).toBeUndefined();
    const en = await postLogin('leader', 'Wrong@2026', { 'accept-language': 'en' });
    expect(en.json().error.message).toBe('Wrong username or password; after 5 failures, wait 15 minutes before trying again');
  });

  it('refuses an empty or malformed login body with VALIDATION_FAILED', async () => {
    const response = await postLogin('', '');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
    expect(response.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['username', 'password']);
  });

  it(`pauses sign-in for the account from that address after ${MAX_FAILED_LOGINS} tries, refusing even the right password, until the window ends`, async () => {
    const user = await createUser();
    const from = nextAddress();
    for (let i = 1; i <= MAX_FAILED_LOGINS; i++) expect((await postLogin(user.username, `Wrong-pass${i}`, {}, from)).statusCode).toBe(401);

    const right = await postLogin(user.username, user.password, {}, from);
    expect(right.statusCode).toBe(401);
    expect(right.json()).toEqual(REFUSED);
    expect(right.headers['set-cookie']).toBeUndefined();

    // The lock is recorded in the audit trail.
    const audit = await platform.request({ method: 'GET', url: `/api/audit?entity=user&entityId=${user.id}`, cookie: cast.admin });
    expect(audit.json().items.map((e: { action: string }) => e.action)).toContain('lock');

    // Still paused just before the window ends; once it has, the right password works again.
    const at = (minutes: number) => new Date(Date.now() + minutes * MINUTE);
    const signIn = (now: Date) => login(platform.ctx.db, { username: user.username, password: user.password }, { production: false, ip: from, now });
    await expect(signIn(at(LOGIN_WINDOW_MINUTES - 1))).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect((await signIn(at(LOGIN_WINDOW_MINUTES + 1))).user.username).toBe(user.username);
  });

  it('a success resets the count of its address', async () => {
    const user = await createUser();
    const from = nextAddress();
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) await postLogin(user.username, `Wrong-pass${i}`, {}, from);
    expect((await postLogin(user.username, user.password, {}, from)).statusCode).toBe(200);
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) expect((await postLogin(user.username, `Wrong-pass${i}`, {}, from)).statusCode).toBe(401);
    expect((await postLogin(user.username, user.password, {}, from)).statusCode).toBe(200);
  });
});

describe('guessing', () => {
  it('50 parallel sign-ins, 49 wrong and the right password last: none signs in', async () => {
    const user = await createUser();
    const from = nextAddress();
    const guesses = Array.from({ length: 49 }, (_, i) => `Wrong-guess${i}`).concat(user.password);
    const answers = await Promise.all(guesses.map((password) => postLogin(user.username, password, {}, from)));
    // Refused as guesses, or, past the address's limit, as too many requests.
    expect(new Set(answers.map((a) => a.statusCode))).toEqual(new Set([401, 429]));
    expect(answers.every((a) => a.headers['set-cookie'] === undefined)).toBe(true);
  });

  it(`checks at most ${MAX_FAILED_LOGINS} passwords of 50 parallel guesses: each is counted before its check`, async () => {
    const user = await createUser();
    let checks = 0;
    const verify: typeof verifyPassword = (hash, password) => {
      checks += 1;
      return verifyPassword(hash, password);
    };
    const from = nextAddress();
    const guesses = Array.from({ length: 50 }, (_, i) => login(platform.ctx.db, { username: user.username, password: `Wrong-guess${i}` }, { production: false, ip: from, verify }));
    const outcomes = await Promise.allSettled(guesses);
    expect(new Set(outcomes.map((o) => o.status === 'rejected' && o.reason.code))).toEqual(new Set(['INVALID_CREDENTIALS', 'RATE_LIMITED']));
    expect(checks).toBeGreaterThan(0);
    expect(checks).toBeLessThanOrEqual(MAX_FAILED_LOGINS);
  });

  it('answers an unknown user name exactly like a real one, before and after the pause', async () => {
    const user = await createUser();
    const from = nextAddress();
    const answersFor = async (username: string) => {
      const answers = [];
      for (let i = 0; i <= MAX_FAILED_LOGINS; i++) answers.push(await postLogin(username, `Wrong-pass${i}`, {}, from));
      answers.push(await postLogin(username, user.password, {}, from));
      return answers.map((a) => ({ status: a.statusCode, body: a.json() }));
    };
    const real = await answersFor(user.username);
    const unknown = await answersFor(`nobody-${user.username}`);
    expect(real).toEqual(unknown);
    expect(new Set(real.map((a) => JSON.stringify(a)))).toEqual(new Set([JSON.stringify({ status: 401, body: REFUSED })]));
  });

  it('a stranger who pauses an account from his address does not lock the owner out', async () => {
    const user = await createUser();
    const stranger = nextAddress();
    for (let i = 0; i <= MAX_FAILED_LOGINS; i++) await postLogin(user.username, `Wrong-pass${i}`, {}, stranger);
    expect((await postLogin(user.username, user.password, {}, stranger)).statusCode).toBe(401);
    expect((await postLogin(user.username, user.password, {}, nextAddress())).statusCode).toBe(200);
  });

  it(`pauses the account from every address after ${MAX_ACCOUNT_LOGINS} tries from many, shows the lock in the user list`, async () => {
    const user = await createUser();
    const addresses = Array.from({ length: MAX_ACCOUNT_LOGINS / MAX_FAILED_LOGINS }, () => nextAddress());
    for (const from of addresses) {
      for (let i = 1; i <= MAX_FAILED_LOGINS; i++) expect((await postLogin(user.username, `Wrong-pass${i}`, {}, from)).statusCode).toBe(401);
    }
    expect((await postLogin(user.username, user.password, {}, nextAddress())).statusCode).toBe(401);
    const listed = (await platform.request({ method: 'GET', url: `/api/users/${user.id}`, cookie: cast.admin })).json();
    expect(new Date(listed.lockedUntil).getTime()).toBeGreaterThan(Date.now());
  });

  it(`answers 429 with Retry-After to an address after ${MAX_IP_LOGINS} failed sign-ins, whatever the names`, async () => {
    const from = nextAddress();
    for (let i = 1; i <= MAX_IP_LOGINS; i++) expect((await postLogin(`someone-${i}`, 'Wrong-pass1', {}, from)).statusCode).toBe(401);
    const refusedAddress = await postLogin('admin', DEMO_PASSWORD, {}, from);
    expect(refusedAddress.statusCode).toBe(429);
    expect(refusedAddress.json().error.code).toBe('RATE_LIMITED');
    const retryAfter = Number(refusedAddress.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(LOGIN_WINDOW_MINUTES * 60);
    // Other addresses are not affected.
    expect((await postLogin('admin', DEMO_PASSWORD, {}, nextAddress())).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it(`ends a session idle for more than ${IDLE_MINUTES} minutes`, async () => {
    const cookie = await platform.login('expert');
    expect((await me(cookie)).statusCode).toBe(200);
    const idle = new Date(Date.now() + (IDLE_MINUTES + 1) * MINUTE);
    expect(await resolveSession(platform.ctx.db, tokenOf(cookie), idle)).toBeNull();
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('keeps a session alive while it is used (the idle time counts from the last request)', async () => {
    const cookie = await platform.login('expert');
    const token = tokenOf(cookie);
    const start = Date.now();
    const at = (minutes: number) => new Date(start + minutes * MINUTE);
    expect(await resolveSession(platform.ctx.db, token, at(IDLE_MINUTES - 1))).toMatchObject({ username: 'expert' });
    // 2 * IDLE - 2 minutes after sign-in, but only IDLE - 1 after the last use.
    expect(await resolveSession(platform.ctx.db, token, at(2 * IDLE_MINUTES - 2))).toMatchObject({ username: 'expert' });
    expect(await resolveSession(platform.ctx.db, token, at(3 * IDLE_MINUTES))).toBeNull();
  });

  it('the hourly housekeeping deletes idle sessions and keeps the ones in use', async () => {
    const idle = sm3(tokenOf(await platform.login('expert')));
    const fresh = await platform.login('expert');
    // Moving one session's last use back, not the clock forward: the other tests' sessions stay in use.
    await platform.ctx.db.execute(sql`update session set last_seen_at = now() - interval '${sql.raw(String(IDLE_MINUTES + 1))} minutes' where token_hash = ${idle}`);
    await endIdleSessions(platform.ctx.db);
    const left = rowsOf<{ n: number }>(await platform.ctx.db.execute(sql`select count(*)::int as n from session where token_hash = ${idle}`));
    expect(left[0].n).toBe(0);
    expect((await me(fresh)).statusCode).toBe(200);
  });

  it('the hourly housekeeping deletes sign-in counters whose window has ended, and keeps the current ones', async () => {
    const old = new Date(Date.now() - (LOGIN_WINDOW_MINUTES + 1) * MINUTE);
    await platform.ctx.db.execute(sql`insert into login_attempt (key, attempts, window_start) values ('ip:203.0.113.9', 3, ${old.toISOString()}), ('ip:203.0.113.10', 2, now())`);
    await endLoginWindows(platform.ctx.db);
    const left = rowsOf<{ key: string }>(await platform.ctx.db.execute(sql`select key from login_attempt where key like 'ip:203.0.113.%'`));
    expect(left.map((r) => r.key)).toEqual(['ip:203.0.113.10']);
  });

  it('signing out invalidates the cookie and clears it', async () => {
    const cookie = await platform.login('expert');
    const other = await platform.login('expert');
    const response = await platform.request({ method: 'POST', url: '/api/auth/logout', cookie });
    expect(response.statusCode).toBe(204);
    const cleared = response.cookies.find((c) => c.name === 'shian_sid');
    expect(cleared?.value).toBe('');
    expect((await me(cookie)).statusCode).toBe(401);
    // Only that session ends.
    expect((await me(other)).statusCode).toBe(200);
  });

  it('refuses a state-changing request without X-Requested-With (403 CSRF_HEADER_MISSING)', async () => {
    const cookie = await platform.login('expert');
    const logout = await platform.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(logout.statusCode).toBe(403);
    expect(logout.json()).toEqual({ error: { code: 'CSRF_HEADER_MISSING', message: '请求缺少 X-Requested-With 头，已拒绝' } });
    // The session survived the refused request.
    expect((await me(cookie)).statusCode).toBe(200);

    const loginWithout = await platform.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'expert', password: DEMO_PASSWORD },
    });
    expect(loginWithout.statusCode).toBe(403);
    expect(loginWithout.json().error.code).toBe('CSRF_HEADER_MISSING');
    expect(loginWithout.headers['set-cookie']).toBeUndefined();

    const patch = await platform.app.inject({
      method: 'PATCH',
      url: `/api/operators/${crypto.randomUUID()}`,
      headers: { cookie: cast.admin },
      payload: { version: 1, name: 'x' },
    });
    expect(patch.statusCode).toBe(403);
    expect(patch.json().error.code).toBe('CSRF_HEADER_MISSING');

    // Reads need no header.
    expect((await platform.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
  });
});

describe('password change', () => {
  const changePassword = (cookie: string, payload: { currentPassword: string; newPassword: string }) =>
    platform.request({ method: 'POST', url: '/api/auth/password', cookie, payload });

  it('refuses a weak new password, naming the field', async () => {
    const user = await createUser();
    const cookie = await platform.login(user.username, user.password);
    const response = await changePassword(cookie, { currentPassword: user.password, newPassword: 'password' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: 'newPassword', message: '新密码：至少 8 位，且包含大写字母、小写字母、数字、符号中的三类' }]);
  });

  it('refuses a wrong current password, and a new password equal to the current one', async () => {
    const user = await createUser();
    const cookie = await platform.login(user.username, user.password);
    const wrong = await changePassword(cookie, { currentPassword: 'Not-the-one1', newPassword: 'Brand-New-Pass2' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual([{ path: 'currentPassword', message: '当前密码：不正确' }]);

    const same = await changePassword(cookie, { currentPassword: user.password, newPassword: user.password });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.fields[0].path).toBe('newPassword');
    // Neither attempt changed the password.
    expect((await postLogin(user.username, user.password)).statusCode).toBe(200);
  });

  it('changes the password: the old one stops working, the new one works, other sessions end', async () => {
    const user = await createUser();
    const cookie = await platform.login(user.username, user.password);
    const otherDevice = await platform.login(user.username, user.password);
    const response = await changePassword(cookie, { currentPassword: user.password, newPassword: 'Brand-New-Pass2' });
    expect(response.statusCode).toBe(204);

    expect((await postLogin(user.username, user.password)).statusCode).toBe(401);
    expect((await postLogin(user.username, 'Brand-New-Pass2')).statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(200);
    expect((await me(otherDevice)).statusCode).toBe(401);
  });

  it('requires a session', async () => {
    const response = await platform.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'x', newPassword: 'Brand-New-Pass2' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('UNAUTHENTICATED');
  });
});

describe('accounts', () => {
  it('refuses demo accounts in production, but not real ones', async () => {
    await expect(login(platform.ctx.db, { username: 'admin', password: DEMO_PASSWORD }, { production: true, ip: '127.0.0.1' })).rejects.toMatchObject({
      code: 'ACCOUNT_DISABLED',
      status: 403,
    });
    const user = await createUser();
    const result = await login(platform.ctx.db, { username: user.username, password: user.password }, { production: true, ip: '127.0.0.1' });
    expect(result.user.username).toBe(user.username);
    expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('stores passwords as argon2id hashes and session tokens only as digests', async () => {
    const user = await createUser('Stored-Hash-Pass3');
    const [row] = await platform.ctx.db.select().from(appUser).where(eq(appUser.username, user.username));
    expect(row.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(row.passwordHash).not.toContain('Stored-Hash-Pass3');

    const cookie = await platform.login(user.username, user.password);
    const result = await platform.ctx.db.execute(sql`select token_hash from session where user_id = ${row.id}`);
    const hashes = rowsOf<{ token_hash: string }>(result).map((r) => r.token_hash);
    expect(hashes).toHaveLength(1);
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(hashes[0]).not.toBe(tokenOf(cookie));
  });

  it('never lists password hashes in the user list', async () => {
    const response = await platform.request({ method: 'GET', url: '/api/users?pageSize=200', cookie: cast.admin });
    expect(response.statusCode).toBe(200);
    expect(response.json().total).toBeGreaterThanOrEqual(9 + 38);
    expect(response.json().items.length).toBeGreaterThanOrEqual(9 + 38);
    expect(response.body).not.toContain('$argon2');
  });
});
