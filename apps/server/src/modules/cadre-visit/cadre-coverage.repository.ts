import { and, between, eq, exists, type SQL, sql } from 'drizzle-orm';
import type { TCadreLevel } from '@shian/shared/cadre';
import type { TDbOrTx } from '../../core/db/database.ts';
import { toInt } from '../../core/db/database.ts';
import { pageOf, type TPageQuery } from '../../core/db/paged.ts';
import { cadre, cadreAssignment, operator } from '../operator/operator.schema.ts';
import { unit } from '../org/org.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { cadreProblem, cadreVisit } from './cadre-visit.schema.ts';
import { missedDeadline } from './cadre-problem.repository.ts';

/** Whether the subject (the `operator` row) had a completed visit in the period; a remote visit still waiting for the business does not count yet. */
const visitedIn = (db: TDbOrTx, from: string, to: string) =>
  exists(
    db
      .select({ n: sql`1` })
      .from(cadreVisit)
      .where(and(eq(cadreVisit.operatorId, operator.id), eq(cadreVisit.status, 'completed'), between(cadreVisit.visitedOn, from, to))),
  );

/** The guaranteed subjects in scope: active operators with a cadre (the select joins the cadre through the assignment). */
const guaranteedIn = (db: TDbOrTx, scope: TOperatorScope) => and(scopeCondition(db, scope), eq(operator.status, 'active'));

/** The guaranteed subjects in scope and whether each was visited in the period. */
export function subjectsWithVisits(db: TDbOrTx, scope: TOperatorScope, from: string, to: string) {
  return db
    .select({
      operatorId: operator.id,
      operatorName: operator.name,
      unitCode: operator.unitCode,
      unitName: unit.name,
      level: cadre.level,
      visited: sql<boolean>`${visitedIn(db, from, to)}`,
    })
    .from(operator)
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .innerJoin(cadreAssignment, eq(cadreAssignment.operatorId, operator.id))
    .innerJoin(cadre, eq(cadre.id, cadreAssignment.cadreId))
    .where(guaranteedIn(db, scope));
}

type TCadreFilter = { from: string; to: string; today: string; unitCode?: string; level?: TCadreLevel };

/**
 * One page of coverage by cadre and subject unit, the lowest rate first (the laggards), then by name; the
 * problems are those found in the period on visits to the row's subjects.
 */
export function coverageByCadre(db: TDbOrTx, scope: TOperatorScope, f: TCadreFilter, page: TPageQuery) {
  const problemsOf = (only: SQL) =>
    sql`(select count(*) from ${cadreProblem} join ${cadreVisit} on ${cadreVisit.id} = ${cadreProblem.visitId}
      where ${cadreProblem.operatorId} = ${operator.id} and ${cadreVisit.visitedOn} between ${f.from} and ${f.to} and ${only})`;
  const subjects = sql`count(*)`;
  const visited = sql`count(*) filter (where ${visitedIn(db, f.from, f.to)})`;
  const select = db
    .select({
      cadreId: cadre.id,
      cadreName: cadre.name,
      level: cadre.level,
      unitCode: operator.unitCode,
      unitName: unit.name,
      subjects: subjects.mapWith(toInt),
      visited: visited.mapWith(toInt),
      problemsFound: sql`coalesce(sum(${problemsOf(sql`true`)}), 0)`.mapWith(toInt),
      problemsOverdue: sql`coalesce(sum(${problemsOf(missedDeadline(f.today))}), 0)`.mapWith(toInt),
    })
    .from(operator)
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .innerJoin(cadreAssignment, eq(cadreAssignment.operatorId, operator.id))
    .innerJoin(cadre, eq(cadre.id, cadreAssignment.cadreId))
    .where(and(guaranteedIn(db, scope), f.unitCode ? eq(operator.unitCode, f.unitCode) : undefined, f.level ? eq(cadre.level, f.level) : undefined))
    .groupBy(cadre.id, operator.unitCode, unit.name)
    .$dynamic();
  // Rounded as coverageRate rounds, so rows showing the same rate are ordered by name.
  return pageOf(db, select, [sql`round(100.0 * ${visited} / ${subjects}, 1)`, cadre.name, cadre.id, operator.unitCode], page);
}

/** Problems found on the period's visits per unit: found, closed, and those that missed their deadline. */
export function problemsByUnit(db: TDbOrTx, scope: TOperatorScope, from: string, to: string, today: string) {
  return db
    .select({
      unitCode: operator.unitCode,
      found: sql`count(*)`.mapWith(toInt),
      closed: sql`count(*) filter (where ${cadreProblem.status} = 'closed')`.mapWith(toInt),
      overdue: sql`count(*) filter (where ${missedDeadline(today)})`.mapWith(toInt),
    })
    .from(cadreProblem)
    .innerJoin(cadreVisit, eq(cadreVisit.id, cadreProblem.visitId))
    .innerJoin(operator, eq(operator.id, cadreProblem.operatorId))
    .where(and(scopeCondition(db, scope), between(cadreVisit.visitedOn, from, to)))
    .groupBy(operator.unitCode);
}

/** Subjects of a cadre, its level, and the date of the last completed visit to each in the period (the cadre's workbench). */
export function subjectsOfCadre(db: TDbOrTx, cadreId: string, from: string, to: string) {
  return db
    .select({
      operatorId: operator.id,
      operatorName: operator.name,
      riskGrade: operator.riskGrade,
      level: cadre.level,
      lastVisitedOn: sql<string | null>`(select max(${cadreVisit.visitedOn})::text from ${cadreVisit}
        where ${cadreVisit.operatorId} = ${operator.id} and ${cadreVisit.status} = 'completed' and ${cadreVisit.visitedOn} between ${from} and ${to})`,
    })
    .from(cadreAssignment)
    .innerJoin(operator, eq(operator.id, cadreAssignment.operatorId))
    .innerJoin(cadre, eq(cadre.id, cadreAssignment.cadreId))
    .where(and(eq(cadreAssignment.cadreId, cadreId), eq(operator.status, 'active')));
}
