import { and, asc, desc, eq, gte, ilike, inArray, isNotNull, isNull, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TListEntryListQuery, TRepairListQuery } from '@shian/shared/credit';
import type { TDbOrTx } from '../../core/db/database.ts';
import { pageOf, type TPageQuery } from '../../core/db/paged.ts';
import { escapeLike } from '../../core/db/escape-like.ts';
import { bumpVersion, updateVersioned } from '../../core/db/versioned.ts';
import { operator } from '../operator/operator.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { bureau } from '../org/org.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { creditListEntry, creditRepair } from './credit.schema.ts';

export type TEntryRow = typeof creditListEntry.$inferSelect;
export type TEntryListRow = TEntryRow & {
  operatorName: string;
  uscc: string;
  authority: string;
  proposedByName: string | null;
  decidedByName: string | null;
};
export type TRepairRow = typeof creditRepair.$inferSelect;
export type TRepairListRow = TRepairRow & { operatorName: string; submittedByName: string | null; handledByName: string | null };

const proposer = alias(appUser, 'proposer');
const decider = alias(appUser, 'decider');

/** A business sees the decisions about it, not the proposals inside the bureau. */
const decidedOnly = inArray(creditListEntry.status, ['listed', 'exited']);

/** What the public sees: decided and published; a listing whose penalty was revoked is revoked itself (art. 19). */
const publicEntries = [decidedOnly, isNotNull(creditListEntry.publishedAt), or(isNull(creditListEntry.exitReason), ne(creditListEntry.exitReason, 'penalty_revoked'))!];

function entryConditions(db: TDbOrTx, scope: TOperatorScope, query: Partial<TListEntryListQuery>): SQL[] {
  const list: SQL[] = [scopeCondition(db, scope)];
  if (scope.kind === 'operator') list.push(decidedOnly);
  if (query.status) list.push(eq(creditListEntry.status, query.status));
  if (query.operatorId) list.push(eq(creditListEntry.operatorId, query.operatorId));
  return list;
}

function selectEntries(db: TDbOrTx) {
  return db
    .select({
      entry: creditListEntry,
      operatorName: operator.name,
      uscc: operator.uscc,
      authority: bureau.name,
      proposedByName: proposer.displayName,
      decidedByName: decider.displayName,
    })
    .from(creditListEntry)
    .innerJoin(operator, eq(operator.id, creditListEntry.operatorId))
    .innerJoin(bureau, eq(bureau.id, creditListEntry.bureauId))
    .leftJoin(proposer, eq(proposer.id, creditListEntry.proposedBy))
    .leftJoin(decider, eq(decider.id, creditListEntry.decidedBy));
}

type TSelectedEntry = Awaited<ReturnType<ReturnType<typeof selectEntries>['execute']>>[number];
const flattenEntry = ({ entry, ...rest }: TSelectedEntry): TEntryListRow => ({ ...entry, ...rest });

const STATUS_ORDER = sql`case ${creditListEntry.status} when 'proposed' then 0 when 'listed' then 1 when 'exited' then 2 else 3 end`;

/**
 * The workbench's credit clocks in the scope: listings decided but not yet published (publishDueOn) and
 * repairs to accept (acceptDueOn) or decide (decideDueOn).
 */
export async function creditClocks(db: TDbOrTx, scope: TOperatorScope) {
  const [unpublished, repairs] = await Promise.all([
    db
      .select({ id: creditListEntry.id, operatorId: creditListEntry.operatorId, operatorName: operator.name, dueOn: creditListEntry.publishDueOn })
      .from(creditListEntry)
      .innerJoin(operator, eq(operator.id, creditListEntry.operatorId))
      .where(and(scopeCondition(db, scope), eq(creditListEntry.status, 'listed'), isNull(creditListEntry.publishedAt), isNotNull(creditListEntry.publishDueOn))),
    db
      .select({
        entryId: creditRepair.entryId,
        operatorId: creditRepair.operatorId,
        operatorName: operator.name,
        status: creditRepair.status,
        acceptDueOn: creditRepair.acceptDueOn,
        decideDueOn: creditRepair.decideDueOn,
      })
      .from(creditRepair)
      .innerJoin(operator, eq(operator.id, creditRepair.operatorId))
      .where(and(scopeCondition(db, scope), inArray(creditRepair.status, ['submitted', 'accepted']))),
  ]);
  return { unpublished: unpublished.map((r) => ({ ...r, dueOn: r.dueOn! })), repairs };
}

