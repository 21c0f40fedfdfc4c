import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { createTestPlatform } from '../../testing/test-platform.ts';
import { unit } from '../org/org.schema.ts';
import { cadreAssignment, operator } from './operator.schema.ts';
import { reachOf, reaches, scopeCondition, type TOperatorScope } from './operator-scope.ts';

let platform: TTestPlatform;

beforeAll(async () => {
  platform = await createTestPlatform({ operators: 120 });
});
afterAll(() => platform.close());

describe('the reach of an operator', () => {
  it('answers, for every scope, what scopeCondition answers (recipients are chosen by it)', async () => {
    const db = platform.ctx.db;
    const operators = await db.select({ id: operator.id, bureauId: operator.bureauId }).from(operator).limit(40);
    const bureauId = operators[0].bureauId;
    const stations = [...new Set((await db.select({ stationId: unit.stationId }).from(unit)).map((u) => u.stationId))];
    const cadres = [...new Set((await db.select({ id: cadreAssignment.cadreId }).from(cadreAssignment).limit(60)).map((c) => c.id))];
    const scopes: TOperatorScope[] = [
      { kind: 'district', bureauId },
      { kind: 'district', bureauId: crypto.randomUUID() },
      { kind: 'station', bureauId, stationId: null },
      ...stations.map((stationId): TOperatorScope => ({ kind: 'station', bureauId, stationId })),
      { kind: 'cadre', bureauId, cadreId: null },
      ...cadres.slice(0, 10).map((cadreId): TOperatorScope => ({ kind: 'cadre', bureauId, cadreId })),
      { kind: 'operator', bureauId, operatorId: null },
      ...operators.slice(0, 5).map((o): TOperatorScope => ({ kind: 'operator', bureauId, operatorId: o.id })),
    ];
    let reached = 0;
    for (const o of operators) {
      const reach = (await reachOf(db, o.id))!;
      for (const scope of scopes) {
        const [inScope] = await db
          .select({ id: operator.id })
          .from(operator)
          .where(and(eq(operator.id, o.id), scopeCondition(db, scope)));
        expect(reaches(scope, reach), `${scope.kind} ${JSON.stringify(scope)} ${o.id}`).toBe(Boolean(inScope));
        if (inScope && scope.kind !== 'district') reached += 1;
      }
    }
    expect(reached).toBeGreaterThan(40);
    expect(await reachOf(db, crypto.randomUUID())).toBeNull();
  });
});
