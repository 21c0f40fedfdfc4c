// The demo's exams: online results of business managers over the last half year, of the inspectors and of the
// demo cadre (pass rates between 70% and 90%), and spot exams on about one closed inspection in twenty-five, a few
// failed: an old failure was cleared by a passed retake, a recent one still shows its retake deadline, and the
// demo business has one due. Drawn from the question bank the training demo wrote; nothing when it is empty.
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { answeredRight, DEFAULT_EXAM_SETTINGS, examPassed, examScore } from '@shian/shared/exam';
import type { TExamAudience } from '@shian/shared/exam-question';
import { addDays } from '@shian/shared/working-days';
import type { TContext } from '../../core/context.ts';
import { examQuestion } from '../exam-question/exam-question.schema.ts';
import { examAttempt } from '../exam/exam.schema.ts';
import { inspection } from '../inspection/inspection.schema.ts';
import { operator, personnel } from '../operator/operator.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { seededRandom, type TRandom } from './demo-random.ts';

type TKey = { id: string; answer: number[]; options: number };
type TAttempt = typeof examAttempt.$inferInsert;

const MINUTE = 60_000;
/** 10:00 in Beijing on a China date. */
const morningOf = (date: string) => new Date(`${date}T02:00:00Z`);

/** Questions drawn without repeats, and answers with `right` of them right (the rest a wrong option). */
function sitting(r: TRandom, pool: TKey[], count: number, right: number) {
  const drawn = [...pool];
  for (let i = drawn.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [drawn[i], drawn[j]] = [drawn[j]!, drawn[i]!];
  }
  const questions = drawn.slice(0, Math.min(count, drawn.length));
  const answers: Record<string, number[]> = {};
  questions.forEach((q, i) => {
    const wrong = Array.from({ length: q.options }, (_, o) => o).find((o) => !q.answer.includes(o)) ?? 0;
    answers[q.id] = i < right ? q.answer : [wrong];
  });
  const correct = questions.filter((q) => answeredRight(answers[q.id], q.answer)).length;
  return { questionIds: questions.map((q) => q.id), answers, correct, total: questions.length };
}

/** How many right of `total`: about `passRate` of the sittings reach the 90% mark. */
function rightCount(r: TRandom, total: number, passRate: number) {
  const need = Math.ceil((DEFAULT_EXAM_SETTINGS.passPercent * total) / 100);
  return r.chance(passRate) ? r.int(need, total) : r.int(Math.max(0, need - 8), need - 1);
}

