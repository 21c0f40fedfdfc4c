import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { TInspectionDashboard } from '@shian/shared/dashboard';
import type { TOperatorType } from '@shian/shared/operator';
import { chinaToday } from '@shian/shared/working-days';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { stationCast, type TStationCast } from '../../testing/stations.ts';
import { unit } from '../org/org.schema.ts';
import { operator } from '../operator/operator.schema.ts';
import { checklistItem, checklistTemplate } from '../checklist/checklist.schema.ts';
import { inspection, inspectionItemResult } from '../inspection/inspection.schema.ts';
import { rectification } from '../rectification/rectification.schema.ts';

let platform: TTestPlatform;
let cast: TStationCast;
const today = chinaToday();
const year = Number(today.slice(0, 4));
const month = Number(today.slice(5, 7));

async function operatorOf(stationId: string, type: TOperatorType) {
  const [row] = await platform.ctx.db
    .select({ id: operator.id, bureauId: operator.bureauId })
    .from(operator)
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(and(eq(unit.stationId, stationId), eq(operator.status, 'active'), eq(operator.type, type)))
    .limit(1);
  return row;
}

/** A closed inspection with one nonconforming item, and its overdue rectification. */
async function inspect(operatorId: string, bureauId: string, itemId: string, templateId: string) {
  const [row] = await platform.ctx.db
    .insert(inspection)
    .values({
      bureauId,
      operatorId,
      templateId,
      kind: 'routine',
      status: 'closed',
      inspectedOn: `${year}-${String(month).padStart(2, '0')}-01`,
      inspectorIds: [],
      result: 'nonconforming',
      closedAt: new Date(),
    })
    .returning();
  await platform.ctx.db.insert(inspectionItemResult).values({ inspectionId: row.id, itemId, outcome: 'nonconforming' });
  await platform.ctx.db.insert(rectification).values({ bureauId, operatorId, inspectionId: row.id, itemId, demand: '整改', workingDays: 5, dueOn: `${year - 1}-12-31` });
}

beforeAll(async () => {
  platform = await createTestPlatform({ operators: 200 });
  cast = await stationCast(platform);
  await platform.request({ method: 'POST', url: '/api/inspection-plans/generate', cookie: cast.department, payload: { year, month } });
  const own = await operatorOf(cast.qianchuanId, 'seller');
  const [template] = await platform.ctx.db
    .insert(checklistTemplate)
    .values({ bureauId: own.bureauId, scope: 'sales', name: '测试要点表', versionNo: 900, status: 'published' })
    .returning();
  const [item] = await platform.ctx.db
    .insert(checklistItem)
    .values({ templateId: template.id, position: 1, section: '一、经营资质', content: '经营者持有的食品经营许可证是否合法有效', key: true })
    .returning();
  await inspect(own.id, own.bureauId, item.id, template.id);
  const other = (await operatorOf(cast.otherStationId, 'seller')) ?? (await operatorOf(cast.otherStationId, 'caterer'));
  await inspect(other.id, other.bureauId, item.id, template.id);
});
afterAll(() => platform.close());

const dashboard = (cookie: string, query: string) => platform.request({ method: 'GET', url: `/api/dashboards/inspections?${query}`, cookie });

describe('inspection dashboard', () => {
  it('reports plan against done, overdue rectifications, nonconformity and grades, district-wide', async () => {
    const response = await dashboard(cast.department, `year=${year}`);
    expect(response.statusCode).toBe(200);
    const d: TInspectionDashboard = response.json();
    const thisMonth = d.planVsDone.filter((r) => r.month === month);
    expect(thisMonth.reduce((s, r) => s + r.planned, 0)).toBeGreaterThan(0);
    expect(thisMonth.reduce((s, r) => s + r.done, 0)).toBe(2);
    expect(d.overdueRectifications.reduce((s, r) => s + r.count, 0)).toBe(2);
    expect(d.nonconformityByType.find((r) => r.type === 'seller')).toMatchObject({ nonconforming: expect.any(Number) });
    expect(d.nonconformityByType.reduce((s, r) => s + r.nonconforming, 0)).toBe(2);
    expect(d.topNonconformingItems).toEqual([{ itemId: expect.any(String), content: '经营者持有的食品经营许可证是否合法有效', checked: 2, nonconforming: 2, rate: 100 }]);
    expect(d.gradesByUnit.length).toBeGreaterThan(1);
  });

  it('keeps a station user to its station', async () => {
    const d: TInspectionDashboard = (await dashboard(cast.stationHead, `year=${year}`)).json();
    expect(d.planVsDone.every((r) => r.stationId === cast.qianchuanId)).toBe(true);
    expect(d.overdueRectifications).toEqual([{ stationId: cast.qianchuanId, stationName: '前川市场监督管理所', count: 1 }]);
    expect(d.topNonconformingItems[0]).toMatchObject({ checked: 1, nonconforming: 1 });
    expect((await dashboard(cast.stationHead, `year=${year}&stationId=${cast.otherStationId}`)).statusCode).toBe(404);
    const filtered: TInspectionDashboard = (await dashboard(cast.department, `year=${year}&stationId=${cast.otherStationId}`)).json();
    expect(filtered.overdueRectifications.map((r) => r.stationId)).toEqual([cast.otherStationId]);
  });

  it('refuses roles without dashboard.read and bad queries', async () => {
    expect((await dashboard(cast.inspector, `year=${year}`)).statusCode).toBe(403);
    expect((await dashboard(cast.department, 'year=abc')).statusCode).toBe(400);
    expect((await dashboard(cast.department, `year=${year}&colour=red`)).statusCode).toBe(400);
  });

  it('exports one sheet per chart', async () => {
    const response = await platform.request({ method: 'GET', url: `/api/dashboards/inspections/export?year=${year}`, cookie: cast.department });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['计划与完成', '逾期整改', '不符合率（业态）', '不符合检查项前十', '风险等级分布']);
    expect(workbook.getWorksheet('不符合检查项前十')!.getRow(2).getCell(1).value).toBe('经营者持有的食品经营许可证是否合法有效');
    expect((await platform.request({ method: 'GET', url: `/api/dashboards/inspections/export?year=${year}`, cookie: cast.inspector })).statusCode).toBe(403);
  });
});
