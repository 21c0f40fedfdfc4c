import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { TSamplingDashboard } from '@shian/shared/sampling-analytics';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import { createOperatorIn, QIANCHUAN_UNIT, QIJIAWAN_UNIT } from '../../testing/inspections.ts';
import { bureau } from '../org/org.schema.ts';
import { sample, samplingPlan, testItem, testReport } from '../sampling/sampling.schema.ts';

let platform: TTestPlatform;
let cast: Record<'admin' | 'station', string>;
let serial = 0;

async function reported(bureauId: string, planId: string, operatorId: string, sampledOn: string, foodCategory: string, failedItem: string | null) {
  serial += 1;
  const verdict = failedItem ? 'nonconforming' : 'conforming';
  const [s] = await platform.ctx.db
    .insert(sample)
    .values({
      bureauId,
      planId,
      sampleNo: `TEST-AN-${process.pid}-${serial}`,
      operatorId,
      productName: '样品',
      manufacturerName: '厂家',
      quantity: '1 kg',
      foodCategory,
      sampledOn,
      samplerName: '抽样员',
      status: 'reported',
      verdict,
    })
    .returning();
  const [r] = await platform.ctx.db
    .insert(testReport)
    .values({ sampleId: s.id, reportNo: `R${serial}`, issuedOn: sampledOn, verdict })
    .returning();
  await platform.ctx.db
    .insert(testItem)
    .values([
      { reportId: r.id, name: '铅（以 Pb 计）', value: '0.01', verdict: 'conforming' },
      ...(failedItem ? [{ reportId: r.id, name: failedItem, value: '9', verdict: 'nonconforming' as const }] : []),
    ]);
}

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin', 'station'], { operators: 20 }));
  const [{ id: bureauId }] = await platform.ctx.db.select({ id: bureau.id }).from(bureau);
  const [plan] = await platform.ctx.db.insert(samplingPlan).values({ bureauId, name: '分析测试', year: 2026, kind: 'yearly' }).returning();
  const here = await createOperatorIn(platform, cast.admin, QIANCHUAN_UNIT);
  const there = await createOperatorIn(platform, cast.admin, QIJIAWAN_UNIT);
  await reported(bureauId, plan.id, here.id, '2026-07-10', 'vegetable', '毒死蜱');
  await reported(bureauId, plan.id, here.id, '2026-07-20', 'vegetable', null);
  await reported(bureauId, plan.id, here.id, '2026-01-05', 'meat', null);
  await reported(bureauId, plan.id, there.id, '2026-07-11', 'vegetable', '毒死蜱');
  await reported(bureauId, plan.id, there.id, '2025-07-11', 'vegetable', '腐霉利');
});
afterAll(() => platform.close());

const dashboard = async (cookie: string, year = 2026): Promise<TSamplingDashboard> => {
  const response = await platform.request({ method: 'GET', url: `/api/dashboards/sampling?year=${year}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe('sampling analytics', () => {
  it('gives failure rates by category, month and the most frequent failing items for the year', async () => {
    const d = await dashboard(cast.admin);
    expect(d.byFoodCategory).toEqual([
      expect.objectContaining({ key: 'meat', tested: 1, failed: 0, rate: 0 }),
      expect.objectContaining({ key: 'vegetable', tested: 3, failed: 2, rate: 66.7 }),
    ]);
    expect(d.byMonth).toHaveLength(12);
    expect(d.byMonth[6]).toMatchObject({ key: '7', tested: 3, failed: 2 });
    expect(d.topFailingItems).toEqual([{ name: '毒死蜱', tested: 2, failed: 2, rate: 100 }]);
    expect(d.byUnit.reduce((n, u) => n + u.tested, 0)).toBe(4);
    expect(d.byOperatorType[0]).toMatchObject({ key: 'caterer', label: '餐饮服务提供者' });
  });

  it('keeps to the data scope: a station sees its own units only', async () => {
    const d = await dashboard(cast.station);
    expect(d.byFoodCategory.reduce((n, c) => n + c.tested, 0)).toBe(3);
  });

  it('exports one sheet per chart, refuses a bad year (400) and roles without dashboard.read (403)', async () => {
    const response = await platform.request({ method: 'GET', url: '/api/dashboards/sampling/export?year=2026', cookie: cast.admin });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['食品类别', '不合格项目', '街道（乡镇）', '月份', '业态', '核查处置']);
    expect((await platform.request({ method: 'GET', url: '/api/dashboards/sampling?year=1999', cookie: cast.admin })).statusCode).toBe(400);
    const business = await platform.login('business');
    expect((await platform.request({ method: 'GET', url: '/api/dashboards/sampling?year=2026', cookie: business })).statusCode).toBe(403);
  });
});
