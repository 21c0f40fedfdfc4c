// The law library: article search, reading, and citations.
//
// Functions other modules call (import them from 'modules/law/law.service.ts'; `db` is ctx.db or a transaction):
//
//   citeArticles(db: TDbOrTx, subject: TCitationSubject, articleIds: string[]): Promise<void>
//     Sets the articles a record cites (replacing what it cited before; [] removes them all).
//     TCitationSubject = { kind: TCitationSubjectKind; id: string; label: string; link?: string | null }
//     kind: 'checklist_item' | 'rumour' | 'food_standard' | 'guidance' | 'notice' | 'penalty_decision' | 'inspection' | 'case'
//     label is shown to anyone reading the article (public pages too): no personal data.
//     link is the citing record's page in the app ("/rumours/<id>"), or null.
//     An unknown article id answers 400 naming the field "articleIds".
//   citationsOf(db: TDbOrTx, articleId: string): Promise<TLawCitation[]>
//     Where the platform cites an article.
//   citedArticlesOf(db: TDbOrTx, kind: TCitationSubjectKind, subjectId: string): Promise<TLawArticleRef[]>
//     The articles one record cites, with their law's title and number, to show beside the record.
//   resolveArticle(db: TDbOrTx, lawTitle: string, articleNumber: string): Promise<string | null>
//     '《中华人民共和国食品安全法》' or '食品安全法', '第五十四条' or '第54条' → the article id in the
//     current version of that law; null when the law or the article is not in the library.
//   describeArticles(db: TDbOrTx, articleIds: string[]): Promise<TLawArticleRef[]>
//     TLawArticleRef = { articleId, documentId, documentTitle, articleNumber, validity }.
// Pages: /laws/articles/<articleId> (staff) and /p/laws/articles/<articleId> (public) show one article.
import {
  normaliseLawTitle,
  parseArticleNumber,
  type TCitationSubjectKind,
  type TLawArticle,
  type TLawArticleRef,
  type TLawArticleView,
  type TLawCitation,
  type TLawDocument,
  type TLawListQuery,
  type TLawResolveQuery,
  type TLawSearchQuery,
  type TLawSearchResult,
} from '@shian/shared/law';
import type { TContext } from '../../core/context.ts';
import { toInt, type TDbOrTx } from '../../core/db/database.ts';
import { pageWindow } from '../../core/db/paged.ts';
import { notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { checklistItemBases, linkChecklistBasis } from '../checklist/checklist.public.ts';
import { buildLawQuery } from './law-query.ts';
import { presentCitation, presentDocumentSummary, presentSnippet } from './law.presenter.ts';
import * as repo from './law.repository.ts';

export type TCitationSubject = { kind: TCitationSubjectKind; id: string; label: string; link?: string | null };

// ---- search and reading ----

export async function searchLaws(ctx: TContext, query: TLawSearchQuery): Promise<TLawSearchResult> {
  const built = buildLawQuery(query.q);
  const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  if (!built.match && built.phrases.length === 0 && built.articleNumbers.length === 0) return empty;
  const params: repo.TSearchParams = {
    ...built,
    level: query.level,
    validity: query.validity,
    topic: query.topic,
    ...pageWindow(query),
  };
  let rows = await repo.searchArticles(ctx.db, params);
  // Nothing has every word: rank what has some of them, rather than answer with nothing.
  if (rows.length === 0 && query.page === 1 && built.loose && built.match !== built.loose) {
    params.match = built.loose;
    rows = await repo.searchArticles(ctx.db, params);
  }
  const total = rows.length ? toInt(rows[0].total) : query.page > 1 ? await repo.countSearch(ctx.db, params) : 0;
  const openings = await repo.articleOpenings(
    ctx.db,
    rows.filter((r) => !r.snippet).map((r) => r.id),
  );
  return {
    items: rows.map((r) => ({
      documentId: r.document_id,
      documentTitle: r.subtitle ? `${r.title}·${r.subtitle}` : r.title,
      articleId: r.id,
      articleNumber: r.article_number,
      snippet: presentSnippet(r.snippet ?? openings.get(r.id) ?? ''),
      score: Math.round(Number(r.score) * 10000) / 10000,
      level: r.level,
      validity: r.validity,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function listLawDocuments(ctx: TContext, query: TLawListQuery) {
  const { rows, total } = await repo.listDocuments(ctx.db, query);
  return { items: rows.map(presentDocumentSummary), total, page: query.page, pageSize: query.pageSize };
}

async function citationsByArticle(db: TDbOrTx, articleIds: string[]) {
  const byArticle = new Map<string, TLawCitation[]>();
  for (const c of await repo.citationsOfArticles(db, articleIds)) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), presentCitation(c)]);
  return byArticle;
}

export async function getLawDocument(ctx: TContext, id: string): Promise<TLawDocument> {
  const doc = await repo.findDocument(ctx.db, id);
  if (!doc) throw notFound();
  const articles = await repo.articlesOf(ctx.db, id);
  const citations = await citationsByArticle(
    ctx.db,
    articles.map((a) => a.id),
  );
  const idOfKey = new Map(articles.map((a) => [a.articleKey, a.id]));
  const outline = (doc.outline as { depth: number; title: string; firstArticleKey: string | null }[]).map((o) => ({
    depth: o.depth,
    title: o.title,
    firstArticleId: o.firstArticleKey ? (idOfKey.get(o.firstArticleKey) ?? null) : null,
  }));
  return {
    ...presentDocumentSummary(doc),
    history: doc.history as TLawDocument['history'],
    preamble: doc.preamble,
    outline,
    articles: articles.map((a) => presentArticle(a, citations.get(a.id) ?? [])),
    versions: (await repo.versionsOfDocument(ctx.db, doc)).map((v) => ({ id: v.id, publishedOn: v.publishedOn, validity: v.validity })),
  };
}

function presentArticle(a: repo.TArticleRead, citations: TLawCitation[]): TLawArticle {
  return { id: a.id, documentId: a.documentId, articleNumber: a.articleNumber, headings: a.headings, body: a.body, citations };
}

export async function getLawArticle(ctx: TContext, id: string): Promise<TLawArticleView> {
  const [article] = await repo.findArticles(ctx.db, [id]);
  if (!article) throw notFound();
  const doc = (await repo.findDocument(ctx.db, article.documentId))!;
  let currentArticleId: string | null = null;
  if (doc.supersededById && article.numberValue !== null) {
    const [current] = await repo.findArticleByNumber(ctx.db, [doc.supersededById], article.numberValue, article.numberSuffix);
    currentArticleId = current?.id ?? null;
  }
  const citations = (await citationsByArticle(ctx.db, [id])).get(id) ?? [];
  return { ...presentArticle(article, citations), document: presentDocumentSummary(doc), currentArticleId };
}

export async function resolveLawArticle(ctx: TContext, query: TLawResolveQuery) {
  const articleId = await resolveArticle(ctx.db, query.law, query.article);
  if (!articleId) throw notFound();
  const [article] = await repo.findArticles(ctx.db, [articleId]);
  return { articleId, documentId: article.documentId };
}

// ---- citations (called by other modules) ----

export async function resolveArticle(db: TDbOrTx, lawTitle: string, articleNumber: string): Promise<string | null> {
  const number = parseArticleNumber(articleNumber);
  const shortTitle = normaliseLawTitle(lawTitle);
  if (!number || !shortTitle) return null;
  const documents = await repo.currentDocumentsNamed(db, shortTitle);
  const articles = await repo.findArticleByNumber(
    db,
    documents.map((d) => d.id),
    number.value,
    number.suffix,
  );
  // The in-force version first (documents come ordered), then any other current one (a 民法典 book).
  const order = new Map(documents.map((d, i) => [d.id, i]));
  articles.sort((a, b) => order.get(a.documentId)! - order.get(b.documentId)!);
  return articles[0]?.id ?? null;
}

export async function describeArticles(db: TDbOrTx, articleIds: string[]): Promise<TLawArticleRef[]> {
  const articles = await repo.findArticles(db, [...new Set(articleIds)]);
  const documents = new Map((await repo.findDocumentsByIds(db, [...new Set(articles.map((a) => a.documentId))])).map((d) => [d.id, d]));
  return articles.map((a) => {
    const d = documents.get(a.documentId)!;
    return {
      articleId: a.id,
      documentId: d.id,
      documentTitle: d.subtitle ? `${d.title}·${d.subtitle}` : d.title,
      articleNumber: a.articleNumber,
      validity: d.validity,
    };
  });
}

export async function citeArticles(db: TDbOrTx, subject: TCitationSubject, articleIds: string[]): Promise<void> {
  const wanted = [...new Set(articleIds)];
  const found = new Set((await repo.findArticles(db, wanted)).map((a) => a.id));
  const unknown = wanted.filter((id) => !found.has(id));
  if (unknown.length) throw invalidField('articleIds', { zh: `条文 ${unknown.join('、')} 不在法规库中`, en: `articles ${unknown.join(', ')} are not in the law library` });
  const existing = await repo.citationsOfSubject(db, subject.kind, subject.id);
  await repo.deleteCitations(
    db,
    existing.filter((c) => !found.has(c.articleId)).map((c) => c.id),
  );
  await repo.upsertCitations(
    db,
    wanted.map((articleId) => ({ articleId, subjectKind: subject.kind, subjectId: subject.id, label: subject.label, link: subject.link ?? null })),
  );
}

export async function citationsOf(db: TDbOrTx, articleId: string): Promise<TLawCitation[]> {
  return (await repo.citationsOfArticles(db, [articleId])).map(presentCitation);
}

export async function citedArticlesOf(db: TDbOrTx, kind: TCitationSubjectKind, subjectId: string): Promise<TLawArticleRef[]> {
  return describeArticles(
    db,
    (await repo.citationsOfSubject(db, kind, subjectId)).map((c) => c.articleId),
  );
}

/**
 * Resolves the checklists' legal bases ("《中华人民共和国食品安全法》", "第五十四条") to articles: the
 * items get their basis_article_id (for the link on the checklist page) and the items of published
 * checklists become citations (for "cited by" on the article). Runs after every import.
 */
export async function linkChecklistCitations(db: TDbOrTx): Promise<{ linked: number; unresolved: number }> {
  const items = await checklistItemBases(db);
  const resolved = new Map<string, string | null>();
  for (const item of items) {
    const key = `${item.basisLaw}\u0000${item.basisArticle}`;
    if (!resolved.has(key)) resolved.set(key, await resolveArticle(db, item.basisLaw, item.basisArticle));
  }
  const articleOf = (item: (typeof items)[number]) => resolved.get(`${item.basisLaw}\u0000${item.basisArticle}`) ?? null;
  await linkChecklistBasis(
    db,
    items.filter((i) => i.basisArticleId !== articleOf(i)).map((i) => ({ itemId: i.itemId, articleId: articleOf(i) })),
  );
  const cited = items.filter((i) => i.templateStatus === 'published' && articleOf(i));
  const citedKeys = new Set(cited.map((i) => `${articleOf(i)}\u0000${i.itemId}`));
  const stale = (await repo.citationsOfKind(db, 'checklist_item')).filter((c) => !citedKeys.has(`${c.articleId}\u0000${c.subjectId}`));
  await repo.deleteCitations(
    db,
    stale.map((c) => c.id),
  );
  await repo.upsertCitations(
    db,
    cited.map((i) => ({
      articleId: articleOf(i)!,
      subjectKind: 'checklist_item',
      subjectId: i.itemId,
      label: `${i.templateName}（第${i.versionNo}版）第${i.position}项：${i.content}`,
      link: `/checklists/${i.templateId}`,
    })),
  );
  return { linked: items.filter((i) => articleOf(i)).length, unresolved: items.filter((i) => !articleOf(i)).length };
}
