import { and, asc, eq, exists, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { TSessionUser } from '../../core/access.ts';
import { saveBureauSetting } from '../../core/db/bureau-setting.ts';
import type { TDisposalListQuery } from '@shian/shared/disposal';
import type { TDbOrTx } from '../../core/db/database.ts';
import { toInt } from '../../core/db/database.ts';
import { pageOf } from '../../core/db/paged.ts';
import { bumpVersion, updateVersioned } from '../../core/db/versioned.ts';
import { operator } from '../operator/operator.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { station, unit } from '../org/org.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { sample } from '../sampling/sampling.schema.ts';
import { disposal, disposalClockSetting, disposalStep } from './disposal.schema.ts';

export type TDisposalRow = typeof disposal.$inferSelect;
export type TDisposalListRow = TDisposalRow & { operatorName: string; sampleNo: string; productName: string; stepOverdue: boolean };
export type TDisposalStepRow = typeof disposalStep.$inferSelect & { doneByName: string | null };

const stepOverdue = (today: string) =>
  exists(sql`(select 1 from ${disposalStep} where ${disposalStep.disposalId} = ${disposal.id} and ${disposalStep.status} = 'open' and ${disposalStep.dueOn} < ${today})`);

/** Open, with a clock or a step past its date (the due date itself is still in time). */
export const overdueCondition = (today: string) =>
  and(eq(disposal.status, 'open'), or(and(isNull(disposal.deliveredAt), lt(disposal.deliverDueOn, today)), lt(disposal.completeDueOn, today), stepOverdue(today)))!;

function conditions(db: TDbOrTx, scope: TOperatorScope, query: Omit<TDisposalListQuery, 'page' | 'pageSize'>, today: string): SQL[] {
  const list: SQL[] = [scopeCondition(db, scope)];
  // A business sees its disposal once the result has been delivered to it.
  if (scope.kind === 'operator') list.push(isNotNull(disposal.deliveredAt));
  if (query.status) list.push(eq(disposal.status, query.status));
  if (query.overdue === 'true') list.push(overdueCondition(today));
  if (query.overdue === 'false') list.push(sql`not (${overdueCondition(today)})`);
  if (query.operatorId) list.push(eq(disposal.operatorId, query.operatorId));
  if (query.sampleId) list.push(eq(disposal.sampleId, query.sampleId));
  return list;
}

function selectRows(db: TDbOrTx, today: string) {
  return db
    .select({
      disposal,
      operatorName: operator.name,
      sampleNo: sample.sampleNo,
      productName: sample.productName,
      stepOverdue: sql<boolean>`${stepOverdue(today)}`.mapWith(Boolean),
    })
    .from(disposal)
    .innerJoin(operator, eq(operator.id, disposal.operatorId))
    .innerJoin(sample, eq(sample.id, disposal.sampleId));
}

type TSelected = Awaited<ReturnType<ReturnType<typeof selectRows>['execute']>>[number];
const flatten = ({ disposal: d, ...rest }: TSelected): TDisposalListRow => ({ ...d, ...rest });

/**
 * The workbench's disposal clocks in the scope: open disposals not yet delivered (deliverDueOn), their open
 * steps with a due date, and delivered ones the business has not acknowledged (objectionDueOn).
 */
export async function openDisposalClocks(db: TDbOrTx, scope: TOperatorScope) {
  const columns = { id: disposal.id, operatorId: disposal.operatorId, operatorName: operator.name };
  const open = and(scopeCondition(db, scope), eq(disposal.status, 'open'));
  const [undelivered, unacknowledged, steps] = await Promise.all([
    db
      .select({ ...columns, dueOn: disposal.deliverDueOn })
      .from(disposal)
      .innerJoin(operator, eq(operator.id, disposal.operatorId))
      .where(and(open, isNull(disposal.deliveredAt))),
    db
      .select({ ...columns, dueOn: disposal.objectionDueOn })
      .from(disposal)
      .innerJoin(operator, eq(operator.id, disposal.operatorId))
      .where(and(open, isNotNull(disposal.deliveredAt), isNull(disposal.acknowledgedAt))),
    db
      .select({ ...columns, dueOn: disposalStep.dueOn, kind: disposalStep.kind })
      .from(disposalStep)
      .innerJoin(disposal, eq(disposal.id, disposalStep.disposalId))
      .innerJoin(operator, eq(operator.id, disposal.operatorId))
      .where(and(open, eq(disposalStep.status, 'open'), isNotNull(disposalStep.dueOn))),
  ]);
  return { undelivered, unacknowledged, steps: steps.map((s) => ({ ...s, dueOn: s.dueOn! })) };
}

export async function listDisposals(db: TDbOrTx, scope: TOperatorScope, query: TDisposalListQuery, today: string) {
  const { rows, total } = await pageOf(
    db,
    selectRows(db, today)
      .where(and(...conditions(db, scope, query, today)))
      .$dynamic(),
    [asc(disposal.status), asc(disposal.completeDueOn), asc(disposal.id)],
    query,
  );
  return { rows: rows.map(flatten), total };
}

export async function findDisposal(db: TDbOrTx, scope: TOperatorScope, id: string, today: string) {
  const [row] = await selectRows(db, today).where(and(...conditions(db, scope, {}, today), eq(disposal.id, id)));
  return row ? flatten(row) : null;
}

export async function findBySample(db: TDbOrTx, sampleId: string) {
  const [row] = await db.select().from(disposal).where(eq(disposal.sampleId, sampleId));
  return row ?? null;
}

/** What a notification names of a disposal (disposal.notifications.ts): unscoped, the producer picks the recipients. */
export async function findForNotice(db: TDbOrTx, id: string) {
  const [row] = await db
    .select({
      id: disposal.id,
      bureauId: disposal.bureauId,
      operatorId: disposal.operatorId,
      operatorName: operator.name,
      productName: sample.productName,
      sampleNo: sample.sampleNo,
      acknowledgedAt: disposal.acknowledgedAt,
      objection: disposal.objection,
    })
    .from(disposal)
    .innerJoin(operator, eq(operator.id, disposal.operatorId))
    .innerJoin(sample, eq(sample.id, disposal.sampleId))
    .where(eq(disposal.id, id));
  return row ?? null;
}

export async function findSample(db: TDbOrTx, sampleId: string) {
  const [row] = await db.select().from(sample).where(eq(sample.id, sampleId));
  return row ?? null;
}

export async function stepsOf(db: TDbOrTx, disposalId: string): Promise<TDisposalStepRow[]> {
  const rows = await db
    .select({ step: disposalStep, doneByName: appUser.displayName })
    .from(disposalStep)
    .leftJoin(appUser, eq(appUser.id, disposalStep.doneBy))
    .where(eq(disposalStep.disposalId, disposalId))
    .orderBy(asc(disposalStep.createdAt), asc(disposalStep.id));
  return rows.map((r) => ({ ...r.step, doneByName: r.doneByName }));
}

/** Inserts the disposal unless the sample already has one (null then). */
export async function insertDisposal(db: TDbOrTx, values: typeof disposal.$inferInsert) {
  const [row] = await db.insert(disposal).values(values).onConflictDoNothing({ target: disposal.sampleId }).returning();
  return row ?? null;
}

export async function insertSteps(db: TDbOrTx, rows: (typeof disposalStep.$inferInsert)[]) {
  return db.insert(disposalStep).values(rows).returning();
}

export async function updateDisposalVersioned(db: TDbOrTx, id: string, version: number, values: Partial<typeof disposal.$inferInsert>) {
  return updateVersioned(db, disposal, id, version, values);
}

export async function updateStepVersioned(db: TDbOrTx, id: string, version: number, values: Partial<typeof disposalStep.$inferInsert>) {
  return updateVersioned(db, disposalStep, id, version, values);
}

export async function markNotifyDone(db: TDbOrTx, disposalId: string, userId: string, detail: string) {
  await db
    .update(disposalStep)
    .set({ status: 'done', detail, doneAt: new Date(), doneBy: userId, ...bumpVersion(disposalStep) })
    .where(and(eq(disposalStep.disposalId, disposalId), eq(disposalStep.kind, 'notify'), eq(disposalStep.status, 'open')));
}

/**
 * Marks newly overdue disposals as escalated (bookkeeping: the version stays): all of them for the hourly job
 * (scope null), only those in the user's data scope when a user asks.
 */
export async function markEscalated(db: TDbOrTx, today: string, scope: TOperatorScope | null) {
  const where = [overdueCondition(today), isNull(disposal.escalatedAt)];
  if (scope) where.push(inArray(disposal.operatorId, db.select({ id: operator.id }).from(operator).where(scopeCondition(db, scope))));
  return db
    .update(disposal)
    .set({ escalatedAt: new Date() })
    .where(and(...where))
    .returning();
}

/** Open disposals of these operators (risk signals). */
export async function openOf(db: TDbOrTx, operatorIds: string[]) {
  if (operatorIds.length === 0) return [];
  return db
    .select()
    .from(disposal)
    .where(and(inArray(disposal.operatorId, operatorIds), eq(disposal.status, 'open')));
}

export async function findClockSetting(db: TDbOrTx, bureauId: string) {
  const [row] = await db
    .select({ setting: disposalClockSetting, updatedByName: appUser.displayName })
    .from(disposalClockSetting)
    .leftJoin(appUser, eq(appUser.id, disposalClockSetting.updatedBy))
    .where(eq(disposalClockSetting.bureauId, bureauId));
  return row ?? null;
}

type TClockValues = Pick<typeof disposalClockSetting.$inferInsert, 'deliverWorkingDays' | 'objectionWorkingDays' | 'completeDays' | 'updatedBy'>;

/** Saves the bureau's clocks at the version the edit was made on (0: the first save), audited. */
export function saveClockSetting(db: TDbOrTx, user: TSessionUser, version: number, values: TClockValues) {
  return saveBureauSetting(db, disposalClockSetting, 'disposal_clock_setting', user, version, values);
}

/** Open disposals in scope per station of the operator's unit, and the overdue among them. */
export async function openByStation(db: TDbOrTx, scope: TOperatorScope, today: string) {
  return db
    .select({
      stationId: station.id,
      stationName: station.name,
      open: sql<number>`count(*)`.mapWith(toInt),
      overdue: sql<number>`count(*) filter (where ${overdueCondition(today)})`.mapWith(toInt),
    })
    .from(disposal)
    .innerJoin(operator, eq(operator.id, disposal.operatorId))
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .innerJoin(station, eq(station.id, unit.stationId))
    .where(and(scopeCondition(db, scope), eq(disposal.status, 'open')))
    .groupBy(station.id, station.name)
    .orderBy(asc(station.name));
}
