import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { TDrawDetail } from '@shian/shared/draw';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { stationCast, type TStationCast } from '../../testing/stations.ts';
import { unit } from '../org/org.schema.ts';
import { operator } from '../operator/operator.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { checklistTemplate } from '../checklist/checklist.schema.ts';
import { inspection } from '../inspection/inspection.schema.ts';
import { inspectionPlanEntry } from '../inspection-plan/inspection-plan.schema.ts';
import { randomDraw } from './random-draw.schema.ts';

let platform: TTestPlatform;
let cast: TStationCast;
let qianchuanInspectors: { id: string; displayName: string }[];
let qianchuanOperators: string[];

const draw = (cookie: string, payload: object) => platform.request({ method: 'POST', url: '/api/random-draws', cookie, payload });

beforeAll(async () => {
  platform = await createTestPlatform({ operators: 200 });
  cast = await stationCast(platform);
  qianchuanInspectors = await platform.ctx.db
    .select({ id: appUser.id, displayName: appUser.displayName })
    .from(appUser)
    .where(and(eq(appUser.stationId, cast.qianchuanId), eq(appUser.role, 'inspector')));
  const rows = await platform.ctx.db
    .select({ id: operator.id })
    .from(operator)
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(and(eq(unit.stationId, cast.qianchuanId), eq(operator.status, 'active')))
    .orderBy(operator.id);
  qianchuanOperators = rows.map((r) => r.id);
});
afterAll(() => platform.close());

