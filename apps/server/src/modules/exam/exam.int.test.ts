import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { TExam, TExamPassRate, TExamSettings, TExamSummary } from '@shian/shared/exam';
import type { TPage } from '@shian/shared/http';
import type { TNotificationPage } from '@shian/shared/notification';
import type { TWorkbench } from '@shian/shared/workbench';
import { chinaToday } from '@shian/shared/working-days';
import { rowsOf } from '../../core/db/database.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { answerAll, closeWith, me, startInspection } from '../../testing/inspections.ts';
import { refusedFields } from '../../testing/refused-fields.ts';

type TUser = 'admin' | 'business' | 'inspector' | 'station' | 'department' | 'cadre' | 'leader';
let platform: TTestPlatform;
let cast: Record<TUser, string>;
let businessOperatorId: string;
/** The demo business's managers by post. */
let managers: Record<'principal' | 'director' | 'officer', string>;

const q = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await platform.ctx.db.execute(query));
const get = async <T>(url: string, cookie: string) => {
  const response = await platform.request({ method: 'GET', url, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
};
const send = (method: 'POST' | 'PUT', url: string, cookie: string, payload?: object) => platform.request({ method, url, cookie, payload });

/** The key of each question of an attempt, read from the bank (what the learner never receives while open). */
async function keysOf(attemptId: string): Promise<Map<string, number[]>> {
  const rows = await q<{ id: string; answer: number[] }>(
    sql`select q.id, q.answer from exam_question q where q.id in (select unnest(question_ids) from exam_attempt where id = ${attemptId})`,
  );
  return new Map(rows.map((r) => [r.id, r.answer]));
}

/** Choices with exactly `right` questions answered right (the others answered wrong). */
async function choicesWith(exam: TExam, right: number): Promise<Record<string, number[]>> {
  const keys = await keysOf(exam.id);
  return Object.fromEntries(
    exam.questions.map((question, i) => {
      const key = keys.get(question.id)!;
      const wrong = [question.options.findIndex((_, o) => !key.includes(o))];
      return [question.id, i < right ? key : wrong];
    }),
  );
}

async function startOnline(cookie: string, payload: object) {
  const response = await send('POST', '/api/exams', cookie, payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as TExam;
}

async function submit(exam: TExam, cookie: string, choices: Record<string, number[]>) {
  const response = await send('POST', `/api/exams/${exam.id}/submit`, cookie, { version: exam.version, choices });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as TExam;
}

/** A bank of `count` single-choice questions per audience, each citing an article when the library has one. */
async function seedBank(count: number) {
  const [bureau] = await q<{ id: string }>(sql`select id from bureau limit 1`);
  const [article] = await q<{ id: string }>(sql`select id from law_article order by id limit 1`);
  for (const audience of ['principal', 'director', 'officer', 'cadre', 'supervisor']) {
    for (let i = 0; i < count; i++) {
      await platform.ctx.db.execute(
        sql`insert into exam_question (bureau_id, audiences, category, kind, stem, options, answer, article_id)
            values (${bureau.id}, ${`{${audience}}`}::text[], ${`分类${i % 4}`}, 'single', ${`${audience} 测试题 ${i}`}, '{甲,乙,丙,丁}'::text[], ${`{${i % 4}}`}::int[], ${article?.id ?? null})`,
      );
    }
  }
}

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin', 'business', 'inspector', 'station', 'department', 'cadre', 'leader'] as const));
  await seedBank(35);
  businessOperatorId = (await me(platform, cast.business)).operatorId!;
  const people = await q<{ id: string; role: 'principal' | 'director' | 'officer' }>(
    sql`select id, role from personnel where operator_id = ${businessOperatorId} order by role, id`,
  );
  managers = {} as typeof managers;
  for (const role of ['principal', 'director', 'officer'] as const) {
    managers[role] =
      people.find((p) => p.role === role)?.id ??
      (
        await q<{ id: string }>(sql`insert into personnel (operator_id, role, name, phone_encrypted) values (${businessOperatorId}, ${role}, ${`测试${role}`}, 'x') returning id`)
      )[0].id;
  }
});
afterAll(() => platform.close());

/** An inspection of the demo business started by the demo inspector with a colleague of the same station. */
async function inspectBusiness() {
  const inspector = await me(platform, cast.inspector);
  const colleagues = await q<{ id: string }>(
    sql`select id from app_user where role = 'inspector' and station_id = ${inspector.stationId} and id <> ${inspector.id} order by id limit 1`,
  );
  return startInspection(platform, cast.inspector, { operatorId: businessOperatorId, inspectorIds: [inspector.id, colleagues[0].id], inspectedOn: chinaToday() });
}

describe('settings', () => {
  it('answers the defaults, is set by the department once per version, and is not the business’s to set', async () => {
    expect(await get<TExamSettings>('/api/exam-settings', cast.business)).toEqual({
      questionCount: 30,
      passPercent: 90,
      timeLimitMinutes: 60,
      spotQuestionCount: 20,
      spotTimeLimitMinutes: 30,
      retakeDays: 30,
      version: 0,
    });
    const values = { questionCount: 30, passPercent: 90, timeLimitMinutes: 45, spotQuestionCount: 20, spotTimeLimitMinutes: 30, retakeDays: 30 };
    const first = await send('PUT', '/api/exam-settings', cast.department, { version: 0, ...values });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ ...values, version: 1 });
    expect((await send('PUT', '/api/exam-settings', cast.department, { version: 0, ...values })).statusCode).toBe(409);
    expect((await send('PUT', '/api/exam-settings', cast.business, { version: 1, ...values })).statusCode).toBe(403);
    const refused = await refusedFields(platform, { method: 'PUT', url: '/api/exam-settings', cookie: cast.department, payload: { version: 1, ...values, questionCount: 10 } });
    expect(refused.map((f) => f.path)).toEqual(['questionCount']);
    const back = await send('PUT', '/api/exam-settings', cast.department, { version: 1, ...values, timeLimitMinutes: 60 });
    expect(back.statusCode, back.body).toBe(200);
  });
});

