import { and, arrayContains, asc, eq, gte, inArray, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { TInspectionFrequencies, TPlanListQuery } from '@shian/shared/plan';
import { RISK_GRADES } from '@shian/shared/risk';
import type { TDbOrTx } from '../../core/db/database.ts';
import { pageOf } from '../../core/db/paged.ts';
import { bumpVersion, updateVersioned } from '../../core/db/versioned.ts';
import { station, unit } from '../org/org.schema.ts';
import { operator } from '../operator/operator.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { appUser } from '../user/user.schema.ts';
import { inspectionFrequency, inspectionPlanEntry } from './inspection-plan.schema.ts';

export type TPlanEntryRow = typeof inspectionPlanEntry.$inferSelect;

export async function frequenciesOf(db: TDbOrTx, bureauId: string) {
  return db.select().from(inspectionFrequency).where(eq(inspectionFrequency.bureauId, bureauId)).orderBy(asc(inspectionFrequency.grade));
}

export async function insertFrequencies(db: TDbOrTx, bureauId: string, values: TInspectionFrequencies) {
  await db
    .insert(inspectionFrequency)
    .values(RISK_GRADES.map((grade) => ({ bureauId, grade, ...values[grade] })))
    .onConflictDoNothing();
}

export async function updateFrequenciesVersioned(db: TDbOrTx, bureauId: string, version: number, values: TInspectionFrequencies) {
  for (const grade of RISK_GRADES) {
    await updateVersioned(db, inspectionFrequency, and(eq(inspectionFrequency.bureauId, bureauId), eq(inspectionFrequency.grade, grade))!, version, values[grade]);
  }
}

/** Active operators of a station with their grade. */
export async function activeOperatorsOfStation(db: TDbOrTx, stationId: string) {
  return db
    .select({ id: operator.id, bureauId: operator.bureauId, riskGrade: operator.riskGrade })
    .from(operator)
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(and(eq(unit.stationId, stationId), eq(operator.status, 'active')))
    .orderBy(asc(operator.id));
}

/** Plan entries of the year per operator (not cancelled), and which operators have one in `month` (any status). */
export async function entriesOfYear(db: TDbOrTx, stationId: string, year: number) {
  return db
    .select({ operatorId: inspectionPlanEntry.operatorId, month: inspectionPlanEntry.month, status: inspectionPlanEntry.status, inspectorIds: inspectionPlanEntry.inspectorIds })
    .from(inspectionPlanEntry)
    .where(and(eq(inspectionPlanEntry.stationId, stationId), eq(inspectionPlanEntry.year, year)));
}

/** The station's inspectors (the station heads when it has fewer than two), in a fixed order. */
export async function inspectorsOfStation(db: TDbOrTx, stationId: string) {
  const rows = await db
    .select({ id: appUser.id, role: appUser.role })
    .from(appUser)
    .where(and(eq(appUser.stationId, stationId), eq(appUser.active, true), inArray(appUser.role, ['inspector', 'station'])))
    .orderBy(asc(appUser.username));
  const inspectors = rows.filter((r) => r.role === 'inspector');
  return (inspectors.length >= 2 ? inspectors : rows).map((r) => r.id);
}

export async function assignableStaff(db: TDbOrTx, stationId: string) {
  return db
    .select({ id: appUser.id, displayName: appUser.displayName, role: appUser.role })
    .from(appUser)
    .where(and(eq(appUser.stationId, stationId), eq(appUser.active, true), inArray(appUser.role, ['inspector', 'station'])))
    .orderBy(asc(appUser.role), asc(appUser.username));
}

export async function usersByIds(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: appUser.id, displayName: appUser.displayName, stationId: appUser.stationId, role: appUser.role, active: appUser.active })
    .from(appUser)
    .where(inArray(appUser.id, ids));
}