export async function listEntries(db: TDbOrTx, scope: TOperatorScope, query: TListEntryListQuery) {
  const { rows, total } = await pageOf(
    db,
    selectEntries(db)
      .where(and(...entryConditions(db, scope, query)))
      .$dynamic(),
    [STATUS_ORDER, desc(creditListEntry.proposedAt), asc(creditListEntry.id)],
    query,
  );
  return { rows: rows.map(flattenEntry), total };
}

export async function findEntry(db: TDbOrTx, scope: TOperatorScope, id: string) {
  const [row] = await selectEntries(db).where(and(...entryConditions(db, scope, {}), eq(creditListEntry.id, id)));
  return row ? flattenEntry(row) : null;
}

/** Entries of these operators, newest first; decided ones only, or published ones only (the public). */
export async function entriesOf(db: TDbOrTx, operatorIds: string[], options: { decidedOnly: boolean; publishedOnly: boolean }) {
  if (operatorIds.length === 0) return [];
  const conditions: SQL[] = [inArray(creditListEntry.operatorId, operatorIds)];
  if (options.publishedOnly) conditions.push(...publicEntries);
  else if (options.decidedOnly) conditions.push(decidedOnly);
  const rows = await selectEntries(db)
    .where(and(...conditions))
    .orderBy(desc(sql`coalesce(${creditListEntry.listedOn}, ${creditListEntry.proposedAt}::date)`), desc(creditListEntry.proposedAt));
  return rows.map(flattenEntry);
}

/** Whether a proposal or listing for this penalty decision is live (the unique index allows one). */
export async function liveEntryExists(db: TDbOrTx, operatorId: string, penaltyDecisionNo: string) {
  const [row] = await db
    .select({ id: creditListEntry.id })
    .from(creditListEntry)
    .where(and(eq(creditListEntry.operatorId, operatorId), eq(creditListEntry.penaltyDecisionNo, penaltyDecisionNo), inArray(creditListEntry.status, ['proposed', 'listed'])))
    .limit(1);
  return Boolean(row);
}

