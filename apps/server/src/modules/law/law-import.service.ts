// Law import: Markdown statutes in the LawRefBook layout (with the corpus's db_law.csv and
// db_category.csv when given) and .docx files. Every file is parsed first; if any is malformed the
// import writes nothing and reports the file and line. Then documents are written in batches (one
// transaction each, so that the single-connection PGlite keeps answering while a large import runs):
// a document with the same title, subtitle and date is updated in place, keeping its article ids;
// an unchanged one is skipped; a later date is a new version and the older ones are marked superseded.
import { createHash } from 'node:crypto';
import path from 'node:path';
import mammoth from 'mammoth';
import { normaliseLawTitle, type TLawImportProblem, type TLawImportSummary } from '@shian/shared/law';
import type { TLang } from '@shian/shared/messages';
import type { TActor } from '../../core/audit/audit-log.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { corpusRowOf, isNonStatute, metadataOf, readCorpusMetadata, type TCorpusMetadata, type TDocumentMetadata } from './law-metadata.ts';
import { isCorpusStub, LawParseError, parseLaw, type TParsedLaw } from './law-parser.ts';
import { searchWords, segmentForIndex } from './law-segment.ts';
import * as repo from './law.repository.ts';
import { linkChecklistCitations } from './law.service.ts';

export type TLawFile = { path: string; content: Buffer };
export type TLawOverrides = Partial<Pick<TDocumentMetadata, 'level' | 'validity' | 'issuingBody'>>;
export type TImportProgress = (processed: number, total: number, file: string) => void;

const BATCH = 25;
const NOT_DOCUMENTS = new Set(['readme.md', 'source.md', '_index.md']);

type TPrepared = { file: string; law: TParsedLaw; metadata: TDocumentMetadata; hash: string };

const say = (lang: TLang, text: { zh: string; en: string }) => (lang === 'en' ? text.en : text.zh);

function hashOf(law: TParsedLaw, metadata: TDocumentMetadata): string {
  const content = { ...law, articles: law.articles.map(({ line, ...a }) => a) };
  return createHash('sha256').update(JSON.stringify({ content, metadata })).digest('hex');
}

