// A reporting module: it reads the tables of other modules (plans, inspections, rectifications,
// checklists, operators) directly, read-only, always through the operator data scope.
import { and, asc, desc, eq, gte, inArray, lt, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { TDbOrTx } from '../../core/db/database.ts';
import { toInt } from '../../core/db/database.ts';
import { station, unit } from '../org/org.schema.ts';
import { operator } from '../operator/operator.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { inspectionPlanEntry } from '../inspection-plan/inspection-plan.schema.ts';
import { inspection, inspectionItemResult } from '../inspection/inspection.schema.ts';
import { rectification } from '../rectification/rectification.schema.ts';
import { checklistItem } from '../checklist/checklist.schema.ts';

export type TDashboardFilter = { scope: TOperatorScope; year: number; stationId: string | null };

const count = () => sql`count(*)`.mapWith(toInt);

function operatorConditions(db: TDbOrTx, f: TDashboardFilter): SQL[] {
  return [scopeCondition(db, f.scope), ...(f.stationId ? [eq(unit.stationId, f.stationId)] : [])];
}

function inYear(column: Parameters<typeof gte>[0], year: number) {
  return and(gte(column, `${year}-01-01`), lte(column, `${year}-12-31`))!;
}

export async function plannedByStationMonth(db: TDbOrTx, f: TDashboardFilter) {
  return db
    .select({ stationId: station.id, stationName: station.name, month: inspectionPlanEntry.month, n: count() })
    .from(inspectionPlanEntry)
    .innerJoin(operator, eq(operator.id, inspectionPlanEntry.operatorId))
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .innerJoin(station, eq(station.id, inspectionPlanEntry.stationId))
    .where(and(...operatorConditions(db, f), eq(inspectionPlanEntry.year, f.year), ne(inspectionPlanEntry.status, 'cancelled')))
    .groupBy(station.id, station.name, inspectionPlanEntry.month);
}

export async function doneByStationMonth(db: TDbOrTx, f: TDashboardFilter) {
  const month = sql<number>`extract(month from ${inspection.inspectedOn})::int`;
  return db
    .select({ stationId: station.id, stationName: station.name, month, n: count() })
    .from(inspection)
    .innerJoin(operator, eq(operator.id, inspection.operatorId))
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .innerJoin(station, eq(station.id, unit.stationId))
    .where(and(...operatorConditions(db, f), eq(inspection.status, 'closed'), inYear(inspection.inspectedOn, f.year)))
    .groupBy(station.id, station.name, month);
}

export async function overdueRectificationsByStation(db: TDbOrTx, f: TDashboardFilter, today: string) {
  return db
    .select({ stationId: station.id, stationName: station.name, n: count() })
    .from(rectification)
    .innerJoin(operator, eq(operator.id, rectification.operatorId))
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .innerJoin(station, eq(station.id, unit.stationId))
    .where(and(...operatorConditions(db, f), inArray(rectification.status, ['open', 'rejected']), lt(rectification.dueOn, today)))
    .groupBy(station.id, station.name)
    .orderBy(asc(station.name));
}

export async function nonconformityByType(db: TDbOrTx, f: TDashboardFilter) {
  return db
    .select({
      type: operator.type,
      inspections: count(),
      nonconforming: sql`count(*) filter (where ${inspection.result} = 'nonconforming')`.mapWith(toInt),
    })
    .from(inspection)
    .innerJoin(operator, eq(operator.id, inspection.operatorId))
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(and(...operatorConditions(db, f), eq(inspection.status, 'closed'), inYear(inspection.inspectedOn, f.year)))
    .groupBy(operator.type)
    .orderBy(asc(operator.type));
}

export async function topNonconformingItems(db: TDbOrTx, f: TDashboardFilter, limit: number) {
  const nonconforming = sql`count(*) filter (where ${inspectionItemResult.outcome} = 'nonconforming')`.mapWith(toInt);
  return db
    .select({
      itemId: checklistItem.id,
      content: checklistItem.content,
      checked: sql`count(*) filter (where ${inspectionItemResult.outcome} <> 'not_applicable')`.mapWith(toInt),
      nonconforming,
    })
    .from(inspectionItemResult)
    .innerJoin(inspection, eq(inspection.id, inspectionItemResult.inspectionId))
    .innerJoin(checklistItem, eq(checklistItem.id, inspectionItemResult.itemId))
    .innerJoin(operator, eq(operator.id, inspection.operatorId))
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(and(...operatorConditions(db, f), eq(inspection.status, 'closed'), inYear(inspection.inspectedOn, f.year)))
    .groupBy(checklistItem.id, checklistItem.content)
    .having(sql`count(*) filter (where ${inspectionItemResult.outcome} = 'nonconforming') > 0`)
    .orderBy(desc(nonconforming), asc(checklistItem.content))
    .limit(limit);
}

export async function gradesByUnit(db: TDbOrTx, f: TDashboardFilter) {
  return db
    .select({ unitCode: unit.code, unitName: unit.name, grade: operator.riskGrade, n: count() })
    .from(operator)
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(and(...operatorConditions(db, f), eq(operator.status, 'active')))
    .groupBy(unit.code, unit.name, operator.riskGrade)
    .orderBy(asc(unit.code));
}
