import type { TSessionUser } from '../../core/access.ts';
import { findBureauSetting, saveBureauSetting } from '../../core/db/bureau-setting.ts';
import { and, asc, desc, eq, ilike, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { TCadreListQuery } from '@shian/shared/cadre';
import type { TDbOrTx } from '../../core/db/database.ts';
import { escapeLike } from '../../core/db/escape-like.ts';
import { insertOne } from '../../core/db/insert-one.ts';
import { pageOf } from '../../core/db/paged.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { unitsOfStation, type TOperatorScope } from '../operator/operator.public.ts';
import { operator } from '../operator/operator.schema.ts';
import { unit } from '../org/org.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { riskAssessment } from '../risk-grade/risk-grade.schema.ts';
import { cadre, cadreAssignment, cadreAssignmentHistory, cadreSetting } from './cadre.schema.ts';

/**
 * The cadres a user may see: the district all of the bureau's, a station those of its units, a cadre its own
 * record, nobody else any (the operator scope's kinds, read for cadres).
 */
export function cadreScopeCondition(db: TDbOrTx, scope: TOperatorScope): SQL {
  const inBureau = eq(cadre.bureauId, scope.bureauId);
  switch (scope.kind) {
    case 'district':
      return inBureau;
    case 'station':
      return scope.stationId ? and(inBureau, inArray(cadre.unitCode, unitsOfStation(db, scope.stationId)))! : sql`false`;
    case 'cadre':
      return scope.cadreId ? and(inBureau, eq(cadre.id, scope.cadreId))! : sql`false`;
    case 'operator':
      return sql`false`;
  }
}

const subjects = sql<number>`(select count(*) from ${cadreAssignment} where ${cadreAssignment.cadreId} = ${cadre.id})`.mapWith(Number);

function selectCadres(db: TDbOrTx) {
  return db
    .select({ cadre, unitName: unit.name, username: appUser.username, subjects })
    .from(cadre)
    .innerJoin(unit, eq(unit.code, cadre.unitCode))
    .leftJoin(appUser, eq(appUser.cadreId, cadre.id));
}
export type TCadreRow = Awaited<ReturnType<ReturnType<typeof selectCadres>['execute']>>[number];

export async function listCadres(db: TDbOrTx, scope: TOperatorScope, query: TCadreListQuery) {
  const term = query.q ? `%${escapeLike(query.q)}%` : null;
  const where = and(
    cadreScopeCondition(db, scope),
    term ? or(ilike(cadre.name, term), ilike(cadre.post, term), ilike(cadre.workUnit, term)) : undefined,
    query.level ? eq(cadre.level, query.level) : undefined,
    query.unitCode ? eq(cadre.unitCode, query.unitCode) : undefined,
    query.active ? eq(cadre.active, query.active === 'true') : undefined,
  );
  return pageOf(db, selectCadres(db).where(where).$dynamic(), [asc(cadre.unitCode), asc(cadre.level), asc(cadre.name), asc(cadre.id)], query);
}

export async function findCadre(db: TDbOrTx, scope: TOperatorScope, id: string) {
  const [row] = await selectCadres(db).where(and(cadreScopeCondition(db, scope), eq(cadre.id, id)));
  return row ?? null;
}

export function insertCadres(db: TDbOrTx, values: (typeof cadre.$inferInsert)[]) {
  return db.insert(cadre).values(values).returning();
}

export function insertCadre(db: TDbOrTx, values: typeof cadre.$inferInsert) {
  return insertOne(db, cadre, values);
}

export function updateCadre(db: TDbOrTx, id: string, version: number, values: Partial<typeof cadre.$inferInsert>) {
  return updateVersioned(db, cadre, id, version, values);
}

/** The cadres of the bureau whose name is one of these, for the import's "same name in the same unit" check. */
export function cadresNamed(db: TDbOrTx, bureauId: string, names: string[]) {
  if (names.length === 0) return Promise.resolve([]);
  return db
    .select({ name: cadre.name, unitCode: cadre.unitCode })
    .from(cadre)
    .where(and(eq(cadre.bureauId, bureauId), inArray(cadre.name, names)));
}

export function currentSubjects(db: TDbOrTx, cadreId: string) {
  return db
    .select({ operatorId: operator.id, operatorName: operator.name, unitName: unit.name, riskGrade: operator.riskGrade, since: cadreAssignment.createdAt })
    .from(cadreAssignment)
    .innerJoin(operator, eq(operator.id, cadreAssignment.operatorId))
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(eq(cadreAssignment.cadreId, cadreId))
    .orderBy(asc(operator.name));
}

const starter = sql<string | null>`(select ${appUser.displayName} from ${appUser} where ${appUser.id} = ${cadreAssignmentHistory.startedBy})`;
const ender = sql<string | null>`(select ${appUser.displayName} from ${appUser} where ${appUser.id} = ${cadreAssignmentHistory.endedBy})`;

export function historyPage(db: TDbOrTx, bureauId: string, query: { operatorId?: string; cadreId?: string; page: number; pageSize: number }) {
  const select = db
    .select({ history: cadreAssignmentHistory, operatorName: operator.name, cadreName: cadre.name, startedByName: starter, endedByName: ender })
    .from(cadreAssignmentHistory)
    .innerJoin(operator, eq(operator.id, cadreAssignmentHistory.operatorId))
    .innerJoin(cadre, eq(cadre.id, cadreAssignmentHistory.cadreId))
    .where(
      and(
        eq(cadreAssignmentHistory.bureauId, bureauId),
        query.operatorId ? eq(cadreAssignmentHistory.operatorId, query.operatorId) : undefined,
        query.cadreId ? eq(cadreAssignmentHistory.cadreId, query.cadreId) : undefined,
      ),
    )
    .$dynamic();
  return pageOf(db, select, [desc(cadreAssignmentHistory.startedAt), asc(cadreAssignmentHistory.id)], query);
}

export function findSetting(db: TDbOrTx, bureauId: string) {
  return findBureauSetting(db, cadreSetting, bureauId);
}

type TSettingValues = Pick<typeof cadreSetting.$inferInsert, 'district' | 'township' | 'loadLimit' | 'adjustWorkingDays' | 'updatedBy'>;

/** Saves the bureau's setting at the version the edit was made on (0: the first save), audited. */
export function saveSetting(db: TDbOrTx, user: TSessionUser, version: number, values: TSettingValues) {
  return saveBureauSetting(db, cadreSetting, 'cadre_setting', user, version, values);
}

/**
 * Every subject of the bureau that is active or still assigned, with its current cadre, what the assignment rule
 * reads (grade, type, tags) and what dates an adjustment's clock: when it was registered, last changed, last
 * graded, and when its last assignment ended.
 */
export function subjectsForAssignment(db: TDbOrTx, bureauId: string, unitCode?: string) {
  const lastGraded = sql<Date | null>`(select max(${riskAssessment.assessedAt}) from ${riskAssessment} where ${riskAssessment.operatorId} = ${operator.id})`.mapWith((v) =>
    v ? new Date(v) : null,
  );
  const lastEnded =
    sql<Date | null>`(select max(${cadreAssignmentHistory.endedAt}) from ${cadreAssignmentHistory} where ${cadreAssignmentHistory.operatorId} = ${operator.id})`.mapWith((v) =>
      v ? new Date(v) : null,
    );
  return db
    .select({
      operatorId: operator.id,
      operatorName: operator.name,
      unitCode: operator.unitCode,
      unitName: unit.name,
      type: operator.type,
      tags: operator.tags,
      riskGrade: operator.riskGrade,
      status: operator.status,
      createdAt: operator.createdAt,
      updatedAt: operator.updatedAt,
      lastGraded,
      lastEnded,
      cadreId: cadreAssignment.cadreId,
      assignedAt: cadreAssignment.createdAt,
      cadreName: cadre.name,
      cadreLevel: cadre.level,
      cadreActive: cadre.active,
      cadreUpdatedAt: cadre.updatedAt,
    })
    .from(operator)
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .leftJoin(cadreAssignment, eq(cadreAssignment.operatorId, operator.id))
    .leftJoin(cadre, eq(cadre.id, cadreAssignment.cadreId))
    .where(
      and(eq(operator.bureauId, bureauId), or(eq(operator.status, 'active'), sql`${cadreAssignment.cadreId} is not null`), unitCode ? eq(operator.unitCode, unitCode) : undefined),
    )
    .orderBy(asc(operator.unitCode), asc(operator.name), asc(operator.id));
}
export type TSubjectRow = Awaited<ReturnType<typeof subjectsForAssignment>>[number];

/** The bureau's cadres with their current load (active ones, or all with `all`). */
export function cadreLoads(db: TDbOrTx, bureauId: string, unitCode?: string) {
  return db
    .select({ id: cadre.id, name: cadre.name, level: cadre.level, unitCode: cadre.unitCode, unitName: unit.name, active: cadre.active, subjects })
    .from(cadre)
    .innerJoin(unit, eq(unit.code, cadre.unitCode))
    .where(and(eq(cadre.bureauId, bureauId), unitCode ? eq(cadre.unitCode, unitCode) : undefined))
    .orderBy(asc(cadre.unitCode), asc(cadre.name), asc(cadre.id));
}

/** The operators of the bureau among these ids, locked until the transaction ends. */
export function lockOperators(db: TDbOrTx, bureauId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: operator.id, status: operator.status, unitCode: operator.unitCode })
    .from(operator)
    .where(and(eq(operator.bureauId, bureauId), inArray(operator.id, ids)))
    .orderBy(asc(operator.id))
    .for('update');
}

