import { boolean, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { EXAM_AUDIENCES, type TExamAudience } from '@shian/shared/exam-question';
import type { TLesson } from '@shian/shared/training';
import { idColumn, refColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { bureauIdColumn } from '../org/org.schema.ts';
import { appUser } from '../user/user.schema.ts';

/** A training course: lessons in order, each a law article, a guidance document or free text. */
export const course = pgTable(
  'course',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    title: text('title').notNull(),
    audiences: text('audiences', { enum: EXAM_AUDIENCES }).array().$type<TExamAudience[]>().notNull(),
    summary: text('summary').notNull().default(''),
    lessons: jsonb('lessons').$type<TLesson[]>().notNull(),
    published: boolean('published').notNull().default(false),
    createdBy: uuid('created_by'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('course_bureau_idx').on(t.bureauId, t.published)],
);

/** A learner has read a lesson of a course (once: marking it again keeps the first time). */
export const courseProgress = pgTable(
  'course_progress',
  {
    id: idColumn(),
    userId: refColumn('user_id', () => appUser.id),
    courseId: refColumn('course_id', () => course.id),
    lessonKey: text('lesson_key').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }).notNull().defaultNow(),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [unique('course_progress_key').on(t.userId, t.courseId, t.lessonKey), index('course_progress_course_idx').on(t.courseId)],
);
