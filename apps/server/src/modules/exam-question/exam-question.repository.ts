import { and, arrayContains, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { TExamAudience, TExamQuestionListQuery } from '@shian/shared/exam-question';
import type { TDbOrTx } from '../../core/db/database.ts';
import { escapeLike } from '../../core/db/escape-like.ts';
import { insertOne } from '../../core/db/insert-one.ts';
import { pageOf } from '../../core/db/paged.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { lawArticle, lawDocument } from '../law/law.schema.ts';
import { examQuestion } from './exam-question.schema.ts';

export type TQuestionRow = typeof examQuestion.$inferSelect;
export type TQuestionValues = Omit<typeof examQuestion.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

const drawnColumns = {
  id: examQuestion.id,
  kind: examQuestion.kind,
  stem: examQuestion.stem,
  options: examQuestion.options,
  answer: examQuestion.answer,
  articleId: examQuestion.articleId,
  category: examQuestion.category,
};

/** The active questions of a bureau for one audience, in a stable order (the draw shuffles them by seed). */
export function activeQuestionsFor(db: TDbOrTx, bureauId: string, audience: TExamAudience) {
  return db
    .select(drawnColumns)
    .from(examQuestion)
    .where(and(eq(examQuestion.bureauId, bureauId), eq(examQuestion.active, true), arrayContains(examQuestion.audiences, [audience])))
    .orderBy(asc(examQuestion.id));
}

export function drawnByIds(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select(drawnColumns).from(examQuestion).where(inArray(examQuestion.id, ids));
}

export async function listQuestions(db: TDbOrTx, bureauId: string, query: TExamQuestionListQuery) {
  const q = query.q ? `%${escapeLike(query.q)}%` : null;
  const select = db
    .select({ question: examQuestion })
    .from(examQuestion)
    .where(
      and(
        eq(examQuestion.bureauId, bureauId),
        query.status === 'all' ? undefined : eq(examQuestion.active, query.status === 'active'),
        query.audience ? arrayContains(examQuestion.audiences, [query.audience]) : undefined,
        query.category ? eq(examQuestion.category, query.category) : undefined,
        query.kind ? eq(examQuestion.kind, query.kind) : undefined,
        q ? or(ilike(examQuestion.stem, q), ilike(examQuestion.explanation, q)) : undefined,
      ),
    )
    .$dynamic();
  const { rows, total } = await pageOf(db, select, [asc(examQuestion.category), asc(examQuestion.createdAt), asc(examQuestion.id)], query);
  return { rows: rows.map((r) => r.question), total };
}

export async function categories(db: TDbOrTx, bureauId: string) {
  const rows = await db
    .select({ category: examQuestion.category, count: sql<number>`count(*)::int` })
    .from(examQuestion)
    .where(and(eq(examQuestion.bureauId, bureauId), eq(examQuestion.active, true)))
    .groupBy(examQuestion.category)
    .orderBy(asc(examQuestion.category));
  return rows;
}

export async function findQuestion(db: TDbOrTx, bureauId: string, id: string) {
  const [row] = await db
    .select()
    .from(examQuestion)
    .where(and(eq(examQuestion.bureauId, bureauId), eq(examQuestion.id, id)));
  return row ?? null;
}

export function insertQuestion(db: TDbOrTx, values: TQuestionValues) {
  return insertOne(db, examQuestion, values);
}

export async function insertQuestions(db: TDbOrTx, values: TQuestionValues[]) {
  for (let i = 0; i < values.length; i += 500) await db.insert(examQuestion).values(values.slice(i, i + 500));
}

export function updateQuestion(db: TDbOrTx, id: string, version: number, values: Partial<TQuestionValues>) {
  return updateVersioned(db, examQuestion, id, version, values);
}

/** The cited articles as lists show them: the document's title and the article's number. */
export async function articleLabels(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: lawArticle.id, documentTitle: lawDocument.title, subtitle: lawDocument.subtitle, shortTitle: lawDocument.shortTitle, articleNumber: lawArticle.articleNumber })
    .from(lawArticle)
    .innerJoin(lawDocument, eq(lawDocument.id, lawArticle.documentId))
    .where(inArray(lawArticle.id, [...new Set(ids)]));
}
