// The data scopes (district, station, cadre, own operator) as SQL. Other modules' repositories use it
// through the operator face (operator.public.ts).
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { TDbOrTx } from '../../core/db/database.ts';
import { unit } from '../org/org.schema.ts';
import { cadreAssignment, operator } from './operator.schema.ts';

/** Which operators a user may see: the SQL form of the data scopes in @shian/shared/access. */
export type TOperatorScope =
  | { kind: 'district'; bureauId: string }
  | { kind: 'station'; bureauId: string; stationId: string | null }
  | { kind: 'cadre'; bureauId: string; cadreId: string | null }
  | { kind: 'operator'; bureauId: string; operatorId: string | null };

export function unitsOfStation(db: TDbOrTx, stationId: string) {
  return db.select({ code: unit.code }).from(unit).where(eq(unit.stationId, stationId));
}

/**
 * The SQL of a data scope over the operator table. Every module whose rows belong to an operator filters
 * with it (joined to `operator`), so a scope means the same everywhere.
 */
export function scopeCondition(db: TDbOrTx, scope: TOperatorScope): SQL {
  const inBureau = eq(operator.bureauId, scope.bureauId);
  switch (scope.kind) {
    case 'district':
      return inBureau;
    case 'station':
      return scope.stationId ? and(inBureau, inArray(operator.unitCode, unitsOfStation(db, scope.stationId)))! : sql`false`;
    case 'cadre':
      return scope.cadreId
        ? and(inBureau, inArray(operator.id, db.select({ id: cadreAssignment.operatorId }).from(cadreAssignment).where(eq(cadreAssignment.cadreId, scope.cadreId))))!
        : sql`false`;
    case 'operator':
      return scope.operatorId ? and(inBureau, eq(operator.id, scope.operatorId))! : sql`false`;
  }
}

/** Who sees one operator: its bureau, the station owning its unit and its assigned cadres (null: no such operator). */
export type TOperatorReach = { bureauId: string; stationId: string | null; cadreIds: string[]; operatorId: string };

export async function reachOf(db: TDbOrTx, operatorId: string): Promise<TOperatorReach | null> {
  const [row] = await db
    .select({ bureauId: operator.bureauId, stationId: unit.stationId })
    .from(operator)
    .leftJoin(unit, eq(unit.code, operator.unitCode))
    .where(eq(operator.id, operatorId));
  if (!row) return null;
  const cadres = await db.select({ id: cadreAssignment.cadreId }).from(cadreAssignment).where(eq(cadreAssignment.operatorId, operatorId));
  return { ...row, cadreIds: cadres.map((c) => c.id), operatorId };
}

/** `scopeCondition` for one operator whose reach is known, without a query per user (choosing recipients). */
export function reaches(scope: TOperatorScope, reach: TOperatorReach): boolean {
  if (scope.bureauId !== reach.bureauId) return false;
  switch (scope.kind) {
    case 'district':
      return true;
    case 'station':
      return scope.stationId !== null && scope.stationId === reach.stationId;
    case 'cadre':
      return scope.cadreId !== null && reach.cadreIds.includes(scope.cadreId);
    case 'operator':
      return scope.operatorId === reach.operatorId;
  }
}
