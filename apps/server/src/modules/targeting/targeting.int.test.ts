import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import type { TAllocation, TAllocationPlanResult, TMonitoring, TStationCapacityDefault, TTargetingModel, TTargetingScore } from '@shian/shared/targeting';
import type { TPlanEntry } from '@shian/shared/plan';
import { addDays, chinaToday } from '@shian/shared/working-days';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { me, QIANCHUAN_UNIT } from '../../testing/inspections.ts';
import { station as stationTable } from '../org/org.schema.ts';
import { inspectionPlanEntry } from '../inspection-plan/inspection-plan.schema.ts';
import { retrainIfDue } from './targeting.service.ts';

let platform: TTestPlatform;
let admin: string;
let department: string;
let station: string;
let inspector: string;
let leader: string;
let cadre: string;
let qianchuanId: string;
let otherStationId: string;

const monday = (day: string) => addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
const nextMonday = addDays(monday(chinaToday()), 7);

beforeAll(async () => {
  // A year of demo history: inspections, grades, this month's plan, and the demo's models.
  platform = await createTestPlatform({ operators: 400, history: true });
  [admin, department, station, inspector, leader, cadre] = await Promise.all(['admin', 'department', 'station', 'inspector', 'leader', 'cadre'].map((u) => platform.login(u)));
  qianchuanId = (await me(platform, station)).stationId!;
  const stations = await platform.ctx.db.select({ id: stationTable.id, kind: stationTable.kind }).from(stationTable);
  otherStationId = stations.find((s) => s.kind === 'station' && s.id !== qianchuanId)!.id;
  // Seeding a year of history takes minutes on a busy machine.
}, 600_000);
afterAll(() => platform.close());

const allocate = (cookie: string, payload: object, headers: Record<string, string> = {}) =>
  platform.request({ method: 'POST', url: '/api/targeting/allocations', cookie, payload, headers });

describe('model versions', () => {
  it('the demo trained versions with their evaluation, readable bureau-wide', async () => {
    const response = await platform.request({ method: 'GET', url: '/api/targeting/models', cookie: leader });
    expect(response.statusCode, response.body).toBe(200);
    const { items } = response.json() as { items: TTargetingModel[] };
    expect(items.length).toBeGreaterThanOrEqual(1);
    const current = items.find((m) => m.current)!;
    expect(current.trainingRows).toBeGreaterThanOrEqual(100);
    expect(current.evaluation.deciles).toHaveLength(10);
    expect(current.evaluation.testRows).toBeGreaterThan(0);
    expect((await platform.request({ method: 'GET', url: '/api/targeting/models', cookie: cadre })).statusCode).toBe(403);
  });

  it('retrains on demand with targeting.manage only, as a new version', async () => {
    const before = ((await platform.request({ method: 'GET', url: '/api/targeting/models', cookie: admin })).json() as { items: TTargetingModel[] }).items;
    const response = await platform.request({ method: 'POST', url: '/api/targeting/models', cookie: department, payload: {} });
    expect(response.statusCode, response.body).toBe(201);
    const model = response.json() as TTargetingModel;
    expect(model.number).toBe(Math.max(...before.map((m) => m.number)) + 1);
    expect(model.trigger).toBe('manual');
    expect(model.trainedByName).toBeTruthy();
    expect(model.current).toBe(true);
    expect((await platform.request({ method: 'POST', url: '/api/targeting/models', cookie: station, payload: {} })).statusCode).toBe(403);
  });

  it('refuses a future as-of date and one with too little history before it, naming the field', async () => {
    const future = await platform.request({ method: 'POST', url: '/api/targeting/models', cookie: department, payload: { asOf: addDays(chinaToday(), 3) } });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.message).toContain('训练截至日期：不能晚于今天');
    const early = await platform.request({
      method: 'POST',
      url: '/api/targeting/models',
      cookie: department,
      payload: { asOf: '2021-01-04' },
      headers: { 'accept-language': 'en' },
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.message).toContain('Trained as of: fewer than 100 closed inspections');
    const bad = await platform.request({ method: 'POST', url: '/api/targeting/models', cookie: department, payload: { asOf: 'yesterday' } });
    expect(bad.statusCode).toBe(400);
  });

  it('the weekly schedule retrains only when the newest version is a week old', async () => {
    expect((await retrainIfDue(platform.ctx)).every((r) => !r.trained)).toBe(true);
    const inEightDays = Date.now() + 8 * 86_400_000;
    expect((await retrainIfDue(platform.ctx, inEightDays)).some((r) => r.trained)).toBe(true);
  });
});

