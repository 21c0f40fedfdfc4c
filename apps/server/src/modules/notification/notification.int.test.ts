import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { TNotification, TNotificationPage, TNotificationPreferences } from '@shian/shared/notification';
import type { TRectification } from '@shian/shared/rectification';
import type { TWorkbench } from '@shian/shared/workbench';
import { chinaToday } from '@shian/shared/working-days';
import { dueAfterWorkingDays } from '../../core/calendar/calendar.ts';
import { rowsOf, toInt } from '../../core/db/database.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { createOperatorIn, me, QIJIAWAN_UNIT, raiseDemand } from '../../testing/inspections.ts';
import { sweepNotifications } from './notification-sweep.ts';

const USERS = ['admin', 'station', 'inspector', 'business', 'leader', 'enforcement', 'department'] as const;
let platform: TTestPlatform;
let cast: Record<(typeof USERS)[number], string>;
const today = chinaToday();
/** 09:00 China time today: after the digest hour. */
const morning = new Date(`${today}T01:00:00Z`);
let ownOperatorId: string;
let elsewhereId: string;
let stationIds: string[];

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(USERS, { operators: 40 }));
  ownOperatorId = (await me(platform, cast.business)).operatorId!;
  stationIds = [(await me(platform, cast.inspector)).id, (await me(platform, cast.station)).id];
  elsewhereId = (await createOperatorIn(platform, cast.admin, QIJIAWAN_UNIT)).id;
});
afterAll(() => platform.close());

