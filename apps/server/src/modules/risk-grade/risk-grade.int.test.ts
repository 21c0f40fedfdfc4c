import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, ne } from 'drizzle-orm';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { station, unit } from '../org/org.schema.ts';
import { operator } from '../operator/operator.schema.ts';
import { gradeAllOperators } from './risk-grade.service.ts';

let platform: TTestPlatform;
let department: string;
let stationHead: string;
let inspector: string;
let business: string;
let admin: string;
let ownOperatorId: string;
let otherOperatorId: string;
const flagged = new Set<string>();

beforeAll(async () => {
  platform = await createTestPlatform({ operators: 200 });
  // A provider of this test: the fact behind it "happens" when the test publishes the event.
  platform.ctx.riskSignals.push({
    name: 'test',
    async collect(_db, operatorIds) {
      return operatorIds
        .filter((id) => flagged.has(id))
        .map((operatorId) => ({ operatorId, points: 100, reason: { zh: '2026-03-02 日常检查结果为不符合', en: 'nonconforming' }, source: 'test:1', on: '2026-03-02' }));
    },
  });
  [department, stationHead, inspector, business, admin] = await Promise.all(['department', 'station', 'inspector', 'business', 'admin'].map((u) => platform.login(u)));
  const rows = await platform.ctx.db
    .select({ id: operator.id, stationName: station.name })
    .from(operator)
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .innerJoin(station, eq(station.id, unit.stationId))
    .where(eq(operator.status, 'active'));
  ownOperatorId = rows.find((r) => r.stationName === '前川市场监督管理所')!.id;
  otherOperatorId = rows.find((r) => r.stationName !== '前川市场监督管理所')!.id;
});
afterAll(() => platform.close());

