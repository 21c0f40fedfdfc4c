import { and, asc, desc, eq, gte, ilike, inArray, isNotNull, isNull, lte, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { TCaseListQuery } from '@shian/shared/enforcement-case';
import { insertOne } from '../../core/db/insert-one.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { toInt } from '../../core/db/database.ts';
import { paged, pageOf } from '../../core/db/paged.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { escapeLike } from '../../core/db/escape-like.ts';
import { storedFile } from '../../core/files/file.schema.ts';
import { operator } from '../operator/operator.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { department, station } from '../org/org.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { caseLead } from '../lead/lead.schema.ts';
import { caseEvidence, caseStep, enforcementCase } from './enforcement-case.schema.ts';

export type TCaseRow = typeof enforcementCase.$inferSelect;
export type TCaseValues = Partial<typeof enforcementCase.$inferInsert>;
export type TCaseListRow = TCaseRow & { handlingUnitName: string | null; online: boolean };
export type TCaseDetailRow = TCaseListRow & {
  filedByName: string | null;
  extensionRequestedByName: string | null;
  leadSummary: string;
  leadSource: string;
  leadDiscoveredOn: string;
  assessmentReason: string | null;
};

/**
 * A case is in a user's scope when its operator is; a case against an unregistered party belongs to the
 * unit handling it, and district scopes see it. A business sees only its own operator's cases.
 */
function inScope(db: TDbOrTx, scope: TOperatorScope): SQL {
  const byOperator = scopeCondition(db, scope);
  if (scope.kind === 'district') return or(isNull(enforcementCase.operatorId), byOperator)!;
  if (scope.kind === 'station' && scope.stationId) return or(byOperator, eq(enforcementCase.handlingStationId, scope.stationId))!;
  return byOperator;
}

/**
 * The workbench's case clocks in the scope: cases under investigation or notified, to decide by
 * decisionDueOn, and decided cases whose penalty is not yet published, by publicationDueOn.
 */
export async function openCaseClocks(db: TDbOrTx, scope: TOperatorScope) {
  const columns = { id: enforcementCase.id, operatorId: enforcementCase.operatorId, operatorName: operator.name, partyName: enforcementCase.partyName };
  const [toDecide, toPublish] = await Promise.all([
    db
      .select({ ...columns, dueOn: enforcementCase.decisionDueOn })
      .from(enforcementCase)
      .leftJoin(operator, eq(operator.id, enforcementCase.operatorId))
      .where(
        and(
          eq(enforcementCase.bureauId, scope.bureauId),
          inScope(db, scope),
          inArray(enforcementCase.status, ['investigating', 'notified']),
          isNotNull(enforcementCase.decisionDueOn),
        ),
      ),
    db
      .select({ ...columns, dueOn: enforcementCase.publicationDueOn })
      .from(enforcementCase)
      .leftJoin(operator, eq(operator.id, enforcementCase.operatorId))
      .where(and(eq(enforcementCase.bureauId, scope.bureauId), inScope(db, scope), isNotNull(enforcementCase.publicationDueOn), isNull(enforcementCase.publishedOn))),
  ]);
  const dated = (rows: typeof toDecide) => rows.map((r) => ({ ...r, dueOn: r.dueOn! }));
  return { toDecide: dated(toDecide), toPublish: dated(toPublish) };
}

/**
 * Cases waiting for a head's approval, each with the clock the approval runs against: a filing by the lead's
 * deadline to decide whether to file, a decision or an extension by the case's decision deadline.
 */
export async function awaitingApproval(db: TDbOrTx, scope: TOperatorScope) {
  const rows = await db
    .select({
      id: enforcementCase.id,
      operatorId: enforcementCase.operatorId,
      operatorName: operator.name,
      partyName: enforcementCase.partyName,
      status: enforcementCase.status,
      extension: isNotNull(enforcementCase.extensionRequestedBy).mapWith(Boolean),
      dueOn: sql<string | null>`case when ${enforcementCase.status} = 'filing_pending' then ${caseLead.assessDueOn} else ${enforcementCase.decisionDueOn} end`,
    })
    .from(enforcementCase)
    .innerJoin(caseLead, eq(caseLead.id, enforcementCase.leadId))
    .leftJoin(operator, eq(operator.id, enforcementCase.operatorId))
    .where(
      and(
        eq(enforcementCase.bureauId, scope.bureauId),
        inScope(db, scope),
        or(inArray(enforcementCase.status, ['filing_pending', 'decision_pending']), isNotNull(enforcementCase.extensionRequestedBy)),
      ),
    );
  return rows.flatMap((r) => (r.dueOn ? [{ ...r, dueOn: r.dueOn }] : []));
}

function conditions(db: TDbOrTx, bureauId: string, scope: TOperatorScope, query: Partial<TCaseListQuery>): SQL[] {
  const list: SQL[] = [eq(enforcementCase.bureauId, bureauId), inScope(db, scope)];
  if (query.status) list.push(eq(enforcementCase.status, query.status));
  if (query.operatorId) list.push(eq(enforcementCase.operatorId, query.operatorId));
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    list.push(or(ilike(enforcementCase.partyName, like), ilike(enforcementCase.cause, like), ilike(enforcementCase.caseNo, like))!);
  }
  return list;
}

