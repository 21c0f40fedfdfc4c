import { sql } from 'drizzle-orm';
import { customType, date, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { CITATION_SUBJECT_KINDS, LAW_LEVELS, LAW_VALIDITIES, type TLawTopic } from '@shian/shared/law';
import { idColumn, timestamps, versionColumn, refColumn } from '../../core/db/columns.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * One version of a statute, regulation, rule, normative document, standard or guideline. The library
 * has no bureau column: the texts are the same for every bureau and public (the one table of the
 * platform that is national reference data). A document is keyed by title, subtitle and publication
 * date: re-importing it updates it in place, a later date is a new version and the older ones point
 * to it through superseded_by_id.
 */
export const lawDocument = pgTable(
  'law_document',
  {
    id: idColumn(),
    title: text('title').notNull(),
    /** The part of a law published as several files (民法典 "总则", "物权编"…); '' otherwise. */
    subtitle: text('subtitle').notNull().default(''),
    /** The title without quotes and the 中华人民共和国 prefix, as citations name it ("食品安全法"). */
    shortTitle: text('short_title').notNull(),
    /** law | administrative_regulation | judicial_interpretation | departmental_rule | local_regulation | normative_document | standard | guideline */
    level: text('level', { enum: LAW_LEVELS }).notNull(),
    issuingBody: text('issuing_body'),
    documentNumber: text('document_number'),
    publishedOn: date('published_on'),
    effectiveOn: date('effective_on'),
    /** in_force | amended | repealed */
    validity: text('validity', { enum: LAW_VALIDITIES }).notNull(),
    supersededById: uuid('superseded_by_id'),
    topics: text('topics').array().$type<TLawTopic[]>().notNull().default(sql`'{}'::text[]`),
    /** The document's own history lines ("2015年4月24日 … 修订"): [{ date, text }]. */
    history: jsonb('history').notNull().default([]),
    preamble: text('preamble').notNull().default(''),
    /** Headings in order: [{ depth, title, firstArticleKey }]. */
    outline: jsonb('outline').notNull().default([]),
    articleCount: integer('article_count').notNull().default(0),
    /** Where it came from: the corpus path, the uploaded file name or "demo". */
    source: text('source').notNull(),
    /** SHA-256 of the parsed text and its metadata: an import that changes nothing writes nothing. */
    contentHash: text('content_hash').notNull(),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [unique('law_document_key').on(t.title, t.subtitle, t.publishedOn).nullsNotDistinct(), index('law_document_short_title_idx').on(t.shortTitle)],
);

/**
 * One article (条) of a document, or a numbered clause or heading's text where a document has no
 * articles. Its id is stable across re-imports of the same version (matched by key), so citations hold.
 */
export const lawArticle = pgTable(
  'law_article',
  {
    id: idColumn(),
    documentId: refColumn('document_id', () => lawDocument.id),
    position: integer('position').notNull(),
    /** Unique within the document: the number as written, "#2" appended when repeated. */
    articleKey: text('article_key').notNull(),
    /** As written: "第一百二十四条", "一、", or the heading of unnumbered text. */
    articleNumber: text('article_number').notNull(),
    /** 124 for 第一百二十四条 (resolving "第124条"); null for unnumbered text. */
    numberValue: integer('number_value'),
    /** "之一" of 第十条之一; '' otherwise. */
    numberSuffix: text('number_suffix').notNull().default(''),
    headings: text('headings').array().notNull().default(sql`'{}'::text[]`),
    body: text('body').notNull(),
    /** Search-mode words of the document title, of the headings, and of the body (jieba, space-separated). */
    titleTerms: text('title_terms').notNull(),
    headingTerms: text('heading_terms').notNull(),
    searchText: text('search_text').notNull(),
    /** Precise-mode tokens with punctuation, space-separated, for ts_headline snippets. */
    preciseText: text('precise_text').notNull(),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('simple'::regconfig, title_terms), 'A') || setweight(to_tsvector('simple'::regconfig, heading_terms), 'B') || to_tsvector('simple'::regconfig, search_text)`,
      ),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    unique('law_article_key').on(t.documentId, t.articleKey),
    index('law_article_number_idx').on(t.documentId, t.numberValue),
    index('law_article_search_idx').using('gin', t.searchVector),
  ],
);

/** Where the platform cites an article: a checklist item, a rumour's rebuttal, a standard, a notice, a penalty decision. */
export const lawCitation = pgTable(
  'law_citation',
  {
    id: idColumn(),
    articleId: refColumn('article_id', () => lawArticle.id, { onDelete: 'cascade' }),
    /** checklist_item | rumour | food_standard | guidance | notice | penalty_decision | inspection | case */
    subjectKind: text('subject_kind', { enum: CITATION_SUBJECT_KINDS }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** Shown to anyone who reads the article: no personal data. */
    label: text('label').notNull(),
    /** The citing record's page in the app, when it has one. */
    link: text('link'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [unique('law_citation_key').on(t.articleId, t.subjectKind, t.subjectId), index('law_citation_subject_idx').on(t.subjectKind, t.subjectId)],
);
