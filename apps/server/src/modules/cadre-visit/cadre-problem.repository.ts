import { and, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { TCadreProblemListQuery } from '@shian/shared/cadre-visit';
import type { TDbOrTx } from '../../core/db/database.ts';
import { pageOf } from '../../core/db/paged.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { appUser } from '../user/user.schema.ts';
import { cadre } from '../cadre/cadre.schema.ts';
import { operator } from '../operator/operator.schema.ts';
import { station } from '../org/org.schema.ts';
import type { TOperatorScope } from '../operator/operator.public.ts';
import { cadreProblem, cadreVisit } from './cadre-visit.schema.ts';

export type TProblemRow = typeof cadreProblem.$inferSelect & { operatorName: string; stationName: string; cadreName: string; closedByName: string | null };

/**
 * Who sees a problem: the station it was handed to (not every station whose units the subject might later
 * move to), the cadre who found it, the business it is about, the district.
 */
function problemScope(scope: TOperatorScope): SQL {
  const inBureau = eq(cadreProblem.bureauId, scope.bureauId);
  switch (scope.kind) {
    case 'district':
      return inBureau;
    case 'station':
      return scope.stationId ? and(inBureau, eq(cadreProblem.stationId, scope.stationId))! : sql`false`;
    case 'cadre':
      return scope.cadreId ? and(inBureau, eq(cadreVisit.cadreId, scope.cadreId))! : sql`false`;
    case 'operator':
      return scope.operatorId ? and(inBureau, eq(cadreProblem.operatorId, scope.operatorId))! : sql`false`;
  }
}

/** Missed its deadline: still open after it, or closed (China date) after it. */
export const missedDeadline = (today: string) =>
  sql`(case when ${cadreProblem.status} = 'closed' then (${cadreProblem.closedAt} at time zone 'Asia/Shanghai')::date > ${cadreProblem.dueOn} else ${cadreProblem.dueOn} < ${today}::date end)`;

const closer = sql<string | null>`(select display_name from ${appUser} where ${appUser.id} = ${cadreProblem.closedBy})`;

const withNames = (db: TDbOrTx) =>
  db
    .select({ problem: cadreProblem, operatorName: operator.name, stationName: station.name, cadreName: cadre.name, closedByName: closer })
    .from(cadreProblem)
    .innerJoin(cadreVisit, eq(cadreVisit.id, cadreProblem.visitId))
    .innerJoin(operator, eq(operator.id, cadreProblem.operatorId))
    .innerJoin(station, eq(station.id, cadreProblem.stationId))
    .innerJoin(cadre, eq(cadre.id, cadreVisit.cadreId));

type TNamed = { problem: typeof cadreProblem.$inferSelect; operatorName: string; stationName: string; cadreName: string; closedByName: string | null };
const flatten = (r: TNamed): TProblemRow => ({ ...r.problem, operatorName: r.operatorName, stationName: r.stationName, cadreName: r.cadreName, closedByName: r.closedByName });

export async function listProblems(db: TDbOrTx, scope: TOperatorScope, query: TCadreProblemListQuery, today: string) {
  const conditions: SQL[] = [problemScope(scope)];
  if (query.status) conditions.push(eq(cadreProblem.status, query.status));
  if (query.stationId) conditions.push(eq(cadreProblem.stationId, query.stationId));
  if (query.overdue) conditions.push(query.overdue === 'true' ? missedDeadline(today) : sql`not ${missedDeadline(today)}`);
  // Open work first, soonest due first (the clock the station works to); then the latest closed.
  const order = [
    sql`${cadreProblem.status} = 'closed'`,
    sql`case when ${cadreProblem.status} <> 'closed' then ${cadreProblem.dueOn} end`,
    sql`${cadreProblem.closedAt} desc nulls last`,
    cadreProblem.id,
  ];
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

export async function findProblem(db: TDbOrTx, scope: TOperatorScope, id: string): Promise<TProblemRow | null> {
  const [row] = await withNames(db).where(and(problemScope(scope), eq(cadreProblem.id, id)));
  return row ? flatten(row) : null;
}

export async function problemsOfVisits(db: TDbOrTx, visitIds: string[]): Promise<TProblemRow[]> {
  if (visitIds.length === 0) return [];
  const rows = await withNames(db).where(inArray(cadreProblem.visitId, visitIds)).orderBy(cadreProblem.createdAt, cadreProblem.id);
  return rows.map(flatten);
}

export async function insertProblems(db: TDbOrTx, rows: (typeof cadreProblem.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(cadreProblem).values(rows).returning();
}

/** Problems with their clocks for the workbench, soonest due first. */
function problemClocks(db: TDbOrTx, where: SQL | undefined) {
  return db
    .select({
      id: cadreProblem.id,
      operatorId: cadreProblem.operatorId,
      operatorName: operator.name,
      description: cadreProblem.description,
      dueOn: cadreProblem.dueOn,
      status: cadreProblem.status,
    })
    .from(cadreProblem)
    .innerJoin(operator, eq(operator.id, cadreProblem.operatorId))
    .where(where)
    .orderBy(cadreProblem.dueOn);
}

/** Open problems handed to a station (the station's workbench). */
export function openProblemsOfStation(db: TDbOrTx, bureauId: string, stationId: string) {
  return problemClocks(db, and(eq(cadreProblem.bureauId, bureauId), eq(cadreProblem.stationId, stationId), eq(cadreProblem.status, 'open')));
}

/** Escalated problems waiting for the food-safety office. */
export function escalatedProblems(db: TDbOrTx, bureauId: string) {
  return problemClocks(db, and(eq(cadreProblem.bureauId, bureauId), eq(cadreProblem.status, 'escalated')));
}

/** 销号: only a problem not yet closed, at the version the station read. */
export function closeProblem(db: TDbOrTx, id: string, version: number, values: { closeNote: string; closeFileIds: string[]; closedBy: string }) {
  return updateVersioned(db, cadreProblem, id, version, { ...values, status: 'closed', closedAt: new Date() }, ne(cadreProblem.status, 'closed'));
}

export function escalateProblem(db: TDbOrTx, id: string, version: number, values: { escalateNote: string; escalatedBy: string }) {
  return updateVersioned(db, cadreProblem, id, version, { ...values, status: 'escalated', escalatedAt: new Date() }, eq(cadreProblem.status, 'open'));
}
