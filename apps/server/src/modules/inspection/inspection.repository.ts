import { and, desc, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { TInspectionListQuery } from '@shian/shared/inspection';
import { insertOne } from '../../core/db/insert-one.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { fromExcluded } from '../../core/db/excluded.ts';
import { toInt } from '../../core/db/database.ts';
import { paged } from '../../core/db/paged.ts';
import { bumpVersion } from '../../core/db/versioned.ts';
import { operator } from '../operator/operator.schema.ts';
import { unit } from '../org/org.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { inspection, inspectionItemResult, inspectionPhoto } from './inspection.schema.ts';

export type TInspectionRow = typeof inspection.$inferSelect;
export type TInspectionListRow = TInspectionRow & { operatorName: string };

/** The inspectors of each operator's most recent closed inspection. */
export async function lastInspectorsByOperator(db: TDbOrTx, operatorIds: string[]): Promise<Map<string, string[]>> {
  const last = new Map<string, string[]>();
  for (let i = 0; i < operatorIds.length; i += 5000) {
    const rows = await db
      .selectDistinctOn([inspection.operatorId], { operatorId: inspection.operatorId, inspectorIds: inspection.inspectorIds })
      .from(inspection)
      .where(and(inArray(inspection.operatorId, operatorIds.slice(i, i + 5000)), eq(inspection.status, 'closed')))
      .orderBy(inspection.operatorId, desc(inspection.inspectedOn), desc(inspection.closedAt));
    for (const row of rows) last.set(row.operatorId, row.inspectorIds);
  }
  return last;
}

/** Business users see only their closed inspections; staff see open ones too. */
function visible(db: TDbOrTx, scope: TOperatorScope): SQL {
  const inScope = inArray(inspection.operatorId, db.select({ id: operator.id }).from(operator).where(scopeCondition(db, scope)));
  return scope.kind === 'operator' ? and(inScope, eq(inspection.status, 'closed'))! : inScope;
}

function listConditions(db: TDbOrTx, scope: TOperatorScope, query: TInspectionListQuery): SQL[] {
  const conditions = [visible(db, scope)];
  if (query.operatorId) conditions.push(eq(inspection.operatorId, query.operatorId));
  if (query.status) conditions.push(eq(inspection.status, query.status));
  if (query.kind) conditions.push(eq(inspection.kind, query.kind));
  if (query.from) conditions.push(gte(inspection.inspectedOn, query.from));
  if (query.to) conditions.push(lte(inspection.inspectedOn, query.to));
  if (query.inspectorId) conditions.push(sql`${query.inspectorId}::uuid = any(${inspection.inspectorIds})`);
  return conditions;
}

const withOperatorName = (db: TDbOrTx) => db.select({ inspection, operatorName: operator.name }).from(inspection).innerJoin(operator, eq(operator.id, inspection.operatorId));

export async function listInspections(db: TDbOrTx, scope: TOperatorScope, query: TInspectionListQuery): Promise<TInspectionListRow[]> {
  const list = withOperatorName(db)
    .where(and(...listConditions(db, scope, query)))
    .orderBy(desc(inspection.inspectedOn), desc(inspection.createdAt))
    .$dynamic();
  const rows = await paged(list, query);
  return rows.map((r) => ({ ...r.inspection, operatorName: r.operatorName }));
}

export function countInspections(db: TDbOrTx, scope: TOperatorScope, query: TInspectionListQuery) {
  return db.$count(inspection, and(...listConditions(db, scope, query)));
}

export async function findInspection(db: TDbOrTx, scope: TOperatorScope, id: string): Promise<TInspectionListRow | null> {
  const [row] = await withOperatorName(db).where(and(visible(db, scope), eq(inspection.id, id)));
  return row ? { ...row.inspection, operatorName: row.operatorName } : null;
}

export function insertInspection(db: TDbOrTx, values: typeof inspection.$inferInsert) {
  return insertOne(db, inspection, values);
}

/** Only an open inspection at this version changes; null means stale, closed or gone. */
export async function updateOpenInspection(db: TDbOrTx, id: string, version: number, values: Partial<typeof inspection.$inferInsert>) {
  const [row] = await db
    .update(inspection)
    .set({ ...values, ...bumpVersion(inspection) })
    .where(and(eq(inspection.id, id), eq(inspection.version, version), eq(inspection.status, 'open')))
    .returning();
  return row ?? null;
}

export async function resultsOf(db: TDbOrTx, inspectionId: string) {
  return db.select().from(inspectionItemResult).where(eq(inspectionItemResult.inspectionId, inspectionId));
}

export async function upsertResults(db: TDbOrTx, rows: (typeof inspectionItemResult.$inferInsert)[]) {
  if (rows.length === 0) return;
  await db
    .insert(inspectionItemResult)
    .values(rows)
    .onConflictDoUpdate({
      target: [inspectionItemResult.inspectionId, inspectionItemResult.itemId],
      set: { ...fromExcluded(inspectionItemResult, ['outcome', 'note', 'updatedBy']), updatedAt: sql`now()` },
    });
}

/**
 * Results in bulk (a year of demo history): one statement a batch with a parameter per column,
 * unnested by the database; row parameters for a quarter of a million results took most of a minute.
 */
export async function insertResultsInBulk(db: TDbOrTx, rows: (typeof inspectionItemResult.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 20_000) {
    const batch = rows.slice(i, i + 20_000);
    const column = <T>(pick: (r: (typeof rows)[number]) => T) => sql.param(batch.map(pick));
    await db.execute(sql`
      insert into inspection_item_result (inspection_id, item_id, outcome, note, updated_by)
      select * from unnest(${column((r) => r.inspectionId)}::uuid[], ${column((r) => r.itemId)}::uuid[],
        ${column((r) => r.outcome)}::text[], ${column((r) => r.note ?? '')}::text[], ${column((r) => r.updatedBy ?? null)}::uuid[])`);
  }
}

export async function photosOf(db: TDbOrTx, inspectionId: string) {
  return db.select().from(inspectionPhoto).where(eq(inspectionPhoto.inspectionId, inspectionId)).orderBy(inspectionPhoto.createdAt);
}

export function insertPhoto(db: TDbOrTx, values: typeof inspectionPhoto.$inferInsert) {
  return insertOne(db, inspectionPhoto, values);
}

export async function findPhoto(db: TDbOrTx, inspectionId: string, photoId: string) {
  const [row] = await db
    .select()
    .from(inspectionPhoto)
    .where(and(eq(inspectionPhoto.inspectionId, inspectionId), eq(inspectionPhoto.id, photoId)));
  return row ?? null;
}

/** Closed inspections of these operators up to a date, newest first (risk signals, three-shows). */
export async function closedInspectionsOf(db: TDbOrTx, operatorIds: string[], options: { asOf?: string; publishedOnly?: boolean } = {}) {
  if (operatorIds.length === 0) return [];
  const conditions = [inArray(inspection.operatorId, operatorIds), eq(inspection.status, 'closed')];
  if (options.asOf) conditions.push(lte(inspection.inspectedOn, options.asOf));
  if (options.publishedOnly) conditions.push(eq(inspection.published, true));
  return db
    .select()
    .from(inspection)
    .where(and(...conditions))
    .orderBy(desc(inspection.inspectedOn), desc(inspection.closedAt));
}

/** Closed inspections in scope done in [from, to], with the operator's name and credit code (credit export). */
export async function closedInspectionsBetween(db: TDbOrTx, scope: TOperatorScope, from: string, to: string, options: { publishedOnly: boolean }) {
  const conditions = [scopeCondition(db, scope), eq(inspection.status, 'closed'), gte(inspection.inspectedOn, from), lte(inspection.inspectedOn, to)];
  if (options.publishedOnly) conditions.push(eq(inspection.published, true));
  return db
    .select({ id: inspection.id, kind: inspection.kind, inspectedOn: inspection.inspectedOn, result: inspection.result, operatorName: operator.name, uscc: operator.uscc })
    .from(inspection)
    .innerJoin(operator, eq(operator.id, inspection.operatorId))
    .where(and(...conditions))
    .orderBy(inspection.inspectedOn, inspection.id);
}

/** Nonconforming item texts of these inspections (for the three-shows problems). */
export async function nonconformingItemIds(db: TDbOrTx, inspectionIds: string[]) {
  if (inspectionIds.length === 0) return [];
  return db
    .select({ inspectionId: inspectionItemResult.inspectionId, itemId: inspectionItemResult.itemId })
    .from(inspectionItemResult)
    .where(and(inArray(inspectionItemResult.inspectionId, inspectionIds), eq(inspectionItemResult.outcome, 'nonconforming')));
}

export async function setSignatureFile(db: TDbOrTx, id: string, fileId: string) {
  await db
    .update(inspection)
    .set({ signatureFileId: fileId, updatedAt: new Date() })
    .where(and(eq(inspection.id, id), eq(inspection.status, 'open')));
}

/** Closed inspections of the year made outside the plan, per operator of the station. */
export async function unplannedInspectionsOfYear(db: TDbOrTx, stationId: string, year: number) {
  const rows = await db
    .select({ operatorId: inspection.operatorId, n: sql`count(*)`.mapWith(toInt) })
    .from(inspection)
    .innerJoin(operator, eq(operator.id, inspection.operatorId))
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(
      and(
        eq(unit.stationId, stationId),
        eq(inspection.status, 'closed'),
        isNull(inspection.planEntryId),
        gte(inspection.inspectedOn, `${year}-01-01`),
        lte(inspection.inspectedOn, `${year}-12-31`),
      ),
    )
    .groupBy(inspection.operatorId);
  return new Map(rows.map((r) => [r.operatorId, r.n]));
}
