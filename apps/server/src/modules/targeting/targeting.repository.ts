// Targeting reads the facts of other modules' tables to train on (read only, as the reporting
// modules do) and owns its model versions, scores and weekly allocations. Lists go through the
// operator data scope.
import { and, asc, desc, eq, gte, ilike, inArray, isNotNull, lt, max, ne, sql, type SQL } from 'drizzle-orm';
import type { TAllocationListQuery, TTargetingScoreQuery } from '@shian/shared/targeting';
import type { TDbOrTx } from '../../core/db/database.ts';
import { toInt } from '../../core/db/database.ts';
import { pageOf } from '../../core/db/paged.ts';
import { bumpVersion, updateVersioned } from '../../core/db/versioned.ts';
import { escapeLike } from '../../core/db/escape-like.ts';
import { licence, operator } from '../operator/operator.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { bureau, station, unit } from '../org/org.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { inspection } from '../inspection/inspection.schema.ts';
import { rectification } from '../rectification/rectification.schema.ts';
import { sample, testReport } from '../sampling/sampling.schema.ts';
import { complaint } from '../complaint/complaint.schema.ts';
import { caseLead } from '../lead/lead.schema.ts';
import { enforcementCase } from '../enforcement-case/enforcement-case.schema.ts';
import { creditListEntry } from '../credit/credit.schema.ts';
import { inspectionPlanEntry } from '../inspection-plan/inspection-plan.schema.ts';
import { targetingAllocation, targetingModel, targetingScore } from './targeting.schema.ts';
import { DAY_MS } from './targeting-features.ts';
import { startOfChinaDay, type TFacts } from './targeting-training.ts';

// ---- Facts for training -----------------------------------------------------------------------

export async function loadFacts(db: TDbOrTx, bureauId: string): Promise<TFacts> {
  const [operators, licences, inspections, rectifications, failedSamples, complaints, leads, penalties, listings, units] = await Promise.all([
    db
      .select({ id: operator.id, type: operator.type, categories: operator.categories, tags: operator.tags, unitCode: operator.unitCode, status: operator.status })
      .from(operator)
      .where(eq(operator.bureauId, bureauId)),
    db
      .select({ operatorId: licence.operatorId, issuedOn: licence.issuedOn })
      .from(licence)
      .innerJoin(operator, eq(operator.id, licence.operatorId))
      .where(eq(operator.bureauId, bureauId)),
    db
      .select({
        id: inspection.id,
        operatorId: inspection.operatorId,
        inspectedOn: inspection.inspectedOn,
        closedAt: inspection.closedAt,
        result: inspection.result,
        keyNonconforming: inspection.keyNonconforming,
        generalNonconforming: inspection.generalNonconforming,
        inspectorIds: inspection.inspectorIds,
      })
      .from(inspection)
      .where(and(eq(inspection.bureauId, bureauId), eq(inspection.status, 'closed'), isNotNull(inspection.result), isNotNull(inspection.closedAt))),
    db
      .select({
        operatorId: rectification.operatorId,
        issuedAt: inspection.closedAt,
        dueOn: rectification.dueOn,
        status: rectification.status,
        answeredAt: rectification.answeredAt,
        reviewedAt: rectification.reviewedAt,
      })
      .from(rectification)
      .innerJoin(inspection, eq(inspection.id, rectification.inspectionId))
      .where(and(eq(rectification.bureauId, bureauId), isNotNull(inspection.closedAt))),
    db
      .select({ operatorId: sample.operatorId, issuedOn: testReport.issuedOn })
      .from(sample)
      .innerJoin(testReport, eq(testReport.sampleId, sample.id))
      .where(and(eq(sample.bureauId, bureauId), eq(testReport.verdict, 'nonconforming'))),
    db
      .select({ operatorId: complaint.operatorId, receivedAt: complaint.receivedAt })
      .from(complaint)
      .where(and(eq(complaint.bureauId, bureauId), isNotNull(complaint.operatorId))),
    db
      .select({ operatorId: caseLead.operatorId, discoveredOn: caseLead.discoveredOn })
      .from(caseLead)
      .where(and(eq(caseLead.bureauId, bureauId), isNotNull(caseLead.operatorId))),
    db
      .select({ operatorId: enforcementCase.operatorId, decidedOn: enforcementCase.decidedOn })
      .from(enforcementCase)
      .where(and(eq(enforcementCase.bureauId, bureauId), eq(enforcementCase.outcome, 'penalty'), isNotNull(enforcementCase.operatorId), isNotNull(enforcementCase.decidedOn))),
    db
      .select({ operatorId: creditListEntry.operatorId, listedOn: creditListEntry.listedOn, exitedOn: creditListEntry.exitedOn })
      .from(creditListEntry)
      .where(and(eq(creditListEntry.bureauId, bureauId), isNotNull(creditListEntry.listedOn))),
    db.select({ code: unit.code }).from(unit).where(eq(unit.bureauId, bureauId)),
  ]);
  const licencesOf = new Map<string, number[]>();
  for (const l of licences) {
    const list = licencesOf.get(l.operatorId) ?? [];
    list.push(startOfChinaDay(l.issuedOn));
    licencesOf.set(l.operatorId, list);
  }
  return {
    operators: operators.map((o) => ({
      id: o.id,
      type: o.type,
      categories: o.categories,
      tags: o.tags,
      unitCode: o.unitCode,
      licencesIssuedAt: licencesOf.get(o.id) ?? [],
      active: o.status === 'active',
    })),
    inspections: inspections.map((i) => ({
      id: i.id,
      operatorId: i.operatorId,
      inspectedOn: i.inspectedOn,
      closedAt: i.closedAt!.getTime(),
      serious: i.result === 'nonconforming',
      minor: i.result === 'basically_conforming',
      keyNonconforming: i.keyNonconforming,
      generalNonconforming: i.generalNonconforming,
      inspectorIds: i.inspectorIds,
    })),
    rectifications: rectifications.map((r) => ({
      operatorId: r.operatorId,
      issuedAt: r.issuedAt!.getTime(),
      dueEndsAt: startOfChinaDay(r.dueOn) + DAY_MS,
      answeredAt: r.answeredAt?.getTime() ?? null,
      acceptedAt: r.status === 'accepted' ? (r.reviewedAt?.getTime() ?? null) : null,
    })),
    // Dated facts without an hour count from the start of their day, so never for an inspection that same day.
    failedSamples: failedSamples.map((f) => ({ operatorId: f.operatorId, at: startOfChinaDay(f.issuedOn) })),
    complaints: complaints.map((c) => ({ operatorId: c.operatorId!, at: c.receivedAt.getTime() })),
    leads: leads.map((l) => ({ operatorId: l.operatorId!, at: startOfChinaDay(l.discoveredOn) })),
    penalties: penalties.map((p) => ({ operatorId: p.operatorId!, at: startOfChinaDay(p.decidedOn!) })),
    listings: listings.map((l) => ({ operatorId: l.operatorId, listedAt: startOfChinaDay(l.listedOn!), exitedAt: l.exitedOn ? startOfChinaDay(l.exitedOn) : null })),
    unitCodes: units.map((u) => u.code),
  };
}

