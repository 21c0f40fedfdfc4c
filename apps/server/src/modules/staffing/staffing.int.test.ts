import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { TPage } from '@shian/shared/http';
import type { TNotificationPage } from '@shian/shared/notification';
import { DEFAULT_STAFFING_RULES, type TStaffingCheck, type TStaffingGap, type TStaffingReminder, type TStaffingRules } from '@shian/shared/staffing';
import type { TWorkbench } from '@shian/shared/workbench';
import { chinaToday } from '@shian/shared/working-days';
import { rowsOf } from '../../core/db/database.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { refusedFields } from '../../testing/refused-fields.ts';
import { staffingRiskSignals } from './staffing.risk-signals.ts';

let platform: TTestPlatform;
let cast: Record<'admin' | 'department' | 'station' | 'business' | 'inspector', string>;
let businessOperatorId: string;

const q = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await platform.ctx.db.execute(query));
const get = async <T>(url: string, cookie: string) => {
  const response = await platform.request({ method: 'GET', url, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
};
const remind = (id: string, cookie: string) => platform.request({ method: 'POST', url: `/api/staffing/gaps/${id}/remind`, cookie });
/** Every gap the user sees, all pages. */
async function allGaps(cookie: string, filter = '') {
  const items: TStaffingGap[] = [];
  for (let page = 1; ; page++) {
    const body = await get<TPage<TStaffingGap>>(`/api/staffing/gaps?pageSize=200&page=${page}${filter}`, cookie);
    items.push(...body.items);
    if (items.length >= body.total) return items;
  }
}

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin', 'department', 'station', 'business', 'inspector'] as const));
  [{ id: businessOperatorId }] = await q<{ id: string }>(sql`select operator_id as id from app_user where username = 'business'`);
});
afterAll(() => platform.close());

describe('the rules', () => {
  it('starts from the national defaults, with their basis cited', async () => {
    const rules = await get<TStaffingRules>('/api/staffing-rules', cast.station);
    expect(rules.version).toBe(1);
    expect(rules.rules.map(({ id: _, ...r }) => r)).toEqual(DEFAULT_STAFFING_RULES);
    expect(rules.rules.every((r) => r.basis.includes('落实食品安全主体责任监督管理规定'))).toBe(true);
    // Individual businesses are encouraged, not bound: no default rule names them.
    expect(rules.rules.some((r) => r.entityKinds.includes('individual'))).toBe(false);
  });

  it('lets only the department replace them, at the version it read: a stale one answers 409', async () => {
    const current = await get<TStaffingRules>('/api/staffing-rules', cast.department);
    const rules = current.rules.map(({ id: _, ...r }) => r);
    const put = (cookie: string, payload: object) => platform.request({ method: 'PUT', url: '/api/staffing-rules', cookie, payload });
    expect((await put(cast.station, { version: current.version, rules })).statusCode).toBe(403);
    expect(
      await refusedFields(platform, {
        method: 'PUT',
        url: '/api/staffing-rules',
        cookie: cast.department,
        payload: { version: 1, rules: [{ ...rules[0], requiresOfficer: false }] },
      }),
    ).toEqual([{ path: 'rules', message: '配备规则：每条规则至少要求配备总监或安全员之一' }]);
    const changed = [
      ...rules,
      { ...rules[1], category: null, operatorType: 'online_seller' as const, minScale: 'large' as const, basis: '本局规定：大型网络食品销售企业配备食品安全总监' },
    ];
    const saved = await put(cast.department, { version: current.version, rules: changed });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(current.version + 1);
    expect(saved.json().rules).toHaveLength(changed.length);
    const stale = await put(cast.department, { version: current.version, rules });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    // Back to the defaults for the tests below.
    expect((await put(cast.department, { version: current.version + 1, rules })).statusCode).toBe(200);
    const [{ n }] = await q<{ n: number }>(sql`select count(*)::int as n from audit_log where entity = 'staffing_rule_set'`);
    expect(n).toBe(2);
  });
});

