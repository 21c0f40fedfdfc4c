// Read-only reporting over the complaint, operator and unit tables, always through the data scope.
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { TComplaintIssueType, TComplaintTrade } from '@shian/shared/complaint';
import { addDays } from '@shian/shared/working-days';
import type { TDbOrTx } from '../../core/db/database.ts';
import { toInt } from '../../core/db/database.ts';
import { complaint } from '../complaint/complaint.schema.ts';
import { operator } from '../operator/operator.schema.ts';
import { scopeCondition, unitsOfStation, type TOperatorScope } from '../operator/operator.public.ts';
import { unit } from '../org/org.schema.ts';

export type TComplaintFilters = { trade?: TComplaintTrade; issueType?: TComplaintIssueType };
export type TDateRange = { from: string; to: string };

/** The first instant of a China date (UTC+8, no daylight saving). */
const chinaMidnight = (date: string) => new Date(`${date}T00:00:00+08:00`);

/** The China date of a complaint's receipt, whatever the session's time zone. */
const receivedOn = sql<string>`to_char((${complaint.receivedAt} at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD')`;

/** The unit a complaint counts in: its business's unit when matched (as the denominators), else the address's. */
const complaintUnit = sql<string | null>`coalesce(${operator.unitCode}, ${complaint.unitCode})`;

/**
 * Which complaints a user may see. Matched complaints follow their operator's data scope; unmatched ones
 * (often unlicensed businesses) belong to the unit of the named address, so the district and the
 * station of that unit see them, while cadres and businesses see only their own operators'.
 */
export function complaintScope(db: TDbOrTx, scope: TOperatorScope): SQL {
  const matched = and(isNotNull(complaint.operatorId), scopeCondition(db, scope))!;
  const inBureau = eq(complaint.bureauId, scope.bureauId);
  let unmatched: SQL;
  if (scope.kind === 'district') unmatched = inBureau;
  else if (scope.kind === 'station' && scope.stationId) unmatched = and(inBureau, inArray(complaint.unitCode, unitsOfStation(db, scope.stationId)))!;
  else unmatched = sql`false`;
  return or(matched, and(isNull(complaint.operatorId), unmatched))!;
}

function conditions(db: TDbOrTx, scope: TOperatorScope, range: TDateRange, filters: TComplaintFilters): SQL[] {
  const list = [complaintScope(db, scope), gte(complaint.receivedAt, chinaMidnight(range.from)), lt(complaint.receivedAt, chinaMidnight(addDays(range.to, 1)))];
  if (filters.trade) list.push(eq(complaint.trade, filters.trade));
  if (filters.issueType) list.push(eq(complaint.issueType, filters.issueType));
  return list;
}

const fromComplaints = (db: TDbOrTx) => db.select({ n: sql`count(*)` }).from(complaint).leftJoin(operator, eq(operator.id, complaint.operatorId));

export async function countComplaints(db: TDbOrTx, scope: TOperatorScope, range: TDateRange, filters: TComplaintFilters) {
  const [row] = await fromComplaints(db).where(and(...conditions(db, scope, range, filters)));
  return toInt(row?.n);
}

/** Complaints per unit, trade and issue type (null trade or issue type: not classified yet). */
export async function countsByUnitTradeIssue(db: TDbOrTx, scope: TOperatorScope, range: TDateRange, filters: TComplaintFilters) {
  const rows = await db
    .select({ unitCode: complaintUnit, trade: complaint.trade, issueType: complaint.issueType, n: sql`count(*)` })
    .from(complaint)
    .leftJoin(operator, eq(operator.id, complaint.operatorId))
    .where(and(...conditions(db, scope, range, filters)))
    .groupBy(complaintUnit, complaint.trade, complaint.issueType);
  return rows.map((r) => ({ unitCode: r.unitCode, trade: r.trade, issueType: r.issueType, complaints: toInt(r.n) }));
}

/** Complaints per China date, unit, trade and issue type: the series the spike rule reads. */
export async function dailyCounts(db: TDbOrTx, scope: TOperatorScope, range: TDateRange, filters: TComplaintFilters) {
  const rows = await db
    .select({ day: receivedOn, unitCode: complaintUnit, trade: complaint.trade, issueType: complaint.issueType, n: sql`count(*)` })
    .from(complaint)
    .leftJoin(operator, eq(operator.id, complaint.operatorId))
    .where(and(...conditions(db, scope, range, filters)))
    .groupBy(receivedOn, complaintUnit, complaint.trade, complaint.issueType);
  return rows.map((r) => ({ day: r.day, unitCode: r.unitCode, trade: r.trade, issueType: r.issueType, complaints: toInt(r.n) }));
}

/**
 * The operators complaints are rated against, per unit, type and farmers'-market tag (the service maps
 * them to complaint trades), with the sums for each unit's mean position. Deactivated ones no longer trade.
 */