describe('online exams', () => {
  it('draws 30 questions for the manager’s post and never sends the key while the attempt is open', async () => {
    const exam = await startOnline(cast.business, { audience: 'officer', personnelId: managers.officer });
    expect(exam.kind).toBe('online');
    expect(exam.audience).toBe('officer');
    expect(exam.questions).toHaveLength(30);
    expect(exam.passPercent).toBe(90);
    expect(new Date(exam.dueAt).getTime() - new Date(exam.startedAt).getTime()).toBe(60 * 60_000);
    expect(exam.wrong).toEqual([]);
    for (const question of exam.questions) expect(Object.keys(question).sort()).toEqual(['id', 'kind', 'options', 'stem']);
    const reread = await get<TExam>(`/api/exams/${exam.id}`, cast.business);
    expect(JSON.stringify(reread)).not.toMatch(/"answer"/);
    // Progress is saved at a version; a stale one answers 409.
    const choices = await choicesWith(exam, 3);
    const saved = await send('PUT', `/api/exams/${exam.id}/answers`, cast.business, { version: exam.version, choices });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as TExam).answers).toEqual(choices);
    expect((await send('PUT', `/api/exams/${exam.id}/answers`, cast.business, { version: exam.version, choices })).statusCode).toBe(409);
    const foreignQuestion = await send('PUT', `/api/exams/${exam.id}/answers`, cast.business, { version: exam.version + 1, choices: { [crypto.randomUUID()]: [0] } });
    expect(foreignQuestion.statusCode).toBe(400);
    await submit(saved.json(), cast.business, choices);
  });

  it('keeps one attempt open at a time: a second start answers the open one', async () => {
    const first = await startOnline(cast.business, { audience: 'director', personnelId: managers.director });
    const second = await startOnline(cast.business, { audience: 'director', personnelId: managers.director });
    expect(second.id).toBe(first.id);
    const [{ n }] = await q<{ n: number }>(sql`select count(*)::int as n from exam_attempt where personnel_id = ${managers.director} and submitted_at is null`);
    expect(n).toBe(1);
    // Another manager sits at the same time.
    const other = await startOnline(cast.business, { audience: 'principal', personnelId: managers.principal });
    expect(other.id).not.toBe(first.id);
    await submit(first, cast.business, {});
    await submit(other, cast.business, {});
    const [{ open }] = await q<{ open: number }>(sql`select count(*)::int as open from exam_attempt where personnel_id = ${managers.director} and submitted_at is null`);
    expect(open).toBe(0);
  });

  it('passes at 90%: 27 of 30 passes, 26 fails, and the result shows each wrong answer with its key and article', async () => {
    const pass = await startOnline(cast.business, { audience: 'officer', personnelId: managers.officer });
    const passed = await submit(pass, cast.business, await choicesWith(pass, 27));
    expect(passed).toMatchObject({ correct: 27, score: 90, passed: true });
    expect(passed.wrong).toHaveLength(3);
    const keys = await keysOf(pass.id);
    for (const w of passed.wrong) expect(w.answer).toEqual(keys.get(w.id));
    for (const w of passed.wrong) {
      const [{ article_id }] = await q<{ article_id: string | null }>(sql`select article_id from exam_question where id = ${w.id}`);
      expect(w.article?.id ?? null).toBe(article_id);
    }
    expect(passed.wrong.some((w) => w.article !== null)).toBe(true);

    const fail = await startOnline(cast.business, { audience: 'officer', personnelId: managers.officer });
    expect(fail.id).not.toBe(pass.id);
    const failed = await submit(fail, cast.business, await choicesWith(fail, 26));
    expect(failed).toMatchObject({ correct: 26, score: 86, passed: false, retakeBy: null });
    expect(failed.wrong).toHaveLength(4);
    // Submitted once: a second submission is refused.
    expect((await send('POST', `/api/exams/${fail.id}/submit`, cast.business, { version: failed.version, choices: {} })).statusCode).toBe(409);

    const mine = await get<TPage<TExamSummary>>('/api/exams?pageSize=100', cast.business);
    expect(mine.items.map((i) => i.id)).toEqual(expect.arrayContaining([pass.id, fail.id]));
  });

  it('checks who sits: a business names its own manager of that post; staff sit their own audience', async () => {
    const mismatch = await refusedFields(platform, { method: 'POST', url: '/api/exams', cookie: cast.business, payload: { audience: 'principal', personnelId: managers.officer } });
    expect(mismatch.map((f) => f.path)).toEqual(['audience']);
    const [stranger] = await q<{ id: string }>(sql`select id from personnel where operator_id <> ${businessOperatorId} limit 1`);
    const foreign = await refusedFields(platform, { method: 'POST', url: '/api/exams', cookie: cast.business, payload: { audience: 'officer', personnelId: stranger.id } });
    expect(foreign.map((f) => f.path)).toEqual(['personnelId']);
    const staffWrong = await refusedFields(platform, { method: 'POST', url: '/api/exams', cookie: cast.inspector, payload: { audience: 'cadre' } });
    expect(staffWrong.map((f) => f.path)).toEqual(['audience']);
    expect((await send('POST', '/api/exams', cast.leader, { audience: 'supervisor' })).statusCode).toBe(403);

    const cadreExam = await startOnline(cast.cadre, { audience: 'cadre' });
    expect(cadreExam.questions).toHaveLength(30);
    await submit(cadreExam, cast.cadre, await choicesWith(cadreExam, 30));
    const staffExam = await startOnline(cast.inspector, { audience: 'supervisor' });
    await submit(staffExam, cast.inspector, await choicesWith(staffExam, 28));
  });

  it('is timed by the server: after the deadline answers are refused and a submission is scored at the deadline', async () => {
    const exam = await startOnline(cast.business, { audience: 'officer', personnelId: managers.officer });
    const all = await choicesWith(exam, 30);
    const firstFive = Object.fromEntries(Object.entries(all).slice(0, 5));
    const saved = (await send('PUT', `/api/exams/${exam.id}/answers`, cast.business, { version: exam.version, choices: firstFive })).json() as TExam;
    await platform.ctx.db.execute(sql`update exam_attempt set due_at = now() - interval '1 minute' where id = ${exam.id}`);
    const late = await refusedFields(platform, { method: 'PUT', url: `/api/exams/${exam.id}/answers`, cookie: cast.business, payload: { version: saved.version, choices: all } });
    expect(late.map((f) => f.path)).toEqual(['choices']);
    const result = await submit(saved, cast.business, all);
    expect(result).toMatchObject({ correct: 5, passed: false });
    expect(result.submittedAt).toBe(result.dueAt);

    // An attempt left open past its deadline is scored when the candidate starts again.
    const left = await startOnline(cast.business, { audience: 'officer', personnelId: managers.officer });
    await platform.ctx.db.execute(sql`update exam_attempt set due_at = now() - interval '1 minute' where id = ${left.id}`);
    const next = await startOnline(cast.business, { audience: 'officer', personnelId: managers.officer });
    expect(next.id).not.toBe(left.id);
    const [closed] = await q<{ passed: boolean; submitted: boolean }>(sql`select passed, submitted_at = due_at as submitted from exam_attempt where id = ${left.id}`);
    expect(closed).toEqual({ passed: false, submitted: true });
    await submit(next, cast.business, {});
  });
});

