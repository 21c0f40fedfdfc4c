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
