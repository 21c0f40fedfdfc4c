import { findBureauSetting, saveBureauSetting } from '../../core/db/bureau-setting.ts';
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { TExamResultsQuery, TExamGroupBy } from '@shian/shared/exam';
import type { TSessionUser } from '../../core/access.ts';
import { dataScopeOf } from '../../core/access.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { pageOf, type TPageQuery } from '../../core/db/paged.ts';
import { bumpVersion, updateVersioned } from '../../core/db/versioned.ts';
import { scopeCondition, unitsOfStation, type TOperatorScope } from '../operator/operator.public.ts';
import { cadre, operator, personnel } from '../operator/operator.schema.ts';
import { inspection } from '../inspection/inspection.schema.ts';
import { lawArticle, lawDocument } from '../law/law.schema.ts';
import { unit } from '../org/org.schema.ts';
import { examAttempt, examSetting } from './exam.schema.ts';

export type TAttempt = typeof examAttempt.$inferSelect;

export function findSetting(db: TDbOrTx, bureauId: string) {
  return findBureauSetting(db, examSetting, bureauId);
}

type TSettingValues = Omit<typeof examSetting.$inferInsert, 'id' | 'bureauId' | 'createdAt' | 'updatedAt' | 'version'>;

/** Saves the bureau's setting at the version the edit was made on (0: the first save), audited. */
export function saveSetting(db: TDbOrTx, user: TSessionUser, version: number, values: TSettingValues) {
  return saveBureauSetting(db, examSetting, 'exam_setting', user, version, values);
}

/**
 * Which attempts a user sees: always those they started; beyond that the district its bureau's, a station its
 * units' and its own staff's, a business its operator's; a cadre only its own.
 */
export function attemptScope(db: TDbOrTx, user: TSessionUser): SQL {
  const own = eq(examAttempt.startedBy, user.id);
  const inBureau = eq(examAttempt.bureauId, user.bureauId);
  switch (dataScopeOf(user)) {
    case 'district':
      return inBureau;
    case 'station':
      return user.stationId
        ? and(inBureau, or(own, eq(examAttempt.stationId, user.stationId), inArray(examAttempt.unitCode, unitsOfStation(db, user.stationId))))!
        : and(inBureau, own)!;
    case 'operator':
      return user.operatorId ? and(inBureau, or(own, eq(examAttempt.operatorId, user.operatorId)))! : and(inBureau, own)!;
    case 'cadre':
      return and(inBureau, own)!;
  }
}

function selectAttempts(db: TDbOrTx) {
  return db
    .select({ attempt: examAttempt, operatorName: operator.name, unitName: unit.name })
    .from(examAttempt)
    .leftJoin(operator, eq(operator.id, examAttempt.operatorId))
    .leftJoin(unit, eq(unit.code, examAttempt.unitCode));
}
export type TAttemptRow = Awaited<ReturnType<ReturnType<typeof selectAttempts>['execute']>>[number];

export async function findAttempt(db: TDbOrTx, user: TSessionUser, id: string): Promise<TAttemptRow | null> {
  const [row] = await selectAttempts(db).where(and(attemptScope(db, user), eq(examAttempt.id, id)));
  return row ?? null;
}

/** The attempt locked for this transaction (answers and submission queue behind each other). */
export async function lockAttempt(db: TDbOrTx, id: string) {
  const [row] = await db.select().from(examAttempt).where(eq(examAttempt.id, id)).for('update');
  return row ?? null;
}

/** The candidate's open attempt: a manager's by personnel row, a staff user's by account. */
export async function openAttemptOf(db: TDbOrTx, candidate: { personnelId: string } | { userId: string }) {
  const who = 'personnelId' in candidate ? eq(examAttempt.personnelId, candidate.personnelId) : eq(examAttempt.userId, candidate.userId);
  const [row] = await db
    .select()
    .from(examAttempt)
    .where(and(who, isNull(examAttempt.submittedAt)));
  return row ?? null;
}

