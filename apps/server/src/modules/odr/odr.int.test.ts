import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TOdrEnrolment, TOdrEnrolmentDetail, TOdrSuggestion } from '@shian/shared/odr';
import type { TOrganisation } from '@shian/shared/org';
import type { TPage } from '@shian/shared/http';
import { addDays, chinaToday } from '@shian/shared/working-days';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import { createOperatorIn, me } from '../../testing/inspections.ts';
import { insertComplaints } from '../../testing/test-complaints.ts';

let platform: TTestPlatform;
let cast: Record<'department' | 'station', string>;
let own: string;
let elsewhere: string;
let beforeHoliday: string;
let recent: string[];
let closedOne: string;
let otherBusinessComplaint: string;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['department', 'station'], { operators: 20 }));
  own = (await me(platform, await platform.login('business'))).operatorId!;
  const org: TOrganisation = (await platform.request({ method: 'GET', url: '/api/org', cookie: cast.department })).json();
  const stationId = (await me(platform, cast.station)).stationId;
  elsewhere = (await createOperatorIn(platform, cast.department, org.units.find((u) => u.stationId !== stationId)!.code, { name: '辖区外测试超市' })).id;
  const today = chinaToday();
  // Six open complaints in the last weeks, one closed, one received just before National Day 2026.
  recent = await insertComplaints(
    platform,
    [1, 2, 3, 4, 5, 6].map((d) => ({ receivedAt: addDays(today, -d), operatorId: own })),
  );
  [closedOne] = await insertComplaints(platform, [{ receivedAt: addDays(today, -3), operatorId: own, closed: true }]);
  [beforeHoliday] = await insertComplaints(platform, [{ receivedAt: '2026-09-20', operatorId: own }]);
  [otherBusinessComplaint] = await insertComplaints(platform, [
    { receivedAt: addDays(today, -2), operatorId: elsewhere },
    { receivedAt: addDays(today, -4), operatorId: elsewhere },
  ]);
});
afterAll(() => platform.close());

type TMethod = 'GET' | 'POST' | 'PATCH';
const call = (method: TMethod, url: string, cookie: string, body?: unknown) =>
  platform.request({ method, url, cookie, ...(body === undefined ? {} : { payload: body as Record<string, unknown> }) });

async function ok<T = TOdrEnrolmentDetail>(method: TMethod, url: string, cookie: string, body?: unknown): Promise<T> {
  const response = await call(method, url, cookie, body);
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json();
}

async function refused(method: TMethod, url: string, cookie: string, body: unknown, status: number) {
  const response = await call(method, url, cookie, body);
  expect(response.statusCode, response.body).toBe(status);
  return response.json().error;
}

