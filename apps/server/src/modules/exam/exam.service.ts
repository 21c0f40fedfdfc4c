// Exams: the bureau's rules, online exams and on-site spot exams drawn from the question bank, answered against
// the server's clock and scored once. The deadline rule: answers saved after `dueAt` are refused; a submission
// after it is accepted but scored on the answers saved by the deadline, as if submitted at the deadline; an open
// attempt past its deadline is scored that way when its candidate starts the next one.
import { randomInt } from 'node:crypto';
import { examPassed, examScore, answeredRight, MANAGER_AUDIENCES } from '@shian/shared/exam';
import type {
  TExam,
  TExamAnswers,
  TExamPassRate,
  TExamResultsQuery,
  TExamSettings,
  TExamSettingsUpdate,
  TExamStart,
  TExamSummary,
  TSpotExamStart,
  TExamGroupBy,
} from '@shian/shared/exam';
import type { TExamAudience } from '@shian/shared/exam-question';
import type { TPage } from '@shian/shared/http';
import { chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import { dataScopeOf } from '../../core/access.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { drawQuestions, questionsByIds } from '../exam-question/exam-question.public.ts';
import { staffFor, tell } from '../notification/notification.public.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { presentExam, presentPassRate, presentSettings, presentSummary } from './exam.presenter.ts';
import * as repo from './exam.repository.ts';

const OPEN_ATTEMPT = { zh: '该人员未交卷的考试', en: 'An unfinished exam of this person ' };

export async function getSettings(ctx: TContext, user: TSessionUser): Promise<TExamSettings> {
  return presentSettings(await repo.findSetting(ctx.db, user.bureauId));
}

/** Applies to exams started from now on (an attempt keeps its pass mark and deadline); version 0 sets it the first time. */
export async function updateSettings(ctx: TContext, user: TSessionUser, input: TExamSettingsUpdate): Promise<TExamSettings> {
  const { version, ...values } = input;
  return presentSettings(await repo.saveSetting(ctx.db, user, version, values));
}

/** A China date this many days after another. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The staff audience of a role: cadres sit the cadres' exam, every other staff user the supervisors'. */
const staffAudience = (user: TSessionUser): TExamAudience => (user.role === 'cadre' ? 'cadre' : 'supervisor');

/**
 * Scores an open attempt and closes it: at `at`, or at its deadline when that came first (then on the answers
 * saved by the deadline). A failed spot exam gets its retake deadline; a pass clears the person's open ones.
 */
async function finalize(tx: TDbOrTx, user: TSessionUser, attempt: repo.TAttempt, version: number, answers: Record<string, number[]>, at: Date) {
  const late = at > attempt.dueAt;
  const given = late ? attempt.answers : answers;
  const keys = await questionsByIds(tx, attempt.questionIds);
  const correct = keys.filter((q) => answeredRight(given[q.id], q.answer)).length;
  const total = attempt.questionIds.length;
  const passed = examPassed(correct, total, attempt.passPercent);
  const submittedAt = late ? attempt.dueAt : at;
  const settings = presentSettings(await repo.findSetting(tx, attempt.bureauId));
  const retakeBy = attempt.kind === 'spot' && !passed ? addDays(chinaToday(submittedAt), settings.retakeDays) : null;
  const row = await repo.submitAttempt(tx, attempt.id, version, { answers: given, correct, score: examScore(correct, total), passed, submittedAt, retakeBy }, late);
  const cleared = passed && attempt.personnelId ? await repo.clearRetakes(tx, attempt.personnelId, attempt.id) : [];
  await recordAudit(tx, [
    { actor: user, action: 'submit', entity: 'exam_attempt', entityId: attempt.id, after: { correct, total, passed, late, retakeBy, clearedRetakes: cleared.map((c) => c.id) } },
  ]);
  return row;
}

/** What a start answers when the candidate has an attempt open: that one for whoever started it, 409 for anyone else. */
async function openOrConflict(ctx: TContext, tx: TDbOrTx, user: TSessionUser, open: repo.TAttempt, now: Date): Promise<TExam | { finalized: repo.TAttempt | null }> {
  if (open.dueAt < now) return { finalized: await finalize(tx, user, open, open.version, open.answers, now) };
  if (open.startedBy !== user.id) throw new AppError('CONFLICT', { what: OPEN_ATTEMPT });
  return examOf(ctx, tx, user, open.id, now);
}

type TCandidate = {
  kind: 'online' | 'spot';
  audience: TExamAudience;
  who: { personnelId: string } | { userId: string };
  values: Pick<repo.TAttempt, 'userId' | 'personnelId' | 'operatorId' | 'inspectionId' | 'candidateName' | 'unitCode' | 'stationId'>;
};

async function start(ctx: TContext, user: TSessionUser, candidate: TCandidate): Promise<TExam> {
  let closed = null as repo.TAttempt | null;
  const exam = await ctx.db.transaction(async (tx) => {
    const now = new Date();
    const open = await repo.openAttemptOf(tx, candidate.who);
    if (open) {
      const answer = await openOrConflict(ctx, tx, user, open, now);
      if (!('finalized' in answer)) return answer;
      closed = answer.finalized;
    }
    const settings = presentSettings(await repo.findSetting(tx, user.bureauId));
    const spot = candidate.kind === 'spot';
    const questions = await drawQuestions(tx, user.bureauId, candidate.audience, spot ? settings.spotQuestionCount : settings.questionCount, randomInt(2 ** 31));
    if (questions.length === 0) throw invalidField('audience', 'exam.noQuestions');
    const minutes = spot ? settings.spotTimeLimitMinutes : settings.timeLimitMinutes;
    const row = await repo.insertAttempt(tx, {
      bureauId: user.bureauId,
      kind: candidate.kind,
      audience: candidate.audience,
      ...candidate.values,
      startedBy: user.id,
      questionIds: questions.map((q) => q.id),
      passPercent: settings.passPercent,
      startedAt: now,
      dueAt: new Date(now.getTime() + minutes * 60_000),
    });
    if (!row) {
      // Another request opened one meanwhile: the same answer as if it had come first.
      const other = await repo.openAttemptOf(tx, candidate.who);
      if (!other || other.startedBy !== user.id) throw new AppError('CONFLICT', { what: OPEN_ATTEMPT });
      return examOf(ctx, tx, user, other.id, now);
    }
    await recordAudit(tx, [
      {
        actor: user,
        action: 'start',
        entity: 'exam_attempt',
        entityId: row.id,
        after: {
          kind: row.kind,
          audience: row.audience,
          personnelId: row.personnelId,
          inspectionId: row.inspectionId,
          questions: row.questionIds.length,
          dueAt: row.dueAt.toISOString(),
        },
      },
    ]);
    return examOf(ctx, tx, user, row.id, now);
  });
  if (closed) await tellRetake(ctx, user, closed);
  return exam;
}

/**
 * Tells the business that a manager failed a spot exam and must retake one by the deadline (after the commit;
 * its own accounts only, once an attempt).
 */
async function tellRetake(ctx: TContext, user: TSessionUser, attempt: repo.TAttempt): Promise<number> {
  if (attempt.kind !== 'spot' || !attempt.retakeBy || !attempt.operatorId) return 0;
  const operatorId = attempt.operatorId;
  const business = (await staffFor(ctx.db, { bureauId: attempt.bureauId, operatorId, permission: 'exam.take', except: user })).filter(
    (u) => dataScopeOf(u) === 'operator' && u.operatorId === operatorId,
  );
  return tell(ctx, business, {
    bureauId: attempt.bureauId,
    module: 'exam',
    kind: 'retake',
    title: { zh: `${attempt.candidateName}现场抽查考核不合格，请补考`, en: `${attempt.candidateName} failed a spot exam: retake due` },
    body: {
      zh: `${attempt.candidateName}在监督检查中的现场抽查考核得分 ${attempt.score ?? 0}，未达合格线 ${attempt.passPercent}%，请于 ${attempt.retakeBy} 前参加在线考试并合格。`,
      en: `${attempt.candidateName} scored ${attempt.score ?? 0} in a spot exam during an inspection, below the ${attempt.passPercent}% pass mark; pass an online exam by ${attempt.retakeBy}.`,
    },
    link: '/exams/mine',
    dedupeKey: `exam-retake:${attempt.id}`,
  });
}

/**
 * An online exam: a business names one of its managers (the audience is that manager's post), a cadre sits the
 * cadres' exam and other staff the supervisors'. A second start while one is open answers the open one.
 */
export async function startOnline(ctx: TContext, user: TSessionUser, input: TExamStart): Promise<TExam> {
  if (dataScopeOf(user) === 'operator') {
    if (!input.personnelId) throw invalidField('personnelId', 'required');
    const person = await repo.findPersonnel(ctx.db, operatorScopeOf(user), input.personnelId);
    if (!person) throw invalidField('personnelId', 'exam.personnelUnknown');
    if (person.role !== input.audience) throw invalidField('audience', 'exam.audienceMismatch');
    return start(ctx, user, {
      kind: 'online',
      audience: person.role,
      who: { personnelId: person.id },
      values: { userId: null, personnelId: person.id, operatorId: person.operatorId, inspectionId: null, candidateName: person.name, unitCode: person.unitCode, stationId: null },
    });
  }
  if (input.personnelId) throw invalidField('personnelId', 'exam.personnelForBusiness');
  if (input.audience !== staffAudience(user)) throw invalidField('audience', 'exam.audienceMismatch');
  const unitCode = user.cadreId ? await repo.cadreUnitOf(ctx.db, user.cadreId) : null;
  return start(ctx, user, {
    kind: 'online',
    audience: input.audience,
    who: { userId: user.id },
    values: { userId: user.id, personnelId: null, operatorId: null, inspectionId: null, candidateName: user.displayName, unitCode, stationId: user.stationId },
  });
}

/** A spot exam during an open inspection in scope, for one of the inspected operator's managers (audience: the post). */
export async function startSpot(ctx: TContext, user: TSessionUser, inspectionId: string, input: TSpotExamStart): Promise<TExam> {
  const scope = operatorScopeOf(user);
  const found = await repo.findInspection(ctx.db, scope, inspectionId);
  if (!found) throw notFound();
  if (found.status !== 'open') throw invalidField('inspectionId', 'exam.inspectionClosed');
  const person = await repo.findPersonnel(ctx.db, scope, input.personnelId);
  if (!person || person.operatorId !== found.operatorId) throw invalidField('personnelId', 'exam.personnelUnknown');
  if (!MANAGER_AUDIENCES.includes(person.role)) throw invalidField('personnelId', 'exam.personnelUnknown');
  return start(ctx, user, {
    kind: 'spot',
    audience: person.role,
    who: { personnelId: person.id },
    values: { userId: null, personnelId: person.id, operatorId: person.operatorId, inspectionId: found.id, candidateName: person.name, unitCode: found.unitCode, stationId: null },
  });
}

async function examOf(_ctx: TContext, db: TDbOrTx, user: TSessionUser, id: string, now: Date): Promise<TExam> {
  const row = await repo.findAttempt(db, user, id);
  if (!row) throw notFound();
  const questions = await questionsByIds(db, row.attempt.questionIds);
  const articleIds = row.attempt.submittedAt ? [...new Set(questions.flatMap((q) => (q.articleId ? [q.articleId] : [])))] : [];
  const articles = new Map((await repo.articlesByIds(db, articleIds)).map((a) => [a.id, a]));
  return presentExam(row, questions, articles, now);
}

/** The attempt in the user's scope: questions without keys while open, the wrong answers with keys after. */
export function getExam(ctx: TContext, user: TSessionUser, id: string): Promise<TExam> {
  return examOf(ctx, ctx.db, user, id, new Date());
}

/** Only whoever started an attempt answers it (the learner, or the inspector whose phone the manager uses). */
async function ownOpen(tx: TDbOrTx, user: TSessionUser, id: string) {
  if (!(await repo.findAttempt(tx, user, id))) throw notFound();
  const attempt = await repo.lockAttempt(tx, id);
  if (!attempt || attempt.startedBy !== user.id) throw notFound();
  if (attempt.submittedAt) throw new AppError('ALREADY_DONE', { what: { zh: '交卷', en: 'Submission' } });
  return attempt;
}

function checkAnswers(attempt: repo.TAttempt, answers: Record<string, number[]>) {
  const asked = new Set(attempt.questionIds);
  if (Object.keys(answers).some((id) => !asked.has(id))) throw invalidField('choices', 'exam.answerUnknownQuestion');
}

/** Saves progress (versioned); refused after the deadline, when only a submission is left. */
export async function saveAnswers(ctx: TContext, user: TSessionUser, id: string, input: TExamAnswers): Promise<TExam> {
  return ctx.db.transaction(async (tx) => {
    const now = new Date();
    const attempt = await ownOpen(tx, user, id);
    if (attempt.dueAt < now) throw invalidField('choices', 'exam.timeUp');
    checkAnswers(attempt, input.choices);
    await repo.saveAnswers(tx, id, input.version, input.choices);
    await recordAudit(tx, [{ actor: user, action: 'save-answers', entity: 'exam_attempt', entityId: id, after: { answered: Object.keys(input.choices).length } }]);
    return examOf(ctx, tx, user, id, now);
  });
}

/** Scores the attempt once; after the deadline, on the answers saved by then (the body's answers are not taken). */
export async function submitExam(ctx: TContext, user: TSessionUser, id: string, input: TExamAnswers): Promise<TExam> {
  const { exam, scored } = await ctx.db.transaction(async (tx) => {
    const now = new Date();
    const attempt = await ownOpen(tx, user, id);
    checkAnswers(attempt, input.choices);
    const scored = await finalize(tx, user, attempt, input.version, input.choices, now);
    return { exam: await examOf(ctx, tx, user, id, now), scored };
  });
  if (scored) await tellRetake(ctx, user, scored);
  return exam;
}

export async function listMine(ctx: TContext, user: TSessionUser, query: { page: number; pageSize: number }): Promise<TPage<TExamSummary>> {
  const { rows, total } = await repo.minePage(ctx.db, user, query);
  return { items: rows.map(presentSummary), total, page: query.page, pageSize: query.pageSize };
}

export async function listResults(ctx: TContext, user: TSessionUser, query: TExamResultsQuery): Promise<TPage<TExamSummary>> {
  const { rows, total } = await repo.resultsPage(ctx.db, user, query);
  return { items: rows.map(presentSummary), total, page: query.page, pageSize: query.pageSize };
}

export async function passRates(ctx: TContext, user: TSessionUser, groupBy: TExamGroupBy): Promise<TExamPassRate[]> {
  return (await repo.passRates(ctx.db, user, groupBy)).map((r) => presentPassRate(groupBy, r));
}

/** The spot exams given during an inspection in scope, in the order they started. */
export async function spotExamsOf(ctx: TContext, user: TSessionUser, inspectionId: string): Promise<TExamSummary[]> {
  if (!(await repo.findInspection(ctx.db, operatorScopeOf(user), inspectionId))) throw notFound();
  return (await repo.spotExamsOf(ctx.db, inspectionId)).map(presentSummary);
}