export async function seedDemoExams(ctx: TContext, bureauId: string, today: string) {
  const r = seededRandom(17_6);
  const bank = await ctx.db
    .select({ id: examQuestion.id, audiences: examQuestion.audiences, answer: examQuestion.answer, options: examQuestion.options })
    .from(examQuestion)
    .where(and(eq(examQuestion.bureauId, bureauId), eq(examQuestion.active, true)))
    .orderBy(asc(examQuestion.stem), asc(examQuestion.id));
  const pools = new Map<TExamAudience, TKey[]>();
  for (const q of bank) for (const a of q.audiences) pools.set(a, [...(pools.get(a) ?? []), { id: q.id, answer: q.answer, options: q.options.length }]);
  if (bank.length === 0) return { examAttempts: 0, spotExams: 0 };

  const attempts: TAttempt[] = [];
  const settings = DEFAULT_EXAM_SETTINGS;
  const base = { bureauId, passPercent: settings.passPercent };
  function add(
    values: Omit<TAttempt, 'bureauId' | 'passPercent' | 'questionIds' | 'answers' | 'dueAt' | 'submittedAt'>,
    pool: TKey[],
    count: number,
    passRate: number,
    minutes: number,
  ) {
    const s = sitting(r, pool, count, rightCount(r, Math.min(count, pool.length), passRate));
    const startedAt = values.startedAt as Date;
    const passed = examPassed(s.correct, s.total, settings.passPercent);
    const row: TAttempt = {
      ...base,
      ...values,
      questionIds: s.questionIds,
      answers: s.answers,
      correct: s.correct,
      score: examScore(s.correct, s.total),
      passed,
      dueAt: new Date(startedAt.getTime() + minutes * MINUTE),
      submittedAt: new Date(startedAt.getTime() + r.int(Math.floor(minutes / 3), minutes - 2) * MINUTE),
    };
    attempts.push(row);
    return row;
  }

  // Business managers: one in thirty, by credit code, sat an online exam in the last half year, some twice.
  const managers = await ctx.db
    .select({ id: personnel.id, role: personnel.role, name: personnel.name, operatorId: operator.id, unitCode: operator.unitCode, uscc: operator.uscc })
    .from(personnel)
    .innerJoin(operator, eq(operator.id, personnel.operatorId))
    .where(eq(operator.bureauId, bureauId))
    .orderBy(asc(operator.uscc), asc(personnel.role), asc(personnel.name));
  const [business] = await ctx.db.select({ id: appUser.id, operatorId: appUser.operatorId }).from(appUser).where(eq(appUser.username, 'business'));
  for (const [i, m] of managers.entries()) {
    const pool = pools.get(m.role);
    if (!pool || (i % 30 !== 0 && m.operatorId !== business?.operatorId)) continue;
    const sittings = r.chance(0.3) ? 2 : 1;
    for (let k = 0; k < sittings; k++) {
      const on = addDays(today, -r.int(3, 180));
      add(
        {
          kind: 'online',
          audience: m.role,
          personnelId: m.id,
          operatorId: m.operatorId,
          candidateName: m.name,
          unitCode: m.unitCode, // The demo business's own account; other businesses have none in the demo, so the manager stands for it.
          startedBy: business?.operatorId === m.operatorId ? business.id : m.id,
          startedAt: morningOf(on),
        },
        pool,
        settings.questionCount,
        0.78,
        settings.timeLimitMinutes,
      );
    }
  }

  // Staff: every inspector and station head sat the supervisors' exam, the demo cadre the cadres'.
  const staff = await ctx.db
    .select({ id: appUser.id, role: appUser.role, displayName: appUser.displayName, stationId: appUser.stationId, username: appUser.username })
    .from(appUser)
    .where(eq(appUser.bureauId, bureauId))
    .orderBy(asc(appUser.username));
  for (const u of staff) {
    const audience: TExamAudience | null = u.role === 'inspector' || u.role === 'station' ? 'supervisor' : u.role === 'cadre' ? 'cadre' : null;
    const pool = audience && pools.get(audience);
    if (!audience || !pool) continue;
    add(
      { kind: 'online', audience, userId: u.id, candidateName: u.displayName, stationId: u.stationId, startedBy: u.id, startedAt: morningOf(addDays(today, -r.int(5, 150))) },
      pool,
      settings.questionCount,
      0.85,
      settings.timeLimitMinutes,
    );
  }

  // Spot exams on closed inspections: one in twenty-five, in date order, plus the demo business's latest.
  const closed = await ctx.db
    .select({
      id: inspection.id,
      operatorId: inspection.operatorId,
      inspectedOn: inspection.inspectedOn,
      inspectorIds: inspection.inspectorIds,
      uscc: operator.uscc,
      unitCode: operator.unitCode,
    })
    .from(inspection)
    .innerJoin(operator, eq(operator.id, inspection.operatorId))
    .where(and(eq(inspection.bureauId, bureauId), eq(inspection.status, 'closed'), isNotNull(inspection.closedAt)))
    .orderBy(asc(inspection.inspectedOn), asc(operator.uscc));
  const byOperator = new Map<string, typeof managers>();
  for (const m of managers) byOperator.set(m.operatorId, [...(byOperator.get(m.operatorId) ?? []), m]);
  const ofBusiness = closed.filter((c) => c.operatorId === business?.operatorId).at(-1);
  let spotExams = 0;
  for (const [i, c] of closed.entries()) {
    if (i % 25 !== 0 && c !== ofBusiness) continue;
    const people = byOperator.get(c.operatorId) ?? [];
    const person = c === ofBusiness ? (people.find((p) => p.role === 'officer') ?? people[0]) : people.length ? r.pick(people) : undefined;
    const pool = person && pools.get(person.role);
    if (!person || !pool) continue;
    const startedAt = new Date(morningOf(c.inspectedOn).getTime() + 40 * MINUTE);
    // The demo business's manager failed, so that its workbench shows the retake due.
    const row = add(
      {
        kind: 'spot',
        audience: person.role,
        personnelId: person.id,
        operatorId: c.operatorId,
        inspectionId: c.id,
        candidateName: person.name,
        unitCode: c.unitCode,
        startedBy: c.inspectorIds[0]!,
        startedAt,
      },
      pool,
      settings.spotQuestionCount,
      c === ofBusiness ? 0 : 0.75,
      settings.spotTimeLimitMinutes,
    );
    spotExams += 1;
    if (row.passed) continue;
    row.retakeBy = addDays(c.inspectedOn, settings.retakeDays);
    // The demo business's deadline stays ahead of today, whenever its inspection was.
    if (c === ofBusiness && row.retakeBy < today) row.retakeBy = addDays(today, 20);
    // Older failures were retaken online and passed; recent ones still wait.
    const retakeOn = addDays(c.inspectedOn, r.int(7, settings.retakeDays - 1));
    if (c !== ofBusiness && retakeOn < today && r.chance(0.8)) {
      row.id = crypto.randomUUID();
      const retake = add(
        {
          kind: 'online',
          audience: person.role,
          personnelId: person.id,
          operatorId: c.operatorId,
          candidateName: person.name,
          unitCode: c.unitCode,
          startedBy: person.id,
          startedAt: morningOf(retakeOn),
        },
        pool,
        settings.questionCount,
        1,
        settings.timeLimitMinutes,
      );
      retake.id = crypto.randomUUID();
      row.retakeClearedBy = retake.id;
    }
  }

  for (let i = 0; i < attempts.length; i += 500) await ctx.db.insert(examAttempt).values(attempts.slice(i, i + 500));
  return { examAttempts: attempts.length, spotExams };
}