export function cadresByIds(db: TDbOrTx, bureauId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: cadre.id, name: cadre.name, level: cadre.level, unitCode: cadre.unitCode, active: cadre.active })
    .from(cadre)
    .where(and(eq(cadre.bureauId, bureauId), inArray(cadre.id, ids)));
}

export function currentAssignments(db: TDbOrTx, operatorIds: string[]) {
  if (operatorIds.length === 0) return Promise.resolve([]);
  return db.select().from(cadreAssignment).where(inArray(cadreAssignment.operatorId, operatorIds));
}

/** Assigns an uncovered subject; null when another request assigned it first (one current cadre a subject). */
export async function insertAssignment(db: TDbOrTx, bureauId: string, operatorId: string, cadreId: string, by: string | null) {
  const [row] = await db.insert(cadreAssignment).values({ operatorId, cadreId }).onConflictDoNothing().returning();
  if (!row) return null;
  await db.insert(cadreAssignmentHistory).values({ bureauId, operatorId, cadreId, startedBy: by });
  return row;
}

/** Moves a subject from one cadre to another, if it is still with the first; false otherwise. */
export async function moveAssignment(db: TDbOrTx, bureauId: string, operatorId: string, from: string, to: string, by: string | null, reason: string | null) {
  const [row] = await db
    .update(cadreAssignment)
    .set({ cadreId: to, createdAt: new Date(), updatedAt: new Date() })
    .where(and(eq(cadreAssignment.operatorId, operatorId), eq(cadreAssignment.cadreId, from)))
    .returning();
  if (!row) return false;
  await closeHistory(db, operatorId, by, reason);
  await db.insert(cadreAssignmentHistory).values({ bureauId, operatorId, cadreId: to, startedBy: by });
  return true;
}