// ---- Model versions and scores ----------------------------------------------------------------

const modelSummary = {
  id: targetingModel.id,
  bureauId: targetingModel.bureauId,
  number: targetingModel.number,
  asOf: targetingModel.asOf,
  trigger: targetingModel.trigger,
  trainedBy: targetingModel.trainedBy,
  trainingRows: targetingModel.trainingRows,
  positives: targetingModel.positives,
  evaluation: targetingModel.evaluation,
  consistency: targetingModel.consistency,
  featureCount: sql<number>`jsonb_array_length(${targetingModel.model} -> 'features')`.mapWith(Number),
  createdAt: targetingModel.createdAt,
  trainedByName: appUser.displayName,
};

function selectModels(db: TDbOrTx) {
  return db.select(modelSummary).from(targetingModel).leftJoin(appUser, eq(appUser.id, targetingModel.trainedBy));
}
export type TModelSummaryRow = Awaited<ReturnType<ReturnType<typeof selectModels>['execute']>>[number];

export async function listModels(db: TDbOrTx, bureauId: string) {
  return selectModels(db).where(eq(targetingModel.bureauId, bureauId)).orderBy(desc(targetingModel.number));
}

/** The version in use: the one with the newest as-of moment (a version trained as of a past day does not replace it). */
export async function currentModel(db: TDbOrTx, bureauId: string) {
  const [row] = await selectModels(db).where(eq(targetingModel.bureauId, bureauId)).orderBy(desc(targetingModel.asOf), desc(targetingModel.number)).limit(1);
  return row ?? null;
}

export async function bureauIds(db: TDbOrTx) {
  return (await db.select({ id: bureau.id }).from(bureau)).map((b) => b.id);
}

export async function nextModelNumber(db: TDbOrTx, bureauId: string) {
  const [row] = await db
    .select({ n: max(targetingModel.number) })
    .from(targetingModel)
    .where(eq(targetingModel.bureauId, bureauId));
  return (row?.n ?? 0) + 1;
}

