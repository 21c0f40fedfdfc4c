// Food safety training courses (培训课程, issue 17): lessons built from the law library's articles, the guidance
// documents and free text, for the audiences of the question bank; learners mark lessons read.
import { z } from 'zod';
import { EXAM_AUDIENCES, type TExamAudience } from './exam-question.ts';

export const LESSON_KINDS = ['article', 'guidance', 'text'] as const;
export type TLessonKind = (typeof LESSON_KINDS)[number];
export const LESSON_KIND_NAMES: Record<TLessonKind, string> = { article: '法条', guidance: '指导文件', text: '图文' };

const text = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);
const ZId = z.uuid({ message: 'id.invalid' });

export const ZLessonKey = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'lesson.keyInvalid' });

export const ZLesson = z
  .strictObject({
    key: ZLessonKey,
    title: text(200),
    kind: z.enum(LESSON_KINDS, { message: 'type.unknown' }),
    articleId: ZId.nullish(),
    guidanceId: ZId.nullish(),
    body: z.string().trim().max(20000).nullish(),
    attachments: z.array(ZId).max(10).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'article' && !v.articleId) ctx.addIssue({ code: 'custom', path: ['articleId'], message: 'required' });
    if (v.kind === 'guidance' && !v.guidanceId) ctx.addIssue({ code: 'custom', path: ['guidanceId'], message: 'required' });
    if (v.kind === 'text' && !v.body) ctx.addIssue({ code: 'custom', path: ['body'], message: 'required' });
  });
export type TLesson = z.infer<typeof ZLesson>;

const courseFields = {
  title: text(200),
  audiences: z
    .array(z.enum(EXAM_AUDIENCES, { message: 'type.unknown' }))
    .min(1, { message: 'required' })
    .max(EXAM_AUDIENCES.length),
  summary: z.string().trim().max(2000).default(''),
  lessons: z
    .array(ZLesson)
    .min(1, { message: 'required' })
    .max(100)
    .refine((lessons) => new Set(lessons.map((l) => l.key)).size === lessons.length, { message: 'lesson.keyRepeated' }),
  published: z.boolean().default(false),
};
export const ZCourseInput = z.strictObject(courseFields);
export type TCourseInput = z.infer<typeof ZCourseInput>;
export const ZCourseUpdate = z.strictObject({ ...courseFields, version: z.number().int().min(1) });
export type TCourseUpdate = z.infer<typeof ZCourseUpdate>;

const page = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};
/** The department's list of every course (drafts included). */
export const ZCourseManageQuery = z.strictObject({
  audience: z.enum(EXAM_AUDIENCES, { message: 'type.unknown' }).optional(),
  q: z.string().trim().max(100).optional(),
  ...page,
});
export type TCourseManageQuery = z.infer<typeof ZCourseManageQuery>;

export const ZLessonParams = z.strictObject({ id: ZId, key: ZLessonKey });

/** Lesson attachments: PDF, Word, Excel or a JPG/PNG picture, recognised by the bytes, at most 10 MB each. */
export const MAX_COURSE_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const COURSE_ATTACHMENT_ACCEPT = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png';
export type TCourseAttachment = { id: string; name: string; size: number };
export const ZCourseAttachmentParams = z.strictObject({ id: ZId, fileId: ZId });

export const ZTrainingRecordQuery = z.strictObject({
  userId: ZId.optional(),
  courseId: ZId.optional(),
  ...page,
});
export type TTrainingRecordQuery = z.infer<typeof ZTrainingRecordQuery>;

export type TCourseSummary = {
  id: string;
  title: string;
  audiences: TExamAudience[];
  summary: string;
  lessonCount: number;
  doneCount: number;
  published: boolean;
  version: number;
  updatedAt: string;
};

export type TLessonView = {
  key: string;
  title: string;
  kind: TLessonKind;
  articleId: string | null;
  guidanceId: string | null;
  body: string | null;
  attachments: string[];
  /** The attachments' names and sizes, in the order of `attachments` (download: /api/courses/:id/attachments/:fileId). */
  files: TCourseAttachment[];
  /** Resolved for reading: the article's document and number, the guidance's title. */
  source: { title: string; number?: string } | null;
  doneAt: string | null;
};

export type TCourseDetail = Omit<TCourseSummary, 'lessonCount' | 'doneCount'> & { lessons: TLessonView[]; lessonCount: number; doneCount: number };

export type TTrainingRecord = {
  userId: string;
  userName: string;
  role: string;
  courseId: string;
  courseTitle: string;
  lessonCount: number;
  doneCount: number;
  lastDoneAt: string | null;
};

/** The learner's own list: published courses for the learner's audiences. */
export const ZCourseLearnQuery = z.strictObject({ ...page });
export const ZGuidanceOptionQuery = z.strictObject({ q: z.string().trim().max(100).optional() });

/** Which courses a role studies: business users the managers' courses, cadres the cadres', staff the supervisors'. */
export function audiencesOfRole(role: string): TExamAudience[] {
  if (role === 'business') return ['principal', 'director', 'officer'];
  if (role === 'cadre') return ['cadre'];
  if (role === 'expert') return [];
  return ['supervisor'];
}
