// Which complaints a user may see: the one rule for the complaint list, its classification review and
// labels. (Hotspots count by the businesses' units instead: a map of a jurisdiction, not a work list.)
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { TDbOrTx } from '../../core/db/database.ts';
import { operator } from '../operator/operator.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { complaint } from './complaint.schema.ts';

/**
 * A station sees what is routed to it (the routing, not the operator's unit, decides: an unmatched business
 * has no operator); cadre and business scopes see their operators' ones.
 */
export function complaintScope(db: TDbOrTx, scope: TOperatorScope): SQL {
  const inBureau = eq(complaint.bureauId, scope.bureauId);
  switch (scope.kind) {
    case 'district':
      return inBureau;
    case 'station':
      return scope.stationId ? and(inBureau, eq(complaint.stationId, scope.stationId))! : sql`false`;
    default:
      return and(inBureau, inArray(complaint.operatorId, db.select({ id: operator.id }).from(operator).where(scopeCondition(db, scope))))!;
  }
}
