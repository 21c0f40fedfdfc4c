import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import type { TPlanEntry } from '@shian/shared/plan';
import { chinaToday } from '@shian/shared/working-days';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { stationCast, type TStationCast } from '../../testing/stations.ts';
import { answerAll, closeWith } from '../../testing/inspections.ts';
import { unit } from '../org/org.schema.ts';
import { operator } from '../operator/operator.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { inspectionPlanEntry } from './inspection-plan.schema.ts';

let platform: TTestPlatform;
let cast: TStationCast;
const [year, month] = chinaToday().split('-').map(Number);

const generate = (cookie: string, payload: object) => platform.request({ method: 'POST', url: '/api/inspection-plans/generate', cookie, payload });
const list = (cookie: string, query: string) => platform.request({ method: 'GET', url: `/api/inspection-plans?${query}`, cookie }).then((r) => r.json().items as TPlanEntry[]);

beforeAll(async () => {
  platform = await createTestPlatform({ operators: 200 });
  cast = await stationCast(platform);
});
afterAll(() => platform.close());

describe('inspection frequencies', () => {
  it('keeps the yearly frequency by grade, with version and validation', async () => {
    const read = await platform.request({ method: 'GET', url: '/api/inspection-frequencies', cookie: cast.stationHead });
    expect(read.json()).toMatchObject({ version: 1, A: { minPerYear: 1, maxPerYear: 1 }, D: { minPerYear: 3, maxPerYear: 4 } });
    const body = { version: 1, A: { minPerYear: 1, maxPerYear: 1 }, B: { minPerYear: 1, maxPerYear: 2 }, C: { minPerYear: 2, maxPerYear: 3 }, D: { minPerYear: 3, maxPerYear: 4 } };
    const inverted = await platform.request({
      method: 'PUT',
      url: '/api/inspection-frequencies',
      cookie: cast.department,
      payload: { ...body, C: { minPerYear: 3, maxPerYear: 2 } },
    });
    expect(inverted.statusCode).toBe(400);
    expect(inverted.json().error.fields[0]).toEqual({ path: 'C.maxPerYear', message: '每年最多检查次数：不能少于最低次数' });
    expect((await platform.request({ method: 'PUT', url: '/api/inspection-frequencies', cookie: cast.inspector, payload: body })).statusCode).toBe(403);
    const saved = await platform.request({ method: 'PUT', url: '/api/inspection-frequencies', cookie: cast.department, payload: { ...body, D: { minPerYear: 3, maxPerYear: 5 } } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, D: { maxPerYear: 5 } });
    expect((await platform.request({ method: 'PUT', url: '/api/inspection-frequencies', cookie: cast.department, payload: body })).statusCode).toBe(409);
  });
});

