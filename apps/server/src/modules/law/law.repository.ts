import { and, asc, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { TCitationSubjectKind, TLawLevel, TLawListQuery, TLawTopic, TLawValidity } from '@shian/shared/law';
import { rowsOf, toInt, type TDbOrTx } from '../../core/db/database.ts';
import { fromExcluded } from '../../core/db/excluded.ts';
import { paged } from '../../core/db/paged.ts';
import { bumpVersion } from '../../core/db/versioned.ts';
import { escapeLike } from '../../core/db/escape-like.ts';
import { lawArticle, lawCitation, lawDocument } from './law.schema.ts';

export type TDocumentRow = typeof lawDocument.$inferSelect;
export type TDocumentInsert = typeof lawDocument.$inferInsert;
export type TArticleRow = typeof lawArticle.$inferSelect;
export type TArticleInsert = Omit<typeof lawArticle.$inferInsert, 'searchVector'>;
export type TCitationRow = typeof lawCitation.$inferSelect;

/** Documents by their key (title, subtitle, publication date). */
export async function findDocumentsByKeys(db: TDbOrTx, keys: { title: string; subtitle: string; publishedOn: string | null }[]) {
  if (keys.length === 0) return [];
  const titles = [...new Set(keys.map((k) => k.title))];
  const rows = await db.select().from(lawDocument).where(inArray(lawDocument.title, titles));
  const wanted = new Set(keys.map((k) => JSON.stringify([k.title, k.subtitle, k.publishedOn])));
  return rows.filter((r) => wanted.has(JSON.stringify([r.title, r.subtitle, r.publishedOn])));
}

export async function insertDocuments(db: TDbOrTx, values: TDocumentInsert[]) {
  if (values.length === 0) return [];
  return db.insert(lawDocument).values(values).returning();
}

export async function updateDocument(db: TDbOrTx, id: string, values: Partial<TDocumentInsert>) {
  const [row] = await db
    .update(lawDocument)
    .set({ ...values, ...bumpVersion(lawDocument) })
    .where(eq(lawDocument.id, id))
    .returning();
  return row;
}

/** Article fields needed to update a document's articles in place (no segmented columns). */
export async function articleKeysOf(db: TDbOrTx, documentId: string) {
  return db
    .select({ id: lawArticle.id, articleKey: lawArticle.articleKey, body: lawArticle.body, position: lawArticle.position, headings: lawArticle.headings })
    .from(lawArticle)
    .where(eq(lawArticle.documentId, documentId));
}

/**
 * Articles in bulk: one statement a batch with a parameter per column (arrays unnested by the
 * database), which spares building tens of thousands of row parameters in JS for a corpus import.
 */
export async function insertArticles(db: TDbOrTx, rows: TArticleInsert[]) {
  const ids: { id: string; article_key: string }[] = [];
  for (let i = 0; i < rows.length; i += 2000) {
    const batch = rows.slice(i, i + 2000);
    const column = <T>(pick: (r: TArticleInsert) => T) => sql.param(batch.map(pick));
    const result = await db.execute(sql`
      insert into law_article (document_id, position, article_key, article_number, number_value, number_suffix, headings, body, title_terms, heading_terms, search_text, precise_text)
      select document_id, position, article_key, article_number, number_value, number_suffix, string_to_array(headings, E'\n'), body, title_terms, heading_terms, search_text, precise_text
      from unnest(${column((r) => r.documentId)}::uuid[], ${column((r) => r.position)}::int[], ${column((r) => r.articleKey)}::text[],
        ${column((r) => r.articleNumber)}::text[], ${column((r) => r.numberValue ?? null)}::int[], ${column((r) => r.numberSuffix ?? '')}::text[],
        ${column((r) => (r.headings ?? []).join('\n'))}::text[], ${column((r) => r.body)}::text[], ${column((r) => r.titleTerms)}::text[],
        ${column((r) => r.headingTerms)}::text[], ${column((r) => r.searchText)}::text[], ${column((r) => r.preciseText)}::text[])
        as t(document_id, position, article_key, article_number, number_value, number_suffix, headings, body, title_terms, heading_terms, search_text, precise_text)
      returning id, article_key`);
    ids.push(...rowsOf<{ id: string; article_key: string }>(result));
  }
  return ids.map((r) => ({ id: r.id, articleKey: r.article_key }));
}

export async function updateArticle(db: TDbOrTx, id: string, values: Partial<TArticleInsert>) {
  await db
    .update(lawArticle)
    .set({ ...values, ...bumpVersion(lawArticle) })
    .where(eq(lawArticle.id, id));
}

export function countArticles(db: TDbOrTx) {
  return db.$count(lawArticle);
}

// A GIN index is built faster at once than row by row: a large first import drops it and builds it at the end.
// Same name and definition as the migration's.
export async function dropSearchIndex(db: TDbOrTx) {
  await db.execute(sql`drop index if exists law_article_search_idx`);
}

export async function createSearchIndex(db: TDbOrTx) {
  await db.execute(sql`create index if not exists law_article_search_idx on law_article using gin (search_vector)`);
}

export async function deleteArticles(db: TDbOrTx, ids: string[]) {
  if (ids.length) await db.delete(lawArticle).where(inArray(lawArticle.id, ids));
}

/** Every version of the given laws (title + subtitle), to decide which one is current. */
export async function versionsOf(db: TDbOrTx, laws: { title: string; subtitle: string }[]) {
  if (laws.length === 0) return [];
  const rows = await db
    .select({
      id: lawDocument.id,
      title: lawDocument.title,
      subtitle: lawDocument.subtitle,
      publishedOn: lawDocument.publishedOn,
      validity: lawDocument.validity,
      supersededById: lawDocument.supersededById,
    })
    .from(lawDocument)
    .where(inArray(lawDocument.title, [...new Set(laws.map((l) => l.title))]));
  const wanted = new Set(laws.map((l) => `${l.title}\u0000${l.subtitle}`));
  return rows.filter((r) => wanted.has(`${r.title}\u0000${r.subtitle}`));
}

export async function setSuperseded(db: TDbOrTx, id: string, supersededById: string | null, validity: TLawValidity) {
  await db
    .update(lawDocument)
    .set({ supersededById, validity, ...bumpVersion(lawDocument) })
    .where(eq(lawDocument.id, id));
}

// ---- reading ----

function listConditions(query: { level?: TLawLevel; validity?: TLawValidity; topic?: TLawTopic }): SQL[] {
  const conditions: SQL[] = [];
  if (query.level) conditions.push(eq(lawDocument.level, query.level));
  if (query.validity) conditions.push(eq(lawDocument.validity, query.validity));
  if (query.topic) conditions.push(sql`${query.topic} = any(${lawDocument.topics})`);
  return conditions;
}

const likePattern = (s: string) => `%${escapeLike(s)}%`;

export async function listDocuments(db: TDbOrTx, query: TLawListQuery) {
  const conditions = listConditions(query);
  if (query.q) conditions.push(or(ilike(lawDocument.title, likePattern(query.q)), ilike(lawDocument.subtitle, likePattern(query.q)))!);
  const where = conditions.length ? and(...conditions) : undefined;
  const list = db
    .select()
    .from(lawDocument)
    .where(where)
    .orderBy(sql`case ${lawDocument.validity} when 'in_force' then 0 else 1 end`, desc(lawDocument.publishedOn), asc(lawDocument.title))
    .$dynamic();
  const rows = await paged(list, query);
  return { rows, total: await db.$count(lawDocument, where) };
}

export async function findDocument(db: TDbOrTx, id: string) {
  const [row] = await db.select().from(lawDocument).where(eq(lawDocument.id, id));
  return row ?? null;
}

export async function findDocumentsByIds(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(lawDocument).where(inArray(lawDocument.id, ids));
}

const readColumns = {
  id: lawArticle.id,
  documentId: lawArticle.documentId,
  position: lawArticle.position,
  articleKey: lawArticle.articleKey,
  articleNumber: lawArticle.articleNumber,
  numberValue: lawArticle.numberValue,
  numberSuffix: lawArticle.numberSuffix,
  headings: lawArticle.headings,
  body: lawArticle.body,
};
export type TArticleRead = { [K in keyof typeof readColumns]: TArticleRow[K] };

export async function articlesOf(db: TDbOrTx, documentId: string): Promise<TArticleRead[]> {
  return db.select(readColumns).from(lawArticle).where(eq(lawArticle.documentId, documentId)).orderBy(asc(lawArticle.position));
}

export async function findArticles(db: TDbOrTx, ids: string[]): Promise<TArticleRead[]> {
  if (ids.length === 0) return [];
  return db.select(readColumns).from(lawArticle).where(inArray(lawArticle.id, ids));
}

export async function findArticleByNumber(db: TDbOrTx, documentIds: string[], value: number, suffix: string): Promise<TArticleRead[]> {
  if (documentIds.length === 0) return [];
  return db
    .select(readColumns)
    .from(lawArticle)
    .where(and(inArray(lawArticle.documentId, documentIds), eq(lawArticle.numberValue, value), eq(lawArticle.numberSuffix, suffix)));
}

/** Current versions (not superseded) of the documents a citation names, in-force ones first. */
export async function currentDocumentsNamed(db: TDbOrTx, shortTitle: string) {
  return db
    .select()
    .from(lawDocument)
    .where(and(eq(lawDocument.shortTitle, shortTitle), isNull(lawDocument.supersededById)))
    .orderBy(sql`case ${lawDocument.validity} when 'in_force' then 0 else 1 end`, desc(lawDocument.publishedOn));
}

export async function versionsOfDocument(db: TDbOrTx, doc: TDocumentRow) {
  return db
    .select({ id: lawDocument.id, publishedOn: lawDocument.publishedOn, validity: lawDocument.validity })
    .from(lawDocument)
    .where(and(eq(lawDocument.title, doc.title), eq(lawDocument.subtitle, doc.subtitle)))
    .orderBy(sql`${lawDocument.publishedOn} desc nulls last`);
}

// ---- search ----

export type TSearchParams = {
  match: string | null;
  loose: string | null;
  phrases: string[];
  articleNumbers: number[];
  titles: string[];
  level?: TLawLevel;
  validity?: TLawValidity;
  topic?: TLawTopic;
  limit: number;
  offset: number;
};

export type TSearchRow = {
  id: string;
  document_id: string;
  title: string;
  subtitle: string;
  article_number: string;
  level: TLawLevel;
  validity: TLawValidity;
  score: number | string;
  total: number | string;
  snippet: string | null;
};

// ts_headline marks matches with two private-use characters, which no statute contains, so that the
// text can be HTML-escaped before the marks become <mark> tags.
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=45, MinWords=15, ShortWord=0, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * One page of articles matching the query, best first. The score is ts_rank (title words weigh A,
 * headings B, the text D; it counted better than ts_rank_cd's proximity on the long articles that
 * list offences item by item) times preferences: texts in force over amended or repealed ones,
 * food-safety texts, and a document whose short title the query names.
 */
export async function searchArticles(db: TDbOrTx, p: TSearchParams): Promise<TSearchRow[]> {
  const tsquery = p.match ?? '';
  const matchCondition = p.match ? sql`a.search_vector @@ q.query` : sql`true`;
  const conditions: SQL[] = [matchCondition];
  if (p.level) conditions.push(sql`d.level = ${p.level}`);
  if (p.validity) conditions.push(sql`d.validity = ${p.validity}`);
  if (p.topic) conditions.push(sql`${p.topic} = any(d.topics)`);
  for (const phrase of p.phrases) conditions.push(sql`strpos(a.body, ${phrase}) > 0`);
  if (p.articleNumbers.length)
    conditions.push(
      sql`a.number_value in (${sql.join(
        p.articleNumbers.map((n) => sql`${n}`),
        sql`, `,
      )})`,
    );
  const titles = p.titles.length
    ? sql`d.short_title in (${sql.join(
        p.titles.map((t) => sql`${t}`),
        sql`, `,
      )})`
    : sql`false`;
  const rank = p.match ? sql`ts_rank('{0.1, 0.2, 0.4, 1.0}', a.search_vector, q.query)` : sql`1.0`;
  const result = await db.execute(sql`
    with q as (select to_tsquery('simple', ${tsquery}) as query, to_tsquery('simple', ${p.loose ?? ''}) as loose),
    hits as (
      select a.id, a.document_id, d.title, d.subtitle, a.article_number, d.level, d.validity, a.precise_text, a.position, d.published_on,
        ${rank}
          * case d.validity when 'in_force' then 1.0 when 'amended' then 0.3 else 0.15 end
          * case when 'food_safety' = any(d.topics) then 1.6 else 1.0 end
          * case when ${titles} then 3.0 else 1.0 end
          * case d.level when 'law' then 1.2 when 'administrative_regulation' then 1.1 when 'departmental_rule' then 1.05 else 1.0 end
          as score,
        count(*) over () as total
      from law_article a
      join law_document d on d.id = a.document_id
      cross join q
      where ${and(...conditions)}
      order by score desc, d.published_on desc nulls last, a.position
      limit ${p.limit} offset ${p.offset}
    )
    select hits.id, hits.document_id, hits.title, hits.subtitle, hits.article_number, hits.level, hits.validity, hits.score, hits.total,
      case when ${p.loose !== null} then ts_headline('simple', hits.precise_text, q.loose, ${HEADLINE_OPTIONS}) else null end as snippet
    from hits cross join q
    order by hits.score desc, hits.published_on desc nulls last, hits.position
  `);
  return rowsOf<TSearchRow>(result);
}

/** The first characters of articles, as snippets where the query marked nothing (a number-only search). */
export async function articleOpenings(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: lawArticle.id, body: lawArticle.body }).from(lawArticle).where(inArray(lawArticle.id, ids));
  return new Map(rows.map((r) => [r.id, r.body.slice(0, 120)]));
}

