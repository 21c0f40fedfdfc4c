// What the public sees of sampling: reported samples the plan's policy published, and their failed items.
import { and, asc, desc, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { TPublicSamplingQuery } from '@shian/shared/sampling';
import type { TDbOrTx } from '../../core/db/database.ts';
import { escapeLike } from '../../core/db/escape-like.ts';
import { pageOf } from '../../core/db/paged.ts';
import { operator } from '../operator/operator.schema.ts';
import { sample, testItem, testReport } from './sampling.schema.ts';

function publishedConditions(query: TPublicSamplingQuery): SQL[] {
  // `published` is set from the plan's policy when the report is written and when the policy changes.
  const conditions = [eq(sample.published, true), eq(sample.status, 'reported')];
  if (query.verdict) conditions.push(eq(sample.verdict, query.verdict));
  if (query.from) conditions.push(gte(sample.sampledOn, query.from));
  if (query.to) conditions.push(lte(sample.sampledOn, query.to));
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    conditions.push(or(ilike(sample.productName, pattern), ilike(sample.brand, pattern), ilike(operator.name, pattern))!);
  }
  return conditions;
}

/** One page of published results, newest sampling first, with the operator's name and whether it has a public page. */
export function publishedSamples(db: TDbOrTx, query: TPublicSamplingQuery) {
  const select = db
    .select({ sample, operatorName: operator.name, operatorPublic: sql<boolean>`${operator.status} <> 'deactivated'`.as('operator_public') })
    .from(sample)
    .innerJoin(operator, eq(operator.id, sample.operatorId))
    .where(and(...publishedConditions(query)))
    .$dynamic();
  return pageOf(db, select, [desc(sample.sampledOn), desc(sample.sampleNo)], query);
}

export type TFailingItemRow = { sampleId: string; name: string; value: string; unit: string | null; limitText: string | null; standard: string | null };

/** The nonconforming items of these samples with value, limit and standard, by sample id. */
export async function failingItemDetails(db: TDbOrTx, sampleIds: string[]): Promise<Map<string, TFailingItemRow[]>> {
  const map = new Map<string, TFailingItemRow[]>();
  if (sampleIds.length === 0) return map;
  const rows = await db
    .select({ sampleId: testReport.sampleId, name: testItem.name, value: testItem.value, unit: testItem.unit, limitText: testItem.limitText, standard: testItem.standard })
    .from(testItem)
    .innerJoin(testReport, eq(testReport.id, testItem.reportId))
    .where(and(inArray(testReport.sampleId, sampleIds), eq(testItem.verdict, 'nonconforming')))
    .orderBy(asc(testItem.name));
  for (const r of rows) map.set(r.sampleId, [...(map.get(r.sampleId) ?? []), r]);
  return map;
}
