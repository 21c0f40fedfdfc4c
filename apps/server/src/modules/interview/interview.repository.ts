import { and, asc, desc, eq, like, ne, sql, type SQL } from 'drizzle-orm';
import type { TInterviewListQuery } from '@shian/shared/interview';
import { insertOne } from '../../core/db/insert-one.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { toInt } from '../../core/db/database.ts';
import { pageOf } from '../../core/db/paged.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { operator } from '../operator/operator.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { appUser } from '../user/user.schema.ts';
import { interview, interviewCommitment, interviewStep } from './interview.schema.ts';

export type TInterviewRow = typeof interview.$inferSelect & { operatorName: string; commitmentsOpen: number; commitmentsOverdue: number };
export type TCommitmentRow = typeof interviewCommitment.$inferSelect & { followedUpByName: string | null };
export type TStepRow = typeof interviewStep.$inferSelect & { actorName: string | null };

/** Drafts are the bureau's work in progress: roles outside complaint handling (the business, cadres) never see them. */
function conditions(db: TDbOrTx, scope: TOperatorScope, hideDrafts: boolean, query: Partial<TInterviewListQuery>): SQL[] {
  const list = [scopeCondition(db, scope)];
  if (hideDrafts) list.push(ne(interview.status, 'draft'));
  if (query.status) list.push(eq(interview.status, query.status));
  if (query.operatorId) list.push(eq(interview.operatorId, query.operatorId));
  return list;
}

function selectRows(db: TDbOrTx, today: string) {
  const open = sql`(select count(*) from ${interviewCommitment} where ${interviewCommitment.interviewId} = ${interview.id} and ${interviewCommitment.status} = 'open')`;
  const overdue = sql`(select count(*) from ${interviewCommitment} where ${interviewCommitment.interviewId} = ${interview.id} and ${interviewCommitment.status} = 'open' and ${interviewCommitment.dueOn} < ${today})`;
  return db
    .select({ interview, operatorName: operator.name, commitmentsOpen: open, commitmentsOverdue: overdue })
    .from(interview)
    .innerJoin(operator, eq(operator.id, interview.operatorId));
}

type TSelected = Awaited<ReturnType<ReturnType<typeof selectRows>['execute']>>[number];
const flatten = ({ interview: i, commitmentsOpen, commitmentsOverdue, operatorName }: TSelected): TInterviewRow => ({
  ...i,
  operatorName,
  commitmentsOpen: toInt(commitmentsOpen),
  commitmentsOverdue: toInt(commitmentsOverdue),
});

export async function listInterviews(db: TDbOrTx, scope: TOperatorScope, hideDrafts: boolean, query: TInterviewListQuery, today: string) {
  const { rows, total } = await pageOf(
    db,
    selectRows(db, today)
      .where(and(...conditions(db, scope, hideDrafts, query)))
      .$dynamic(),
    [desc(interview.scheduledAt), asc(interview.id)],
    query,
  );
  return { rows: rows.map(flatten), total };
}

export async function findInterview(db: TDbOrTx, scope: TOperatorScope, hideDrafts: boolean, id: string, today: string) {
  const [row] = await selectRows(db, today).where(and(...conditions(db, scope, hideDrafts, {}), eq(interview.id, id)));
  return row ? flatten(row) : null;
}

export function insertInterview(db: TDbOrTx, values: typeof interview.$inferInsert) {
  return insertOne(db, interview, values);
}

export async function updateInterviewVersioned(db: TDbOrTx, id: string, version: number, values: Partial<typeof interview.$inferInsert>) {
  return updateVersioned(db, interview, id, version, values);
}

/**
 * The next notice serial of the bureau's year (〔2026〕7号 -> 8), under a transaction-scoped lock so that two
 * notices issued at once never share a number.
 */
export async function nextNoticeSerial(tx: TDbOrTx, bureauId: string, year: number) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`interview-notice:${bureauId}`}))`);
  const [row] = await tx
    .select({ n: sql`count(*)` })
    .from(interview)
    .where(and(eq(interview.bureauId, bureauId), like(interview.noticeNo, `%〔${year}〕%`)));
  return toInt(row?.n) + 1;
}

export async function insertStep(db: TDbOrTx, values: typeof interviewStep.$inferInsert) {
  await db.insert(interviewStep).values(values);
}

export async function stepsOf(db: TDbOrTx, interviewId: string): Promise<TStepRow[]> {
  const rows = await db
    .select({ step: interviewStep, actorName: appUser.displayName })
    .from(interviewStep)
    .leftJoin(appUser, eq(appUser.id, interviewStep.actorId))
    .where(eq(interviewStep.interviewId, interviewId))
    .orderBy(asc(interviewStep.at), asc(interviewStep.id));
  return rows.map((r) => ({ ...r.step, actorName: r.actorName }));
}

export async function commitmentsOf(db: TDbOrTx, interviewId: string): Promise<TCommitmentRow[]> {
  const rows = await db
    .select({ commitment: interviewCommitment, followedUpByName: appUser.displayName })
    .from(interviewCommitment)
    .leftJoin(appUser, eq(appUser.id, interviewCommitment.followedUpBy))
    .where(eq(interviewCommitment.interviewId, interviewId))
    .orderBy(asc(interviewCommitment.dueOn), asc(interviewCommitment.createdAt), asc(interviewCommitment.id));
  return rows.map((r) => ({ ...r.commitment, followedUpByName: r.followedUpByName }));
}

export function insertCommitment(db: TDbOrTx, values: typeof interviewCommitment.$inferInsert) {
  return insertOne(db, interviewCommitment, values);
}

export async function updateCommitmentVersioned(db: TDbOrTx, id: string, version: number, values: Partial<typeof interviewCommitment.$inferInsert>) {
  return updateVersioned(db, interviewCommitment, id, version, values);
}
