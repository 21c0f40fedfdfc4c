// Exams (考试) of issue 17: online exams drawn at random from the question bank per audience, timed, one open
// attempt at a time, and on-site spot exams (监督抽查考核) an inspector gives one of a business's managers during an
// inspection. A failed spot exam sets a retake deadline that a passed exam of the same person clears.
import { z } from 'zod';
import { EXAM_AUDIENCES, type TExamAudience, type TQuestionKind } from './exam-question.ts';
import { PERSONNEL_ROLES, type TPersonnelRole } from './operator.ts';
import { ZUnitCode } from './org.ts';

export const EXAM_KINDS = ['online', 'spot'] as const;
export type TExamKind = (typeof EXAM_KINDS)[number];
export const EXAM_KIND_NAMES: Record<TExamKind, { zh: string; en: string }> = {
  online: { zh: '在线考试', en: 'Online exam' },
  spot: { zh: '现场抽查考核', en: 'Spot exam' },
};

/** A business's managers sit the exam of their post: the audience is the personnel role. */
export const MANAGER_AUDIENCES: readonly TPersonnelRole[] = PERSONNEL_ROLES;

/** The bureau's rules when it has set none: 30 questions, pass at 90%, an hour; spot exams 20 questions in 30 minutes, retake within 30 days. */
export const DEFAULT_EXAM_SETTINGS = {
  questionCount: 30,
  passPercent: 90,
  timeLimitMinutes: 60,
  spotQuestionCount: 20,
  spotTimeLimitMinutes: 30,
  retakeDays: 30,
} as const;

/** Passed when the share of right answers reaches the pass mark: 27 of 30 at 90% passes, 26 fails (integers, no rounding). */
export function examPassed(correct: number, total: number, passPercent: number): boolean {
  return total > 0 && correct * 100 >= passPercent * total;
}

/** The score out of 100, rounded down (29 of 30 is 96). */
export function examScore(correct: number, total: number): number {
  return total > 0 ? Math.floor((correct * 100) / total) : 0;
}

/** A question is answered right when the chosen options are exactly the key's. */
export function answeredRight(chosen: readonly number[] | undefined, key: readonly number[]): boolean {
  if (!chosen || chosen.length !== key.length) return false;
  const set = new Set(chosen);
  return set.size === key.length && key.every((k) => set.has(k));
}

const ZId = z.uuid({ message: 'id.invalid' });
const page = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export const ZExamSettings = z.strictObject({
  /** 0 sets the bureau's settings the first time. */
  version: z.number().int().min(0),
  questionCount: z.number().int().min(30).max(100),
  passPercent: z.number().int().min(50).max(100),
  timeLimitMinutes: z.number().int().min(5).max(240),
  spotQuestionCount: z.number().int().min(5).max(100),
  spotTimeLimitMinutes: z.number().int().min(5).max(240),
  retakeDays: z.number().int().min(1).max(180),
});
export type TExamSettingsUpdate = z.infer<typeof ZExamSettings>;
export type TExamSettings = Omit<TExamSettingsUpdate, 'version'> & { version: number };

/** Starting an online exam: a business names the manager (its personnel row) who sits it; staff sit their own. */
export const ZExamStart = z.strictObject({
  audience: z.enum(EXAM_AUDIENCES, { message: 'type.unknown' }),
  personnelId: ZId.optional(),
});
export type TExamStart = z.infer<typeof ZExamStart>;

export const ZSpotExamStart = z.strictObject({ personnelId: ZId });
export type TSpotExamStart = z.infer<typeof ZSpotExamStart>;

/** The chosen options per question id (indexes into the options). */
const ZAnswers = z.record(ZId, z.array(z.number().int().min(0).max(5)).max(6)).refine((v) => Object.keys(v).length <= 200, { message: 'exam.tooManyAnswers' });

export const ZExamAnswers = z.strictObject({ version: z.number().int().min(1), choices: ZAnswers });
export type TExamAnswers = z.infer<typeof ZExamAnswers>;

export const ZExamMineQuery = z.strictObject({ ...page });

export const ZExamResultsQuery = z.strictObject({
  audience: z.enum(EXAM_AUDIENCES, { message: 'type.unknown' }).optional(),
  unitCode: ZUnitCode.optional(),
  type: z.enum(EXAM_KINDS, { message: 'type.unknown' }).optional(),
  passed: z.enum(['true', 'false']).optional(),
  /** One operator's managers (the operator page's exam card); outside the caller's scope the list is empty. */
  operatorId: ZId.optional(),
  ...page,
});
export type TExamResultsQuery = z.infer<typeof ZExamResultsQuery>;

export const EXAM_GROUP_BYS = ['audience', 'unit', 'type'] as const;
export type TExamGroupBy = (typeof EXAM_GROUP_BYS)[number];
export const ZExamPassRatesQuery = z.strictObject({ groupBy: z.enum(EXAM_GROUP_BYS, { message: 'type.unknown' }).default('audience') });

/** A question as the learner sees it: never the key while the attempt is open. */
export type TExamQuestion = { id: string; kind: TQuestionKind; stem: string; options: string[] };

/** A wrong answer after submission, with the key and the article the question cites. */
export type TExamReviewItem = TExamQuestion & {
  chosen: number[];
  answer: number[];
  article: { id: string; documentId: string; title: string; articleNumber: string; body: string } | null;
};

export type TExamSummary = {
  id: string;
  kind: TExamKind;
  audience: TExamAudience;
  /** Who sat it: the manager's name, or the staff user's. */
  candidateName: string;
  personnelId: string | null;
  operatorId: string | null;
  operatorName: string | null;
  unitCode: string | null;
  unitName: string | null;
  inspectionId: string | null;
  questionCount: number;
  correct: number | null;
  score: number | null;
  passed: boolean | null;
  startedAt: string;
  dueAt: string;
  submittedAt: string | null;
  retakeBy: string | null;
  /** The pass mark the attempt was started with. */
  passPercent: number;
};

export type TExam = TExamSummary & {
  /** The server's time when answered, so that the countdown follows the server's clock, not the phone's. */
  now: string;
  questions: TExamQuestion[];
  answers: Record<string, number[]>;
  /** After submission: the wrong answers with their keys and articles (empty while open). */
  wrong: TExamReviewItem[];
  version: number;
};

export type TExamPassRate = { key: string; label: string; attempts: number; passed: number; rate: number };
