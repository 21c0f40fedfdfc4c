import { and, asc, desc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { TRectificationListQuery, TRectificationStatus } from '@shian/shared/rectification';
import type { TDbOrTx } from '../../core/db/database.ts';
import { pageOf } from '../../core/db/paged.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { operator } from '../operator/operator.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { station, unit } from '../org/org.schema.ts';
import { inspection } from '../inspection/inspection.schema.ts';
import { checklistItem } from '../checklist/checklist.schema.ts';
import { rectification } from './rectification.schema.ts';

export type TRectificationRow = typeof rectification.$inferSelect;
export type TRectificationListRow = TRectificationRow & {
  operatorName: string;
  stationName: string | null;
  inspectedOn: string;
  itemContent: string | null;
  itemKey: boolean | null;
};

const OUTSTANDING: TRectificationStatus[] = ['open', 'rejected'];

/** Open or rejected past the due date (the due date itself is still in time). */
export const overdueCondition = (today: string) => and(inArray(rectification.status, OUTSTANDING), lt(rectification.dueOn, today))!;

function conditions(db: TDbOrTx, scope: TOperatorScope, query: Omit<TRectificationListQuery, 'page' | 'pageSize'>, today: string): SQL[] {
  const list: SQL[] = [scopeCondition(db, scope)];
  if (query.status) list.push(eq(rectification.status, query.status));
  if (query.overdue === 'true') list.push(overdueCondition(today));
  if (query.overdue === 'false') list.push(sql`not (${overdueCondition(today)})`);
  if (query.operatorId) list.push(eq(rectification.operatorId, query.operatorId));
  if (query.stationId) list.push(eq(unit.stationId, query.stationId));
  return list;
}

function selectRows(db: TDbOrTx) {
  return db
    .select({
      rectification,
      operatorName: operator.name,
      stationName: station.name,
      inspectedOn: inspection.inspectedOn,
      itemContent: checklistItem.content,
      itemKey: checklistItem.key,
    })
    .from(rectification)
    .innerJoin(operator, eq(operator.id, rectification.operatorId))
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .leftJoin(station, eq(station.id, unit.stationId))
    .innerJoin(inspection, eq(inspection.id, rectification.inspectionId))
    .leftJoin(checklistItem, eq(checklistItem.id, rectification.itemId));
}

type TSelected = Awaited<ReturnType<ReturnType<typeof selectRows>['execute']>>[number];
const flatten = ({ rectification: r, ...rest }: TSelected): TRectificationListRow => ({ ...r, ...rest });

export async function listRectifications(db: TDbOrTx, scope: TOperatorScope, query: TRectificationListQuery, today: string) {
  const { rows, total } = await pageOf(
    db,
    selectRows(db)
      .where(and(...conditions(db, scope, query, today)))
      .$dynamic(),
    [asc(rectification.dueOn), desc(rectification.createdAt)],
    query,
  );
  return { rows: rows.map(flatten), total };
}

/** The workbench's rectifications: those in the scope with one of these statuses, soonest due first. */
export async function rectificationsWithStatus(db: TDbOrTx, scope: TOperatorScope, statuses: TRectificationStatus[]) {
  return db
    .select({
      id: rectification.id,
      operatorId: rectification.operatorId,
      operatorName: operator.name,
      demand: rectification.demand,
      dueOn: rectification.dueOn,
      status: rectification.status,
    })
    .from(rectification)
    .innerJoin(operator, eq(operator.id, rectification.operatorId))
    .where(and(scopeCondition(db, scope), inArray(rectification.status, statuses)))
    .orderBy(asc(rectification.dueOn));
}

export async function findRectification(db: TDbOrTx, scope: TOperatorScope, id: string) {
  const [row] = await selectRows(db).where(and(scopeCondition(db, scope), eq(rectification.id, id)));
  return row ? flatten(row) : null;
}

export async function rectificationsOfInspection(db: TDbOrTx, inspectionId: string) {
  return db.select().from(rectification).where(eq(rectification.inspectionId, inspectionId)).orderBy(asc(rectification.createdAt));
}

export async function insertRectifications(db: TDbOrTx, rows: (typeof rectification.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(rectification).values(rows).returning();
}

export async function updateRectificationVersioned(db: TDbOrTx, id: string, version: number, values: Partial<typeof rectification.$inferInsert>) {
  return updateVersioned(db, rectification, id, version, values);
}

/**
 * Marks newly overdue demands as escalated (bookkeeping: the version stays, so an answer in progress is not refused):
 * all of them for the hourly job (scope null), only those in the user's data scope when a user asks.
 */
export async function markEscalated(db: TDbOrTx, today: string, scope: TOperatorScope | null) {
  const where = [overdueCondition(today), isNull(rectification.escalatedAt)];
  if (scope) where.push(inArray(rectification.operatorId, db.select({ id: operator.id }).from(operator).where(scopeCondition(db, scope))));
  return db
    .update(rectification)
    .set({ escalatedAt: new Date() })
    .where(and(...where))
    .returning();
}

/** Outstanding demands of these operators (risk signals, three-shows). */
export async function outstandingOf(db: TDbOrTx, operatorIds: string[]) {
  if (operatorIds.length === 0) return [];
  return db
    .select()
    .from(rectification)
    .where(and(inArray(rectification.operatorId, operatorIds), or(inArray(rectification.status, OUTSTANDING), eq(rectification.status, 'answered'))));
}

/** One demand with its operator's name and its inspection's inspectors, by id alone (its notifications, after the commit). */
export async function findForNotice(db: TDbOrTx, id: string) {
  const [row] = await db
    .select({
      id: rectification.id,
      bureauId: rectification.bureauId,
      operatorId: rectification.operatorId,
      operatorName: operator.name,
      demand: rectification.demand,
      status: rectification.status,
      dueOn: rectification.dueOn,
      answeredAt: rectification.answeredAt,
      inspectorIds: inspection.inspectorIds,
    })
    .from(rectification)
    .innerJoin(operator, eq(operator.id, rectification.operatorId))
    .innerJoin(inspection, eq(inspection.id, rectification.inspectionId))
    .where(eq(rectification.id, id));
  return row;
}
