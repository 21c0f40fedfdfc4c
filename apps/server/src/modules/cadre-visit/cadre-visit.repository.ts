import type { TSessionUser } from '../../core/access.ts';
import { findBureauSetting, saveBureauSetting } from '../../core/db/bureau-setting.ts';
import { and, desc, eq, gt, inArray, isNotNull, isNull, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { TCadreVisitListQuery, TVisitFlagListQuery } from '@shian/shared/cadre-visit';
import type { TDbOrTx } from '../../core/db/database.ts';
import { rowsOf, toInt } from '../../core/db/database.ts';
import { insertOne } from '../../core/db/insert-one.ts';
import { pageOf } from '../../core/db/paged.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { storedFile } from '../../core/files/file.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { cadre } from '../cadre/cadre.schema.ts';
import { cadreAssignment, operator } from '../operator/operator.schema.ts';
import { unit } from '../org/org.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { cadreProblem, cadreVisit, cadreVisitSetting } from './cadre-visit.schema.ts';

export type TVisitRow = typeof cadreVisit.$inferSelect;
export type TVisitListRow = TVisitRow & { operatorName: string; cadreName: string; problems: number; flagReviewedByName: string | null };

/** The subject as a visit needs it: where it is, which station its unit belongs to, what it requires. */
export async function findSubject(db: TDbOrTx, bureauId: string, operatorId: string) {
  const [row] = await db
    .select({
      id: operator.id,
      name: operator.name,
      status: operator.status,
      latitude: operator.latitude,
      longitude: operator.longitude,
      stationId: unit.stationId,
    })
    .from(operator)
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(and(eq(operator.bureauId, bureauId), eq(operator.id, operatorId)));
  return row ?? null;
}

/**
 * The level of the cadre when it guarantees the operator now, else null (re-read in the writing transaction;
 * the assignment row is held until the visit commits, so an assignment ended meanwhile waits or refuses it).
 */
export async function assignedCadreLevel(db: TDbOrTx, cadreId: string, operatorId: string) {
  const [row] = await db
    .select({ level: cadre.level })
    .from(cadreAssignment)
    .innerJoin(cadre, eq(cadre.id, cadreAssignment.cadreId))
    .where(and(eq(cadreAssignment.cadreId, cadreId), eq(cadreAssignment.operatorId, operatorId)))
    .for('share', { of: cadreAssignment });
  return row?.level ?? null;
}

export function insertVisit(db: TDbOrTx, values: typeof cadreVisit.$inferInsert) {
  return insertOne(db, cadreVisit, values);
}

export async function setFlags(db: TDbOrTx, id: string, flags: TVisitRow['flags']) {
  await db.update(cadreVisit).set({ flags }).where(eq(cadreVisit.id, id));
}

/** The cadre's latest visit before this start to another subject (the identical-answers rule). */
export async function previousVisitElsewhere(db: TDbOrTx, cadreId: string, operatorId: string, before: Date, excludeId: string) {
  const [row] = await db
    .select({ answers: cadreVisit.answers, operatorName: operator.name })
    .from(cadreVisit)
    .innerJoin(operator, eq(operator.id, cadreVisit.operatorId))
    .where(and(eq(cadreVisit.cadreId, cadreId), ne(cadreVisit.operatorId, operatorId), ne(cadreVisit.id, excludeId), lte(cadreVisit.startedAt, before)))
    .orderBy(desc(cadreVisit.startedAt))
    .limit(1);
  return row ?? null;
}

/** Visits of the cadre started in the hour up to this start, this one included. */
export function visitsInHourBefore(db: TDbOrTx, cadreId: string, at: Date) {
  return db.$count(cadreVisit, and(eq(cadreVisit.cadreId, cadreId), gt(cadreVisit.startedAt, new Date(at.getTime() - 3_600_000)), lte(cadreVisit.startedAt, at)));
}

/** Of these files, the ones whose bytes (SHA-256 of the stored image) are a photo of another visit. */
export async function reusedPhotoDigests(db: TDbOrTx, bureauId: string, fileIds: string[], visitId: string): Promise<string[]> {
  if (fileIds.length === 0) return [];
  const rows = await db.execute(sql`
    select distinct mine.sha256 from ${storedFile} mine
    where mine.id = any(${sql.param(fileIds)}::uuid[]) and exists (
      select 1 from ${cadreVisit} v join ${storedFile} other on other.id = any(v.photo_file_ids || v.business_file_ids)
      where v.bureau_id = ${bureauId} and v.id <> ${visitId} and other.sha256 = mine.sha256)`);
  return rowsOf<{ sha256: string }>(rows).map((r) => r.sha256);
}

/** Files already attached to a visit or a problem's closure (a photo belongs to one record). */
export async function attachedFileIds(db: TDbOrTx, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.execute(sql`
    select f from ${cadreVisit} v, unnest(v.photo_file_ids || v.business_file_ids) f where f = any(${sql.param(ids)}::uuid[])
    union select f from ${cadreProblem} p, unnest(p.close_file_ids) f where f = any(${sql.param(ids)}::uuid[])`);
  return rowsOf<{ f: string }>(rows).map((r) => r.f);
}

const visitsInScope = (db: TDbOrTx, scope: TOperatorScope) => inArray(cadreVisit.operatorId, db.select({ id: operator.id }).from(operator).where(scopeCondition(db, scope)));

const reviewer = sql`(select display_name from ${appUser} where ${appUser.id} = ${cadreVisit.flagReviewedBy})`;
const problemCount = sql`(select count(*) from ${cadreProblem} where ${cadreProblem.visitId} = ${cadreVisit.id})`;

const withNames = (db: TDbOrTx) =>
  db
    .select({ visit: cadreVisit, operatorName: operator.name, cadreName: cadre.name, problems: problemCount.mapWith(toInt), flagReviewedByName: reviewer.mapWith(String) })
    .from(cadreVisit)
    .innerJoin(operator, eq(operator.id, cadreVisit.operatorId))
    .innerJoin(cadre, eq(cadre.id, cadreVisit.cadreId));

type TNamed = { visit: TVisitRow; operatorName: string; cadreName: string; problems: number; flagReviewedByName: string | null };
const flatten = (r: TNamed): TVisitListRow => ({
  ...r.visit,
  operatorName: r.operatorName,
  cadreName: r.cadreName,
  problems: r.problems,
  flagReviewedByName: r.flagReviewedByName,
});

export async function listVisits(db: TDbOrTx, scope: TOperatorScope, query: TCadreVisitListQuery) {
  const conditions: SQL[] = [visitsInScope(db, scope)];
  if (query.cadreId) conditions.push(eq(cadreVisit.cadreId, query.cadreId));
  if (query.operatorId) conditions.push(eq(cadreVisit.operatorId, query.operatorId));
  if (query.status) conditions.push(eq(cadreVisit.status, query.status));
  if (query.flagged) conditions.push(query.flagged === 'true' ? sql`jsonb_array_length(${cadreVisit.flags}) > 0` : sql`jsonb_array_length(${cadreVisit.flags}) = 0`);
  const page = await pageOf(
    db,
    withNames(db)
      .where(and(...conditions))
      .$dynamic(),
    [desc(cadreVisit.startedAt), cadreVisit.id],
    query,
  );
  return { rows: page.rows.map(flatten), total: page.total };
}

/** Flagged visits for the food-safety office's review, unreviewed first. */
export async function listFlagged(db: TDbOrTx, scope: TOperatorScope, query: TVisitFlagListQuery) {
  const conditions: SQL[] = [visitsInScope(db, scope), sql`jsonb_array_length(${cadreVisit.flags}) > 0`];
  if (query.reviewed) conditions.push(query.reviewed === 'true' ? isNotNull(cadreVisit.flagReviewedAt) : isNull(cadreVisit.flagReviewedAt));
  if (query.rule) conditions.push(sql`${cadreVisit.flags} @> ${JSON.stringify([{ rule: query.rule }])}::jsonb`);
  const order = [sql`${cadreVisit.flagReviewedAt} is not null`, desc(cadreVisit.startedAt), cadreVisit.id];
  const page = await pageOf(
    db,
    withNames(db)
      .where(and(...conditions))
      .$dynamic(),
    order,
    query,
  );
  return { rows: page.rows.map(flatten), total: page.total };
}

export async function findVisit(db: TDbOrTx, scope: TOperatorScope, id: string): Promise<TVisitListRow | null> {
  const [row] = await withNames(db).where(and(visitsInScope(db, scope), eq(cadreVisit.id, id)));
  return row ? flatten(row) : null;
}

/** The business's answer completes a remote visit awaiting it, at the version it read. */
export function completeRemoteVisit(db: TDbOrTx, id: string, version: number, values: { businessNote: string; businessFileIds: string[] }) {
  return updateVersioned(db, cadreVisit, id, version, { ...values, status: 'completed', businessAnsweredAt: new Date() }, eq(cadreVisit.status, 'awaiting_business'));
}

export function reviewFlags(db: TDbOrTx, id: string, version: number, values: { flagReviewedBy: string; flagReviewNote: string }) {
  return updateVersioned(db, cadreVisit, id, version, { ...values, flagReviewedAt: new Date() }, isNull(cadreVisit.flagReviewedAt));
}

export function findSetting(db: TDbOrTx, bureauId: string) {
  return findBureauSetting(db, cadreVisitSetting, bureauId);
}

type TSettingValues = Pick<typeof cadreVisitSetting.$inferInsert, 'minMinutesOnSite' | 'maxDistanceMeters' | 'maxVisitsPerHour' | 'updatedBy'>;

/** Saves the bureau's setting at the version the edit was made on (0: the first save), audited. */
export function saveSetting(db: TDbOrTx, user: TSessionUser, version: number, values: TSettingValues) {
  return saveBureauSetting(db, cadreVisitSetting, 'cadre_visit_setting', user, version, values);
}

/** Remote visits waiting for a business's records and photos (the business's workbench). */
export function remoteVisitsAwaiting(db: TDbOrTx, operatorId: string) {
  return db
    .select({ id: cadreVisit.id, operatorId: cadreVisit.operatorId, operatorName: operator.name, visitedOn: cadreVisit.visitedOn, cadreName: cadre.name })
    .from(cadreVisit)
    .innerJoin(operator, eq(operator.id, cadreVisit.operatorId))
    .innerJoin(cadre, eq(cadre.id, cadreVisit.cadreId))
    .where(and(eq(cadreVisit.operatorId, operatorId), eq(cadreVisit.status, 'awaiting_business')));
}