/** Holds the station's month until the transaction ends (two int4 keys: a space apart from single-key locks). */
export async function lockStationMonth(db: TDbOrTx, stationId: string, year: number, month: number) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('inspection_plan_month'), hashtext(${`${stationId}:${year}-${month}`}))`);
}

export async function insertEntries(db: TDbOrTx, rows: (typeof inspectionPlanEntry.$inferInsert)[]) {
  if (rows.length === 0) return [];
  const out: TPlanEntryRow[] = [];
  for (let i = 0; i < rows.length; i += 500)
    out.push(
      ...(await db
        .insert(inspectionPlanEntry)
        .values(rows.slice(i, i + 500))
        .returning()),
    );
  return out;
}

function listConditions(db: TDbOrTx, scope: TOperatorScope, query: TPlanListQuery, today: string): SQL[] {
  const conditions: SQL[] = [scopeCondition(db, scope), eq(inspectionPlanEntry.bureauId, scope.bureauId), eq(inspectionPlanEntry.year, query.year)];
  if (query.month) conditions.push(eq(inspectionPlanEntry.month, query.month));
  if (query.stationId) conditions.push(eq(inspectionPlanEntry.stationId, query.stationId));
  if (query.status) conditions.push(eq(inspectionPlanEntry.status, query.status));
  if (query.overdue === 'true') conditions.push(eq(inspectionPlanEntry.status, 'planned'), lt(inspectionPlanEntry.dueOn, today));
  if (query.overdue === 'false') conditions.push(or(ne(inspectionPlanEntry.status, 'planned'), gte(inspectionPlanEntry.dueOn, today))!);
  return conditions;
}

function selectEntries(db: TDbOrTx) {
  return db
    .select({ entry: inspectionPlanEntry, operatorName: operator.name, operatorType: operator.type, riskGrade: operator.riskGrade, stationName: station.name })
    .from(inspectionPlanEntry)
    .innerJoin(operator, eq(operator.id, inspectionPlanEntry.operatorId))
    .innerJoin(station, eq(station.id, inspectionPlanEntry.stationId));
}

export type TPlanEntryListRow = Awaited<ReturnType<ReturnType<typeof selectEntries>['execute']>>[number];

export function listEntries(db: TDbOrTx, scope: TOperatorScope, query: TPlanListQuery, today: string) {
  const select = selectEntries(db)
    .where(and(...listConditions(db, scope, query, today)))
    .$dynamic();
  return pageOf(db, select, [asc(inspectionPlanEntry.dueOn), asc(operator.name), asc(inspectionPlanEntry.id)], query);
}

/**
 * The workbench's plan entries: planned and due by `through` (overdue ones included), of a station or
 * assigned to an inspector.
 */
export async function plannedEntriesThrough(db: TDbOrTx, bureauId: string, whose: { stationId: string } | { inspectorId: string }, through: string) {
  const own = 'stationId' in whose ? eq(inspectionPlanEntry.stationId, whose.stationId) : arrayContains(inspectionPlanEntry.inspectorIds, [whose.inspectorId]);
  return db
    .select({
      id: inspectionPlanEntry.id,
      operatorId: inspectionPlanEntry.operatorId,
      operatorName: operator.name,
      dueOn: inspectionPlanEntry.dueOn,
      kind: inspectionPlanEntry.kind,
    })
    .from(inspectionPlanEntry)
    .innerJoin(operator, eq(operator.id, inspectionPlanEntry.operatorId))
    .where(and(eq(inspectionPlanEntry.bureauId, bureauId), own, eq(inspectionPlanEntry.status, 'planned'), lte(inspectionPlanEntry.dueOn, through)))
    .orderBy(asc(inspectionPlanEntry.dueOn), asc(operator.name));
}

export async function findEntry(db: TDbOrTx, scope: TOperatorScope, id: string) {
  const [row] = await selectEntries(db).where(and(scopeCondition(db, scope), eq(inspectionPlanEntry.id, id)));
  return row ?? null;
}

export async function updateEntryVersioned(db: TDbOrTx, id: string, version: number, values: Partial<typeof inspectionPlanEntry.$inferInsert>) {
  return updateVersioned(db, inspectionPlanEntry, id, version, values);
}

/** `scope` null: the system's own run, any entry of the bureau's operators. */
export async function markEntryDone(db: TDbOrTx, scope: TOperatorScope | null, id: string, inspection: { id: string; operatorId: string }) {
  const inScope = scope ? inArray(inspectionPlanEntry.operatorId, db.select({ id: operator.id }).from(operator).where(scopeCondition(db, scope))) : undefined;
  await db
    .update(inspectionPlanEntry)
    .set({ status: 'done', inspectionId: inspection.id, ...bumpVersion(inspectionPlanEntry) })
    .where(and(eq(inspectionPlanEntry.id, id), eq(inspectionPlanEntry.operatorId, inspection.operatorId), ne(inspectionPlanEntry.status, 'cancelled'), inScope));
}

/** A draw's entries unless the draw was planned already: then none is written and null comes back. */
export async function insertDrawEntries(db: TDbOrTx, rows: (typeof inspectionPlanEntry.$inferInsert)[]) {
  if (rows.length === 0) return [];
  const inserted = await db.insert(inspectionPlanEntry).values(rows).onConflictDoNothing().returning({ id: inspectionPlanEntry.id });
  return inserted.length === rows.length ? inserted : null;
}

export async function entriesOfDraw(db: TDbOrTx, drawId: string) {
  return db.select({ id: inspectionPlanEntry.id }).from(inspectionPlanEntry).where(eq(inspectionPlanEntry.drawId, drawId));
}

/** The station that supervises each operator (through its township unit). */
export async function stationsOfOperators(db: TDbOrTx, operatorIds: string[]) {
  if (operatorIds.length === 0) return new Map<string, string | null>();
  const rows = await db
    .select({ id: operator.id, stationId: unit.stationId })
    .from(operator)
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(inArray(operator.id, operatorIds));
  return new Map(rows.map((r) => [r.id, r.stationId]));
}

/** The station's plan entries still to be done, with their due dates (weekly targeting lists). */
export async function openEntriesOfStation(db: TDbOrTx, stationId: string) {
  return db
    .select({ id: inspectionPlanEntry.id, operatorId: inspectionPlanEntry.operatorId, dueOn: inspectionPlanEntry.dueOn, source: inspectionPlanEntry.source })
    .from(inspectionPlanEntry)
    .where(and(eq(inspectionPlanEntry.stationId, stationId), eq(inspectionPlanEntry.status, 'planned')))
    .orderBy(asc(inspectionPlanEntry.dueOn), asc(inspectionPlanEntry.id));
}