export async function insertEntry(db: TDbOrTx, values: typeof creditListEntry.$inferInsert) {
  const [row] = await db.insert(creditListEntry).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function updateEntryVersioned(db: TDbOrTx, id: string, version: number, values: Partial<typeof creditListEntry.$inferInsert>) {
  return updateVersioned(db, creditListEntry, id, version, values);
}

/**
 * Ends every listing whose last day is before `today` (办法 art. 21), dated the day after its last day
 * whenever the job runs. Only `listed` rows change, so running it twice changes nothing more.
 */
export async function expireEntries(db: TDbOrTx, today: string, bureauId: string | null) {
  const where = [eq(creditListEntry.status, 'listed'), lt(creditListEntry.lastDay, today)];
  if (bureauId) where.push(eq(creditListEntry.bureauId, bureauId));
  return db
    .update(creditListEntry)
    .set({
      status: 'exited',
      exitReason: 'expired',
      exitedOn: sql`(${creditListEntry.lastDay} + 1)`,
      ...bumpVersion(creditListEntry),
    })
    .where(and(...where))
    .returning();
}

/** Pending applications of entries that left the list before a decision: nothing is left to decide. */
export async function lapseRepairsOf(db: TDbOrTx, entryIds: string[]) {
  if (entryIds.length === 0) return [];
  return db
    .update(creditRepair)
    .set({ status: 'lapsed', ...bumpVersion(creditRepair) })
    .where(and(inArray(creditRepair.entryId, entryIds), inArray(creditRepair.status, ['submitted', 'accepted'])))
    .returning();
}

/** Listings in force on `asOf` (risk signals). */
export async function listedOn(db: TDbOrTx, operatorIds: string[], asOf: string) {
  if (operatorIds.length === 0) return [];
  return db
    .select()
    .from(creditListEntry)
    .where(and(inArray(creditListEntry.operatorId, operatorIds), eq(creditListEntry.status, 'listed'), lte(creditListEntry.listedOn, asOf)));
}

/** Decided entries in scope listed or ended in [from, to] (the national export). */
export async function entriesForExport(db: TDbOrTx, scope: TOperatorScope, from: string, to: string) {
  const inRange = (column: typeof creditListEntry.listedOn | typeof creditListEntry.exitedOn) => and(gte(column, from), lte(column, to));
  const rows = await selectEntries(db)
    .where(and(scopeCondition(db, scope), decidedOnly, or(inRange(creditListEntry.listedOn), inRange(creditListEntry.exitedOn))))
    .orderBy(asc(creditListEntry.listedOn), asc(creditListEntry.id));
  return rows.map(flattenEntry);
}

// ---- repairs

const submitter = alias(appUser, 'submitter');
const handler = alias(appUser, 'handler');

function selectRepairs(db: TDbOrTx) {
  return db
    .select({ repair: creditRepair, operatorName: operator.name, submittedByName: submitter.displayName, handledByName: handler.displayName })
    .from(creditRepair)
    .innerJoin(operator, eq(operator.id, creditRepair.operatorId))
    .leftJoin(submitter, eq(submitter.id, creditRepair.submittedBy))
    .leftJoin(handler, eq(handler.id, creditRepair.handledBy));
}
type TSelectedRepair = Awaited<ReturnType<ReturnType<typeof selectRepairs>['execute']>>[number];
const flattenRepair = ({ repair, ...rest }: TSelectedRepair): TRepairListRow => ({ ...repair, ...rest });

function repairConditions(db: TDbOrTx, scope: TOperatorScope, query: Partial<TRepairListQuery>): SQL[] {
  const list = [scopeCondition(db, scope)];
  if (query.status) list.push(eq(creditRepair.status, query.status));
  return list;
}

const REPAIR_ORDER = sql`case ${creditRepair.status} when 'submitted' then 0 when 'accepted' then 1 else 2 end`;

export async function listRepairs(db: TDbOrTx, scope: TOperatorScope, query: TRepairListQuery) {
  const { rows, total } = await pageOf(
    db,
    selectRepairs(db)
      .where(and(...repairConditions(db, scope, query)))
      .$dynamic(),
    [REPAIR_ORDER, desc(creditRepair.submittedAt), asc(creditRepair.id)],
    query,
  );
  return { rows: rows.map(flattenRepair), total };
}

export async function findRepair(db: TDbOrTx, scope: TOperatorScope, id: string) {
  const [row] = await selectRepairs(db).where(and(scopeCondition(db, scope), eq(creditRepair.id, id)));
  return row ? flattenRepair(row) : null;
}

export async function repairsOf(db: TDbOrTx, entryIds: string[]) {
  if (entryIds.length === 0) return [];
  const rows = await selectRepairs(db).where(inArray(creditRepair.entryId, entryIds)).orderBy(desc(creditRepair.submittedAt));
  return rows.map(flattenRepair);
}

/** Null when another application of the entry is still pending. */
export async function insertRepair(db: TDbOrTx, values: typeof creditRepair.$inferInsert) {
  const [row] = await db.insert(creditRepair).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function updateRepairVersioned(db: TDbOrTx, id: string, version: number, values: Partial<typeof creditRepair.$inferInsert>) {
  return updateVersioned(db, creditRepair, id, version, values, ne(creditRepair.status, 'lapsed'));
}

/**
 * Published listings (the public portal's search) of operators with a public page, by a part of the name or
 * the credit code; the latest listing first.
 */
export async function searchPublicEntries(db: TDbOrTx, q: string, page: TPageQuery) {
  const code = q.replace(/\s+/g, '').toUpperCase();
  const select = db
    .select({
      operatorId: operator.id,
      operatorName: operator.name,
      uscc: operator.uscc,
      status: creditListEntry.status,
      listedOn: creditListEntry.listedOn,
      grounds: creditListEntry.grounds,
    })
    .from(creditListEntry)
    .innerJoin(operator, eq(operator.id, creditListEntry.operatorId))
    .where(and(...publicEntries, ne(operator.status, 'deactivated'), or(ilike(operator.name, `%${escapeLike(q)}%`), eq(operator.uscc, code))))
    .$dynamic();
  return pageOf(db, select, [desc(creditListEntry.listedOn), asc(operator.name), asc(creditListEntry.id)], page);
}
