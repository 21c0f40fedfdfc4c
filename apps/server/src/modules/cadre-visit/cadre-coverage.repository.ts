import { and, between, eq, exists, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../../core/db/database.ts';
import { toInt } from '../../core/db/database.ts';
import { cadre, cadreAssignment, operator } from '../operator/operator.schema.ts';
import { unit } from '../org/org.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { cadreProblem, cadreVisit } from './cadre-visit.schema.ts';
import { missedDeadline } from './cadre-problem.repository.ts';

/**
 * The guaranteed subjects in scope (active operators with a cadre) and whether a visit to each was completed in
 * the period; a remote visit still waiting for the business does not count yet.
 */
export function subjectsWithVisits(db: TDbOrTx, scope: TOperatorScope, from: string, to: string) {
  const visited = exists(
    db
      .select({ n: sql`1` })
      .from(cadreVisit)
      .where(and(eq(cadreVisit.operatorId, operator.id), eq(cadreVisit.status, 'completed'), between(cadreVisit.visitedOn, from, to))),
  );
  return db
    .select({
      operatorId: operator.id,
      operatorName: operator.name,
      unitCode: operator.unitCode,
      unitName: unit.name,
      level: cadre.level,
      visited: sql<boolean>`${visited}`,
    })
    .from(operator)
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .innerJoin(cadreAssignment, eq(cadreAssignment.operatorId, operator.id))
    .innerJoin(cadre, eq(cadre.id, cadreAssignment.cadreId))
    .where(and(scopeCondition(db, scope), eq(operator.status, 'active')));
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