describe('ranking', () => {
  it('lists operators by predicted chance with reasons in Chinese, within the data scope', async () => {
    const district = await platform.request({ method: 'GET', url: '/api/targeting/scores?pageSize=200', cookie: leader });
    expect(district.statusCode, district.body).toBe(200);
    const all = district.json() as { items: TTargetingScore[]; total: number };
    const probabilities = all.items.map((s) => s.probability);
    expect(probabilities).toEqual([...probabilities].sort((a, b) => b - a));
    expect(all.items[0].reasons.length).toBeGreaterThan(0);
    expect(all.items[0].reasons[0].text).toMatch(/[\u4e00-\u9fa5]/);

    const own = (await platform.request({ method: 'GET', url: '/api/targeting/scores?pageSize=200', cookie: station })).json() as { items: TTargetingScore[]; total: number };
    expect(own.total).toBeGreaterThan(0);
    expect(own.total).toBeLessThan(all.total);
    expect(own.items.every((s) => s.unitCode === QIANCHUAN_UNIT)).toBe(true);

    const english = (await platform.request({ method: 'GET', url: '/api/targeting/scores', cookie: leader, headers: { 'accept-language': 'en' } })).json() as {
      items: TTargetingScore[];
    };
    expect(english.items[0].reasons[0].text).not.toMatch(/[\u4e00-\u9fa5]{3}/);
    expect((await platform.request({ method: 'GET', url: '/api/targeting/scores', cookie: cadre })).statusCode).toBe(403);
    expect((await platform.request({ method: 'GET', url: '/api/targeting/scores?unitCode=12', cookie: leader })).statusCode).toBe(400);
  });
});

