import { and, asc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { TServiceStationListQuery } from '@shian/shared/service-station';
import { insertOne } from '../../core/db/insert-one.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { pageOf } from '../../core/db/paged.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { escapeLike } from '../../core/db/escape-like.ts';
import { operator } from '../operator/operator.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { unit } from '../org/org.schema.ts';
import { serviceStation } from './service-station.schema.ts';

export type TServiceStationRow = typeof serviceStation.$inferSelect & { operatorName: string; unitCode: string; unitName: string };

/** `%`, `_` and `\` typed by a user are literal characters, not patterns. */
const likeTerm = (q: string) => `%${escapeLike(q)}%`;

function filters(query: Partial<TServiceStationListQuery>): SQL[] {
  const list: SQL[] = [];
  if (query.q) list.push(or(ilike(serviceStation.name, likeTerm(query.q)), ilike(operator.name, likeTerm(query.q)), ilike(serviceStation.address, likeTerm(query.q)))!);
  if (query.status) list.push(eq(serviceStation.status, query.status));
  if (query.unitCode) list.push(eq(operator.unitCode, query.unitCode));
  return list;
}

function selectRows(db: TDbOrTx) {
  return db
    .select({ station: serviceStation, operatorName: operator.name, unitCode: operator.unitCode, unitName: unit.name })
    .from(serviceStation)
    .innerJoin(operator, eq(operator.id, serviceStation.operatorId))
    .innerJoin(unit, eq(unit.code, operator.unitCode));
}

type TSelected = Awaited<ReturnType<ReturnType<typeof selectRows>['execute']>>[number];
const flatten = (r: TSelected): TServiceStationRow => ({ ...r.station, operatorName: r.operatorName, unitCode: r.unitCode, unitName: r.unitName });

/** The stations a list shows: staff see their scope (scope = the user's), the public (scope = null) active ones only. */
function matching(db: TDbOrTx, scope: TOperatorScope | null, query: TServiceStationListQuery) {
  return selectRows(db).where(and(scope ? scopeCondition(db, scope) : eq(serviceStation.status, 'active'), ...filters(query)));
}

export async function listStations(db: TDbOrTx, scope: TOperatorScope | null, query: TServiceStationListQuery) {
  const { rows, total } = await pageOf(db, matching(db, scope, query).$dynamic(), [asc(operator.unitCode), asc(serviceStation.name), asc(serviceStation.id)], query);
  return { rows: rows.map(flatten), total };
}

export async function findStation(db: TDbOrTx, scope: TOperatorScope, id: string) {
  const [row] = await selectRows(db).where(and(scopeCondition(db, scope), eq(serviceStation.id, id)));
  return row ? flatten(row) : null;
}

export function insertStation(db: TDbOrTx, values: typeof serviceStation.$inferInsert) {
  return insertOne(db, serviceStation, values);
}

export async function updateStationVersioned(db: TDbOrTx, id: string, version: number, values: Partial<typeof serviceStation.$inferInsert>) {
  return updateVersioned(db, serviceStation, id, version, values);
}