describe('risk grade', () => {
  it('grades every operator of the bureau and answers the counts by grade', async () => {
    const bureauId = (await platform.ctx.db.select({ b: operator.bureauId }).from(operator).limit(1))[0].b;
    const first = await gradeAllOperators(platform.ctx, bureauId, 'seed');
    const total = (await platform.ctx.db.select({ id: operator.id }).from(operator).where(ne(operator.status, 'deactivated'))).length;
    expect(first.operators).toBe(total);
    expect(first.counts.A + first.counts.B + first.counts.C + first.counts.D).toBe(total);

    const again = await platform.request({ method: 'POST', url: '/api/risk/recompute', cookie: department });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ operators: total, changed: 0, counts: first.counts });
    expect((await platform.request({ method: 'POST', url: '/api/risk/recompute', cookie: stationHead })).statusCode).toBe(403);
  });

  it('recomputes once for concurrent calls of one scope, and refuses a body with anything in it', async () => {
    const auditedRuns = async () => (await platform.request({ method: 'GET', url: '/api/audit?entity=risk_grade', cookie: admin })).json().total as number;
    const before = await auditedRuns();
    const calls = await Promise.all(Array.from({ length: 5 }, () => platform.request({ method: 'POST', url: '/api/risk/recompute', cookie: department })));
    expect(calls.map((c) => c.statusCode)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(calls.map((c) => c.body)).size).toBe(1);
    expect(await auditedRuns()).toBe(before + 1);

    expect((await platform.request({ method: 'POST', url: '/api/risk/recompute', cookie: department, payload: {} })).statusCode).toBe(200);
    const extra = await platform.request({ method: 'POST', url: '/api/risk/recompute', cookie: department, payload: { everything: true } });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('explains the grade of an operator in scope, and hides others', async () => {
    const response = await platform.request({ method: 'GET', url: `/api/operators/${ownOperatorId}/risk`, cookie: stationHead });
    expect(response.statusCode).toBe(200);
    const risk = response.json();
    expect(risk.grade).toMatch(/^[ABCD]$/);
    expect(risk.current.breakdown[0].text).toMatch(/^\+\d+：.+（业态基础分）$/);
    expect(risk.current.breakdown.reduce((s: number, b: { points: number }) => s + b.points, 0)).toBe(risk.score);
    expect(risk.history.length).toBeGreaterThan(0);

    expect((await platform.request({ method: 'GET', url: `/api/operators/${otherOperatorId}/risk`, cookie: stationHead })).statusCode).toBe(404);
    expect((await platform.request({ method: 'GET', url: `/api/operators/${ownOperatorId}/risk`, cookie: business })).statusCode).toBe(403);
  });

  it('regrades an operator when an inspection closes, saying why', async () => {
    flagged.add(ownOperatorId);
    await platform.ctx.events.publish(
      'inspection.closed',
      { operatorId: ownOperatorId, inspectionId: crypto.randomUUID(), result: 'nonconforming', kind: 'routine', inspectedOn: '2026-03-02', planEntryId: null },
      null,
    );
    const risk = (await platform.request({ method: 'GET', url: `/api/operators/${ownOperatorId}/risk`, cookie: inspector })).json();
    expect(risk.grade).toBe('D');
    expect(risk.current.trigger).toBe('inspection.closed');
    expect(risk.current.breakdown.map((b: { text: string }) => b.text)).toContain('+100：2026-03-02 日常检查结果为不符合');
    expect(risk.history[0].grade).toBe('D');
    expect(risk.history[1].grade).not.toBe('D');
    const [row] = await platform.ctx.db.select().from(operator).where(eq(operator.id, ownOperatorId));
    expect(row.riskGrade).toBe('D');
  });

  it('keeps configurable bands that must increase, with version and regrade', async () => {
    const bands = (await platform.request({ method: 'GET', url: '/api/risk/bands', cookie: inspector })).json();
    expect(bands).toMatchObject({ version: 1, minScoreB: 30, minScoreC: 45, minScoreD: 60 });

    const decreasing = await platform.request({ method: 'PUT', url: '/api/risk/bands', cookie: department, payload: { version: 1, minScoreB: 30, minScoreC: 25, minScoreD: 60 } });
    expect(decreasing.statusCode).toBe(400);
    expect(decreasing.json().error.fields).toEqual([{ path: 'minScoreC', message: 'C 级下限：应高于前一等级的下限' }]);
    const unknown = await platform.request({
      method: 'PUT',
      url: '/api/risk/bands',
      cookie: department,
      payload: { version: 1, minScoreB: 1, minScoreC: 2, minScoreD: 3, minScoreE: 4 },
    });
    expect(unknown.statusCode).toBe(400);
    expect(
      (await platform.request({ method: 'PUT', url: '/api/risk/bands', cookie: stationHead, payload: { version: 1, minScoreB: 1, minScoreC: 2, minScoreD: 3 } })).statusCode,
    ).toBe(403);

    const changed = await platform.request({ method: 'PUT', url: '/api/risk/bands', cookie: department, payload: { version: 1, minScoreB: 500, minScoreC: 600, minScoreD: 700 } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().bands).toMatchObject({ version: 2, minScoreB: 500 });
    expect(changed.json().regraded.counts.A).toBe(changed.json().regraded.operators);
    const risk = (await platform.request({ method: 'GET', url: `/api/operators/${ownOperatorId}/risk`, cookie: department })).json();
    expect(risk).toMatchObject({ grade: 'A', current: { trigger: 'bands-changed' } });

    const stale = await platform.request({ method: 'PUT', url: '/api/risk/bands', cookie: department, payload: { version: 1, minScoreB: 30, minScoreC: 45, minScoreD: 60 } });
    expect(stale.statusCode).toBe(409);
    const restored = await platform.request({ method: 'PUT', url: '/api/risk/bands', cookie: department, payload: { version: 2, minScoreB: 30, minScoreC: 45, minScoreD: 60 } });
    expect(restored.statusCode).toBe(200);
  });

  it('counts grades by township unit within the data scope', async () => {
    const district = (await platform.request({ method: 'GET', url: '/api/risk/distribution', cookie: department })).json();
    const own = (await platform.request({ method: 'GET', url: '/api/risk/distribution', cookie: stationHead })).json();
    const active = (await platform.ctx.db.select({ id: operator.id }).from(operator).where(eq(operator.status, 'active'))).length;
    const sum = (t: Record<string, number>) => Object.values(t).reduce((a, b) => a + b, 0);
    expect(sum(district.totals)).toBe(active);
    expect(own.units.length).toBeGreaterThan(0);
    expect(own.units.every((u: { stationName: string }) => u.stationName === '前川市场监督管理所')).toBe(true);
    expect(sum(own.totals)).toBeLessThan(active);
    expect((await platform.request({ method: 'GET', url: '/api/risk/distribution', cookie: business })).statusCode).toBe(403);
  });
});