export async function insertModel(db: TDbOrTx, values: typeof targetingModel.$inferInsert) {
  const [row] = await db.insert(targetingModel).values(values).returning({ id: targetingModel.id });
  return row.id;
}

export async function insertScores(db: TDbOrTx, rows: (typeof targetingScore.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 1000) await db.insert(targetingScore).values(rows.slice(i, i + 1000));
}

function scoreConditions(db: TDbOrTx, scope: TOperatorScope, modelId: string, query: TTargetingScoreQuery): SQL[] {
  const list: SQL[] = [eq(targetingScore.modelId, modelId), scopeCondition(db, scope), eq(operator.status, 'active')];
  if (query.q) list.push(ilike(operator.name, `%${escapeLike(query.q)}%`));
  if (query.unitCode) list.push(eq(operator.unitCode, query.unitCode));
  return list;
}

function scoresMatching(db: TDbOrTx, scope: TOperatorScope, modelId: string, query: TTargetingScoreQuery) {
  return db
    .select({
      operatorId: operator.id,
      operatorName: operator.name,
      operatorType: operator.type,
      unitCode: operator.unitCode,
      unitName: unit.name,
      riskGrade: operator.riskGrade,
      probability: targetingScore.probability,
      rank: targetingScore.rank,
      reasons: targetingScore.reasons,
    })
    .from(targetingScore)
    .innerJoin(operator, eq(operator.id, targetingScore.operatorId))
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(and(...scoreConditions(db, scope, modelId, query)))
    .$dynamic();
}

export function listScores(db: TDbOrTx, scope: TOperatorScope, modelId: string, query: TTargetingScoreQuery) {
  return pageOf(db, scoresMatching(db, scope, modelId, query), [asc(targetingScore.rank)], query);
}

/** Scores of a station's active operators under one model. */
export async function scoresOfStation(db: TDbOrTx, modelId: string, stationId: string) {
  return db
    .select({ operatorId: targetingScore.operatorId, probability: targetingScore.probability, reasons: targetingScore.reasons, unitCode: operator.unitCode })
    .from(targetingScore)
    .innerJoin(operator, eq(operator.id, targetingScore.operatorId))
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(and(eq(targetingScore.modelId, modelId), eq(unit.stationId, stationId), eq(operator.status, 'active')));
}

export async function rankedCounts(db: TDbOrTx, modelIds: string[]) {
  if (modelIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ modelId: targetingScore.modelId, n: sql`count(*)` })
    .from(targetingScore)
    .where(inArray(targetingScore.modelId, modelIds))
    .groupBy(targetingScore.modelId);
  return new Map(rows.map((r) => [r.modelId, toInt(r.n)]));
}

export async function ranksOf(db: TDbOrTx, modelIds: string[], operatorIds: string[]) {
  if (modelIds.length === 0 || operatorIds.length === 0) return [];
  return db
    .select({ modelId: targetingScore.modelId, operatorId: targetingScore.operatorId, rank: targetingScore.rank })
    .from(targetingScore)
    .where(and(inArray(targetingScore.modelId, modelIds), inArray(targetingScore.operatorId, operatorIds)));
}

/** Models by their as-of moment, oldest first (which one was current at a date). */
export async function modelTimeline(db: TDbOrTx, bureauId: string) {
  return db
    .select({ id: targetingModel.id, asOf: targetingModel.asOf })
    .from(targetingModel)
    .where(eq(targetingModel.bureauId, bureauId))
    .orderBy(asc(targetingModel.asOf), asc(targetingModel.number));
}

// ---- Operators, stations, inspectors ----------------------------------------------------------

export async function operatorsByIds(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: operator.id, name: operator.name, unitCode: operator.unitCode, unitName: unit.name, riskGrade: operator.riskGrade })
    .from(operator)
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(inArray(operator.id, ids));
}

export async function unitNames(db: TDbOrTx, bureauId: string) {
  const rows = await db.select({ code: unit.code, name: unit.name }).from(unit).where(eq(unit.bureauId, bureauId));
  return new Map(rows.map((r) => [r.code, r.name]));
}

export async function inspectorCounts(db: TDbOrTx, stationIds: string[]) {
  if (stationIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ stationId: appUser.stationId, n: sql`count(*)` })
    .from(appUser)
    .where(and(inArray(appUser.stationId, stationIds), eq(appUser.active, true), eq(appUser.role, 'inspector')))
    .groupBy(appUser.stationId);
  return new Map(rows.map((r) => [r.stationId!, toInt(r.n)]));
}

