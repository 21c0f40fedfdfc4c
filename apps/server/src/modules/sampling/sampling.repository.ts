import { and, asc, desc, eq, gt, gte, ilike, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { TSampleListQuery, TSamplingPlanListQuery, TVerdict } from '@shian/shared/sampling';
import { insertOne } from '../../core/db/insert-one.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { toInt } from '../../core/db/database.ts';
import { paged } from '../../core/db/paged.ts';
import { bumpVersion, updateVersioned } from '../../core/db/versioned.ts';
import { escapeLike } from '../../core/db/escape-like.ts';
import { operator } from '../operator/operator.schema.ts';
import { station } from '../org/org.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { sample, samplingPlan, samplingTask, testingInstitution, testItem, testReport } from './sampling.schema.ts';

export type TPlanRow = typeof samplingPlan.$inferSelect;
export type TTaskRow = typeof samplingTask.$inferSelect & { stationName: string };
export type TSampleRow = typeof sample.$inferSelect;
export type TSampleListRow = TSampleRow & { operatorName: string; planName: string };
export type TReportRow = typeof testReport.$inferSelect;
export type TItemRow = typeof testItem.$inferSelect;

// ---- plans and tasks

function planConditions(bureauId: string, query: TSamplingPlanListQuery): SQL[] {
  const conditions = [eq(samplingPlan.bureauId, bureauId)];
  if (query.year) conditions.push(eq(samplingPlan.year, query.year));
  if (query.status) conditions.push(eq(samplingPlan.status, query.status));
  if (query.kind) conditions.push(eq(samplingPlan.kind, query.kind));
  return conditions;
}

export async function listPlans(db: TDbOrTx, bureauId: string, query: TSamplingPlanListQuery) {
  const list = db
    .select()
    .from(samplingPlan)
    .where(and(...planConditions(bureauId, query)))
    .orderBy(desc(samplingPlan.year), desc(samplingPlan.createdAt))
    .$dynamic();
  return paged(list, query);
}

export function countPlans(db: TDbOrTx, bureauId: string, query: TSamplingPlanListQuery) {
  return db.$count(samplingPlan, and(...planConditions(bureauId, query)));
}

export async function findPlan(db: TDbOrTx, bureauId: string, id: string) {
  const [row] = await db
    .select()
    .from(samplingPlan)
    .where(and(eq(samplingPlan.bureauId, bureauId), eq(samplingPlan.id, id)));
  return row ?? null;
}

export function insertPlan(db: TDbOrTx, values: typeof samplingPlan.$inferInsert) {
  return insertOne(db, samplingPlan, values);
}

export async function updatePlanVersioned(db: TDbOrTx, id: string, version: number, values: Partial<typeof samplingPlan.$inferInsert>) {
  return updateVersioned(db, samplingPlan, id, version, values);
}

export async function updateTaskVersioned(db: TDbOrTx, id: string, version: number, values: Pick<Partial<typeof samplingTask.$inferInsert>, 'month' | 'quantity'>) {
  return updateVersioned(db, samplingTask, id, version, values);
}

/** Tasks of a plan; stationId limits them to one station's. */
export async function tasksOf(db: TDbOrTx, planId: string, stationId: string | null): Promise<TTaskRow[]> {
  const conditions = [eq(samplingTask.planId, planId)];
  if (stationId) conditions.push(eq(samplingTask.stationId, stationId));
  const rows = await db
    .select({ task: samplingTask, stationName: station.name })
    .from(samplingTask)
    .innerJoin(station, eq(station.id, samplingTask.stationId))
    .where(and(...conditions))
    .orderBy(asc(samplingTask.month), asc(station.name), asc(samplingTask.foodCategory));
  return rows.map((r) => ({ ...r.task, stationName: r.stationName }));
}

export async function findTask(db: TDbOrTx, planId: string, id: string) {
  const [row] = await db
    .select()
    .from(samplingTask)
    .where(and(eq(samplingTask.planId, planId), eq(samplingTask.id, id)));
  return row ?? null;
}

export function insertTask(db: TDbOrTx, values: typeof samplingTask.$inferInsert) {
  return insertOne(db, samplingTask, values);
}

export async function findStation(db: TDbOrTx, bureauId: string, id: string) {
  const [row] = await db
    .select()
    .from(station)
    .where(and(eq(station.bureauId, bureauId), eq(station.id, id)));
  return row ?? null;
}

/** Samples taken per task of a plan. */
export async function takenPerTask(db: TDbOrTx, planId: string) {
  const rows = await db
    .select({ taskId: sample.taskId, n: sql`count(*)`.mapWith(toInt) })
    .from(sample)
    .where(eq(sample.planId, planId))
    .groupBy(sample.taskId);
  return new Map(rows.filter((r) => r.taskId).map((r) => [r.taskId!, r.n]));
}

// ---- institutions

export async function listInstitutions(db: TDbOrTx, bureauId: string) {
  return db.select().from(testingInstitution).where(eq(testingInstitution.bureauId, bureauId)).orderBy(asc(testingInstitution.name));
}

export async function findInstitution(db: TDbOrTx, bureauId: string, id: string) {
  const [row] = await db
    .select()
    .from(testingInstitution)
    .where(and(eq(testingInstitution.bureauId, bureauId), eq(testingInstitution.id, id)));
  return row ?? null;
}

export function insertInstitution(db: TDbOrTx, values: typeof testingInstitution.$inferInsert) {
  return insertOne(db, testingInstitution, values);
}

// ---- samples

/** Samples taken at operators in scope; a business sees its own only once reported. */
function visible(db: TDbOrTx, scope: TOperatorScope): SQL {
  const inScope = inArray(sample.operatorId, db.select({ id: operator.id }).from(operator).where(scopeCondition(db, scope)));
  return scope.kind === 'operator' ? and(inScope, eq(sample.status, 'reported'))! : and(inScope, eq(sample.bureauId, scope.bureauId))!;
}

function sampleConditions(db: TDbOrTx, scope: TOperatorScope, query: TSampleListQuery): SQL[] {
  const conditions = [visible(db, scope)];
  if (query.planId) conditions.push(eq(sample.planId, query.planId));
  if (query.operatorId) conditions.push(eq(sample.operatorId, query.operatorId));
  if (query.verdict) conditions.push(eq(sample.verdict, query.verdict));
  if (query.status) conditions.push(eq(sample.status, query.status));
  if (query.from) conditions.push(gte(sample.sampledOn, query.from));
  if (query.to) conditions.push(lte(sample.sampledOn, query.to));
  if (query.q) conditions.push(ilike(sample.productName, `%${escapeLike(query.q)}%`));
  return conditions;
}

const samplesWithNames = (db: TDbOrTx) =>
  db
    .select({ sample, operatorName: operator.name, planName: samplingPlan.name })
    .from(sample)
    .innerJoin(operator, eq(operator.id, sample.operatorId))
    .innerJoin(samplingPlan, eq(samplingPlan.id, sample.planId));

export async function listSamples(db: TDbOrTx, scope: TOperatorScope, query: TSampleListQuery): Promise<TSampleListRow[]> {
  const list = samplesWithNames(db)
    .where(and(...sampleConditions(db, scope, query)))
    .orderBy(desc(sample.sampledOn), desc(sample.sampleNo))
    .$dynamic();
  const rows = await paged(list, query);
  return rows.map((r) => ({ ...r.sample, operatorName: r.operatorName, planName: r.planName }));
}

export function countSamples(db: TDbOrTx, scope: TOperatorScope, query: TSampleListQuery) {
  return db.$count(sample, and(...sampleConditions(db, scope, query)));
}

export async function findSample(db: TDbOrTx, scope: TOperatorScope, id: string): Promise<TSampleListRow | null> {
  const [row] = await samplesWithNames(db).where(and(visible(db, scope), eq(sample.id, id)));
  return row ? { ...row.sample, operatorName: row.operatorName, planName: row.planName } : null;
}

export async function findSamplesByNo(db: TDbOrTx, scope: TOperatorScope, sampleNos: string[]): Promise<TSampleListRow[]> {
  if (sampleNos.length === 0) return [];
  const rows = await samplesWithNames(db).where(and(visible(db, scope), inArray(sample.sampleNo, sampleNos)));
  return rows.map((r) => ({ ...r.sample, operatorName: r.operatorName, planName: r.planName }));
}

/** The next serial of a day: numbers are taken under a lock so that two samples never share one. */
export async function nextSampleSerial(db: TDbOrTx, prefix: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('sample_no'))`);
  const [row] = await db
    .select({ last: sql<string | null>`max(${sample.sampleNo})` })
    .from(sample)
    .where(sql`${sample.sampleNo} like ${`${prefix}%`}`);
  return row?.last ? Number(row.last.slice(prefix.length)) + 1 : 1;
}

export function insertSample(db: TDbOrTx, values: typeof sample.$inferInsert) {
  return insertOne(db, sample, values);
}

export async function addSamplePhoto(db: TDbOrTx, id: string, fileId: string) {
  await db
    .update(sample)
    .set({ photoFileIds: sql`array_append(${sample.photoFileIds}, ${fileId}::uuid)`, updatedAt: new Date() })
    .where(eq(sample.id, id));
}

/** VERSION_CONFLICT when `expectedVersion` is given and the sample has moved on since (a stale edit). */
export async function setSampleResult(db: TDbOrTx, id: string, values: { verdict: TVerdict; published: boolean }, expectedVersion: number | null) {
  const set = { ...values, status: 'reported' as const };
  if (expectedVersion === null)
    await db
      .update(sample)
      .set({ ...set, ...bumpVersion(sample) })
      .where(eq(sample.id, id));
  else await updateVersioned(db, sample, id, expectedVersion, set);
}

export async function setPublishedOfPlan(db: TDbOrTx, planId: string, policy: string) {
  await db
    .update(sample)
    .set({
      published: sql`${sample.status} = 'reported' and (${policy} = 'all' or (${policy} = 'failed_only' and ${sample.verdict} = 'nonconforming'))`,
      updatedAt: new Date(),
    })
    .where(eq(sample.planId, planId));
}

// ---- reports

export async function reportOf(db: TDbOrTx, sampleId: string) {
  const [row] = await db.select().from(testReport).where(eq(testReport.sampleId, sampleId));
  return row ?? null;
}

export async function itemsOf(db: TDbOrTx, reportIds: string[]) {
  if (reportIds.length === 0) return [];
  return db.select().from(testItem).where(inArray(testItem.reportId, reportIds)).orderBy(asc(testItem.createdAt), asc(testItem.name));
}

/** Replaces the sample's report and its items. */
export async function replaceReport(db: TDbOrTx, values: typeof testReport.$inferInsert, items: Omit<typeof testItem.$inferInsert, 'reportId'>[]) {
  const existing = await reportOf(db, values.sampleId);
  let report: TReportRow;
  if (existing) {
    await db.delete(testItem).where(eq(testItem.reportId, existing.id));
    [report] = await db
      .update(testReport)
      .set({ ...values, ...bumpVersion(testReport) })
      .where(eq(testReport.id, existing.id))
      .returning();
  } else {
    [report] = await db.insert(testReport).values(values).returning();
  }
  if (items.length) await db.insert(testItem).values(items.map((i) => ({ ...i, reportId: report.id })));
  return report;
}

// ---- credit record and risk

/** Nonconforming items per sample (names), for the credit record and risk signals. */
export async function failingItemsOf(db: TDbOrTx, sampleIds: string[]) {
  if (sampleIds.length === 0) return new Map<string, string[]>();
  const rows = await db
    .select({ sampleId: testReport.sampleId, name: testItem.name })
    .from(testItem)
    .innerJoin(testReport, eq(testReport.id, testItem.reportId))
    .where(and(inArray(testReport.sampleId, sampleIds), eq(testItem.verdict, 'nonconforming')))
    .orderBy(asc(testItem.name));
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.sampleId, [...(map.get(r.sampleId) ?? []), r.name]);
  return map;
}

/** Reported samples of these operators, newest first (credit record); published ones only when asked. */
export async function reportedSamplesOf(db: TDbOrTx, operatorIds: string[], options: { publishedOnly: boolean }) {
  if (operatorIds.length === 0) return [];
  const conditions = [inArray(sample.operatorId, operatorIds), eq(sample.status, 'reported')];
  if (options.publishedOnly) conditions.push(eq(sample.published, true));
  return db
    .select({
      id: sample.id,
      operatorId: sample.operatorId,
      sampleNo: sample.sampleNo,
      productName: sample.productName,
      sampledOn: sample.sampledOn,
      verdict: sample.verdict,
      published: sample.published,
    })
    .from(sample)
    .where(and(...conditions))
    .orderBy(desc(sample.sampledOn), desc(sample.sampleNo));
}

/** Nonconforming reports of these operators issued in (since, asOf]. */
export async function nonconformingReportsOf(db: TDbOrTx, operatorIds: string[], since: string, asOf: string) {
  if (operatorIds.length === 0) return [];
  return db
    .select({ sampleId: sample.id, operatorId: sample.operatorId, productName: sample.productName, issuedOn: testReport.issuedOn })
    .from(sample)
    .innerJoin(testReport, eq(testReport.sampleId, sample.id))
    .where(and(inArray(sample.operatorId, operatorIds), eq(testReport.verdict, 'nonconforming'), gt(testReport.issuedOn, since), lte(testReport.issuedOn, asOf)))
    .orderBy(desc(testReport.issuedOn));
}