describe('random inspection draw', () => {
  it('draws operators and two inspectors each from the station, reproducibly', async () => {
    const created = await draw(cast.stationHead, { name: '2026 年第一批双随机', operatorCount: 5, seed: 'huangpi-2026-01' });
    expect(created.statusCode).toBe(201);
    const d: TDrawDetail = created.json();
    expect(d.result).toHaveLength(5);
    expect(d.operatorPoolSize).toBe(qianchuanOperators.length);
    const inspectorIds = new Set(qianchuanInspectors.map((i) => i.id));
    for (const r of d.result) {
      expect(qianchuanOperators).toContain(r.operatorId);
      expect(r.operatorName).not.toBe('');
      expect(r.inspectors).toHaveLength(2);
      expect(r.inspectors.every((i) => inspectorIds.has(i.id))).toBe(true);
    }
    const verify = await platform.request({ method: 'POST', url: `/api/random-draws/${d.id}/verify`, cookie: cast.stationHead });
    expect(verify.json()).toEqual({ identical: true, result: d.result.map((r) => ({ operatorId: r.operatorId, inspectorIds: r.inspectors.map((i) => i.id) })) });

    const same = (await draw(cast.stationHead, { name: '同一种子', operatorCount: 5, seed: 'huangpi-2026-01' })).json();
    expect(same.result).toEqual(d.result);
    const other = (await draw(cast.stationHead, { name: '另一种子', operatorCount: 5, seed: 'huangpi-2026-02' })).json();
    expect(other.result).not.toEqual(d.result);
  });

  it('detects a changed result when re-running the stored seed and pools', async () => {
    const d = (await draw(cast.stationHead, { name: '篡改检测', operatorCount: 3, seed: 'tamper' })).json();
    const result = d.result.map((r: TDrawDetail['result'][number]) => ({ operatorId: r.operatorId, inspectorIds: r.inspectors.map((i) => i.id) }));
    result[0].operatorId = result[1].operatorId;
    await platform.ctx.db.update(randomDraw).set({ result }).where(eq(randomDraw.id, d.id));
    const verify = await platform.request({ method: 'POST', url: `/api/random-draws/${d.id}/verify`, cookie: cast.stationHead });
    expect(verify.json().identical).toBe(false);
  });

  it("excludes the inspector of the operator's last inspection, and stores the exclusion", async () => {
    const target = qianchuanOperators[0];
    const last = qianchuanInspectors[0].id;
    const [bureau] = await platform.ctx.db.select({ id: operator.bureauId }).from(operator).limit(1);
    const [template] = await platform.ctx.db
      .insert(checklistTemplate)
      .values({ bureauId: bureau.id, scope: 'catering', name: '测试要点表', versionNo: 900, status: 'published' })
      .returning();
    await platform.ctx.db.insert(inspection).values({
      bureauId: bureau.id,
      operatorId: target,
      templateId: template.id,
      kind: 'routine',
      status: 'closed',
      inspectedOn: '2026-01-10',
      inspectorIds: [last, qianchuanInspectors[1].id],
      result: 'conforming',
      closedAt: new Date(),
    });
    for (const seed of ['e1', 'e2', 'e3', 'e4']) {
      const d: TDrawDetail = (await draw(cast.stationHead, { name: `排除 ${seed}`, operatorCount: 1000, seed })).json();
      expect(d.result).toHaveLength(qianchuanOperators.length);
      const row = d.result.find((r) => r.operatorId === target)!;
      expect(row.inspectors.map((i) => i.id)).not.toContain(last);
    }
    const [stored] = await platform.ctx.db.select().from(randomDraw).where(eq(randomDraw.name, '排除 e1'));
    expect(stored.inspectorPool).toContainEqual({ id: last, lastInspectedOperatorIds: [target] });
  });

  it('refuses bad input, other roles and other stations', async () => {
    expect((await draw(cast.inspector, { name: 'x', operatorCount: 1 })).statusCode).toBe(403);
    expect((await draw(cast.stationHead, { name: 'x', operatorCount: 1, inspectorsPerOperator: 1 })).statusCode).toBe(400);
    expect((await draw(cast.stationHead, { name: 'x', operatorCount: 1, colour: 'red' })).statusCode).toBe(400);
    const empty = await draw(cast.stationHead, { name: 'x', operatorCount: 1, filter: { stationId: cast.otherStationId } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0]).toEqual({ path: 'filter', message: '抽取范围：没有符合条件的在营经营主体' });
    const foreign = await draw(cast.stationHead, { name: 'x', operatorCount: 1, inspectorIds: [qianchuanInspectors[0].id, cast.outsiderId] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields[0].path).toBe('inspectorIds');

    const district = (await draw(cast.department, { name: '全区抽取', operatorCount: 4, filter: { stationId: cast.otherStationId } })).json();
    expect(district.result).toHaveLength(4);
    expect((await platform.request({ method: 'GET', url: `/api/random-draws/${district.id}`, cookie: cast.stationHead })).statusCode).toBe(404);
    expect((await platform.request({ method: 'POST', url: `/api/random-draws/${district.id}/verify`, cookie: cast.stationHead })).statusCode).toBe(404);
    const own = (await platform.request({ method: 'GET', url: '/api/random-draws', cookie: cast.stationHead })).json();
    expect(own.items.some((i: { id: string }) => i.id === district.id)).toBe(false);
    const all = (await platform.request({ method: 'GET', url: '/api/random-draws?pageSize=100', cookie: cast.department })).json();
    expect(all.total).toBe(own.total + 1);
  });

  it('publishes a draw without personal data, once', async () => {
    const d: TDrawDetail = (await draw(cast.stationHead, { name: '公示批次', operatorCount: 2, seed: 'public' })).json();
    const published = await platform.request({ method: 'POST', url: `/api/random-draws/${d.id}/publish`, cookie: cast.stationHead });
    expect(published.json().published).toBe(true);
    expect((await platform.request({ method: 'POST', url: `/api/random-draws/${d.id}/publish`, cookie: cast.stationHead })).statusCode).toBe(409);
    const open = await platform.request({ method: 'GET', url: '/api/public/random-draws' });
    expect(open.statusCode).toBe(200);
    const item = open.json().items.find((i: { id: string }) => i.id === d.id);
    expect(item).toMatchObject({ name: '公示批次', seed: 'public', result: d.result.map((r) => ({ operatorName: r.operatorName, unitName: r.unitName, inspectorCount: 2 })) });
    const body = open.body;
    for (const i of qianchuanInspectors) {
      expect(body).not.toContain(i.id);
      expect(body).not.toContain(i.displayName);
    }
  });

  it('turns a draw into plan entries once', async () => {
    const d: TDrawDetail = (await draw(cast.stationHead, { name: '转计划', operatorCount: 3, seed: 'plan' })).json();
    const planned = await platform.request({ method: 'POST', url: `/api/random-draws/${d.id}/plan`, cookie: cast.stationHead });
    expect(planned.json()).toEqual({ created: 3, skipped: 0 });
    const entries = await platform.ctx.db.select().from(inspectionPlanEntry).where(eq(inspectionPlanEntry.drawId, d.id));
    expect(entries.map((e) => e.operatorId).sort()).toEqual(d.result.map((r) => r.operatorId).sort());
    expect(entries.every((e) => e.source === 'draw' && e.stationId === cast.qianchuanId && e.inspectorIds.length === 2)).toBe(true);
    expect((await platform.request({ method: 'POST', url: `/api/random-draws/${d.id}/plan`, cookie: cast.stationHead })).statusCode).toBe(409);
    expect((await platform.request({ method: 'GET', url: `/api/random-draws/${d.id}`, cookie: cast.stationHead })).json().planned).toBe(true);
  });
});
