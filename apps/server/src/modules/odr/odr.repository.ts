import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { TOdrEnrolmentListQuery } from '@shian/shared/odr';
import type { TDbOrTx } from '../../core/db/database.ts';
import { toInt } from '../../core/db/database.ts';
import { pageOf } from '../../core/db/paged.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { operator } from '../operator/operator.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { unit } from '../org/org.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { odrEnrolment, odrNegotiation } from './odr.schema.ts';

export type TEnrolmentRow = typeof odrEnrolment.$inferSelect & {
  operatorName: string;
  unitName: string;
  counts: { total: number; open: number; overdue: number; settled: number; failed: number };
};
export type TNegotiationRow = typeof odrNegotiation.$inferSelect & { closedByName: string | null };

function selectRows(db: TDbOrTx, today: string) {
  const count = (where: SQL) => sql`(select count(*) from ${odrNegotiation} where ${odrNegotiation.enrolmentId} = ${odrEnrolment.id} and ${where})`;
  return db
    .select({
      enrolment: odrEnrolment,
      operatorName: operator.name,
      unitName: unit.name,
      total: count(sql`true`),
      open: count(sql`${odrNegotiation.status} = 'negotiating'`),
      overdue: count(sql`${odrNegotiation.status} = 'negotiating' and ${odrNegotiation.dueOn} < ${today}`),
      settled: count(sql`${odrNegotiation.status} = 'settled'`),
      failed: count(sql`${odrNegotiation.status} = 'failed'`),
    })
    .from(odrEnrolment)
    .innerJoin(operator, eq(operator.id, odrEnrolment.operatorId))
    .innerJoin(unit, eq(unit.code, operator.unitCode));
}

type TSelected = Awaited<ReturnType<ReturnType<typeof selectRows>['execute']>>[number];
const flatten = (r: TSelected): TEnrolmentRow => ({
  ...r.enrolment,
  operatorName: r.operatorName,
  unitName: r.unitName,
  counts: { total: toInt(r.total), open: toInt(r.open), overdue: toInt(r.overdue), settled: toInt(r.settled), failed: toInt(r.failed) },
});

function conditions(db: TDbOrTx, scope: TOperatorScope, query: Partial<TOdrEnrolmentListQuery>): SQL[] {
  const list = [scopeCondition(db, scope)];
  if (query.status) list.push(eq(odrEnrolment.status, query.status));
  return list;
}

export async function listEnrolments(db: TDbOrTx, scope: TOperatorScope, query: TOdrEnrolmentListQuery, today: string) {
  const { rows, total } = await pageOf(
    db,
    selectRows(db, today)
      .where(and(...conditions(db, scope, query)))
      .$dynamic(),
    [asc(odrEnrolment.status), desc(odrEnrolment.invitedAt), asc(odrEnrolment.id)],
    query,
  );
  return { rows: rows.map(flatten), total };
}

export async function findEnrolment(db: TDbOrTx, scope: TOperatorScope, id: string, today: string) {
  const [row] = await selectRows(db, today).where(and(scopeCondition(db, scope), eq(odrEnrolment.id, id)));
  return row ? flatten(row) : null;
}

/** The live (not withdrawn) enrolments of these operators. */
export async function liveEnrolmentsOf(db: TDbOrTx, operatorIds: string[]) {
  if (operatorIds.length === 0) return [];
  return db
    .select({ id: odrEnrolment.id, operatorId: odrEnrolment.operatorId, status: odrEnrolment.status })
    .from(odrEnrolment)
    .where(and(inArray(odrEnrolment.operatorId, operatorIds), ne(odrEnrolment.status, 'withdrawn')));
}

/** Null when the business already has a live enrolment (the partial unique index). */
export async function insertEnrolment(db: TDbOrTx, values: typeof odrEnrolment.$inferInsert) {
  const [row] = await db.insert(odrEnrolment).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function updateEnrolmentVersioned(db: TDbOrTx, id: string, version: number, values: Partial<typeof odrEnrolment.$inferInsert>) {
  return updateVersioned(db, odrEnrolment, id, version, values);
}

export async function negotiationsOf(db: TDbOrTx, enrolmentId: string): Promise<TNegotiationRow[]> {
  const rows = await db
    .select({ negotiation: odrNegotiation, closedByName: appUser.displayName })
    .from(odrNegotiation)
    .leftJoin(appUser, eq(appUser.id, odrNegotiation.closedBy))
    .where(eq(odrNegotiation.enrolmentId, enrolmentId))
    .orderBy(desc(odrNegotiation.startedOn), asc(odrNegotiation.id));
  return rows.map((r) => ({ ...r.negotiation, closedByName: r.closedByName }));
}

/** Every complaint this business has had in negotiation, whatever the outcome. */
export async function negotiatedComplaintIds(db: TDbOrTx, operatorId: string) {
  const rows = await db.select({ id: odrNegotiation.complaintId }).from(odrNegotiation).where(eq(odrNegotiation.operatorId, operatorId));
  return new Set(rows.map((r) => r.id));
}

export async function findNegotiation(db: TDbOrTx, scope: TOperatorScope, id: string) {
  const [row] = await db
    .select({ negotiation: odrNegotiation })
    .from(odrNegotiation)
    .innerJoin(operator, eq(operator.id, odrNegotiation.operatorId))
    .where(and(scopeCondition(db, scope), eq(odrNegotiation.id, id)));
  return row?.negotiation ?? null;
}

/** Null when the complaint is already in negotiation (one per complaint). */
export async function insertNegotiation(db: TDbOrTx, values: typeof odrNegotiation.$inferInsert) {
  const [row] = await db.insert(odrNegotiation).values(values).onConflictDoNothing({ target: odrNegotiation.complaintId }).returning();
  return row ?? null;
}

export async function updateNegotiationVersioned(db: TDbOrTx, id: string, version: number, values: Partial<typeof odrNegotiation.$inferInsert>) {
  return updateVersioned(db, odrNegotiation, id, version, values);
}
