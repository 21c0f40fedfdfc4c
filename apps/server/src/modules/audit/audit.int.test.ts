import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { TAuditEntry } from '@shian/shared/audit';
import { rowsOf } from '../../core/db/database.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import { buildOperator } from '../../testing/factories.ts';

let platform: TTestPlatform;
let cast: Record<'admin', string>;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin']));
});
afterAll(() => platform.close());

async function auditOf(query: string, cookie = cast.admin): Promise<TAuditEntry[]> {
  const response = await platform.request({ method: 'GET', url: `/api/audit?pageSize=200&${query}`, cookie });
  expect(response.statusCode).toBe(200);
  return response.json().items;
}

async function verify() {
  const response = await platform.request({ method: 'GET', url: '/api/audit/verify', cookie: cast.admin });
  expect(response.statusCode).toBe(200);
  return response.json() as { ok: boolean; checked: number; brokenAtSeq: number | null };
}

const execute = async <T>(statement: ReturnType<typeof sql>) => rowsOf<T>(await platform.ctx.db.execute(statement));

async function auditCount() {
  const [row] = await execute<{ n: number | string }>(sql`select count(*) as n from audit_log`);
  return Number(row.n);
}

describe('audit trail', () => {
  it('records creating and updating an operator, with who, before and after', async () => {
    const created = await platform.request({ method: 'POST', url: '/api/operators', cookie: cast.admin, payload: buildOperator({ name: '审计测试餐馆' }) });
    const operator = created.json();
    await platform.request({
      method: 'PATCH',
      url: `/api/operators/${operator.id}`,
      cookie: cast.admin,
      payload: { version: operator.version, name: '审计测试餐馆（改）', tags: ['open_kitchen'] },
    });
    const me = (await platform.request({ method: 'GET', url: '/api/auth/me', cookie: cast.admin })).json();

    const entries = await auditOf(`entity=operator&entityId=${operator.id}`);
    expect(entries.map((e) => e.action)).toEqual(['update', 'create']);
    const [update, create] = entries;
    expect(create).toMatchObject({
      entity: 'operator',
      entityId: operator.id,
      username: 'admin',
      userId: me.id,
      before: null,
      after: { name: '审计测试餐馆', uscc: operator.uscc, version: 1 },
    });
    expect(update).toMatchObject({
      username: 'admin',
      before: { name: '审计测试餐馆', tags: [], version: 1 },
      after: { name: '审计测试餐馆（改）', tags: ['open_kitchen'], version: 2 },
    });
    expect(update.seq).toBeGreaterThan(create.seq);
    expect(update.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(new Date(update.at).getTime()).toBeGreaterThanOrEqual(new Date(create.at).getTime());
  });

  it('never holds a full phone number', async () => {
    const created = await platform.request({
      method: 'POST',
      url: '/api/operators',
      cookie: cast.admin,
      payload: buildOperator({ personnel: [{ role: 'principal', name: '隐私测试', phone: '13712345678' }] }),
    });
    const operator = created.json();
    await platform.request({
      method: 'PATCH',
      url: `/api/operators/${operator.id}`,
      cookie: cast.admin,
      payload: { version: operator.version, personnel: [{ role: 'principal', name: '隐私测试', phone: '13787654321' }] },
    });
    const entries = await auditOf(`entity=operator&entityId=${operator.id}`);
    expect(entries).toHaveLength(2);
    const text = JSON.stringify(entries);
    expect(text).not.toContain('13712345678');
    expect(text).not.toContain('13787654321');
    expect(text).toContain('137****5678');
    expect(text).toContain('137****4321');
    // Nor does the stored table.
    const [{ n }] = await execute<{ n: number | string }>(
      sql`select count(*) as n from audit_log where coalesce(before::text, '') || coalesce(after::text, '') like '%13712345678%'`,
    );
    expect(Number(n)).toBe(0);
  });

  it('records a new user without the password or its hash', async () => {
    const response = await platform.request({
      method: 'POST',
      url: '/api/users',
      cookie: cast.admin,
      payload: { username: 'audit-user', displayName: '审计用户', password: 'Audit-Pass-2026', role: 'expert' },
    });
    expect(response.statusCode).toBe(201);
    const [entry] = await auditOf(`entity=user&entityId=${response.json().id}`);
    expect(entry).toMatchObject({ action: 'create', username: 'admin', after: { username: 'audit-user', role: 'expert' } });
    const text = JSON.stringify(entry);
    expect(text).not.toContain('Audit-Pass-2026');
    expect(text).not.toContain('$argon2');
  });

  it('filters by entity and pages with a total', async () => {
    const users = await auditOf('entity=user');
    expect(users.length).toBeGreaterThan(0);
    for (const e of users) expect(e.entity).toBe('user');
    const page = (await platform.request({ method: 'GET', url: '/api/audit?pageSize=2&page=1', cookie: cast.admin })).json();
    expect(page).toMatchObject({ page: 1, pageSize: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.items[0].seq).toBeGreaterThan(page.items[1].seq);
    expect(page.total).toBeGreaterThanOrEqual(4);
  });

  it('is readable by roles with audit.read only', async () => {
    const station = await platform.login('station');
    for (const url of ['/api/audit', '/api/audit/verify']) {
      const response = await platform.request({ method: 'GET', url, cookie: station });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('FORBIDDEN');
    }
    const leader = await platform.login('leader');
    expect((await platform.request({ method: 'GET', url: '/api/audit', cookie: leader })).statusCode).toBe(200);
  });
});

describe('audit chain verification', () => {
  it('verifies an untouched chain, checking every row', async () => {
    const result = await verify();
    expect(result).toEqual({ ok: true, checked: await auditCount(), brokenAtSeq: null, anchor: { state: 'none' } });
    expect(result.checked).toBeGreaterThan(5);
  });

  it('finds an altered row, and is whole again once the row is restored', async () => {
    const rows = await execute<{ seq: number | string; after: string }>(sql`select seq, after::text as after from audit_log where entity = 'operator' order by seq limit 1`);
    const seq = Number(rows[0].seq);
    const last = Number((await execute<{ seq: number | string }>(sql`select max(seq) as seq from audit_log`))[0].seq);
    expect(seq).toBeLessThan(last);

    await platform.ctx.db.execute(sql`update audit_log set after = '{"x":1}' where seq = ${seq}`);
    expect(await verify()).toMatchObject({ ok: false, brokenAtSeq: seq, checked: seq - 1 });

    await platform.ctx.db.execute(sql`update audit_log set after = ${rows[0].after}::jsonb where seq = ${seq}`);
    expect(await verify()).toMatchObject({ ok: true, brokenAtSeq: null });
  });

  it('finds a row whose author was changed', async () => {
    const [row] = await execute<{ seq: number | string; username: string }>(sql`select seq, username from audit_log where username = 'admin' order by seq limit 1`);
    const seq = Number(row.seq);
    await platform.ctx.db.execute(sql`update audit_log set username = 'station' where seq = ${seq}`);
    expect(await verify()).toMatchObject({ ok: false, brokenAtSeq: seq });
    await platform.ctx.db.execute(sql`update audit_log set username = 'admin' where seq = ${seq}`);
    expect((await verify()).ok).toBe(true);
  });

  it('finds a deleted row in the middle and a deleted last row', async () => {
    await platform.ctx.db.execute(sql`create table audit_backup as select * from audit_log`);
    const last = Number((await execute<{ seq: number | string }>(sql`select max(seq) as seq from audit_log`))[0].seq);
    const middle = Math.floor(last / 2);

    await platform.ctx.db.execute(sql`delete from audit_log where seq = ${middle}`);
    expect(await verify()).toMatchObject({ ok: false, brokenAtSeq: middle });
    await platform.ctx.db.execute(sql`insert into audit_log select * from audit_backup where seq = ${middle}`);
    expect((await verify()).ok).toBe(true);

    await platform.ctx.db.execute(sql`delete from audit_log where seq = ${last}`);
    expect(await verify()).toEqual({ ok: false, checked: last - 1, brokenAtSeq: last, anchor: { state: 'none' } });
    await platform.ctx.db.execute(sql`insert into audit_log select * from audit_backup where seq = ${last}`);
    expect(await verify()).toEqual({ ok: true, checked: last, brokenAtSeq: null, anchor: { state: 'none' } });
    await platform.ctx.db.execute(sql`drop table audit_backup`);
  });

  it('keeps chaining correctly after the restores', async () => {
    const created = await platform.request({ method: 'POST', url: '/api/operators', cookie: cast.admin, payload: buildOperator() });
    expect(created.statusCode).toBe(201);
    expect(await verify()).toEqual({ ok: true, checked: await auditCount(), brokenAtSeq: null, anchor: { state: 'none' } });
  });
});
