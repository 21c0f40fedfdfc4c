// The question bank (题库) of the food safety training and exams (issue 17): questions for the business's principal
// (主要负责人), its food safety director (食品安全总监) and officer (食品安全员), the assigned cadres (包保干部) and the
// supervisors (监管人员). Each question may cite the law article it rests on; the exam module draws from the bank.
import { z } from 'zod';

/** Who a question (or a course) is for. */
export const EXAM_AUDIENCES = ['principal', 'director', 'officer', 'cadre', 'supervisor'] as const;
export type TExamAudience = (typeof EXAM_AUDIENCES)[number];
export const EXAM_AUDIENCE_NAMES: Record<TExamAudience, string> = {
  principal: '主要负责人',
  director: '食品安全总监',
  officer: '食品安全员',
  cadre: '包保干部',
  supervisor: '监管人员',
};

/** 单选题, 多选题, 判断题. */
export const QUESTION_KINDS = ['single', 'multiple', 'judge'] as const;
export type TQuestionKind = (typeof QUESTION_KINDS)[number];
export const QUESTION_KIND_NAMES: Record<TQuestionKind, string> = { single: '单选题', multiple: '多选题', judge: '判断题' };

/** The two options of a judge question, in this order: answer [0] is "true", [1] is "false". */
export const JUDGE_OPTIONS = ['正确', '错误'] as const;
/** Option letters A..F as written in the import sheet and shown to learners. */
export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

const text = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);
const ZId = z.uuid({ message: 'id.invalid' });

const questionFields = {
  audiences: z
    .array(z.enum(EXAM_AUDIENCES, { message: 'type.unknown' }))
    .min(1, { message: 'required' })
    .max(EXAM_AUDIENCES.length),
  category: text(50),
  kind: z.enum(QUESTION_KINDS, { message: 'type.unknown' }),
  stem: text(1000),
  options: z.array(text(300)).min(2).max(6),
  /** Indexes into options: exactly one for single and judge, two or more for multiple. */
  answer: z.array(z.number().int().min(0).max(5)).min(1, { message: 'required' }).max(6),
  articleId: ZId.nullable().default(null),
  explanation: z.string().trim().max(2000).default(''),
};

type QuestionShape = { kind: TQuestionKind; options: string[]; answer: number[]; audiences: TExamAudience[] };
/** The rules between kind, options and answer, with the message keys of packages/shared/src/messages.ts. */
export function questionIssues(v: QuestionShape): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (new Set(v.audiences).size !== v.audiences.length) issues.push({ path: 'audiences', message: 'question.audienceRepeated' });
  if (v.kind === 'judge') {
    if (v.options.length !== 2 || v.options[0] !== JUDGE_OPTIONS[0] || v.options[1] !== JUDGE_OPTIONS[1]) issues.push({ path: 'options', message: 'question.judgeOptions' });
  } else if (new Set(v.options).size !== v.options.length) issues.push({ path: 'options', message: 'question.optionRepeated' });
  if (v.answer.some((i) => i >= v.options.length)) issues.push({ path: 'answer', message: 'question.answerOutOfRange' });
  else if (new Set(v.answer).size !== v.answer.length) issues.push({ path: 'answer', message: 'question.answerRepeated' });
  else if (v.kind === 'multiple' ? v.answer.length < 2 : v.answer.length !== 1)
    issues.push({ path: 'answer', message: v.kind === 'multiple' ? 'question.multipleNeedsTwo' : 'question.singleNeedsOne' });
  return issues;
}

const checkQuestion = (v: QuestionShape, ctx: z.RefinementCtx) => {
  for (const issue of questionIssues(v)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
};

export const ZExamQuestionInput = z.strictObject(questionFields).superRefine(checkQuestion);
export type TExamQuestionInput = z.infer<typeof ZExamQuestionInput>;

export const ZExamQuestionUpdate = z.strictObject({ ...questionFields, version: z.number().int().min(1) }).superRefine(checkQuestion);
export type TExamQuestionUpdate = z.infer<typeof ZExamQuestionUpdate>;

export const ZExamQuestionDeactivate = z.strictObject({ version: z.number().int().min(1) });
export type TExamQuestionDeactivate = z.infer<typeof ZExamQuestionDeactivate>;

export const ZExamQuestionListQuery = z.strictObject({
  audience: z.enum(EXAM_AUDIENCES, { message: 'type.unknown' }).optional(),
  category: z.string().trim().max(50).optional(),
  kind: z.enum(QUESTION_KINDS, { message: 'type.unknown' }).optional(),
  q: z.string().trim().max(100).optional(),
  /** Active questions only unless "all" (deactivated ones are kept, never deleted). */
  status: z.enum(['active', 'inactive', 'all'], { message: 'type.unknown' }).default('active'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TExamQuestionListQuery = z.infer<typeof ZExamQuestionListQuery>;

/** The cited article as a list shows it: 《食品安全法》第五十四条. */
export type TQuestionArticle = { id: string; documentTitle: string; shortTitle: string; articleNumber: string };

export type TExamQuestionView = {
  id: string;
  kind: TQuestionKind;
  stem: string;
  options: string[];
  answer: number[];
  articleId: string | null;
  article: TQuestionArticle | null;
  audiences: TExamAudience[];
  category: string;
  explanation: string;
  active: boolean;
  version: number;
  updatedAt: string;
};

/** A question as the exam module draws it (the answer included: the exam hides it from learners). */
export type TDrawnQuestion = {
  id: string;
  kind: TQuestionKind;
  stem: string;
  options: string[];
  answer: number[];
  articleId: string | null;
  category: string;
};

/** The columns of the import sheet, in order. */
export const QUESTION_IMPORT_COLUMNS = ['适用对象', '分类', '题型', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案', '法条', '解析'] as const;

export type TQuestionImportRowError = { row: number; column: string; message: string };
export type TQuestionImportResult = {
  dryRun: boolean;
  total: number;
  valid: number;
  created: number;
  errors: TQuestionImportRowError[];
  /** The first rows as they would be written, for the preview. */
  preview: { row: number; audiences: TExamAudience[]; category: string; kind: TQuestionKind; stem: string; options: string[]; answer: number[]; article: string | null }[];
};

/** "AC" → [0, 2]; "正确" → [0]; null when the text is not letters of the options (or 正确/错误 for judge). */
export function parseAnswerText(kind: TQuestionKind, raw: string, optionCount: number): number[] | null {
  const s = raw.replace(/\s|,|，|、/g, '').toUpperCase();
  if (!s) return null;
  if (kind === 'judge') {
    if (['正确', '对', '√', 'A', 'TRUE', 'T'].includes(s)) return [0];
    if (['错误', '错', '×', 'B', 'FALSE', 'F'].includes(s)) return [1];
    return null;
  }
  const out: number[] = [];
  for (const ch of s) {
    const i = OPTION_LETTERS.indexOf(ch as (typeof OPTION_LETTERS)[number]);
    if (i < 0 || i >= optionCount || out.includes(i)) return null;
    out.push(i);
  }
  return out.sort((a, b) => a - b);
}