/** No step was entered afterwards from paper. */
const onlineSql = sql<boolean>`not exists (select 1 from ${caseStep} where ${caseStep.caseId} = ${enforcementCase.id} and ${caseStep.online} = false)`;
const nameOf = (id: AnyColumn) => sql<string | null>`(select ${appUser.displayName} from ${appUser} where ${appUser.id} = ${id})`;
const handlingUnitName = sql<string | null>`coalesce(
  (select ${station.name} from ${station} where ${station.id} = ${enforcementCase.handlingStationId}),
  (select ${department.name} from ${department} where ${department.id} = ${enforcementCase.handlingDepartmentId}))`;

function selectList(db: TDbOrTx) {
  return db
    .select({ c: enforcementCase, handlingUnitName, online: onlineSql.mapWith(Boolean) })
    .from(enforcementCase)
    .leftJoin(operator, eq(operator.id, enforcementCase.operatorId));
}

export async function listCases(db: TDbOrTx, bureauId: string, scope: TOperatorScope, query: TCaseListQuery) {
  const { rows, total } = await pageOf(
    db,
    selectList(db)
      .where(and(...conditions(db, bureauId, scope, query)))
      .$dynamic(),
    [desc(enforcementCase.createdAt), asc(enforcementCase.id)],
    query,
  );
  return { rows: rows.map(({ c, ...rest }) => ({ ...c, ...rest })), total };
}

export async function findCase(db: TDbOrTx, bureauId: string, scope: TOperatorScope, id: string): Promise<TCaseDetailRow | null> {
  const [row] = await db
    .select({
      c: enforcementCase,
      handlingUnitName,
      online: onlineSql.mapWith(Boolean),
      filedByName: nameOf(enforcementCase.filedBy),
      extensionRequestedByName: nameOf(enforcementCase.extensionRequestedBy),
      leadSummary: caseLead.summary,
      leadSource: caseLead.source,
      leadDiscoveredOn: caseLead.discoveredOn,
      assessmentReason: caseLead.assessmentReason,
    })
    .from(enforcementCase)
    .innerJoin(caseLead, eq(caseLead.id, enforcementCase.leadId))
    .leftJoin(operator, eq(operator.id, enforcementCase.operatorId))
    .where(and(...conditions(db, bureauId, scope, {}), eq(enforcementCase.id, id)));
  if (!row) return null;
  const { c, ...rest } = row;
  return { ...c, ...rest };
}

/** The new case, or null when its lead already has one (the lead index decides between concurrent proposals). */
export async function insertCase(db: TDbOrTx, values: typeof enforcementCase.$inferInsert) {
  const [row] = await db.insert(enforcementCase).values(values).onConflictDoNothing({ target: enforcementCase.leadId }).returning();
  return row ?? null;
}

/** Of two officers acting on the same version, one wins; the other gets VERSION_CONFLICT. */
export async function updateCaseVersioned(db: TDbOrTx, id: string, version: number, values: TCaseValues) {
  return updateVersioned(db, enforcementCase, id, version, values);
}

/** Sets the case or decision number inside the transaction that took it (bookkeeping: the version stays). */
export async function setNumber(db: TDbOrTx, id: string, values: Pick<TCaseValues, 'caseNo' | 'decisionNo'>) {
  await db.update(enforcementCase).set(values).where(eq(enforcementCase.id, id));
}

/**
 * The next number in a bureau's yearly series (立案号, 决定书文号): counted under a transaction-scoped lock,
 * so two approvals at once cannot take the same number.
 */