/** Inserts an attempt unless the candidate has one open (the partial unique indexes); null then. */
export async function insertAttempt(db: TDbOrTx, values: typeof examAttempt.$inferInsert) {
  const [row] = await db.insert(examAttempt).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export function saveAnswers(db: TDbOrTx, id: string, version: number, answers: Record<string, number[]>) {
  return updateVersioned(db, examAttempt, id, version, { answers }, isNull(examAttempt.submittedAt));
}

/** Scores the attempt; one submitted late is stamped with its own deadline, to the database's precision. */
export function submitAttempt(
  db: TDbOrTx,
  id: string,
  version: number,
  values: Pick<typeof examAttempt.$inferInsert, 'answers' | 'correct' | 'score' | 'passed' | 'submittedAt' | 'retakeBy'>,
  atDeadline: boolean,
) {
  return updateVersioned(db, examAttempt, id, version, { ...values, submittedAt: atDeadline ? sql`${examAttempt.dueAt}` : values.submittedAt }, isNull(examAttempt.submittedAt));
}

/** A passed attempt clears the person's open retake deadlines (failed spot exams not yet cleared). */
export async function clearRetakes(db: TDbOrTx, personnelId: string, passedAttemptId: string) {
  return db
    .update(examAttempt)
    .set({ retakeClearedBy: passedAttemptId, ...bumpVersion(examAttempt) })
    .where(and(eq(examAttempt.personnelId, personnelId), isNotNull(examAttempt.retakeBy), isNull(examAttempt.retakeClearedBy), eq(examAttempt.passed, false)))
    .returning({ id: examAttempt.id });
}

/** A personnel row of an operator in the scope, with the operator's unit; null outside it. */
export async function findPersonnel(db: TDbOrTx, scope: TOperatorScope, personnelId: string) {
  const [row] = await db
    .select({ id: personnel.id, role: personnel.role, name: personnel.name, operatorId: operator.id, unitCode: operator.unitCode })
    .from(personnel)
    .innerJoin(operator, eq(operator.id, personnel.operatorId))
    .where(and(scopeCondition(db, scope), eq(personnel.id, personnelId)));
  return row ?? null;
}

/** An inspection in the scope with its operator's unit; null outside it. */
export async function findInspection(db: TDbOrTx, scope: TOperatorScope, id: string) {
  const [row] = await db
    .select({ id: inspection.id, status: inspection.status, operatorId: inspection.operatorId, unitCode: operator.unitCode })
    .from(inspection)
    .innerJoin(operator, eq(operator.id, inspection.operatorId))
    .where(and(scopeCondition(db, scope), eq(inspection.id, id)));
  return row ?? null;
}

export async function cadreUnitOf(db: TDbOrTx, cadreId: string) {
  const [row] = await db.select({ unitCode: cadre.unitCode }).from(cadre).where(eq(cadre.id, cadreId));
  return row?.unitCode ?? null;
}

export function spotExamsOf(db: TDbOrTx, inspectionId: string) {
  return selectAttempts(db).where(eq(examAttempt.inspectionId, inspectionId)).orderBy(asc(examAttempt.startedAt), asc(examAttempt.id));
}

/** My results: a business its operator's attempts, a staff user the online exams they sat. */
export function minePage(db: TDbOrTx, user: TSessionUser, query: TPageQuery) {
  const mine =
    dataScopeOf(user) === 'operator' && user.operatorId ? eq(examAttempt.operatorId, user.operatorId) : and(eq(examAttempt.startedBy, user.id), eq(examAttempt.kind, 'online'));
  const select = selectAttempts(db)
    .where(and(eq(examAttempt.bureauId, user.bureauId), mine))
    .$dynamic();
  return pageOf(db, select, [desc(examAttempt.startedAt), asc(examAttempt.id)], query);
}

function resultConditions(db: TDbOrTx, user: TSessionUser, query: Partial<TExamResultsQuery>) {
  return and(
    attemptScope(db, user),
    isNotNull(examAttempt.submittedAt),
    query.audience ? eq(examAttempt.audience, query.audience) : undefined,
    query.unitCode ? eq(examAttempt.unitCode, query.unitCode) : undefined,
    query.type ? eq(examAttempt.kind, query.type) : undefined,
    query.passed ? eq(examAttempt.passed, query.passed === 'true') : undefined,
    query.operatorId ? eq(examAttempt.operatorId, query.operatorId) : undefined,
  );
}

export function resultsPage(db: TDbOrTx, user: TSessionUser, query: TExamResultsQuery) {
  const select = selectAttempts(db)
    .where(resultConditions(db, user, query))
    .$dynamic();
  return pageOf(db, select, [desc(examAttempt.submittedAt), asc(examAttempt.id)], query);
}

/** Submitted attempts and passes in scope, grouped by audience, unit or kind. */
export function passRates(db: TDbOrTx, user: TSessionUser, groupBy: TExamGroupBy) {
  const key = groupBy === 'audience' ? examAttempt.audience : groupBy === 'type' ? examAttempt.kind : sql<string>`coalesce(${examAttempt.unitCode}, '')`;
  return db
    .select({ key: sql<string>`${key}`, unitName: sql<string | null>`min(${unit.name})`, attempts: count(), passed: count(sql`case when ${examAttempt.passed} then 1 end`) })
    .from(examAttempt)
    .leftJoin(unit, eq(unit.code, examAttempt.unitCode))
    .where(resultConditions(db, user, {}))
    .groupBy(key)
    .orderBy(asc(key));
}

/** The cited articles with their statute's short title. */
export function articlesByIds(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: lawArticle.id, documentId: lawArticle.documentId, articleNumber: lawArticle.articleNumber, body: lawArticle.body, title: lawDocument.shortTitle })
    .from(lawArticle)
    .innerJoin(lawDocument, eq(lawDocument.id, lawArticle.documentId))
    .where(inArray(lawArticle.id, ids));
}

/** A business's managers whose failed spot exam is not yet cleared by a pass (the workbench's retakes due). */
export function retakesDue(db: TDbOrTx, operatorId: string) {
  return db
    .select({ id: examAttempt.id, personnelId: examAttempt.personnelId, audience: examAttempt.audience, candidateName: examAttempt.candidateName, retakeBy: examAttempt.retakeBy })
    .from(examAttempt)
    .where(and(eq(examAttempt.operatorId, operatorId), isNotNull(examAttempt.retakeBy), isNull(examAttempt.retakeClearedBy), eq(examAttempt.passed, false)))
    .orderBy(asc(examAttempt.retakeBy));
}