describe('ODR enrolment and negotiations', () => {
  let enrolment: TOdrEnrolmentDetail;

  it('suggests the businesses over the complaint threshold', async () => {
    const suggestions = await ok<TOdrSuggestion[]>('GET', '/api/odr/suggestions?minComplaints=5&days=90', cast.department);
    expect(suggestions.map((s) => s.operatorId)).toContain(own);
    expect(suggestions.map((s) => s.operatorId)).not.toContain(elsewhere);
    expect(suggestions.find((s) => s.operatorId === own)).toMatchObject({ enrolmentId: null });
    expect((await refused('GET', '/api/odr/suggestions?minComplaints=0', cast.department, undefined, 400)).fields[0].path).toBe('minComplaints');
  });

  it('invites once, and starts negotiations only after the business consented', async () => {
    enrolment = await ok('POST', '/api/odr/enrolments', cast.department, { operatorId: own });
    expect(enrolment).toMatchObject({ status: 'invited', candidates: [], negotiations: [] });
    expect(enrolment.complaintsAtInvitation).toBeGreaterThanOrEqual(7);
    expect((await refused('POST', '/api/odr/enrolments', cast.department, { operatorId: own }, 409)).code).toBe('CONFLICT');
    const suggested = await ok<TOdrSuggestion[]>('GET', '/api/odr/suggestions', cast.department);
    expect(suggested.find((s) => s.operatorId === own)).toMatchObject({ enrolmentId: enrolment.id, enrolmentStatus: 'invited' });

    const early = await refused('POST', `/api/odr/enrolments/${enrolment.id}/negotiations`, cast.department, { complaintId: recent[0] }, 400);
    expect(early.fields[0].message).toBe('状态：该企业在线纠纷和解状态为已邀请，此操作需要已加入');

    const future = await refused(
      'POST',
      `/api/odr/enrolments/${enrolment.id}/consent`,
      cast.department,
      { version: enrolment.version, consentedOn: addDays(chinaToday(), 1), signatory: '王法人' },
      400,
    );
    expect(future.fields[0]).toEqual({ path: 'consentedOn', message: '同意日期：不能晚于今天' });
    expect(
      (
        await refused(
          'POST',
          `/api/odr/enrolments/${enrolment.id}/consent`,
          cast.department,
          { version: enrolment.version + 1, consentedOn: chinaToday(), signatory: '王法人' },
          409,
        )
      ).code,
    ).toBe('VERSION_CONFLICT');
    enrolment = await ok('POST', `/api/odr/enrolments/${enrolment.id}/consent`, cast.department, { version: enrolment.version, consentedOn: chinaToday(), signatory: '王法人' });
    expect(enrolment).toMatchObject({ status: 'enrolled', signatory: '王法人', consentedOn: chinaToday() });
    const candidates = enrolment.candidates.map((c) => c.complaintId);
    expect(candidates).toEqual(expect.arrayContaining([...recent, beforeHoliday]));
    expect(candidates).not.toContain(closedOne);
  });

  it('runs the 10-working-day clock through the National Day holiday and its make-up Saturday', async () => {
    enrolment = await ok('POST', `/api/odr/enrolments/${enrolment.id}/negotiations`, cast.department, { complaintId: beforeHoliday, startedOn: '2026-09-28' });
    const negotiation = enrolment.negotiations.find((n) => n.complaintId === beforeHoliday)!;
    // 29, 30 Sep; 1-7 Oct off; 8, 9, 10 (make-up Saturday), 12-16 Oct: the tenth working day is 16 October.
    expect(negotiation).toMatchObject({ startedOn: '2026-09-28', dueOn: '2026-10-16', status: 'negotiating', overdue: true });
    expect(negotiation.daysLeft).toBeLessThan(0);
    expect(enrolment.candidates.map((c) => c.complaintId)).not.toContain(beforeHoliday);
  });

  it('refuses complaints that cannot go to negotiation, naming why', async () => {
    const url = `/api/odr/enrolments/${enrolment.id}/negotiations`;
    expect((await refused('POST', url, cast.department, { complaintId: beforeHoliday }, 409)).code).toBe('CONFLICT');
    expect((await refused('POST', url, cast.department, { complaintId: closedOne }, 400)).fields[0].message).toBe('投诉：该投诉已办结');
    expect((await refused('POST', url, cast.department, { complaintId: otherBusinessComplaint }, 400)).fields[0].message).toBe('投诉：不是该经营主体的投诉');
    expect((await refused('POST', url, cast.department, { complaintId: crypto.randomUUID() }, 400)).fields[0].message).toBe('投诉：未找到该投诉');
    expect((await refused('POST', url, cast.department, { complaintId: recent[0], startedOn: '2026-01-01' }, 400)).fields[0].path).toBe('startedOn');
    expect((await refused('POST', url, cast.department, { complaintId: recent[0], startedOn: addDays(chinaToday(), 2) }, 400)).fields[0].message).toBe(
      '协商开始日期：不能晚于今天',
    );
  });

  it('records settled and failed outcomes and gives the settlement rate of the business', async () => {
    enrolment = await ok('POST', `/api/odr/enrolments/${enrolment.id}/negotiations`, cast.department, { complaintId: recent[0] });
    const started = enrolment.negotiations.find((n) => n.complaintId === recent[0])!;
    expect(started.startedOn).toBe(chinaToday());
    expect(started.dueOn > started.startedOn).toBe(true);
    const first = enrolment.negotiations.find((n) => n.complaintId === beforeHoliday)!;
    expect(
      (await refused('PATCH', `/api/odr/negotiations/${first.id}`, cast.department, { version: first.version + 1, settlement: 'settled', outcomeNote: '退款' }, 409)).code,
    ).toBe('VERSION_CONFLICT');
    await ok('PATCH', `/api/odr/negotiations/${first.id}`, cast.department, { version: first.version, settlement: 'settled', outcomeNote: '商家退款并赔偿 200 元' });
    expect(
      (await refused('PATCH', `/api/odr/negotiations/${first.id}`, cast.department, { version: first.version + 1, settlement: 'failed', outcomeNote: '再改' }, 409)).code,
    ).toBe('ALREADY_DONE');
    enrolment = await ok('PATCH', `/api/odr/negotiations/${started.id}`, cast.department, {
      version: started.version,
      settlement: 'failed',
      outcomeNote: '赔偿金额分歧，转回常规调解',
    });
    expect(enrolment).toMatchObject({ counts: { total: 2, open: 0, overdue: 0, settled: 1, failed: 1 }, settlementRate: 50 });
    expect(enrolment.negotiations.find((n) => n.id === started.id)).toMatchObject({ status: 'failed', closedByName: '流通科科员（演示）', daysLeft: null, overdue: false });
    const list = await ok<TPage<TOdrEnrolment>>('GET', '/api/odr/enrolments?status=enrolled', cast.department);
    expect(list.items.find((e) => e.id === enrolment.id)).toMatchObject({ settlementRate: 50 });
  });

  it('withdraws only without open negotiations; the business may then be invited again', async () => {
    enrolment = await ok('POST', `/api/odr/enrolments/${enrolment.id}/negotiations`, cast.department, { complaintId: recent[1] });
    const open = enrolment.negotiations.find((n) => n.complaintId === recent[1])!;
    const refusedWithdrawal = await refused('POST', `/api/odr/enrolments/${enrolment.id}/withdraw`, cast.department, { version: enrolment.version, note: '企业申请退出' }, 400);
    expect(refusedWithdrawal.fields[0].message).toBe('状态：还有 1 件投诉在协商中，请先结束协商');
    enrolment = await ok('PATCH', `/api/odr/negotiations/${open.id}`, cast.department, { version: open.version, settlement: 'settled', outcomeNote: '已和解' });
    enrolment = await ok('POST', `/api/odr/enrolments/${enrolment.id}/withdraw`, cast.department, { version: enrolment.version, note: '企业申请退出' });
    expect(enrolment.status).toBe('withdrawn');
    expect((await ok('POST', '/api/odr/enrolments', cast.department, { operatorId: own })).status).toBe('invited');
  });
});