describe('weekly allocation', () => {
  it('suggests capacities for the stations in scope', async () => {
    const own = (await platform.request({ method: 'GET', url: '/api/targeting/capacities?weeks=2', cookie: station })).json() as { items: TStationCapacityDefault[] };
    expect(own.items.map((s) => s.stationId)).toEqual([qianchuanId]);
    expect(own.items[0].suggestedVisits).toBeGreaterThan(0);
    const all = (await platform.request({ method: 'GET', url: '/api/targeting/capacities', cookie: department })).json() as { items: TStationCapacityDefault[] };
    expect(all.items.length).toBeGreaterThan(10);
  });

  it('refuses bad input, naming the field', async () => {
    const tuesday = addDays(nextMonday, 1);
    const notMonday = await allocate(station, { weekStart: tuesday, weeks: 1, capacities: [{ stationId: qianchuanId, visits: 5 }] });
    expect(notMonday.statusCode).toBe(400);
    expect(notMonday.json().error.message).toContain('起始周（星期一）：应为星期一');
    const twice = await allocate(station, {
      weekStart: nextMonday,
      weeks: 1,
      capacities: [
        { stationId: qianchuanId, visits: 5 },
        { stationId: qianchuanId, visits: 3 },
      ],
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.message).toContain('同一个所只能填写一次');
    const negative = await allocate(station, { weekStart: nextMonday, weeks: 1, capacities: [{ stationId: qianchuanId, visits: -1 }] });
    expect(negative.statusCode).toBe(400);
    const tooLong = await allocate(station, { weekStart: nextMonday, weeks: 9, capacities: [{ stationId: qianchuanId, visits: 1 }] });
    expect(tooLong.statusCode).toBe(400);
  });

  it('keeps within the capacity beyond the legal minimums, and never drops a legal minimum', async () => {
    for (const visits of [0, 3, 40]) {
      const response = await allocate(station, { weekStart: nextMonday, weeks: 1, capacities: [{ stationId: qianchuanId, visits }] });
      expect(response.statusCode, response.body).toBe(201);
      const [list] = (response.json() as { items: TAllocation[] }).items;
      expect(list.items).toHaveLength(list.legalCount + list.riskCount);
      expect(list.riskCount).toBeLessThanOrEqual(Math.max(0, visits - list.legalCount));
      expect(list.overCapacity).toBe(Math.max(0, list.legalCount - visits));
      if (visits === 0) expect(list.riskCount).toBe(0);
      if (visits === 40) expect(list.items.length).toBeGreaterThanOrEqual(Math.min(40, list.legalCount + 1));
      // Visits of one unit stay together.
      const units = list.items.map((i) => i.unitCode);
      expect(units.filter((u, k) => k > 0 && u !== units[k - 1]).length).toBe(new Set(units).size - 1);
    }
  });

  it('lists every legal-minimum visit due by the end of the window', async () => {
    const today = chinaToday();
    const [year, month] = today.split('-').map(Number);
    const open = await platform.ctx.db
      .select({ operatorId: inspectionPlanEntry.operatorId, dueOn: inspectionPlanEntry.dueOn })
      .from(inspectionPlanEntry)
      .where(
        and(
          eq(inspectionPlanEntry.stationId, qianchuanId),
          eq(inspectionPlanEntry.status, 'planned'),
          eq(inspectionPlanEntry.source, 'frequency'),
          eq(inspectionPlanEntry.year, year),
          eq(inspectionPlanEntry.month, month),
        ),
      );
    expect(open.length).toBeGreaterThan(0);
    // Four weeks from this week's Monday reach the month's last working day, when the plan is due.
    const weekStart = monday(today);
    const windowEnd = addDays(weekStart, 27);
    const response = await allocate(station, { weekStart, weeks: 4, capacities: [{ stationId: qianchuanId, visits: 1 }] });
    expect(response.statusCode, response.body).toBe(201);
    const [list] = (response.json() as { items: TAllocation[] }).items;
    const listed = new Set(list.items.filter((i) => i.reason === 'legal_minimum').map((i) => i.operatorId));
    for (const entry of open.filter((e) => e.dueOn <= windowEnd)) expect(listed.has(entry.operatorId)).toBe(true);
    expect(list.overCapacity).toBe(list.legalCount - 1);
  });

  it('keeps each station to its own lists', async () => {
    expect((await allocate(station, { weekStart: nextMonday, weeks: 1, capacities: [{ stationId: otherStationId, visits: 5 }] })).statusCode).toBe(404);
    expect((await allocate(inspector, { weekStart: nextMonday, weeks: 1, capacities: [{ stationId: qianchuanId, visits: 5 }] })).statusCode).toBe(403);
    const other = await allocate(department, { weekStart: nextMonday, weeks: 1, capacities: [{ stationId: otherStationId, visits: 5 }] });
    expect(other.statusCode, other.body).toBe(201);
    const [list] = (other.json() as { items: TAllocation[] }).items;
    expect((await platform.request({ method: 'GET', url: `/api/targeting/allocations/${list.id}`, cookie: station })).statusCode).toBe(404);
    expect((await platform.request({ method: 'GET', url: `/api/targeting/allocations/${list.id}`, cookie: leader })).statusCode).toBe(200);
    expect((await platform.request({ method: 'POST', url: `/api/targeting/allocations/${list.id}/plan`, cookie: station, payload: { version: list.version } })).statusCode).toBe(
      404,
    );
    const mine = (await platform.request({ method: 'GET', url: '/api/targeting/allocations?pageSize=100', cookie: station })).json() as { items: TAllocation[] };
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((a) => a.stationId === qianchuanId)).toBe(true);
    expect((await platform.request({ method: 'GET', url: '/api/targeting/allocations', cookie: cadre })).statusCode).toBe(403);
  });

  it('exports the list as .xlsx', async () => {
    const created = await allocate(station, { weekStart: nextMonday, weeks: 1, capacities: [{ stationId: qianchuanId, visits: 12 }] });
    const [list] = (created.json() as { items: TAllocation[] }).items;
    const response = await platform.request({ method: 'GET', url: `/api/targeting/allocations/${list.id}/export`, cookie: inspector });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(list.items.length + 1);
    expect(String(sheet.getRow(1).getCell(3).value)).toBe('经营主体');
    expect(String(sheet.getRow(2).getCell(3).value)).toBe(list.items[0].operatorName);
  });

  it("pages a week's lists and leaves out superseded ones on request", async () => {
    const get = async (query: string) => (await platform.request({ method: 'GET', url: `/api/targeting/allocations?weekStart=${nextMonday}&${query}`, cookie: leader })).json();
    const ids = (page: { items: TAllocation[] }) => page.items.map((a) => a.id);
    const all = await get('pageSize=100');
    expect(all.total).toBeGreaterThan(3);
    expect(all.items).toHaveLength(all.total);
    expect(all.items.every((a: TAllocation) => a.weekStart === nextMonday)).toBe(true);
    const second = await get('page=2&pageSize=2');
    expect(second).toMatchObject({ total: all.total, page: 2, pageSize: 2 });
    expect(ids(second)).toEqual(ids(all).slice(2, 4));

    const current = await get('current=true&pageSize=100');
    const superseded = await get('current=false&pageSize=100');
    expect(current.items.map((a: TAllocation) => a.status)).not.toContain('superseded');
    expect(superseded.items.every((a: TAllocation) => a.status === 'superseded')).toBe(true);
    // One current list per station for the week; the others gave way to it.
    expect(new Set(current.items.map((a: TAllocation) => a.stationId)).size).toBe(current.total);
    expect(current.total + superseded.total).toBe(all.total);
  });

  it('turns the list into plan entries with one click, once', async () => {
    const created = await allocate(station, { weekStart: nextMonday, weeks: 1, capacities: [{ stationId: qianchuanId, visits: 15 }] });
    const [list] = (created.json() as { items: TAllocation[] }).items;
    expect(list.status).toBe('draft');
    expect((await platform.request({ method: 'POST', url: `/api/targeting/allocations/${list.id}/plan`, cookie: inspector, payload: { version: list.version } })).statusCode).toBe(
      403,
    );
    expect(
      (await platform.request({ method: 'POST', url: `/api/targeting/allocations/${list.id}/plan`, cookie: station, payload: { version: list.version + 1 } })).statusCode,
    ).toBe(409);

    const response = await platform.request({ method: 'POST', url: `/api/targeting/allocations/${list.id}/plan`, cookie: station, payload: { version: list.version } });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json() as TAllocationPlanResult;
    const withEntry = list.items.filter((i) => i.existingEntryId).length;
    expect(result.created + result.alreadyPlanned).toBe(list.items.length);
    expect(result.alreadyPlanned).toBeGreaterThanOrEqual(withEntry);
    expect(result.allocation.status).toBe('planned');
    expect(result.allocation.plannedEntries).toBe(result.created);

    const due = result.allocation.dueOn;
    const [year, month] = due.split('-').map(Number);
    const entries = (await platform.request({ method: 'GET', url: `/api/inspection-plans?year=${year}&month=${month}&pageSize=500`, cookie: station })).json() as {
      items: TPlanEntry[];
    };
    const targeted = entries.items.filter((e) => e.source === 'targeting' && e.dueOn === due);
    const risk = list.items.filter((i) => i.reason === 'risk');
    expect(targeted.map((e) => e.operatorId).sort()).toEqual(expect.arrayContaining(risk.map((i) => i.operatorId).sort()));
    expect(targeted.every((e) => e.inspectors.length === 2)).toBe(true);

    const again = await platform.request({ method: 'POST', url: `/api/targeting/allocations/${list.id}/plan`, cookie: station, payload: { version: result.allocation.version } });
    expect(again.statusCode).toBe(409);
    // A new list for the same week does not pick the operators just planned.
    const next = await allocate(station, { weekStart: nextMonday, weeks: 1, capacities: [{ stationId: qianchuanId, visits: 15 }] });
    const [fresh] = (next.json() as { items: TAllocation[] }).items;
    const planned = new Set(risk.map((i) => i.operatorId));
    expect(fresh.items.filter((i) => i.reason === 'risk').some((i) => planned.has(i.operatorId))).toBe(false);
  });
});