async function notifications(cookie: string, query = ''): Promise<TNotificationPage> {
  const response = await platform.request({ method: 'GET', url: `/api/notifications?${query.includes('pageSize') ? '' : 'pageSize=100'}${query}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
const titles = async (cookie: string, kind: TNotification['kind']) =>
  (await notifications(cookie)).items
    .filter((n) => n.kind === kind)
    .map((n) => n.title.zh)
    .join('\n');

async function answer(rectificationId: string, text: string) {
  const r: TRectification = (await platform.request({ method: 'GET', url: `/api/rectifications/${rectificationId}`, cookie: cast.business })).json();
  const response = await platform.request({
    method: 'POST',
    url: `/api/rectifications/${r.id}/answer`,
    cookie: cast.business,
    payload: { version: r.version, answer: text, photoIds: [] },
  });
  expect(response.statusCode, response.body).toBe(200);
}

describe('producers', () => {
  it("tells the business of a new demand, and the inspection's inspectors of its answer, no one else", async () => {
    const demand = await raiseDemand(platform, cast.inspector, { operatorId: ownOperatorId, inspectorIds: stationIds, inspectedOn: today }, '更换破损砧板');
    expect(await titles(cast.business, 'assigned')).toContain('新的整改要求：更换破损砧板');
    for (const role of ['inspector', 'station', 'admin'] as const) expect(await titles(cast[role], 'assigned'), role).not.toContain('更换破损砧板');

    await answer(demand.id, '已更换');
    for (const role of ['inspector', 'station'] as const) expect(await titles(cast[role], 'answered'), role).toContain('已提交整改：更换破损砧板');
    // The district staff review it too, but did not inspect: the workbench shows it to them, no notification.
    for (const role of ['admin', 'department', 'business'] as const) expect(await titles(cast[role], 'answered'), role).not.toContain('更换破损砧板');
    const [told] = (await notifications(cast.inspector)).items.filter((n) => n.title.zh.includes('更换破损砧板'));
    expect(told).toMatchObject({ kind: 'answered', module: 'rectification', link: '/rectifications?tab=review', readAt: null });
  });

  it("tells no station user of another station's answer", async () => {
    const admins = [(await me(platform, cast.admin)).id, (await me(platform, cast.department)).id];
    const demand = await raiseDemand(platform, cast.admin, { operatorId: elsewhereId, inspectorIds: admins, inspectedOn: today }, '他所整改答复');
    // The other operator has no account: its answer is stored as the business would leave it, then published.
    await platform.ctx.db.execute(sql`update rectification set status = 'answered', answer = '已整改', answered_at = now() where id = ${demand.id}`);
    await platform.ctx.events.publish('rectification.changed', { operatorId: elsewhereId, rectificationId: demand.id, status: 'answered' }, null);
    expect(await titles(cast.admin, 'answered')).toContain('他所整改答复');
    for (const role of ['station', 'inspector', 'business'] as const) expect(await titles(cast[role], 'answered'), role).not.toContain('他所整改答复');
  });

  it('tells the heads who approve that a filing waits for them, not the officer who proposed it', async () => {
    const lead = await platform.request({
      method: 'POST',
      url: '/api/leads',
      cookie: cast.enforcement,
      payload: { source: 'inspection', operatorId: ownOperatorId, leadSummary: '通知测试线索', discoveredOn: today },
    });
    expect(lead.statusCode, lead.body).toBe(201);
    const filed = await platform.request({
      method: 'POST',
      url: '/api/cases',
      cookie: cast.enforcement,
      payload: { leadId: lead.json().id, leadVersion: lead.json().version, cause: '通知测试案', assessmentReason: '符合立案条件' },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    for (const role of ['leader', 'admin'] as const) {
      const told = (await notifications(cast[role])).items.find((n) => n.kind === 'approval' && n.link === `/cases/${filed.json().id}`);
      expect(told?.title.zh, role).toMatch(/：立案待审批$/);
    }
    for (const role of ['enforcement', 'station', 'business'] as const) expect(await titles(cast[role], 'approval'), role).toBe('');
  });
});

describe('the sweep', () => {
  it('tells each user once of its steps due tomorrow and overdue, in its scope, with a daily digest, and respects opt-outs', async () => {
    // Answered demands wait for review: one here overdue, one at the other station due in one working day.
    const late = await raiseDemand(platform, cast.inspector, { operatorId: ownOperatorId, inspectorIds: stationIds, inspectedOn: today }, '本所逾期整改');
    await answer(late.id, '已整改');
    const admins = [(await me(platform, cast.admin)).id, (await me(platform, cast.department)).id];
    const soon = await raiseDemand(platform, cast.admin, { operatorId: elsewhereId, inspectorIds: admins, inspectedOn: today }, '他所明日到期');
    const tomorrow = await dueAfterWorkingDays(platform.ctx.db, today, 1);
    await platform.ctx.db.execute(sql`update rectification set due_on = '2020-01-06' where id = ${late.id}`);
    await platform.ctx.db.execute(sql`update rectification set status = 'answered', answer = '已整改', answered_at = now(), due_on = ${tomorrow} where id = ${soon.id}`);
    const off = await platform.request({
      method: 'PUT',
      url: '/api/notifications/preferences',
      cookie: cast.station,
      payload: { preferences: [{ kind: 'overdue', channel: 'in-app', enabled: false }] },
    });
    expect(off.statusCode, off.body).toBe(200);

    const first = await sweepNotifications(platform.ctx, morning);
    expect(first.created).toBeGreaterThan(0);
    expect(await titles(cast.inspector, 'overdue')).toContain('已逾期：');
    expect(await titles(cast.inspector, 'overdue')).toContain('本所逾期整改');
    expect(await titles(cast.inspector, 'due-soon')).not.toContain('他所明日到期');
    expect(await titles(cast.admin, 'due-soon')).toContain('明日到期：');
    expect(await titles(cast.admin, 'due-soon')).toContain('他所明日到期');
    expect(await titles(cast.admin, 'overdue')).toContain('本所逾期整改');
    expect(await titles(cast.station, 'overdue')).toBe('');

    // The digest counts what the workbench shows.
    const bench: TWorkbench = (await platform.request({ method: 'GET', url: '/api/workbench?pageSize=1', cookie: cast.inspector })).json();
    const digest = (await notifications(cast.inspector)).items.find((n) => n.kind === 'digest')!;
    expect(digest.title.zh).toBe(`每日摘要（${today}）：待办 ${bench.total} 项`);
    expect(digest.body?.zh).toBe(`今日到期 ${bench.summary.dueToday} 项，已逾期 ${bench.summary.overdue} 项，共 ${bench.total} 项待办。`);
    expect(await titles(cast.station, 'digest')).toContain('每日摘要');

    const before = (await notifications(cast.admin)).total;
    expect(await sweepNotifications(platform.ctx, morning)).toMatchObject({ created: 0 });
    expect((await notifications(cast.admin)).total).toBe(before);
  });

  it('sends the digest from 07:00 China time, not before', async () => {
    const digests = async () =>
      toInt(rowsOf<{ n: number }>(await platform.ctx.db.execute(sql`select count(*) as n from notification where dedupe_key = 'digest:2031-01-06'`))[0].n);
    await sweepNotifications(platform.ctx, new Date('2031-01-05T22:30:00Z'));
    expect(await digests()).toBe(0);
    await sweepNotifications(platform.ctx, new Date('2031-01-05T23:30:00Z'));
    expect(await digests()).toBeGreaterThan(0);
  });
});

describe('the notification centre', () => {
  it('marks one read, then all, with the unread count; another user cannot read it', async () => {
    const page = await notifications(cast.inspector, '&unread=true');
    expect(page.unread).toBe(page.total);
    expect(page.total).toBeGreaterThan(1);
    const [first] = page.items;
    expect((await platform.request({ method: 'POST', url: `/api/notifications/${first.id}/read`, cookie: cast.admin })).statusCode).toBe(404);
    const read = await platform.request({ method: 'POST', url: `/api/notifications/${first.id}/read`, cookie: cast.inspector });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    expect((await notifications(cast.inspector)).unread).toBe(page.total - 1);
    expect((await notifications(cast.inspector, '&unread=true')).items.map((n) => n.id)).not.toContain(first.id);

    const all = await platform.request({ method: 'POST', url: '/api/notifications/read-all', cookie: cast.inspector });
    expect(all.json()).toEqual({ read: page.total - 1, unread: 0 });
    expect((await notifications(cast.inspector, '&unread=true')).total).toBe(0);
    expect((await notifications(cast.admin)).unread).toBeGreaterThan(0);
  });

  it('pages newest first', async () => {
    const all = await notifications(cast.admin);
    const second = await notifications(cast.admin, '&page=2&pageSize=2');
    expect(second).toMatchObject({ page: 2, pageSize: 2, total: all.total });
    expect(second.items).toEqual(all.items.slice(2, 4));
    const times = all.items.map((n) => n.createdAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('shows and saves the preferences per kind and channel, SMS not configured, refusing bad input by field', async () => {
    const prefs: TNotificationPreferences = (await platform.request({ method: 'GET', url: '/api/notifications/preferences', cookie: cast.station })).json();
    expect(prefs.channels).toEqual([
      { channel: 'in-app', configured: true },
      { channel: 'sms', configured: false },
    ]);
    expect(prefs.preferences).toHaveLength(14);
    expect(prefs.preferences.filter((p) => !p.enabled)).toEqual([{ kind: 'overdue', channel: 'in-app', enabled: false }]);
    const on = await platform.request({
      method: 'PUT',
      url: '/api/notifications/preferences',
      cookie: cast.station,
      payload: { preferences: [{ kind: 'overdue', channel: 'in-app', enabled: true }] },
    });
    expect((on.json() as TNotificationPreferences).preferences.every((p) => p.enabled)).toBe(true);
    const bad = await platform.request({
      method: 'PUT',
      url: '/api/notifications/preferences',
      cookie: cast.station,
      payload: { preferences: [{ kind: 'nothing', channel: 'in-app', enabled: true }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].message).toMatch(/^通知类型：/);
    expect((await platform.request({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
  });
});
