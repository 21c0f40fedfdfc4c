import type { TExamQuestionView, TQuestionArticle } from '@shian/shared/exam-question';
import type { TQuestionRow } from './exam-question.repository.ts';

export function presentQuestion(row: TQuestionRow, articles: Map<string, TQuestionArticle>): TExamQuestionView {
  return {
    id: row.id,
    kind: row.kind,
    stem: row.stem,
    options: row.options,
    answer: row.answer,
    articleId: row.articleId,
    article: row.articleId ? (articles.get(row.articleId) ?? null) : null,
    audiences: row.audiences,
    category: row.category,
    explanation: row.explanation,
    active: row.active,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function auditedQuestion(row: TQuestionRow) {
  return {
    audiences: row.audiences,
    category: row.category,
    kind: row.kind,
    stem: row.stem,
    options: row.options,
    answer: row.answer,
    articleId: row.articleId,
    active: row.active,
  };
}