describe('monitoring', () => {
  it('gives weekly hit rates, rates by decile and the inspector consistency check', async () => {
    const response = await platform.request({ method: 'GET', url: '/api/targeting/monitoring?weeks=12', cookie: leader });
    expect(response.statusCode, response.body).toBe(200);
    const m = response.json() as TMonitoring;
    expect(m.weeks).toHaveLength(12);
    expect(m.deciles).toHaveLength(10);
    expect(m.model?.current).toBe(true);
    // The demo's older version ranked the operators inspected since it was trained.
    expect(m.deciles.reduce((s, d) => s + d.count, 0)).toBeGreaterThan(0);
    expect(m.weeks.reduce((s, w) => s + w.topDecile.inspections + w.otherDeciles.inspections, 0)).toBe(m.deciles.reduce((s, d) => s + d.count, 0));
    expect(m.consistency.length).toBeGreaterThan(0);
    expect(m.consistency.every((c) => c.inspectorName)).toBe(true);

    const own = (await platform.request({ method: 'GET', url: '/api/targeting/monitoring', cookie: station })).json() as TMonitoring;
    expect(own.consistency.every((c) => c.stationName === '前川市场监督管理所')).toBe(true);
    expect((await platform.request({ method: 'GET', url: '/api/targeting/monitoring?weeks=2', cookie: leader })).statusCode).toBe(400);
    expect((await platform.request({ method: 'GET', url: '/api/targeting/monitoring', cookie: cadre })).statusCode).toBe(403);
  });
});