describe('the check of one operator', () => {
  it('requires a director and an officer of a medium caterer company, and none of an individual business', async () => {
    const business = await get<TStaffingCheck>(`/api/staffing/operators/${businessOperatorId}`, cast.business);
    expect(business.entityKind).toBe('enterprise');
    expect(business.scale).toBe('medium');
    expect(business.posts.map((p) => [p.post, p.required, p.missing])).toEqual([
      ['director', true, false],
      ['officer', true, false],
    ]);
    expect(business.posts[0].rules.map((r) => r.basis)).toEqual([expect.stringContaining('大中型餐饮服务企业应当配备食品安全总监')]);
    expect(business.complete).toBe(true);

    const [individual] = await q<{ id: string }>(sql`select id from operator where uscc like '92%' and type = 'caterer' order by uscc limit 1`);
    await platform.ctx.db.execute(sql`update operator set scale = 'large', tags = '{chain_headquarters}' where id = ${individual.id}`);
    const check = await get<TStaffingCheck>(`/api/staffing/operators/${individual.id}`, cast.admin);
    expect(check.entityKind).toBe('individual');
    expect(check.posts.every((p) => !p.required && !p.missing)).toBe(true);
    expect(check.encouraged).toBe(true);
    expect(check.complete).toBe(true);
  });

  it('follows the scale the operator form sets: a small caterer company needs no director', async () => {
    const [o] = await q<{ id: string; version: number }>(
      sql`select id, version from operator where uscc like '91%' and type = 'caterer' and id <> ${businessOperatorId} and not ('chain_headquarters' = any(tags)) order by uscc limit 1`,
    );
    const patch = (payload: object) => platform.request({ method: 'PATCH', url: `/api/operators/${o.id}`, cookie: cast.department, payload });
    expect((await patch({ version: o.version, scale: 'huge' })).statusCode).toBe(400);
    const small = await patch({ version: o.version, scale: 'small' });
    expect(small.statusCode, small.body).toBe(200);
    expect(small.json().scale).toBe('small');
    const director = async () => (await get<TStaffingCheck>(`/api/staffing/operators/${o.id}`, cast.admin)).posts.find((p) => p.post === 'director')!.required;
    expect(await director()).toBe(false);
    expect((await patch({ version: small.json().version, scale: 'large' })).json().scale).toBe('large');
    expect(await director()).toBe(true);
  });

  it('answers 404 for an operator outside the scope', async () => {
    const [other] = await q<{ id: string }>(sql`select id from operator where id <> ${businessOperatorId} order by uscc limit 1`);
    expect((await platform.request({ method: 'GET', url: `/api/staffing/operators/${other.id}`, cookie: cast.business })).statusCode).toBe(404);
  });

  it('agrees with the list of gaps on every operator', async () => {
    const gaps = new Map((await allGaps(cast.admin)).map((g) => [g.operatorId, g.missing]));
    expect(gaps.size).toBeGreaterThan(0);
    const operators = await q<{ id: string }>(sql`select id from operator where status <> 'deactivated' order by uscc`);
    for (const o of operators) {
      const check = await get<TStaffingCheck>(`/api/staffing/operators/${o.id}`, cast.admin);
      const missing = check.posts.filter((p) => p.missing).map((p) => p.post);
      expect(missing, o.id).toEqual(gaps.get(o.id) ?? []);
    }
  });
});

