import { boolean, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { EXAM_AUDIENCES, QUESTION_KINDS, type TExamAudience } from '@shian/shared/exam-question';
import { idColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { bureauIdColumn } from '../org/org.schema.ts';
import { lawArticle } from '../law/law.schema.ts';

/**
 * One question of the bureau's bank (题库): who it is for, its kind, stem, options and answer (indexes into the
 * options), and the law article it rests on. Questions are never deleted: a retired one is inactive, so the exams
 * that drew it still show it.
 */
export const examQuestion = pgTable(
  'exam_question',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    audiences: text('audiences', { enum: EXAM_AUDIENCES }).array().$type<TExamAudience[]>().notNull(),
    category: text('category').notNull(),
    kind: text('kind', { enum: QUESTION_KINDS }).notNull(),
    stem: text('stem').notNull(),
    options: text('options').array().$type<string[]>().notNull(),
    answer: integer('answer').array().$type<number[]>().notNull(),
    /** The article it rests on; null if a re-import of the law drops that article (the bank then lists it as uncited). */
    articleId: uuid('article_id').references(() => lawArticle.id, { onDelete: 'set null' }),
    explanation: text('explanation').notNull().default(''),
    active: boolean('active').notNull().default(true),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('exam_question_bureau_idx').on(t.bureauId, t.active, t.category), index('exam_question_audiences_idx').using('gin', t.audiences)],
);
