import { and, asc, desc, eq, inArray, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { NOTICE_LETTER_AWAITING, type TNoticeLetterKind, type TNoticeLetterListQuery, type TNoticeLetterStatus } from '@shian/shared/notice-letter';
import type { TDbOrTx } from '../../core/db/database.ts';
import { toInt } from '../../core/db/database.ts';
import { insertOne } from '../../core/db/insert-one.ts';
import { pageOf } from '../../core/db/paged.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { cadre, operator } from '../operator/operator.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { cadreScopeCondition } from '../cadre/cadre.public.ts';
import { appUser } from '../user/user.schema.ts';
import { noticeLetter } from './notice-letter.schema.ts';

/**
 * Who sees a letter: staff by the data scope of its operator, or of its cadre's unit for a letter to a cadre; a
 * business its own operator's; a cadre only those addressed to it (not its subjects'). Drafts are the bureau's
 * work in progress: the addressees (hideDrafts) never see them.
 */
export function letterScope(db: TDbOrTx, scope: TOperatorScope, hideDrafts: boolean): SQL {
  const inBureau = eq(noticeLetter.bureauId, scope.bureauId);
  const visible = hideDrafts ? sql`${noticeLetter.status} <> 'draft'` : undefined;
  if (scope.kind === 'cadre') return scope.cadreId ? and(inBureau, eq(noticeLetter.cadreId, scope.cadreId), visible)! : sql`false`;
  const reach = or(and(isNotNull(noticeLetter.operatorId), scopeCondition(db, scope)), and(isNotNull(noticeLetter.cadreId), cadreScopeCondition(db, scope)));
  return and(inBureau, reach, visible)!;
}

/** Not answered (nor closed) and the answer date before today. */
export const overdueCondition = (today: string) => and(inArray(noticeLetter.status, [...NOTICE_LETTER_AWAITING]), lt(noticeLetter.answerDueOn, today))!;

function selectRows(db: TDbOrTx) {
  return db
    .select({ letter: noticeLetter, operatorName: operator.name, cadreName: cadre.name, cadreWorkUnit: cadre.workUnit, issuedByName: appUser.displayName })
    .from(noticeLetter)
    .leftJoin(operator, eq(operator.id, noticeLetter.operatorId))
    .leftJoin(cadre, eq(cadre.id, noticeLetter.cadreId))
    .leftJoin(appUser, eq(appUser.id, noticeLetter.issuedBy));
}

type TSelected = Awaited<ReturnType<ReturnType<typeof selectRows>['execute']>>[number];
export type TNoticeLetterRow = typeof noticeLetter.$inferSelect & {
  operatorName: string | null;
  cadreName: string | null;
  cadreWorkUnit: string | null;
  issuedByName: string | null;
};
const flatten = ({ letter, ...names }: TSelected): TNoticeLetterRow => ({ ...letter, ...names });

export async function listLetters(db: TDbOrTx, scope: TOperatorScope, hideDrafts: boolean, query: TNoticeLetterListQuery, today: string) {
  const where = and(
    letterScope(db, scope, hideDrafts),
    query.kind ? eq(noticeLetter.kind, query.kind) : undefined,
    query.status ? eq(noticeLetter.status, query.status) : undefined,
    query.operatorId ? eq(noticeLetter.operatorId, query.operatorId) : undefined,
    query.cadreId ? eq(noticeLetter.cadreId, query.cadreId) : undefined,
    query.overdue === 'true' ? overdueCondition(today) : query.overdue === 'false' ? sql`not (${overdueCondition(today)})` : undefined,
  );
  const { rows, total } = await pageOf(db, selectRows(db).where(where).$dynamic(), [desc(noticeLetter.createdAt), asc(noticeLetter.id)], query);
  return { rows: rows.map(flatten), total };
}

export async function findLetter(db: TDbOrTx, scope: TOperatorScope, hideDrafts: boolean, id: string) {
  const [row] = await selectRows(db).where(and(letterScope(db, scope, hideDrafts), eq(noticeLetter.id, id)));
  return row ? flatten(row) : null;
}

export function insertLetter(db: TDbOrTx, values: typeof noticeLetter.$inferInsert) {
  return insertOne(db, noticeLetter, values);
}

/** The versioned write, only while the letter is still in one of `from` (of a step taken twice at once, one gets 409). */
export function updateLetter(db: TDbOrTx, id: string, version: number, from: readonly TNoticeLetterStatus[], values: Partial<typeof noticeLetter.$inferInsert>) {
  return updateVersioned(db, noticeLetter, id, version, values, inArray(noticeLetter.status, [...from]));
}

/**
 * The next serial of the bureau's kind and year (0007 → 8), taken under a transaction-scoped lock so that letters
 * issued at once never share a number and a rolled-back issue leaves no gap; the unique index holds it too.
 */
export async function nextSeq(tx: TDbOrTx, bureauId: string, kind: TNoticeLetterKind, year: number) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`notice-letter:${bureauId}:${kind}:${year}`}))`);
  const [row] = await tx
    .select({ n: sql`coalesce(max(${noticeLetter.seq}), 0)` })
    .from(noticeLetter)
    .where(and(eq(noticeLetter.bureauId, bureauId), eq(noticeLetter.kind, kind), eq(noticeLetter.year, year)));
  return toInt(row?.n) + 1;
}

/** The addressee's letters waiting for it to sign or answer (its workbench). */
export async function awaitingAddressee(db: TDbOrTx, bureauId: string, addressee: { operatorId: string } | { cadreId: string }) {
  const who = 'operatorId' in addressee ? eq(noticeLetter.operatorId, addressee.operatorId) : eq(noticeLetter.cadreId, addressee.cadreId);
  const rows = await selectRows(db)
    .where(and(eq(noticeLetter.bureauId, bureauId), who, inArray(noticeLetter.status, [...NOTICE_LETTER_AWAITING])))
    .orderBy(asc(noticeLetter.answerDueOn), asc(noticeLetter.id));
  return rows.map(flatten);
}

/** Letters in the scope whose answer is overdue (the issuing staff's workbench). */
export async function overdueInScope(db: TDbOrTx, scope: TOperatorScope, today: string) {
  const rows = await selectRows(db)
    .where(and(letterScope(db, scope, false), overdueCondition(today)))
    .orderBy(asc(noticeLetter.answerDueOn), asc(noticeLetter.id));
  return rows.map(flatten);
}

/** Active accounts a letter is addressed to: the operator's business accounts or the cadre's own account. */
export async function addresseeAccounts(db: TDbOrTx, letter: { bureauId: string; operatorId: string | null; cadreId: string | null }) {
  const who = letter.operatorId
    ? and(eq(appUser.role, 'business'), eq(appUser.operatorId, letter.operatorId))
    : letter.cadreId
      ? and(eq(appUser.role, 'cadre'), eq(appUser.cadreId, letter.cadreId))
      : sql`false`;
  return db
    .select({ id: appUser.id })
    .from(appUser)
    .where(and(eq(appUser.bureauId, letter.bureauId), eq(appUser.active, true), who));
}

/** A cadre in the user's data scope (a letter to its work unit), or null. */
export async function findCadreInScope(db: TDbOrTx, scope: TOperatorScope, id: string) {
  const [row] = await db
    .select({ id: cadre.id, name: cadre.name, workUnit: cadre.workUnit })
    .from(cadre)
    .where(and(cadreScopeCondition(db, scope), eq(cadre.id, id)));
  return row ?? null;
}
