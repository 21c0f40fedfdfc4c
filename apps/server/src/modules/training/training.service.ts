// Training courses: the department builds them from law articles, guidance documents and text; learners read the
// published ones for their audience and mark lessons read; staff follow the learners' records.
import type { TPage } from '@shian/shared/http';
import {
  audiencesOfRole,
  type TCourseAttachment,
  type TCourseDetail,
  type TCourseInput,
  type TCourseManageQuery,
  type TCourseSummary,
  type TCourseUpdate,
  type TLesson,
  type TLessonView,
  type TTrainingRecord,
  type TTrainingRecordQuery,
} from '@shian/shared/training';
import { can } from '@shian/shared/access';
import type { TSessionUser } from '../../core/access.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import type { TDb, TDbOrTx } from '../../core/db/database.ts';
import type { TContext } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { readStoredFile } from '../../core/files/files.ts';
import { checkCourseFile, storeCourseFile } from './training-file.ts';
import * as repo from './training.repository.ts';

const manages = (user: TSessionUser) => can(user.role, 'training.manage');
/** Department, leader and administrator read every learner's records; everyone else only their own. */
const readsAllRecords = (user: TSessionUser) => can(user.role, 'training.read') && (user.role === 'department' || user.role === 'leader' || user.role === 'admin');