/** Closed inspections per station since `from` (the pace a station keeps). */
export async function inspectionsPerStation(db: TDbOrTx, bureauId: string, from: string) {
  const rows = await db
    .select({ stationId: unit.stationId, n: sql`count(*)` })
    .from(inspection)
    .innerJoin(operator, eq(operator.id, inspection.operatorId))
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(and(eq(inspection.bureauId, bureauId), eq(inspection.status, 'closed'), gte(inspection.inspectedOn, from)))
    .groupBy(unit.stationId);
  return new Map(rows.filter((r) => r.stationId).map((r) => [r.stationId!, toInt(r.n)]));
}

export async function inspectorsByIds(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: appUser.id, displayName: appUser.displayName, stationId: appUser.stationId, stationName: station.name })
    .from(appUser)
    .leftJoin(station, eq(station.id, appUser.stationId))
    .where(inArray(appUser.id, ids));
}

// ---- Monitoring -------------------------------------------------------------------------------

/** Closed inspections in [from, to) in the scope, with the plan entry source they came from. */
export async function inspectionsBetween(db: TDbOrTx, scope: TOperatorScope, from: string, to: string) {
  return db
    .select({ operatorId: inspection.operatorId, inspectedOn: inspection.inspectedOn, result: inspection.result, source: inspectionPlanEntry.source })
    .from(inspection)
    .innerJoin(operator, eq(operator.id, inspection.operatorId))
    .leftJoin(inspectionPlanEntry, eq(inspectionPlanEntry.id, inspection.planEntryId))
    .where(and(scopeCondition(db, scope), eq(inspection.status, 'closed'), isNotNull(inspection.result), gte(inspection.inspectedOn, from), lt(inspection.inspectedOn, to)));
}

// ---- Allocations ------------------------------------------------------------------------------

export type TAllocationRow = typeof targetingAllocation.$inferSelect;

function selectAllocations(db: TDbOrTx) {
  return db
    .select({ allocation: targetingAllocation, stationName: station.name, modelNumber: targetingModel.number })
    .from(targetingAllocation)
    .innerJoin(station, eq(station.id, targetingAllocation.stationId))
    .leftJoin(targetingModel, eq(targetingModel.id, targetingAllocation.modelId));
}
export type TAllocationListRow = Awaited<ReturnType<ReturnType<typeof selectAllocations>['execute']>>[number];

function allocationConditions(bureauId: string, stationId: string | null, query: Partial<TAllocationListQuery> = {}): SQL[] {
  const list: SQL[] = [eq(targetingAllocation.bureauId, bureauId)];
  if (stationId) list.push(eq(targetingAllocation.stationId, stationId));
  if (query.weekStart) list.push(eq(targetingAllocation.weekStart, query.weekStart));
  if (query.current === 'true') list.push(ne(targetingAllocation.status, 'superseded'));
  if (query.current === 'false') list.push(eq(targetingAllocation.status, 'superseded'));
  return list;
}

export function listAllocations(db: TDbOrTx, bureauId: string, stationId: string | null, query: TAllocationListQuery) {
  const select = selectAllocations(db)
    .where(and(...allocationConditions(bureauId, stationId, query)))
    .$dynamic();
  return pageOf(db, select, [desc(targetingAllocation.weekStart), desc(targetingAllocation.createdAt), asc(station.name), asc(targetingAllocation.id)], query);
}

export async function findAllocation(db: TDbOrTx, bureauId: string, stationId: string | null, id: string) {
  const [row] = await selectAllocations(db).where(and(...allocationConditions(bureauId, stationId), eq(targetingAllocation.id, id)));
  return row ?? null;
}

/** Earlier drafts of the same station and week give way to a new one. */
export async function supersedeDrafts(db: TDbOrTx, stationId: string, weekStart: string) {
  await db
    .update(targetingAllocation)
    .set({ status: 'superseded', ...bumpVersion(targetingAllocation) })
    .where(and(eq(targetingAllocation.stationId, stationId), eq(targetingAllocation.weekStart, weekStart), eq(targetingAllocation.status, 'draft')));
}

export async function insertAllocation(db: TDbOrTx, values: typeof targetingAllocation.$inferInsert) {
  const [row] = await db.insert(targetingAllocation).values(values).returning({ id: targetingAllocation.id });
  return row.id;
}

export async function markAllocationPlanned(db: TDbOrTx, id: string, version: number, values: { plannedBy: string; plannedEntries: number }) {
  await updateVersioned(db, targetingAllocation, id, version, { ...values, status: 'planned', plannedAt: new Date() }, eq(targetingAllocation.status, 'draft'));
}
