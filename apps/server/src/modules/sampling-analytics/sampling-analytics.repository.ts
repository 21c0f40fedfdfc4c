// Read-only reporting over the sampling module's tables, always through the operator data scope.
import { and, desc, eq, gte, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import type { TDbOrTx } from '../../core/db/database.ts';
import { toInt } from '../../core/db/database.ts';
import { operator } from '../operator/operator.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { unit } from '../org/org.schema.ts';
import { sample, testItem, testReport } from '../sampling/sampling.schema.ts';

const failed = sql`sum(case when ${sample.verdict} = 'nonconforming' then 1 else 0 end)`;

function yearScope(db: TDbOrTx, scope: TOperatorScope, year: number): SQL {
  return and(scopeCondition(db, scope), isNotNull(sample.verdict), gte(sample.sampledOn, `${year}-01-01`), lte(sample.sampledOn, `${year}-12-31`))!;
}

/** Tested and failed samples grouped by one expression (category, unit, month, operator type). */
export async function ratesBy(db: TDbOrTx, scope: TOperatorScope, year: number, by: 'category' | 'unit' | 'month' | 'type') {
  const key = {
    category: sql<string>`${sample.foodCategory}`,
    unit: sql<string>`${unit.name}`,
    month: sql<string>`cast(extract(month from ${sample.sampledOn}) as integer)`,
    type: sql<string>`${operator.type}`,
  }[by];
  const rows = await db
    .select({ key, tested: sql`count(*)`, failed })
    .from(sample)
    .innerJoin(operator, eq(operator.id, sample.operatorId))
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(yearScope(db, scope, year))
    .groupBy(key)
    .orderBy(key);
  return rows.map((r) => ({ key: String(r.key), tested: toInt(r.tested), failed: toInt(r.failed) }));
}

export async function topFailingItems(db: TDbOrTx, scope: TOperatorScope, year: number, limit = 10) {
  const failedItems = sql`sum(case when ${testItem.verdict} = 'nonconforming' then 1 else 0 end)`;
  const rows = await db
    .select({ name: testItem.name, tested: sql`count(*)`, failed: failedItems })
    .from(testItem)
    .innerJoin(testReport, eq(testReport.id, testItem.reportId))
    .innerJoin(sample, eq(sample.id, testReport.sampleId))
    .innerJoin(operator, eq(operator.id, sample.operatorId))
    .where(yearScope(db, scope, year))
    .groupBy(testItem.name)
    .having(sql`${failedItems} > 0`)
    .orderBy(desc(failedItems), testItem.name)
    .limit(limit);
  return rows.map((r) => ({ name: r.name, tested: toInt(r.tested), failed: toInt(r.failed) }));
}
