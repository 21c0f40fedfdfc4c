import { and, arrayOverlaps, asc, desc, eq, ilike, inArray, max, sql } from 'drizzle-orm';
import type { TExamAudience } from '@shian/shared/exam-question';
import type { TDbOrTx } from '../../core/db/database.ts';
import { escapeLike } from '../../core/db/escape-like.ts';
import { storedFile } from '../../core/files/file.schema.ts';
import { insertOne } from '../../core/db/insert-one.ts';
import { pageOf, type TPageQuery } from '../../core/db/paged.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { guidanceDocument } from '../guidance/guidance.schema.ts';
import { lawArticle, lawDocument } from '../law/law.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { course, courseProgress } from './training.schema.ts';

export type TCourseRow = typeof course.$inferSelect;
export type TCourseValues = Omit<typeof course.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

export async function listCourses(db: TDbOrTx, bureauId: string, filter: { audiences?: TExamAudience[]; publishedOnly: boolean; q?: string }, page: TPageQuery) {
  const select = db
    .select()
    .from(course)
    .where(
      and(
        eq(course.bureauId, bureauId),
        filter.publishedOnly ? eq(course.published, true) : undefined,
        filter.audiences ? arrayOverlaps(course.audiences, filter.audiences) : undefined,
        filter.q ? ilike(course.title, `%${escapeLike(filter.q)}%`) : undefined,
      ),
    )
    .$dynamic();
  return pageOf(db, select, [desc(course.published), asc(course.title), asc(course.id)], page);
}

export async function findCourse(db: TDbOrTx, bureauId: string, id: string) {
  const [row] = await db
    .select()
    .from(course)
    .where(and(eq(course.bureauId, bureauId), eq(course.id, id)));
  return row ?? null;
}

export function insertCourse(db: TDbOrTx, values: TCourseValues) {
  return insertOne(db, course, values);
}

export function updateCourse(db: TDbOrTx, id: string, version: number, values: Partial<TCourseValues>) {
  return updateVersioned(db, course, id, version, values);
}

/** The lessons a user has read, per course. */
export async function progressOf(db: TDbOrTx, userId: string, courseIds: string[]) {
  if (courseIds.length === 0) return [];
  return db
    .select({ courseId: courseProgress.courseId, lessonKey: courseProgress.lessonKey, doneAt: courseProgress.doneAt })
    .from(courseProgress)
    .where(and(eq(courseProgress.userId, userId), inArray(courseProgress.courseId, courseIds)));
}

/** Marks a lesson read once; marking it again keeps the first time. */
export async function markDone(db: TDbOrTx, userId: string, courseId: string, lessonKey: string) {
  const inserted = await db.insert(courseProgress).values({ userId, courseId, lessonKey }).onConflictDoNothing().returning();
  return inserted.length > 0;
}

export async function insertProgress(db: TDbOrTx, rows: (typeof courseProgress.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insert(courseProgress)
      .values(rows.slice(i, i + 1000))
      .onConflictDoNothing();
}

/** Per learner and course: lessons read and the last time (learners with no progress are not listed). */
export async function records(db: TDbOrTx, bureauId: string, filter: { userId?: string; courseId?: string }, page: TPageQuery) {
  const lastDone = max(courseProgress.doneAt);
  const select = db
    .select({
      userId: appUser.id,
      userName: appUser.displayName,
      role: appUser.role,
      courseId: course.id,
      courseTitle: course.title,
      lessons: course.lessons,
      doneKeys: sql<string[]>`array_agg(${courseProgress.lessonKey})`,
      lastDoneAt: lastDone,
    })
    .from(courseProgress)
    .innerJoin(course, eq(course.id, courseProgress.courseId))
    .innerJoin(appUser, eq(appUser.id, courseProgress.userId))
    .where(
      and(
        eq(course.bureauId, bureauId),
        filter.userId ? eq(courseProgress.userId, filter.userId) : undefined,
        filter.courseId ? eq(courseProgress.courseId, filter.courseId) : undefined,
      ),
    )
    .groupBy(appUser.id, course.id)
    .$dynamic();
  return pageOf(db, select, [desc(lastDone), asc(appUser.id), asc(course.id)], page);
}

/** Law articles for reading: the document, the number and the text. */
export async function articlesForReading(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: lawArticle.id, documentTitle: lawDocument.title, subtitle: lawDocument.subtitle, articleNumber: lawArticle.articleNumber, body: lawArticle.body })
    .from(lawArticle)
    .innerJoin(lawDocument, eq(lawDocument.id, lawArticle.documentId))
    .where(inArray(lawArticle.id, [...new Set(ids)]));
}

export async function guidanceForReading(db: TDbOrTx, bureauId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: guidanceDocument.id, title: guidanceDocument.title, summary: guidanceDocument.summary, body: guidanceDocument.body })
    .from(guidanceDocument)
    .where(and(eq(guidanceDocument.bureauId, bureauId), inArray(guidanceDocument.id, [...new Set(ids)])));
}

/** Guidance documents to pick from in the course editor. */
export function guidanceOptions(db: TDbOrTx, bureauId: string, q?: string) {
  return db
    .select({ id: guidanceDocument.id, title: guidanceDocument.title })
    .from(guidanceDocument)
    .where(and(eq(guidanceDocument.bureauId, bureauId), q ? ilike(guidanceDocument.title, `%${escapeLike(q)}%`) : undefined))
    .orderBy(asc(guidanceDocument.title))
    .limit(50);
}

export const COURSE_FILE_KIND = 'course-attachment';

/** Course attachments of the bureau among the ids (files uploaded for courses only, never other uploads). */
export function courseFiles(db: TDbOrTx, bureauId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(storedFile)
    .where(and(eq(storedFile.bureauId, bureauId), eq(storedFile.kind, COURSE_FILE_KIND), inArray(storedFile.id, ids)));
}