describe('spot exams', () => {
  it('are given during an open inspection; a failure sets a retake deadline shown on the business’s workbench until a pass clears it', async () => {
    const inspection = await inspectBusiness();
    const started = await send('POST', `/api/inspections/${inspection.id}/spot-exams`, cast.inspector, { personnelId: managers.officer });
    expect(started.statusCode, started.body).toBe(201);
    const spot = started.json() as TExam;
    expect(spot).toMatchObject({ kind: 'spot', audience: 'officer', inspectionId: inspection.id, operatorId: businessOperatorId });
    expect(spot.questions).toHaveLength(20);
    expect(new Date(spot.dueAt).getTime() - new Date(spot.startedAt).getTime()).toBe(30 * 60_000);
    // The manager answers on the inspector's phone: the business's own account may not answer it.
    expect((await send('POST', `/api/exams/${spot.id}/submit`, cast.business, { version: spot.version, choices: {} })).statusCode).toBe(404);
    const failed = await submit(spot, cast.inspector, await choicesWith(spot, 15));
    const today = chinaToday();
    const expected = new Date(`${today}T00:00:00Z`);
    expected.setUTCDate(expected.getUTCDate() + 30);
    expect(failed).toMatchObject({ passed: false, correct: 15, score: 75, retakeBy: expected.toISOString().slice(0, 10) });

    const listed = await get<TExamSummary[]>(`/api/inspections/${inspection.id}/spot-exams`, cast.inspector);
    expect(listed.map((s) => [s.id, s.passed, s.retakeBy])).toEqual([[spot.id, false, failed.retakeBy]]);
    // The business is told once: who failed, the score and the retake deadline.
    const told = (await get<TNotificationPage>('/api/notifications?pageSize=100', cast.business)).items.filter((n) => n.kind === 'retake');
    expect(told).toEqual([expect.objectContaining({ module: 'exam', link: '/exams/mine', readAt: null })]);
    expect(told[0].body?.zh).toContain(failed.retakeBy!);
    expect(told[0].title.zh).toContain(failed.candidateName);
    const retakes = async () => (await get<TWorkbench>('/api/workbench?module=exam', cast.business)).items;
    expect(await retakes()).toEqual([expect.objectContaining({ module: 'exam', kind: 'retake', dueOn: failed.retakeBy, link: expect.stringContaining(managers.officer) })]);

    // A retake online from the business's account clears the deadline when passed.
    const retake = await startOnline(cast.business, { audience: 'officer', personnelId: managers.officer });
    await submit(retake, cast.business, await choicesWith(retake, 30));
    expect(await retakes()).toEqual([]);
    // A pass (or an online failure) tells nobody of a retake.
    expect((await get<TNotificationPage>('/api/notifications?pageSize=100', cast.business)).items.filter((n) => n.kind === 'retake')).toHaveLength(1);
    expect((await get<TExamSummary[]>(`/api/inspections/${inspection.id}/spot-exams`, cast.inspector))[0].retakeBy).toBeNull();
  });

  it('needs an open inspection in the inspector’s scope and a manager of the inspected operator', async () => {
    const inspection = await inspectBusiness();
    const [stranger] = await q<{ id: string }>(sql`select id from personnel where operator_id <> ${businessOperatorId} limit 1`);
    const wrongPerson = await refusedFields(platform, {
      method: 'POST',
      url: `/api/inspections/${inspection.id}/spot-exams`,
      cookie: cast.inspector,
      payload: { personnelId: stranger.id },
    });
    expect(wrongPerson.map((f) => f.path)).toEqual(['personnelId']);
    expect((await send('POST', `/api/inspections/${inspection.id}/spot-exams`, cast.business, { personnelId: managers.officer })).statusCode).toBe(403);

    const answered = await answerAll(platform, cast.inspector, inspection);
    const closing = await closeWith(platform, cast.inspector, answered);
    expect(closing.statusCode, closing.body).toBe(200);
    const closed = await refusedFields(platform, {
      method: 'POST',
      url: `/api/inspections/${inspection.id}/spot-exams`,
      cookie: cast.inspector,
      payload: { personnelId: managers.officer },
    });
    expect(closed.map((f) => f.path)).toEqual(['inspectionId']);

    // Another station's inspection is not found.
    const [other] = await q<{ id: string; station_id: string }>(
      sql`select o.id, u.station_id from operator o join unit u on u.code = o.unit_code join station s on s.id = u.station_id
          where s.name <> '前川市场监督管理所' and exists (select 1 from personnel p where p.operator_id = o.id) order by o.id limit 1`,
    );
    const theirs = await q<{ id: string }>(sql`select id from app_user where role = 'inspector' and station_id = ${other.station_id} order by id limit 2`);
    const foreign = await startInspection(platform, cast.admin, { operatorId: other.id, inspectorIds: theirs.map((t) => t.id), inspectedOn: chinaToday() });
    const [theirManager] = await q<{ id: string }>(sql`select id from personnel where operator_id = ${other.id} limit 1`);
    expect((await send('POST', `/api/inspections/${foreign.id}/spot-exams`, cast.inspector, { personnelId: theirManager.id })).statusCode).toBe(404);
    expect((await platform.request({ method: 'GET', url: `/api/inspections/${foreign.id}/spot-exams`, cookie: cast.inspector })).statusCode).toBe(404);
    expect((await platform.request({ method: 'GET', url: `/api/inspections/${foreign.id}/spot-exams`, cookie: cast.admin })).statusCode).toBe(200);
  });
});