export async function countSearch(db: TDbOrTx, p: TSearchParams): Promise<number> {
  const rows = await searchArticles(db, { ...p, limit: 1, offset: 0 });
  return rows.length ? toInt(rows[0].total) : 0;
}

/** The LIKE scan the benchmark compares with: every typed word somewhere in the article's text. */
export async function likeScan(db: TDbOrTx, terms: string[], limit: number) {
  const conditions = terms.map((t) => sql`a.body like ${likePattern(t)}`);
  const result = await db.execute(sql`
    select a.id, count(*) over () as total from law_article a
    where ${conditions.length ? and(...conditions) : sql`false`}
    limit ${limit}`);
  return rowsOf<{ id: string; total: number | string }>(result);
}

// ---- citations ----

export async function citationsOfArticles(db: TDbOrTx, articleIds: string[]) {
  if (articleIds.length === 0) return [];
  return db.select().from(lawCitation).where(inArray(lawCitation.articleId, articleIds)).orderBy(asc(lawCitation.subjectKind), asc(lawCitation.label));
}

export async function citationsOfSubject(db: TDbOrTx, kind: TCitationSubjectKind, subjectId: string) {
  return db
    .select()
    .from(lawCitation)
    .where(and(eq(lawCitation.subjectKind, kind), eq(lawCitation.subjectId, subjectId)));
}

export async function deleteCitations(db: TDbOrTx, ids: string[]) {
  if (ids.length) await db.delete(lawCitation).where(inArray(lawCitation.id, ids));
}

export async function upsertCitations(db: TDbOrTx, rows: (typeof lawCitation.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(lawCitation)
      .values(rows.slice(i, i + 500))
      .onConflictDoUpdate({
        target: [lawCitation.articleId, lawCitation.subjectKind, lawCitation.subjectId],
        set: { ...fromExcluded(lawCitation, ['label', 'link']), updatedAt: new Date() },
      });
  }
}

/** All citations of one kind (to reconcile the checklist items' links after an import). */
export async function citationsOfKind(db: TDbOrTx, kind: TCitationSubjectKind) {
  return db.select().from(lawCitation).where(eq(lawCitation.subjectKind, kind));
}