export async function operatorCounts(db: TDbOrTx, scope: TOperatorScope) {
  const farmersMarket = sql<boolean>`('farmers_market' = any(${operator.tags}))`;
  const rows = await db
    .select({
      unitCode: operator.unitCode,
      type: operator.type,
      farmersMarket,
      n: sql`count(*)`,
      located: sql`count(${operator.longitude})`,
      longitudeSum: sql`coalesce(sum(${operator.longitude}), 0)`,
      latitudeSum: sql`coalesce(sum(${operator.latitude}), 0)`,
    })
    .from(operator)
    .where(and(scopeCondition(db, scope), ne(operator.status, 'deactivated')))
    .groupBy(operator.unitCode, operator.type, farmersMarket);
  return rows.map((r) => ({
    unitCode: r.unitCode,
    type: r.type,
    farmersMarket: Boolean(r.farmersMarket),
    operators: toInt(r.n),
    located: toInt(r.located),
    longitudeSum: Number(r.longitudeSum),
    latitudeSum: Number(r.latitudeSum),
  }));
}

/** The units a user sees on the map and in the tables: the bureau's, or the station's own. */
export async function unitsInScope(db: TDbOrTx, scope: TOperatorScope) {
  const where = [eq(unit.bureauId, scope.bureauId)];
  if (scope.kind === 'station') where.push(scope.stationId ? eq(unit.stationId, scope.stationId) : sql`false`);
  return db
    .select({ code: unit.code, name: unit.name })
    .from(unit)
    .where(and(...where))
    .orderBy(asc(unit.code));
}

/** The businesses with the most complaints in the period (matched complaints only). */
export async function topOperators(db: TDbOrTx, scope: TOperatorScope, range: TDateRange, filters: TComplaintFilters, limit: number, minComplaints = 1) {
  const n = sql`count(*)`;
  const rows = await db
    .select({ operatorId: operator.id, name: operator.name, unitName: unit.name, type: operator.type, tags: operator.tags, n })
    .from(complaint)
    .innerJoin(operator, eq(operator.id, complaint.operatorId))
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(and(...conditions(db, scope, range, filters)))
    .groupBy(operator.id, operator.name, unit.name, operator.type, operator.tags)
    .having(sql`${n} >= ${minComplaints}`)
    .orderBy(desc(n), asc(operator.name))
    .limit(limit);
  return rows.map((r) => ({ ...r, complaints: toInt(r.n) }));
}

/** Complaints of these operators per issue type in the period. */
export async function issueCountsOf(db: TDbOrTx, scope: TOperatorScope, range: TDateRange, filters: TComplaintFilters, operatorIds: string[]) {
  if (operatorIds.length === 0) return [];
  const rows = await db
    .select({ operatorId: complaint.operatorId, issueType: complaint.issueType, n: sql`count(*)` })
    .from(complaint)
    .leftJoin(operator, eq(operator.id, complaint.operatorId))
    .where(and(...conditions(db, scope, range, filters), inArray(complaint.operatorId, operatorIds)))
    .groupBy(complaint.operatorId, complaint.issueType);
  return rows.map((r) => ({ operatorId: r.operatorId!, issueType: r.issueType, complaints: toInt(r.n) }));
}

/** Complaint counts per 0.01° cell (about 1 km) of the matched businesses' positions: the map's density layer. */
export async function heatCells(db: TDbOrTx, scope: TOperatorScope, range: TDateRange, filters: TComplaintFilters) {
  const lon = sql<string>`round(${operator.longitude}::numeric, 2)`;
  const lat = sql<string>`round(${operator.latitude}::numeric, 2)`;
  const rows = await db
    .select({ lon, lat, n: sql`count(*)` })
    .from(complaint)
    .innerJoin(operator, eq(operator.id, complaint.operatorId))
    .where(and(...conditions(db, scope, range, filters), isNotNull(operator.longitude), isNotNull(operator.latitude)))
    .groupBy(lon, lat);
  return rows.map((r) => [Number(r.lon), Number(r.lat), toInt(r.n)] as [number, number, number]);
}

/** One complaint the user may see, with what other modules need to act on it. */
export async function findComplaint(db: TDbOrTx, scope: TOperatorScope, id: string) {
  const [row] = await db
    .select({
      id: complaint.id,
      bureauId: complaint.bureauId,
      operatorId: complaint.operatorId,
      registrationNo: complaint.registrationNo,
      receivedAt: complaint.receivedAt,
      description: complaint.description,
      issueType: complaint.issueType,
      closedAt: complaint.closedAt,
    })
    .from(complaint)
    .leftJoin(operator, eq(operator.id, complaint.operatorId))
    .where(and(complaintScope(db, scope), eq(complaint.id, id)));
  return row ?? null;
}

/** The open complaints of one business received since `since`, newest first. */
export async function openComplaintsOf(db: TDbOrTx, scope: TOperatorScope, operatorId: string, since: string, limit: number) {
  return db
    .select({
      id: complaint.id,
      registrationNo: complaint.registrationNo,
      receivedAt: complaint.receivedAt,
      description: complaint.description,
      issueType: complaint.issueType,
    })
    .from(complaint)
    .leftJoin(operator, eq(operator.id, complaint.operatorId))
    .where(and(complaintScope(db, scope), eq(complaint.operatorId, operatorId), isNull(complaint.closedAt), gte(complaint.receivedAt, chinaMidnight(since))))
    .orderBy(desc(complaint.receivedAt), asc(complaint.id))
    .limit(limit);
}

export async function complaintsByIds(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: complaint.id, registrationNo: complaint.registrationNo, receivedAt: complaint.receivedAt, description: complaint.description })
    .from(complaint)
    .where(inArray(complaint.id, ids));
}