export async function nextSerial(db: TDbOrTx, bureauId: string, series: 'case_no' | 'decision_no', year: number): Promise<number> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`${series}:${bureauId}`}))`);
  const column = series === 'case_no' ? enforcementCase.caseNo : enforcementCase.decisionNo;
  const [row] = await db
    .select({ n: sql`count(*)` })
    .from(enforcementCase)
    .where(and(eq(enforcementCase.bureauId, bureauId), isNotNull(column), sql`${column} like ${`%〔${year}〕%`}`));
  return toInt(row?.n) + 1;
}

export async function insertStep(db: TDbOrTx, values: typeof caseStep.$inferInsert) {
  await db.insert(caseStep).values(values);
}

export async function stepsOf(db: TDbOrTx, caseId: string) {
  return db
    .select({ step: caseStep, byName: appUser.displayName })
    .from(caseStep)
    .leftJoin(appUser, eq(appUser.id, caseStep.by))
    .where(eq(caseStep.caseId, caseId))
    .orderBy(asc(caseStep.at), asc(caseStep.id));
}

export function insertEvidence(db: TDbOrTx, values: typeof caseEvidence.$inferInsert) {
  return insertOne(db, caseEvidence, values);
}

export async function evidenceOf(db: TDbOrTx, caseId: string) {
  return db
    .select({ evidence: caseEvidence, file: storedFile, addedByName: appUser.displayName })
    .from(caseEvidence)
    .innerJoin(storedFile, eq(storedFile.id, caseEvidence.fileId))
    .leftJoin(appUser, eq(appUser.id, caseEvidence.addedBy))
    .where(eq(caseEvidence.caseId, caseId))
    .orderBy(asc(caseEvidence.createdAt), asc(caseEvidence.id));
}

export function countEvidence(db: TDbOrTx, caseId: string) {
  return db.$count(caseEvidence, eq(caseEvidence.caseId, caseId));
}

export async function findEvidence(db: TDbOrTx, caseId: string, evidenceId: string) {
  const [row] = await db
    .select({ evidence: caseEvidence, file: storedFile })
    .from(caseEvidence)
    .innerJoin(storedFile, eq(storedFile.id, caseEvidence.fileId))
    .where(and(eq(caseEvidence.caseId, caseId), eq(caseEvidence.id, evidenceId)));
  return row ?? null;
}

/** Cases in scope filed or decided in [from, to], for the indicators: the unit, the dates, online or not. */
export async function casesOfPeriod(db: TDbOrTx, bureauId: string, scope: TOperatorScope, from: string, to: string) {
  return db
    .select({
      stationId: enforcementCase.handlingStationId,
      departmentId: enforcementCase.handlingDepartmentId,
      filedOn: enforcementCase.filedOn,
      decidedOn: enforcementCase.decidedOn,
      publicationDueOn: enforcementCase.publicationDueOn,
      publishedOn: enforcementCase.publishedOn,
      online: onlineSql.mapWith(Boolean),
    })
    .from(enforcementCase)
    .leftJoin(operator, eq(operator.id, enforcementCase.operatorId))
    .where(
      and(
        ...conditions(db, bureauId, scope, {}),
        or(and(gte(enforcementCase.filedOn, from), lte(enforcementCase.filedOn, to)), and(gte(enforcementCase.decidedOn, from), lte(enforcementCase.decidedOn, to))),
      ),
    );
}

/** Cases of an operator whose notice was given (the business's own view). */
export async function noticesOf(db: TDbOrTx, bureauId: string, operatorId: string) {
  return db
    .select()
    .from(enforcementCase)
    .where(and(eq(enforcementCase.bureauId, bureauId), eq(enforcementCase.operatorId, operatorId), isNotNull(enforcementCase.noticeOn)))
    .orderBy(desc(enforcementCase.noticeOn), asc(enforcementCase.id));
}

export async function penaltiesOf(db: TDbOrTx, operatorIds: string[], publishedOnly: boolean) {
  if (operatorIds.length === 0) return [];
  const where = [inArray(enforcementCase.operatorId, operatorIds), eq(enforcementCase.outcome, 'penalty'), isNotNull(enforcementCase.decidedOn)];
  if (publishedOnly) where.push(isNotNull(enforcementCase.publishedAt));
  return db
    .select()
    .from(enforcementCase)
    .where(and(...where))
    .orderBy(desc(enforcementCase.decidedOn), asc(enforcementCase.id));
}

function publicConditions(q: string | undefined): SQL[] {
  const list: SQL[] = [isNotNull(enforcementCase.publishedAt)];
  if (q) {
    const like = `%${escapeLike(q)}%`;
    // Natural persons are searched by nothing personal: only organisations by name or credit code.
    list.push(
      or(
        and(eq(enforcementCase.partyKind, 'organisation'), or(ilike(enforcementCase.partyName, like), ilike(enforcementCase.partyCode, like))),
        ilike(enforcementCase.decisionNo, like),
      )!,
    );
  }
  return list;
}

export async function listPublished(db: TDbOrTx, q: string | undefined, page: number, pageSize: number) {
  const list = db
    .select()
    .from(enforcementCase)
    .where(and(...publicConditions(q)))
    .orderBy(desc(enforcementCase.publishedAt), asc(enforcementCase.id))
    .$dynamic();
  return paged(list, { page, pageSize });
}

export function countPublished(db: TDbOrTx, q: string | undefined) {
  return db.$count(enforcementCase, and(...publicConditions(q)));
}

export async function findPublished(db: TDbOrTx, id: string) {
  const [row] = await db
    .select()
    .from(enforcementCase)
    .where(and(eq(enforcementCase.id, id), isNotNull(enforcementCase.publishedAt)));
  return row ?? null;
}
