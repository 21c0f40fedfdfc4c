import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { TLeadListQuery } from '@shian/shared/lead';
import type { TDbOrTx } from '../../core/db/database.ts';
import { pageOf } from '../../core/db/paged.ts';
import { bumpVersion, updateVersioned } from '../../core/db/versioned.ts';
import { operator } from '../operator/operator.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { department, station, unit } from '../org/org.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { caseLead } from './lead.schema.ts';

export type TLeadRow = typeof caseLead.$inferSelect & {
  operatorName: string | null;
  assessedByName: string | null;
  extensionRequestedByName: string | null;
  handlingUnitName: string | null;
};

/**
 * A lead is in a user's scope when its operator is; a lead without an operator (an unlicensed business)
 * belongs to the unit handling it, and district scopes see it.
 */
function inScope(db: TDbOrTx, scope: TOperatorScope): SQL {
  const byOperator = scopeCondition(db, scope);
  if (scope.kind === 'district') return or(isNull(caseLead.operatorId), byOperator)!;
  if (scope.kind === 'station' && scope.stationId) return or(byOperator, eq(caseLead.handlingStationId, scope.stationId))!;
  return byOperator;
}

function conditions(db: TDbOrTx, bureauId: string, scope: TOperatorScope, query: Partial<TLeadListQuery>): SQL[] {
  const list: SQL[] = [eq(caseLead.bureauId, bureauId), inScope(db, scope)];
  if (query.source) list.push(eq(caseLead.source, query.source));
  if (query.status) list.push(eq(caseLead.status, query.status));
  if (query.operatorId) list.push(eq(caseLead.operatorId, query.operatorId));
  return list;
}

const nameOf = (id: AnyColumn) => sql<string | null>`(select ${appUser.displayName} from ${appUser} where ${appUser.id} = ${id})`;
const handlingUnitName = sql<string | null>`coalesce(
  (select ${station.name} from ${station} where ${station.id} = ${caseLead.handlingStationId}),
  (select ${department.name} from ${department} where ${department.id} = ${caseLead.handlingDepartmentId}))`;

function selectRows(db: TDbOrTx) {
  return db
    .select({
      lead: caseLead,
      operatorName: operator.name,
      assessedByName: nameOf(caseLead.assessedBy),
      extensionRequestedByName: nameOf(caseLead.extensionRequestedBy),
      handlingUnitName,
    })
    .from(caseLead)
    .leftJoin(operator, eq(operator.id, caseLead.operatorId));
}

type TSelected = Awaited<ReturnType<ReturnType<typeof selectRows>['execute']>>[number];
const flatten = ({ lead, ...rest }: TSelected): TLeadRow => ({ ...lead, ...rest });

/** The workbench's leads: not yet assessed, in the scope. */
export async function leadsToAssess(db: TDbOrTx, bureauId: string, scope: TOperatorScope) {
  return db
    .select({
      id: caseLead.id,
      operatorId: caseLead.operatorId,
      operatorName: operator.name,
      summary: caseLead.summary,
      assessDueOn: caseLead.assessDueOn,
      discoveredOn: caseLead.discoveredOn,
      extended: caseLead.extended,
    })
    .from(caseLead)
    .leftJoin(operator, eq(operator.id, caseLead.operatorId))
    .where(and(eq(caseLead.bureauId, bureauId), inScope(db, scope), eq(caseLead.status, 'new')))
    .orderBy(asc(caseLead.assessDueOn));
}

export async function listLeads(db: TDbOrTx, bureauId: string, scope: TOperatorScope, query: TLeadListQuery) {
  const { rows, total } = await pageOf(
    db,
    selectRows(db)
      .where(and(...conditions(db, bureauId, scope, query)))
      .$dynamic(),
    [desc(caseLead.discoveredOn), desc(caseLead.createdAt), asc(caseLead.id)],
    query,
  );
  return { rows: rows.map(flatten), total };
}

export async function findLead(db: TDbOrTx, bureauId: string, scope: TOperatorScope, id: string): Promise<TLeadRow | null> {
  const [row] = await selectRows(db).where(and(...conditions(db, bureauId, scope, {}), eq(caseLead.id, id)));
  return row ? flatten(row) : null;
}

/**
 * Leads that may break a must as of `today` (a superset: brokenMusts() decides), oldest first.
 * Mirrors the rules of brokenMusts in @shian/shared/lead.
 */
export async function mustCandidates(db: TDbOrTx, bureauId: string, scope: TOperatorScope, today: string, transferDays: number): Promise<TLeadRow[]> {
  const rows = await selectRows(db)
    .where(
      and(
        ...conditions(db, bureauId, scope, {}),
        or(
          and(isNull(caseLead.assessedOn), lt(caseLead.assessDueOn, today)),
          sql`${caseLead.assessedOn} > ${caseLead.assessDueOn}`,
          and(eq(caseLead.assessment, 'file'), sql`coalesce(${caseLead.filedOn}, ${today}::date) > ${caseLead.assessDueOn}`),
          and(isNotNull(caseLead.suspectedCrimeOn), sql`coalesce(${caseLead.policeTransferredOn}, ${today}::date) > ${caseLead.suspectedCrimeOn} + ${transferDays}::int`),
          and(isNotNull(caseLead.policeTransferredOn), isNull(caseLead.policeReceiptOn)),
        ),
      ),
    )
    .orderBy(asc(caseLead.assessDueOn), asc(caseLead.id));
  return rows.map(flatten);
}

/** Leads discovered in [from, to] with the unit they count for: the handling unit, else the jurisdiction's station. */
export async function leadsOfPeriod(db: TDbOrTx, bureauId: string, scope: TOperatorScope, from: string, to: string) {
  return db
    .select({
      lead: caseLead,
      jurisdictionStationId: unit.stationId,
    })
    .from(caseLead)
    .leftJoin(operator, eq(operator.id, caseLead.operatorId))
    .leftJoin(unit, eq(unit.code, operator.unitCode))
    .where(and(...conditions(db, bureauId, scope, {}), gte(caseLead.discoveredOn, from), lte(caseLead.discoveredOn, to)));
}

/** The new lead, or null when its source already has one. */
export async function insertLead(db: TDbOrTx, values: typeof caseLead.$inferInsert) {
  const [row] = await db.insert(caseLead).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function updateLeadVersioned(db: TDbOrTx, id: string, version: number, values: Partial<typeof caseLead.$inferInsert>) {
  return updateVersioned(db, caseLead, id, version, values);
}

/** A change the case drives (filing approved, crime suspected): it applies whatever the lead's version. */
export async function updateLead(db: TDbOrTx, id: string, values: Partial<typeof caseLead.$inferInsert>) {
  const [row] = await db
    .update(caseLead)
    .set({ ...values, ...bumpVersion(caseLead) })
    .where(eq(caseLead.id, id))
    .returning();
  return row ?? null;
}

export async function leadsByIds(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(caseLead).where(inArray(caseLead.id, ids));
}

export async function leadsWithoutDueDate(db: TDbOrTx) {
  return db.select({ id: caseLead.id, discoveredOn: caseLead.discoveredOn, extended: caseLead.extended }).from(caseLead).where(isNull(caseLead.assessDueOn));
}

export async function setDueDate(db: TDbOrTx, id: string, assessDueOn: string) {
  await db
    .update(caseLead)
    .set({ assessDueOn })
    .where(and(eq(caseLead.id, id), isNull(caseLead.assessDueOn)));
}