describe('scopes and figures', () => {
  it('shows an attempt only in scope: 404 outside it', async () => {
    const staff = await startOnline(cast.station, { audience: 'supervisor' });
    expect((await platform.request({ method: 'GET', url: `/api/exams/${staff.id}`, cookie: cast.business })).statusCode).toBe(404);
    expect((await platform.request({ method: 'GET', url: `/api/exams/${staff.id}`, cookie: cast.cadre })).statusCode).toBe(404);
    // A colleague of the same station sees it but may not answer it.
    expect((await platform.request({ method: 'GET', url: `/api/exams/${staff.id}`, cookie: cast.inspector })).statusCode).toBe(200);
    expect((await send('POST', `/api/exams/${staff.id}/submit`, cast.inspector, { version: staff.version, choices: {} })).statusCode).toBe(404);
    await submit(staff, cast.station, {});

    const [foreignAttempt] = await q<{ id: string }>(
      sql`insert into exam_attempt (bureau_id, kind, audience, operator_id, candidate_name, unit_code, started_by, question_ids, pass_percent, due_at, submitted_at, correct, score, passed)
          select o.bureau_id, 'online', 'officer', o.id, '外所安全员', o.unit_code, ${crypto.randomUUID()}, '{}'::uuid[], 90, now(), now(), 0, 0, false
          from operator o join unit u on u.code = o.unit_code join station s on s.id = u.station_id where s.name <> '前川市场监督管理所' limit 1 returning id`,
    );
    for (const user of ['business', 'inspector', 'station', 'cadre'] as const) {
      expect((await platform.request({ method: 'GET', url: `/api/exams/${foreignAttempt.id}`, cookie: cast[user] })).statusCode, user).toBe(404);
    }
    const stationResults = await get<TPage<TExamSummary>>('/api/exams/results?pageSize=200', cast.station);
    expect(stationResults.items.map((i) => i.id)).not.toContain(foreignAttempt.id);
    const districtResults = await get<TPage<TExamSummary>>('/api/exams/results?pageSize=200&type=online&audience=officer', cast.leader);
    expect(districtResults.items.map((i) => i.id)).toContain(foreignAttempt.id);
    expect(districtResults.items.every((i) => i.kind === 'online' && i.audience === 'officer' && i.submittedAt !== null)).toBe(true);
    expect((await platform.request({ method: 'GET', url: '/api/exams/results', cookie: cast.business })).statusCode).toBe(403);

    // One operator's results (the operator page's card): its managers' attempts only; outside the scope none.
    const foreignOperator = (await q<{ operator_id: string }>(sql`select operator_id from exam_attempt where id = ${foreignAttempt.id}`))[0].operator_id;
    const ownResults = await get<TPage<TExamSummary>>(`/api/exams/results?pageSize=200&operatorId=${businessOperatorId}`, cast.station);
    expect(ownResults.total).toBeGreaterThan(0);
    expect(ownResults.items.every((i) => i.operatorId === businessOperatorId)).toBe(true);
    expect((await get<TPage<TExamSummary>>(`/api/exams/results?operatorId=${foreignOperator}`, cast.station)).items).toEqual([]);
    expect((await get<TPage<TExamSummary>>(`/api/exams/results?operatorId=${foreignOperator}`, cast.leader)).items.map((i) => i.id)).toEqual([foreignAttempt.id]);
    expect((await platform.request({ method: 'GET', url: '/api/exams/results?operatorId=x', cookie: cast.station })).statusCode).toBe(400);
  });

  it('answers pass rates by audience, unit and type for a chart', async () => {
    const byAudience = await get<TExamPassRate[]>('/api/exams/pass-rates?groupBy=audience', cast.leader);
    const officer = byAudience.find((r) => r.key === 'officer')!;
    expect(officer.label).toBe('食品安全员');
    expect(officer.attempts).toBeGreaterThan(officer.passed);
    expect(officer.rate).toBe(Math.round((officer.passed * 1000) / officer.attempts) / 10);
    const byType = await get<TExamPassRate[]>('/api/exams/pass-rates?groupBy=type', cast.leader);
    expect(byType.map((r) => r.key).sort()).toEqual(['online', 'spot']);
    const byUnit = await get<TExamPassRate[]>('/api/exams/pass-rates?groupBy=unit', cast.station);
    expect(byUnit.find((r) => r.key === '420116001000')?.label).toBeTruthy();
    const refused = await refusedFields(platform, { method: 'GET', url: '/api/exams/pass-rates?groupBy=colour', cookie: cast.leader });
    expect(refused.map((f) => f.path)).toEqual(['groupBy']);
  });
});
