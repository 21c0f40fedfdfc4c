import { DEFAULT_EXAM_SETTINGS, answeredRight, type TExam, type TExamPassRate, type TExamReviewItem, type TExamSettings, type TExamSummary } from '@shian/shared/exam';
import { EXAM_AUDIENCE_NAMES, type TDrawnQuestion } from '@shian/shared/exam-question';
import { EXAM_KIND_NAMES } from '@shian/shared/exam';
import type { TExamGroupBy } from '@shian/shared/exam';
import type { examSetting } from './exam.schema.ts';
import type { TAttemptRow } from './exam.repository.ts';

/** The bureau's settings, or the defaults (version 0) while it has set none. */
export function presentSettings(row: typeof examSetting.$inferSelect | null): TExamSettings {
  if (!row) return { ...DEFAULT_EXAM_SETTINGS, version: 0 };
  return {
    questionCount: row.questionCount,
    passPercent: row.passPercent,
    timeLimitMinutes: row.timeLimitMinutes,
    spotQuestionCount: row.spotQuestionCount,
    spotTimeLimitMinutes: row.spotTimeLimitMinutes,
    retakeDays: row.retakeDays,
    version: row.version,
  };
}

export function presentSummary({ attempt: a, operatorName, unitName }: TAttemptRow): TExamSummary {
  return {
    id: a.id,
    kind: a.kind,
    audience: a.audience,
    candidateName: a.candidateName,
    personnelId: a.personnelId,
    operatorId: a.operatorId,
    operatorName,
    unitCode: a.unitCode,
    unitName,
    inspectionId: a.inspectionId,
    questionCount: a.questionIds.length,
    correct: a.correct,
    score: a.score,
    passed: a.passed,
    startedAt: a.startedAt.toISOString(),
    dueAt: a.dueAt.toISOString(),
    submittedAt: a.submittedAt?.toISOString() ?? null,
    retakeBy: a.retakeClearedBy ? null : a.retakeBy,
    passPercent: a.passPercent,
  };
}

type TArticle = NonNullable<TExamReviewItem['article']>;

/**
 * The attempt with its questions: while open, without keys; once submitted, the wrong answers with their keys
 * and cited articles.
 */
export function presentExam(row: TAttemptRow, questions: TDrawnQuestion[], articles: Map<string, TArticle>, now: Date): TExam {
  const a = row.attempt;
  const submitted = a.submittedAt !== null;
  const wrong: TExamReviewItem[] = submitted
    ? questions
        .filter((q) => !answeredRight(a.answers[q.id], q.answer))
        .map((q) => ({
          id: q.id,
          kind: q.kind,
          stem: q.stem,
          options: q.options,
          chosen: a.answers[q.id] ?? [],
          answer: q.answer,
          article: q.articleId ? (articles.get(q.articleId) ?? null) : null,
        }))
    : [];
  return {
    ...presentSummary(row),
    now: now.toISOString(),
    questions: questions.map((q) => ({ id: q.id, kind: q.kind, stem: q.stem, options: q.options })),
    answers: a.answers,
    wrong,
    version: a.version,
  };
}

const rate = (passed: number, attempts: number) => (attempts === 0 ? 0 : Math.round((passed * 1000) / attempts) / 10);

export function presentPassRate(groupBy: TExamGroupBy, row: { key: string; unitName: string | null; attempts: number; passed: number }): TExamPassRate {
  const attempts = Number(row.attempts);
  const passed = Number(row.passed);
  const label =
    groupBy === 'audience'
      ? (EXAM_AUDIENCE_NAMES[row.key as keyof typeof EXAM_AUDIENCE_NAMES] ?? row.key)
      : groupBy === 'type'
        ? (EXAM_KIND_NAMES[row.key as keyof typeof EXAM_KIND_NAMES]?.zh ?? row.key)
        : (row.unitName ?? '机关');
  return { key: row.key, label, attempts, passed, rate: rate(passed, attempts) };
}