/** Ends a subject's assignment, if it is still with this cadre; false otherwise. */
export async function endAssignment(db: TDbOrTx, operatorId: string, from: string, by: string | null, reason: string | null) {
  const [row] = await db
    .delete(cadreAssignment)
    .where(and(eq(cadreAssignment.operatorId, operatorId), eq(cadreAssignment.cadreId, from)))
    .returning();
  if (!row) return false;
  await closeHistory(db, operatorId, by, reason);
  return true;
}

async function closeHistory(db: TDbOrTx, operatorId: string, by: string | null, reason: string | null) {
  await db
    .update(cadreAssignmentHistory)
    .set({ endedAt: new Date(), endedBy: by, endReason: reason })
    .where(and(eq(cadreAssignmentHistory.operatorId, operatorId), isNull(cadreAssignmentHistory.endedAt)));
}

/** The operator's current cadre, if any, and since when. */
export async function cadreOfOperator(db: TDbOrTx, operatorId: string) {
  const [row] = await db
    .select({ cadre, unitName: unit.name, username: appUser.username, subjects, since: cadreAssignment.createdAt })
    .from(cadreAssignment)
    .innerJoin(cadre, eq(cadre.id, cadreAssignment.cadreId))
    .innerJoin(unit, eq(unit.code, cadre.unitCode))
    .leftJoin(appUser, eq(appUser.cadreId, cadre.id))
    .where(eq(cadreAssignment.operatorId, operatorId));
  return row ?? null;
}

/** Whether another cadre of the bureau uses this name in this unit (the import's duplicate check), except `id`. */
export async function sameNameInUnit(db: TDbOrTx, bureauId: string, name: string, unitCode: string, id?: string) {
  const [row] = await db
    .select({ id: cadre.id })
    .from(cadre)
    .where(and(eq(cadre.bureauId, bureauId), eq(cadre.name, name), eq(cadre.unitCode, unitCode), id ? ne(cadre.id, id) : undefined));
  return Boolean(row);
}