describe('the list of gaps', () => {
  it('shows a station only its jurisdiction and the business only itself', async () => {
    const all = await allGaps(cast.admin);
    const [{ station_id: stationId }] = await q<{ station_id: string }>(sql`select station_id from app_user where username = 'station'`);
    const units = new Set((await q<{ code: string }>(sql`select code from unit where station_id = ${stationId}`)).map((u) => u.code));
    const mine = await allGaps(cast.station);
    expect(mine.map((g) => g.operatorId).sort()).toEqual(
      all
        .filter((g) => units.has(g.unitCode))
        .map((g) => g.operatorId)
        .sort(),
    );
    expect((await allGaps(cast.business)).map((g) => g.operatorId)).toEqual([]);
  });

  it('filters by the missing post and the unit', async () => {
    const officers = await allGaps(cast.admin, '&missing=officer');
    expect(officers.length).toBeGreaterThan(0);
    expect(officers.every((g) => g.missing.includes('officer'))).toBe(true);
    const unitCode = officers[0].unitCode;
    const inUnit = await allGaps(cast.admin, `&unitCode=${unitCode}`);
    expect(inUnit.every((g) => g.unitCode === unitCode)).toBe(true);
    expect((await platform.request({ method: 'GET', url: '/api/staffing/gaps?missing=principal', cookie: cast.admin })).statusCode).toBe(400);
  });
});

describe('a reminder', () => {
  it('tells the business of its missing director, once a day, and puts it on its workbench and risk', async () => {
    // The director became the principal and nobody took the post.
    await platform.ctx.db.execute(sql`update personnel set role = 'principal' where operator_id = ${businessOperatorId} and role = 'director'`);
    const check = await get<TStaffingCheck>(`/api/staffing/operators/${businessOperatorId}`, cast.business);
    expect(check.complete).toBe(false);
    expect(check.posts.find((p) => p.post === 'director')!.missing).toBe(true);
    expect((await allGaps(cast.business)).map((g) => [g.operatorId, g.missing])).toEqual([[businessOperatorId, ['director']]]);

    expect((await remind(businessOperatorId, cast.business)).statusCode).toBe(403);
    const sent = await remind(businessOperatorId, cast.station);
    expect(sent.statusCode, sent.body).toBe(200);
    const reminder = sent.json() as TStaffingReminder & { notified: number };
    expect(reminder).toMatchObject({ operatorId: businessOperatorId, missing: ['director'], remindedOn: chinaToday(), notified: 1 });
    expect(reminder.dueOn > chinaToday()).toBe(true);
    const again = await remind(businessOperatorId, cast.station);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ALREADY_DONE');

    const notices = await get<TNotificationPage>('/api/notifications', cast.business);
    expect(notices.items.filter((n) => n.module === 'staffing').map((n) => n.title.zh)).toEqual(['请配备食品安全总监']);
    const work = await get<TWorkbench>('/api/workbench?module=staffing', cast.business);
    expect(work.items.map((i) => [i.operatorId, i.dueOn, i.link])).toEqual([[businessOperatorId, reminder.dueOn, `/operators/${businessOperatorId}`]]);
    expect((await get<TStaffingCheck>(`/api/staffing/operators/${businessOperatorId}`, cast.business)).lastReminder?.id).toBe(reminder.id);
    const [{ n }] = await q<{ n: number }>(sql`select count(*)::int as n from audit_log where entity = 'staffing_reminder' and entity_id = ${reminder.id}`);
    expect(n).toBe(1);

    const signals = await staffingRiskSignals.collect(platform.ctx.db, [businessOperatorId], chinaToday());
    expect(signals.map((s) => [s.operatorId, s.source, s.points])).toEqual([[businessOperatorId, `staffing:${businessOperatorId}:director`, 3]]);
  });

  it('answers 404 for an operator missing nothing or outside the scope', async () => {
    const complete = (await allGaps(cast.admin)).map((g) => g.operatorId);
    const [full] = await q<{ id: string }>(
      sql`select id from operator where not (id = any(${`{${complete.join(',')}}`}::uuid[])) and id <> ${businessOperatorId} order by uscc limit 1`,
    );
    expect((await remind(full.id, cast.admin)).statusCode).toBe(404);
    const [{ station_id: stationId }] = await q<{ station_id: string }>(sql`select station_id from app_user where username = 'station'`);
    const foreign = (await allGaps(cast.admin)).find((g) => g.stationName !== null && !g.stationName.startsWith('前川'));
    expect(foreign, `a gap outside station ${stationId}`).toBeDefined();
    expect((await remind(foreign!.operatorId, cast.inspector)).statusCode).toBe(404);
  });
});