function summary(row: repo.TCourseRow, done: Set<string>): TCourseSummary {
  return {
    id: row.id,
    title: row.title,
    audiences: row.audiences,
    summary: row.summary,
    lessonCount: row.lessons.length,
    doneCount: row.lessons.filter((l) => done.has(l.key)).length,
    published: row.published,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function doneKeys(db: TDbOrTx, userId: string, courseIds: string[]) {
  const byCourse = new Map<string, Map<string, Date>>();
  for (const p of await repo.progressOf(db, userId, courseIds)) {
    if (!byCourse.has(p.courseId)) byCourse.set(p.courseId, new Map());
    byCourse.get(p.courseId)!.set(p.lessonKey, p.doneAt);
  }
  return byCourse;
}

/** The published courses for the user's audiences, with the user's progress. */
export async function myCourses(db: TDb, user: TSessionUser, page: { page: number; pageSize: number }): Promise<TPage<TCourseSummary>> {
  const audiences = audiencesOfRole(user.role);
  if (audiences.length === 0) return { items: [], total: 0, ...page };
  const { rows, total } = await repo.listCourses(db, user.bureauId, { audiences, publishedOnly: true }, page);
  const done = await doneKeys(
    db,
    user.id,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => summary(r, new Set(done.get(r.id)?.keys() ?? []))), total, ...page };
}

/** Every course, drafts included, for the department's editor. */
export async function manageCourses(db: TDb, user: TSessionUser, query: TCourseManageQuery): Promise<TPage<TCourseSummary>> {
  const { rows, total } = await repo.listCourses(db, user.bureauId, { audiences: query.audience ? [query.audience] : undefined, publishedOnly: false, q: query.q }, query);
  return { items: rows.map((r) => summary(r, new Set())), total, page: query.page, pageSize: query.pageSize };
}

/** A course the user may read: published for one of the user's audiences, or any course for its editors. */
async function readableCourse(db: TDbOrTx, user: TSessionUser, id: string) {
  const row = await repo.findCourse(db, user.bureauId, id);
  if (!row) throw notFound();
  if (manages(user)) return row;
  const audiences = audiencesOfRole(user.role);
  if (!row.published || !row.audiences.some((a) => audiences.includes(a))) throw notFound();
  return row;
}

async function lessonViews(db: TDbOrTx, bureauId: string, lessons: TLesson[], done: Map<string, Date>): Promise<TLessonView[]> {
  const articles = new Map(
    (
      await repo.articlesForReading(
        db,
        lessons.flatMap((l) => (l.kind === 'article' && l.articleId ? [l.articleId] : [])),
      )
    ).map((a) => [a.id, a]),
  );
  const guidance = new Map(
    (
      await repo.guidanceForReading(
        db,
        bureauId,
        lessons.flatMap((l) => (l.kind === 'guidance' && l.guidanceId ? [l.guidanceId] : [])),
      )
    ).map((g) => [g.id, g]),
  );
  const files = new Map(
    (
      await repo.courseFiles(
        db,
        bureauId,
        lessons.flatMap((l) => l.attachments ?? []),
      )
    ).map((f): [string, TCourseAttachment] => [f.id, { id: f.id, name: f.originalName, size: f.size }]),
  );
  return lessons.map((l) => {
    const article = l.kind === 'article' && l.articleId ? articles.get(l.articleId) : undefined;
    const doc = l.kind === 'guidance' && l.guidanceId ? guidance.get(l.guidanceId) : undefined;
    const body = article ? article.body : doc ? [doc.summary, doc.body].filter(Boolean).join('\n\n') : (l.body ?? null);
    return {
      key: l.key,
      title: l.title,
      kind: l.kind,
      articleId: l.articleId ?? null,
      guidanceId: l.guidanceId ?? null,
      body,
      attachments: l.attachments ?? [],
      files: (l.attachments ?? []).flatMap((id) => files.get(id) ?? []),
      source: article
        ? { title: article.subtitle ? `${article.documentTitle}·${article.subtitle}` : article.documentTitle, number: article.articleNumber }
        : doc
          ? { title: doc.title }
          : null,
      doneAt: done.get(l.key)?.toISOString() ?? null,
    };
  });
}

export async function getCourse(db: TDb, user: TSessionUser, id: string): Promise<TCourseDetail> {
  const row = await readableCourse(db, user, id);
  const done = (await doneKeys(db, user.id, [row.id])).get(row.id) ?? new Map<string, Date>();
  return { ...summary(row, new Set(done.keys())), lessons: await lessonViews(db, user.bureauId, row.lessons, done) };
}

async function checkLessons(db: TDbOrTx, bureauId: string, lessons: TLesson[]) {
  const articleIds = lessons.flatMap((l) => (l.kind === 'article' && l.articleId ? [l.articleId] : []));
  const found = new Set((await repo.articlesForReading(db, articleIds)).map((a) => a.id));
  const a = lessons.findIndex((l) => l.kind === 'article' && l.articleId && !found.has(l.articleId));
  if (a >= 0) throw invalidField(`lessons.${a}.articleId`, { zh: '不在法规库中', en: 'is not in the law library' });
  const guidanceIds = lessons.flatMap((l) => (l.kind === 'guidance' && l.guidanceId ? [l.guidanceId] : []));
  const foundG = new Set((await repo.guidanceForReading(db, bureauId, guidanceIds)).map((g) => g.id));
  const g = lessons.findIndex((l) => l.kind === 'guidance' && l.guidanceId && !foundG.has(l.guidanceId));
  if (g >= 0) throw invalidField(`lessons.${g}.guidanceId`, { zh: '不是本局的指导文件', en: 'is not a guidance document of the bureau' });
  const foundF = new Set(
    (
      await repo.courseFiles(
        db,
        bureauId,
        lessons.flatMap((l) => l.attachments ?? []),
      )
    ).map((f) => f.id),
  );
  const f = lessons.findIndex((l) => (l.attachments ?? []).some((id) => !foundF.has(id)));
  if (f >= 0) throw invalidField(`lessons.${f}.attachments`, { zh: '不是本局上传的课程附件', en: 'is not a course attachment uploaded in the bureau' });
}

/** Keeps only the fields of a lesson's kind. */
const cleanLessons = (lessons: TLesson[]): TLesson[] =>
  lessons.map((l) => ({
    key: l.key,
    title: l.title,
    kind: l.kind,
    ...(l.kind === 'article' ? { articleId: l.articleId } : {}),
    ...(l.kind === 'guidance' ? { guidanceId: l.guidanceId } : {}),
    ...(l.kind === 'text' ? { body: l.body } : {}),
    ...(l.attachments?.length ? { attachments: l.attachments } : {}),
  }));

export async function createCourse(db: TDb, user: TSessionUser, input: TCourseInput): Promise<TCourseDetail> {
  await checkLessons(db, user.bureauId, input.lessons);
  const row = await db.transaction(async (tx) => {
    const created = await repo.insertCourse(tx, { bureauId: user.bureauId, ...input, lessons: cleanLessons(input.lessons), createdBy: user.id });
    await recordAudit(tx, [
      {
        actor: user,
        action: 'create',
        entity: 'course',
        entityId: created.id,
        after: { title: input.title, audiences: input.audiences, lessons: input.lessons.length, published: input.published },
      },
    ]);
    return created;
  });
  return getCourse(db, user, row.id);
}

export async function updateCourse(db: TDb, user: TSessionUser, id: string, input: TCourseUpdate): Promise<TCourseDetail> {
  const { version, ...values } = input;
  await checkLessons(db, user.bureauId, values.lessons);
  await db.transaction(async (tx) => {
    const before = await repo.findCourse(tx, user.bureauId, id);
    if (!before) throw notFound();
    const row = await repo.updateCourse(tx, id, version, { ...values, lessons: cleanLessons(values.lessons) });
    await recordAudit(tx, [
      {
        actor: user,
        action: 'update',
        entity: 'course',
        entityId: id,
        before: { title: before.title, audiences: before.audiences, lessons: before.lessons.length, published: before.published },
        after: { title: row.title, audiences: row.audiences, lessons: row.lessons.length, published: row.published },
      },
    ]);
  });
  return getCourse(db, user, id);
}

/** The learner has read a lesson; answers the course's progress. Unknown lesson keys answer 404. */
export async function markLessonDone(db: TDb, user: TSessionUser, id: string, key: string): Promise<TCourseSummary> {
  const row = await readableCourse(db, user, id);
  if (!row.lessons.some((l) => l.key === key)) throw notFound();
  await db.transaction(async (tx) => {
    if (await repo.markDone(tx, user.id, row.id, key))
      await recordAudit(tx, [{ actor: user, action: 'lesson-done', entity: 'course', entityId: row.id, after: { lessonKey: key } }]);
  });
  const done = (await doneKeys(db, user.id, [row.id])).get(row.id);
  return summary(row, new Set(done?.keys() ?? []));
}

export async function trainingRecords(db: TDb, user: TSessionUser, query: TTrainingRecordQuery): Promise<TPage<TTrainingRecord>> {
  const userId = readsAllRecords(user) ? query.userId : user.id;
  const { rows, total } = await repo.records(db, user.bureauId, { userId, courseId: query.courseId }, query);
  return {
    items: rows.map((r) => {
      const keys = new Set(r.doneKeys);
      return {
        userId: r.userId,
        userName: r.userName,
        role: r.role,
        courseId: r.courseId,
        courseTitle: r.courseTitle,
        lessonCount: r.lessons.length,
        doneCount: r.lessons.filter((l) => keys.has(l.key)).length,
        lastDoneAt: r.lastDoneAt ? new Date(r.lastDoneAt).toISOString() : null,
      };
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export function guidanceOptions(db: TDb, user: TSessionUser, q?: string) {
  return repo.guidanceOptions(db, user.bureauId, q);
}

/** Uploads a lesson attachment (not yet in a lesson: the course's save puts it there). */
export async function uploadCourseAttachment(ctx: TContext, user: TSessionUser, upload: { buffer: Buffer; filename: string }): Promise<TCourseAttachment> {
  const checked = await checkCourseFile(upload);
  return ctx.db.transaction(async (tx) => {
    const row = await storeCourseFile(tx, ctx.filesDir, { ...checked, bureauId: user.bureauId, uploadedBy: user.id });
    await recordAudit(tx, [{ actor: user, action: 'upload', entity: 'stored_file', entityId: row.id, after: { name: row.originalName, size: row.size, mime: row.mime } }]);
    return { id: row.id, name: row.originalName, size: row.size };
  });
}

export type TCourseFileDownload = { bytes: Buffer; name: string; mime: string };

/** A lesson attachment, for whoever may read the course; 404 when the file is not in one of its lessons. */
export async function downloadCourseAttachment(ctx: TContext, user: TSessionUser, id: string, fileId: string): Promise<TCourseFileDownload> {
  const row = await readableCourse(ctx.db, user, id);
  if (!row.lessons.some((l) => l.attachments?.includes(fileId))) throw notFound();
  const [file] = await repo.courseFiles(ctx.db, user.bureauId, [fileId]);
  if (!file) throw notFound();
  return { bytes: await readStoredFile(ctx.filesDir, file, false), name: file.originalName, mime: file.mime };
}
