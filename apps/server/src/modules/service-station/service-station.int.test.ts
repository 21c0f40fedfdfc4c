import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { TOrganisation } from '@shian/shared/org';
import type { TPage } from '@shian/shared/http';
import type { TPublicServiceStation, TServiceStation } from '@shian/shared/service-station';
import { addDays, chinaToday } from '@shian/shared/working-days';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import { refusedFields } from '../../testing/refused-fields.ts';
import { createOperatorIn, me, QIANCHUAN_UNIT } from '../../testing/inspections.ts';
import { auditLog } from '../../core/audit/audit.schema.ts';
import { serviceStation } from './service-station.schema.ts';

let platform: TTestPlatform;
let cast: Record<'department' | 'station', string>;
let here: string;
let elsewhere: string;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['department', 'station'], { operators: 20 }));
  const org: TOrganisation = (await platform.request({ method: 'GET', url: '/api/org', cookie: cast.department })).json();
  const stationId = (await me(platform, cast.station)).stationId;
  here = (await createOperatorIn(platform, cast.department, QIANCHUAN_UNIT, { name: '前川测试超市', type: 'seller', categories: ['prepackaged_food'], tags: ['supermarket'] })).id;
  elsewhere = (
    await createOperatorIn(platform, cast.department, org.units.find((u) => u.stationId !== stationId)!.code, {
      name: '辖区外测试商场',
      type: 'seller',
      categories: ['prepackaged_food'],
    })
  ).id;
});
afterAll(() => platform.close());

const body = (operatorId: string, overrides: Record<string, unknown> = {}) => ({
  name: '前川测试超市12315消费维权服务站',
  operatorId,
  address: '武汉市黄陂区前川街道百秀街 8 号',
  contactName: '刘店长',
  contactPhone: '13912345678',
  establishedOn: '2024-03-15',
  ...overrides,
});

const call = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string | undefined, payload?: unknown) =>
  platform.request({ method, url, ...(cookie ? { cookie } : {}), ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

describe('consumer service stations', () => {
  let created: TServiceStation;

  it('registers a station with its phone encrypted, shown in full or masked by role', async () => {
    const response = await call('POST', '/api/service-stations', cast.department, body(here));
    expect(response.statusCode, response.body).toBe(201);
    created = response.json();
    expect(created).toMatchObject({ operatorName: '前川测试超市', unitCode: QIANCHUAN_UNIT, contactPhone: '13912345678', status: 'active' });
    const [row] = await platform.ctx.db.select().from(serviceStation).where(eq(serviceStation.id, created.id));
    expect(row.contactPhoneEncrypted).toMatch(/^sm4:/);
    expect(row.contactPhoneEncrypted).not.toContain('13912345678');
    // The leader reads complaints but not contacts: masked, as personnel phones.
    const leader = await platform.login('leader');
    expect((await call('GET', `/api/service-stations/${created.id}`, leader)).json().contactPhone).toBe('139****5678');
    const audits = await platform.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(JSON.stringify(audits)).not.toContain('13912345678');
  });

  it('updates with the version, 409 when stale; a revoked station leaves the public list but stays in the registry', async () => {
    const stale = await call('PATCH', `/api/service-stations/${created.id}`, cast.department, { version: created.version + 1, status: 'revoked' });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'VERSION_CONFLICT']);
    const publicList = async (): Promise<TPage<TPublicServiceStation>> => (await call('GET', '/api/public/service-stations?pageSize=200', undefined)).json();
    const shown = (await publicList()).items.find((s) => s.id === created.id)!;
    expect(shown).toEqual({ id: created.id, name: created.name, operatorName: '前川测试超市', unitName: '前川街道', address: created.address, establishedOn: '2024-03-15' });
    const revoked = await call('PATCH', `/api/service-stations/${created.id}`, cast.department, { version: created.version, status: 'revoked', contactPhone: '027-61234567' });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'revoked', contactPhone: '027-61234567', version: created.version + 1 });
    expect((await publicList()).items.map((s) => s.id)).not.toContain(created.id);
    const registry = (await call('GET', '/api/service-stations?status=revoked', cast.department)).json();
    expect(registry.items.map((s: TServiceStation) => s.id)).toContain(created.id);
  });

  it('keeps a station user to its own units and refuses roles without the permissions', async () => {
    const other = (await call('POST', '/api/service-stations', cast.department, body(elsewhere, { name: '辖区外服务站' }))).json();
    expect((await call('GET', `/api/service-stations/${other.id}`, cast.station)).statusCode).toBe(404);
    expect((await call('PATCH', `/api/service-stations/${other.id}`, cast.station, { version: other.version, status: 'suspended' })).statusCode).toBe(404);
    expect((await call('POST', '/api/service-stations', cast.station, body(elsewhere))).statusCode).toBe(404);
    const own = await call('POST', '/api/service-stations', cast.station, body(here, { name: '前川所登记的服务站' }));
    expect(own.statusCode, own.body).toBe(201);
    const list = (await call('GET', '/api/service-stations?pageSize=200', cast.station)).json();
    expect(list.items.every((s: TServiceStation) => s.unitCode === QIANCHUAN_UNIT || s.operatorId !== elsewhere)).toBe(true);
    expect(list.items.map((s: TServiceStation) => s.id)).not.toContain(other.id);

    for (const role of ['business', 'cadre']) {
      const cookie = await platform.login(role);
      expect([role, (await call('GET', '/api/service-stations', cookie)).statusCode]).toEqual([role, 403]);
    }
    const leader = await platform.login('leader');
    expect((await call('POST', '/api/service-stations', leader, body(here))).statusCode).toBe(403);
  });

  it('names bad input, and finds stations by name, host or address', async () => {
    const bad = async (payload: unknown, lang?: string) =>
      (await refusedFields(platform, { method: 'POST', url: '/api/service-stations', cookie: cast.department, payload: payload as Record<string, unknown> }, lang))[0];
    expect(await bad(body(here, { contactPhone: '110' }))).toEqual({ path: 'contactPhone', message: '联系电话：不是有效的手机或固定电话号码' });
    expect(await bad(body(here, { name: '' }), 'en')).toEqual({ path: 'name', message: 'Name: is required' });
    expect(await bad(body(here, { establishedOn: addDays(chinaToday(), 3) }))).toEqual({ path: 'establishedOn', message: '设立日期：不能晚于今天' });
    expect((await bad(body(here, { status: 'closed' }))).path).toBe('status');
    const found = (await call('GET', `/api/service-stations?q=${encodeURIComponent('百秀街')}`, cast.department)).json();
    expect(found.total).toBeGreaterThan(0);
    expect((await call('GET', `/api/service-stations?q=${encodeURIComponent('%')}`, cast.department)).json().total).toBe(0);
    expect((await call('GET', '/api/public/service-stations?status=active', undefined)).statusCode).toBe(400);
  });
});