async function textOf(file: TLawFile): Promise<{ text: string; format: 'markdown' | 'text' } | null> {
  const ext = path.extname(file.path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return { text: file.content.toString('utf8'), format: 'markdown' };
  if (ext === '.docx') return { text: (await mammoth.extractRawText({ buffer: file.content })).value, format: 'text' };
  return null;
}

function corpusMetadataOf(files: TLawFile[]): TCorpusMetadata | null {
  const byName = new Map(files.map((f) => [path.basename(f.path).toLowerCase(), f]));
  const laws = byName.get('db_law.csv');
  const categories = byName.get('db_category.csv');
  return laws && categories ? readCorpusMetadata(laws.content.toString('utf8'), categories.content.toString('utf8')) : null;
}

/** Parses every file; the import goes on only when `errors` is empty. */
async function prepare(files: TLawFile[], overrides: TLawOverrides, lang: TLang) {
  const corpus = corpusMetadataOf(files);
  const prepared: TPrepared[] = [];
  const skipped: TLawImportSummary['skipped'] = [];
  const errors: TLawImportProblem[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const name = path.basename(file.path).toLowerCase();
    if (name === 'db_law.csv' || name === 'db_category.csv') continue;
    let source: Awaited<ReturnType<typeof textOf>>;
    try {
      source = await textOf(file);
    } catch {
      errors.push({ file: file.path, line: null, message: say(lang, { zh: '无法读取：不是有效的 .docx 文件', en: 'unreadable: not a valid .docx file' }) });
      continue;
    }
    if (!source) {
      skipped.push({ file: file.path, reason: say(lang, { zh: '不支持的文件类型（只导入 .md 和 .docx）', en: 'unsupported type (only .md and .docx are imported)' }) });
      continue;
    }
    const row = corpusRowOf(corpus, file.path);
    if (NOT_DOCUMENTS.has(name) || (source.format === 'markdown' && isCorpusStub(source.text))) {
      skipped.push({ file: file.path, reason: say(lang, { zh: '不是法规文件（目录说明或模板）', en: 'not a statute (a folder note or template)' }) });
      continue;
    }
    if (isNonStatute(row)) {
      skipped.push({ file: file.path, reason: say(lang, { zh: '案例，不是法规', en: 'a case write-up, not a statute' }) });
      continue;
    }
    try {
      const law = parseLaw(source.text, source.format);
      const metadata = metadataOf(law, file.path, row, overrides);
      const key = JSON.stringify([law.title, law.subtitle, metadata.publishedOn]);
      const first = seen.get(key);
      if (first) {
        skipped.push({ file: file.path, reason: say(lang, { zh: `与 ${first} 是同一文件`, en: `the same document as ${first}` }) });
        continue;
      }
      seen.set(key, file.path);
      prepared.push({ file: file.path, law, metadata, hash: hashOf(law, metadata) });
    } catch (error) {
      if (!(error instanceof LawParseError)) throw error;
      errors.push({ file: file.path, line: error.line, message: say(lang, error.reason) });
    }
  }
  return { prepared, skipped, errors };
}

const headingTermsCache = new Map<string, string>();
function headingTerms(headings: string[]): string {
  const key = headings.join('\n');
  let terms = headingTermsCache.get(key);
  if (terms === undefined) {
    terms = searchWords(headings.join(' '));
    if (headingTermsCache.size < 50_000) headingTermsCache.set(key, terms);
  }
  return terms;
}

function articleRow(documentId: string, titleTerms: string, article: TParsedLaw['articles'][number], position: number): repo.TArticleInsert {
  const { search, precise } = segmentForIndex(article.body);
  return {
    documentId,
    position,
    articleKey: article.key,
    articleNumber: article.number,
    numberValue: article.value,
    numberSuffix: article.suffix,
    headings: article.headings,
    body: article.body,
    titleTerms,
    headingTerms: headingTerms(article.headings),
    searchText: search,
    preciseText: precise,
  };
}

function documentValues(p: TPrepared): repo.TDocumentInsert {
  const { law, metadata } = p;
  return {
    title: law.title,
    subtitle: law.subtitle,
    shortTitle: normaliseLawTitle(law.title),
    level: metadata.level,
    issuingBody: metadata.issuingBody,
    documentNumber: law.documentNumber,
    publishedOn: metadata.publishedOn,
    effectiveOn: metadata.effectiveOn,
    validity: metadata.validity,
    topics: metadata.topics,
    history: law.history,
    preamble: law.preamble,
    outline: law.outline.map((o) => ({ depth: o.depth, title: o.title, firstArticleKey: o.firstArticle === null ? null : law.articles[o.firstArticle].key })),
    articleCount: law.articles.length,
    source: p.file,
    contentHash: p.hash,
  };
}

/** Updates an existing version in place: articles matched by key keep their ids (and citations). */
async function updateArticles(tx: TDbOrTx, documentId: string, titleTerms: string, law: TParsedLaw) {
  const existing = new Map((await repo.articleKeysOf(tx, documentId)).map((a) => [a.articleKey, a]));
  const inserts: repo.TArticleInsert[] = [];
  const changed: { key: string; before: string | null; after: string }[] = [];
  for (const [position, article] of law.articles.entries()) {
    const current = existing.get(article.key);
    existing.delete(article.key);
    if (!current) {
      inserts.push(articleRow(documentId, titleTerms, article, position + 1));
      changed.push({ key: article.key, before: null, after: article.body });
    } else if (current.body !== article.body || current.position !== position + 1 || current.headings.join('\n') !== article.headings.join('\n')) {
      const { documentId: _d, ...values } = articleRow(documentId, titleTerms, article, position + 1);
      await repo.updateArticle(tx, current.id, values);
      if (current.body !== article.body) changed.push({ key: article.key, before: current.body, after: article.body });
    }
  }
  await repo.insertArticles(tx, inserts);
  const removed = [...existing.values()];
  await repo.deleteArticles(
    tx,
    removed.map((a) => a.id),
  );
  return { changed, removed: removed.map((a) => ({ key: a.articleKey, before: a.body })) };
}

async function writeBatch(ctx: TContext, actor: TActor, batch: TPrepared[], counts: TLawImportSummary) {
  const existing = await repo.findDocumentsByKeys(
    ctx.db,
    batch.map((p) => ({ title: p.law.title, subtitle: p.law.subtitle, publishedOn: p.metadata.publishedOn })),
  );
  const byKey = new Map(existing.map((d) => [JSON.stringify([d.title, d.subtitle, d.publishedOn]), d]));
  const created: TPrepared[] = [];
  const updated: { p: TPrepared; current: repo.TDocumentRow }[] = [];
  for (const p of batch) {
    counts.articles += p.law.articles.length;
    const current = byKey.get(JSON.stringify([p.law.title, p.law.subtitle, p.metadata.publishedOn]));
    if (current?.contentHash === p.hash) counts.unchanged++;
    else if (current) updated.push({ p, current });
    else created.push(p);
  }
  // Segmenting is the slow part in JavaScript: done before the transaction, which holds the (PGlite) connection.
  const titleTerms = new Map([...created, ...updated.map((u) => u.p)].map((p) => [p, searchWords(`${p.law.title} ${p.law.subtitle}`)]));
  const createdArticles = created.map((p) => p.law.articles.map((a, i) => articleRow('', titleTerms.get(p)!, a, i + 1)));
  await ctx.db.transaction(async (tx) => {
    const audit: Parameters<typeof recordAudit>[1] = [];
    const docs = await repo.insertDocuments(tx, created.map(documentValues));
    const idOf = new Map(docs.map((d) => [JSON.stringify([d.title, d.subtitle, d.publishedOn]), d.id]));
    await repo.insertArticles(
      tx,
      created.flatMap((p, i) => {
        const documentId = idOf.get(JSON.stringify([p.law.title, p.law.subtitle, p.metadata.publishedOn]))!;
        return createdArticles[i].map((a) => ({ ...a, documentId }));
      }),
    );
    for (const doc of docs) {
      audit.push({
        actor,
        action: 'import',
        entity: 'law_document',
        entityId: doc.id,
        after: {
          title: doc.title,
          subtitle: doc.subtitle,
          publishedOn: doc.publishedOn,
          level: doc.level,
          articles: doc.articleCount,
          source: doc.source,
          contentHash: doc.contentHash,
        },
      });
    }
    for (const { p, current } of updated) {
      await repo.updateDocument(tx, current.id, documentValues(p));
      const diff = await updateArticles(tx, current.id, titleTerms.get(p)!, p.law);
      // The audit trail keeps the replaced texts: a document edit keeps its history.
      audit.push({
        actor,
        action: 'update',
        entity: 'law_document',
        entityId: current.id,
        before: {
          contentHash: current.contentHash,
          articles: [...diff.changed.filter((c) => c.before !== null).map((c) => ({ key: c.key, body: c.before })), ...diff.removed.map((r) => ({ key: r.key, body: r.before }))],
        },
        after: { contentHash: p.hash, source: p.file, articles: diff.changed.map((c) => ({ key: c.key, body: c.after })), removed: diff.removed.map((r) => r.key) },
      });
    }
    await recordAudit(tx, audit);
  });
  counts.created += created.length;
  counts.updated += updated.length;
  return [...created, ...updated.map((u) => u.p)].map((p) => ({ title: p.law.title, subtitle: p.law.subtitle }));
}

/** The latest version of each law is current; older ones point to it and read "amended". */
async function markSupersededVersions(db: TDbOrTx, laws: { title: string; subtitle: string }[]) {
  const versions = await repo.versionsOf(db, laws);
  const groups = new Map<string, typeof versions>();
  for (const v of versions) groups.set(`${v.title}\u0000${v.subtitle}`, [...(groups.get(`${v.title}\u0000${v.subtitle}`) ?? []), v]);
  for (const group of groups.values()) {
    group.sort((a, b) => (a.publishedOn ?? '').localeCompare(b.publishedOn ?? ''));
    const current = group.at(-1)!;
    if (current.supersededById !== null) await repo.setSuperseded(db, current.id, null, current.validity as 'in_force');
    for (const older of group.slice(0, -1)) {
      if (older.supersededById !== current.id || older.validity !== 'amended') await repo.setSuperseded(db, older.id, current.id, 'amended');
    }
  }
}

export async function importLawFiles(
  ctx: TContext,
  actor: TActor,
  files: TLawFile[],
  options: { overrides?: TLawOverrides; lang?: TLang; onProgress?: TImportProgress } = {},
): Promise<TLawImportSummary> {
  const lang = options.lang ?? 'zh-CN';
  const { prepared, skipped, errors } = await prepare(files, options.overrides ?? {}, lang);
  const summary: TLawImportSummary = { files: files.length, documents: prepared.length, created: 0, updated: 0, unchanged: 0, articles: 0, skipped, errors };
  if (errors.length) return summary;
  const touched: { title: string; subtitle: string }[] = [];
  const incoming = prepared.reduce((n, p) => n + p.law.articles.length, 0);
  const bulk = incoming > 5000 && incoming > 2 * (await repo.countArticles(ctx.db));
  if (bulk) await repo.dropSearchIndex(ctx.db);
  try {
    for (let i = 0; i < prepared.length; i += BATCH) {
      const batch = prepared.slice(i, i + BATCH);
      touched.push(...(await writeBatch(ctx, actor, batch, summary)));
      options.onProgress?.(Math.min(i + BATCH, prepared.length), prepared.length, batch.at(-1)!.file);
    }
  } finally {
    if (bulk) await repo.createSearchIndex(ctx.db);
  }
  if (touched.length) {
    await markSupersededVersions(ctx.db, touched);
    await linkChecklistCitations(ctx.db);
  }
  return summary;
}