describe('inspection plans', () => {
  it("generates this month's plan for the station, two of its inspectors each, once", async () => {
    const first = await generate(cast.stationHead, { year, month });
    expect(first.statusCode).toBe(200);
    expect(first.json().created).toBeGreaterThan(0);
    const entries = await list(cast.stationHead, `year=${year}&month=${month}&pageSize=500`);
    expect(entries).toHaveLength(first.json().created);
    const staff = await platform.ctx.db.select().from(appUser).where(eq(appUser.stationId, cast.qianchuanId));
    const staffIds = new Set(staff.filter((u) => u.role === 'inspector').map((u) => u.id));
    for (const e of entries) {
      expect(e.stationId).toBe(cast.qianchuanId);
      expect(e.inspectors).toHaveLength(2);
      expect(e.inspectors.every((i) => staffIds.has(i.id) && i.displayName)).toBe(true);
      expect(e.dueOn.startsWith(`${year}-${String(month).padStart(2, '0')}`)).toBe(true);
    }
    const again = await generate(cast.stationHead, { year, month });
    expect(again.json()).toMatchObject({ created: 0, alreadyPlanned: first.json().created });
  });

  it('keeps station users to their station and refuses roles without plan.manage', async () => {
    const other = await generate(cast.stationHead, { year, month, stationId: cast.otherStationId });
    expect(other.statusCode).toBe(404);
    expect((await generate(cast.inspector, { year, month })).statusCode).toBe(403);
    const byDepartment = await generate(cast.department, { year, month, stationId: cast.otherStationId });
    expect(byDepartment.statusCode).toBe(200);
    const seen = await list(cast.stationHead, `year=${year}&month=${month}&pageSize=500`);
    expect(seen.every((e) => e.stationId === cast.qianchuanId)).toBe(true);
    const otherEntries = await list(cast.department, `year=${year}&month=${month}&stationId=${cast.otherStationId}`);
    expect(otherEntries.length).toBeGreaterThan(0);
    const hidden = await platform.request({
      method: 'PATCH',
      url: `/api/inspection-plans/${otherEntries[0].id}`,
      cookie: cast.stationHead,
      payload: { version: otherEntries[0].version, status: 'cancelled' },
    });
    expect(hidden.statusCode).toBe(404);
  });

  it('never drops the legal minimum: a D operator gets 3 visits over a year of monthly plans', async () => {
    const [target] = await platform.ctx.db
      .select({ id: operator.id })
      .from(operator)
      .innerJoin(unit, eq(unit.code, operator.unitCode))
      .where(and(eq(unit.stationId, cast.qianchuanId), eq(operator.status, 'active')))
      .limit(1);
    await platform.ctx.db.update(operator).set({ riskGrade: 'D' }).where(eq(operator.id, target.id));
    for (let m = 1; m <= 12; m++) {
      const r = await generate(cast.stationHead, { year: 2030, month: m });
      expect(r.statusCode).toBe(200);
    }
    const entries = await platform.ctx.db
      .select()
      .from(inspectionPlanEntry)
      .where(and(eq(inspectionPlanEntry.operatorId, target.id), eq(inspectionPlanEntry.year, 2030)));
    expect(entries.length).toBeGreaterThanOrEqual(3);
    const months = entries.map((e) => e.month).sort((a, b) => a - b);
    expect(months[2] - months[0]).toBeGreaterThanOrEqual(6);
  });

  it('lists overdue entries: planned and past their due date', async () => {
    await generate(cast.stationHead, { year: 2025, month: 12 });
    const overdue = await list(cast.stationHead, 'year=2025&overdue=true&pageSize=500');
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((e) => e.overdue && e.status === 'planned' && e.dueOn === '2025-12-31')).toBe(true);
    expect(await list(cast.stationHead, 'year=2030&month=12&overdue=true')).toEqual([]);
  });

  it("pages the month's plan in due order, with the total of all pages", async () => {
    const all = await list(cast.stationHead, `year=${year}&month=${month}&pageSize=500`);
    expect(all.length).toBeGreaterThan(4);
    const second = (await platform.request({ method: 'GET', url: `/api/inspection-plans?year=${year}&month=${month}&page=2&pageSize=2`, cookie: cast.stationHead })).json();
    expect(second).toMatchObject({ total: all.length, page: 2, pageSize: 2 });
    expect(second.items.map((e: TPlanEntry) => e.id)).toEqual(all.slice(2, 4).map((e) => e.id));
  });

  it('lists the staff a station may assign, its own only', async () => {
    const own = await platform.request({ method: 'GET', url: `/api/inspection-plans/inspectors?stationId=${cast.qianchuanId}`, cookie: cast.stationHead });
    expect(
      own
        .json()
        .items.map((u: { role: string }) => u.role)
        .sort(),
    ).toEqual(['inspector', 'inspector', 'inspector', 'station']);
    expect((await platform.request({ method: 'GET', url: `/api/inspection-plans/inspectors?stationId=${cast.otherStationId}`, cookie: cast.stationHead })).statusCode).toBe(404);
    expect(
      (await platform.request({ method: 'GET', url: `/api/inspection-plans/inspectors?stationId=${cast.otherStationId}`, cookie: cast.department })).json().items,
    ).toHaveLength(2);
  });

  it('reassigns inspectors (at least two, of the station), with version', async () => {
    const [entry] = await list(cast.stationHead, `year=${year}&month=${month}`);
    const staff = await platform.ctx.db
      .select()
      .from(appUser)
      .where(and(eq(appUser.stationId, cast.qianchuanId), inArray(appUser.role, ['inspector', 'station'])));
    const ids = staff.map((u) => u.id);
    const url = `/api/inspection-plans/${entry.id}`;
    const one = await platform.request({ method: 'PATCH', url, cookie: cast.stationHead, payload: { version: entry.version, inspectorIds: [ids[0]] } });
    expect(one.statusCode).toBe(400);
    expect(one.json().error.fields[0]).toEqual({ path: 'inspectorIds', message: '检查人员：每次检查至少两名检查人员' });
    const foreign = await platform.request({ method: 'PATCH', url, cookie: cast.stationHead, payload: { version: entry.version, inspectorIds: [ids[0], cast.outsiderId] } });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields[0].path).toBe('inspectorIds');
    expect((await platform.request({ method: 'PATCH', url, cookie: cast.stationHead, payload: { version: entry.version, note: 'x' } })).statusCode).toBe(400);

    const done = await platform.request({
      method: 'PATCH',
      url,
      cookie: cast.stationHead,
      payload: { version: entry.version, inspectorIds: [ids[1], ids[2]], dueOn: `${year}-12-31` },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ version: entry.version + 1, dueOn: `${year}-12-31` });
    expect(done.json().inspectors.map((i: { id: string }) => i.id)).toEqual([ids[1], ids[2]]);
    const stale = await platform.request({ method: 'PATCH', url, cookie: cast.stationHead, payload: { version: entry.version, status: 'cancelled' } });
    expect(stale.statusCode).toBe(409);
    const cancelled = await platform.request({ method: 'PATCH', url, cookie: cast.stationHead, payload: { version: entry.version + 1, status: 'cancelled' } });
    expect(cancelled.json().status).toBe('cancelled');
  });

  it('marks the entry done when its inspection closes', async () => {
    const [entry] = await list(cast.inspector, `year=${year}&month=${month}&status=planned`);
    const inspectionId = crypto.randomUUID();
    await platform.ctx.events.publish(
      'inspection.closed',
      { operatorId: entry.operatorId, inspectionId, result: 'conforming', kind: 'routine', inspectedOn: chinaToday(), planEntryId: entry.id },
      null,
    );
    const [after] = await platform.ctx.db.select().from(inspectionPlanEntry).where(eq(inspectionPlanEntry.id, entry.id));
    expect(after).toMatchObject({ status: 'done', inspectionId });
  });

  it("lets nobody start an inspection for another station's entry, and completes only the entry of the inspected operator", async () => {
    const [own, second] = await list(cast.stationHead, `year=${year}&month=${month}&status=planned`);
    const [foreign] = await list(cast.department, `year=${year}&month=${month}&stationId=${cast.otherStationId}&status=planned`);
    const start = (planEntryId: string) =>
      platform.request({
        method: 'POST',
        url: '/api/inspections',
        cookie: cast.stationHead,
        payload: { operatorId: own.operatorId, inspectorIds: own.inspectors.map((i) => i.id), kind: 'routine', inspectedOn: chinaToday(), planEntryId },
      });
    expect((await start(foreign.id)).statusCode).toBe(404);
    expect((await start(second.id)).statusCode).toBe(404);
    const started = await start(own.id);
    expect(started.statusCode, started.body).toBe(201);
    const closed = await closeWith(platform, cast.stationHead, await answerAll(platform, cast.stationHead, started.json()));
    expect(closed.statusCode, closed.body).toBe(200);
    const entries = await platform.ctx.db
      .select()
      .from(inspectionPlanEntry)
      .where(inArray(inspectionPlanEntry.id, [own.id, foreign.id]));
    expect(entries.find((e) => e.id === own.id)).toMatchObject({ status: 'done', inspectionId: started.json().id });
    expect(entries.find((e) => e.id === foreign.id)).toMatchObject({ status: 'planned', inspectionId: null });

    // Checked again at close: an inspection of another operator does not complete the entry.
    const stranger = { operatorId: own.operatorId, inspectionId: crypto.randomUUID(), result: 'conforming', kind: 'routine', inspectedOn: chinaToday(), planEntryId: foreign.id };
    await platform.ctx.events.publish('inspection.closed', stranger, null);
    const [untouched] = await platform.ctx.db.select().from(inspectionPlanEntry).where(eq(inspectionPlanEntry.id, foreign.id));
    expect(untouched.status).toBe('planned');
  });
});