describe('scopes and input', () => {
  it('keeps a station to its units and refuses roles without the permissions', async () => {
    const other = await ok('POST', '/api/odr/enrolments', cast.department, { operatorId: elsewhere });
    expect((await call('GET', `/api/odr/enrolments/${other.id}`, cast.station)).statusCode).toBe(404);
    expect((await call('POST', `/api/odr/enrolments/${other.id}/consent`, cast.station, { version: other.version, consentedOn: chinaToday(), signatory: '李' })).statusCode).toBe(
      404,
    );
    expect((await call('POST', '/api/odr/enrolments', cast.station, { operatorId: elsewhere })).statusCode).toBe(404);
    const list = await ok<TPage<TOdrEnrolment>>('GET', '/api/odr/enrolments?pageSize=200', cast.station);
    expect(list.items.map((e) => e.operatorId)).not.toContain(elsewhere);
    expect(list.items.map((e) => e.operatorId)).toContain(own);
    expect((await ok<TOdrSuggestion[]>('GET', '/api/odr/suggestions?minComplaints=1', cast.station)).map((s) => s.operatorId)).not.toContain(elsewhere);

    const business = await platform.login('business');
    for (const url of ['/api/odr/enrolments', '/api/odr/suggestions', `/api/odr/enrolments/${other.id}`]) expect((await call('GET', url, business)).statusCode).toBe(403);
    const leader = await platform.login('leader');
    expect((await call('GET', '/api/odr/enrolments', leader)).statusCode).toBe(200);
    expect((await call('POST', '/api/odr/enrolments', leader, { operatorId: elsewhere })).statusCode).toBe(403);
  });

  it('names bad input in Chinese or English', async () => {
    const response = await platform.request({
      method: 'POST',
      url: '/api/odr/enrolments/not-an-id/consent',
      cookie: cast.department,
      payload: { version: 1 },
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.map((f: { path: string }) => f.path)).toContain('id');
    const missing = await refused('POST', `/api/odr/enrolments/${crypto.randomUUID()}/consent`, cast.department, { version: 1, consentedOn: '2026-02-30' }, 400);
    expect(missing.fields.map((f: { path: string }) => f.path).sort()).toEqual(['consentedOn', 'signatory']);
    expect(
      (await refused('PATCH', `/api/odr/negotiations/${crypto.randomUUID()}`, cast.department, { version: 1, settlement: 'maybe', outcomeNote: 'x' }, 400)).fields[0].path,
    ).toBe('settlement');
    expect((await call('PATCH', `/api/odr/negotiations/${crypto.randomUUID()}`, cast.department, { version: 1, settlement: 'settled', outcomeNote: 'x' })).statusCode).toBe(404);
  });
});
