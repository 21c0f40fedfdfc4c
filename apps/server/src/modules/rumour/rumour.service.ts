import type { TPage } from '@shian/shared/http';
import type { TPublicRumour, TRumour, TRumourHit, TRumourInput, TRumourListQuery, TRumourScreenResult, TRumourStatus } from '@shian/shared/rumour';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { forbidden, notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { standardRefs } from '../food-standard/food-standard.public.ts';
import * as repo from './rumour.repository.ts';
import type { TRumourRow, TSearchParts } from './rumour.repository.ts';
import { presentHit, presentPublicRumour, presentRumour } from './rumour.presenter.ts';
import { queryTerms, searchTerms, similarity, termVector } from './rumour-text.ts';
import { citeArticles, citedArticlesOf } from '../law/law.public.ts';

/** Below this cosine similarity a post is not taken to repeat a rumour (see bench/rumour-screen.bench.ts). */
export const SCREEN_MIN_SIMILARITY = 0.2;
/**
 * One word in common (地沟油, with its parts 地沟) names a topic, not a claim: a match needs this many
 * shared words that are not part of another shared word.
 */
export const SCREEN_MIN_SHARED_WORDS = 2;
const SCREEN_MAX_MATCHES = 3;
const MAX_QUERY_TERMS = 30;

async function publicBureau(ctx: TContext) {
  const bureauId = await repo.publicBureauId(ctx.db);
  if (!bureauId) throw notFound();
  return bureauId;
}

async function details(db: TDbOrTx, bureauId: string, row: TRumourRow) {
  const [standards, articles] = await Promise.all([standardRefs(db, bureauId, row.standardIds), citedArticlesOf(db, 'rumour', row.id)]);
  return { standards, articles };
}

async function present(db: TDbOrTx, bureauId: string, row: TRumourRow): Promise<TRumour> {
  const { standards, articles } = await details(db, bureauId, row);
  return presentRumour(row, standards, articles);
}

function searchOf(q: string, page: number, pageSize: number) {
  return { text: q, terms: q ? queryTerms(q).slice(0, MAX_QUERY_TERMS) : [], page, pageSize };
}

export async function listRumours(ctx: TContext, user: TSessionUser, query: TRumourListQuery): Promise<TPage<TRumour>> {
  const search = { ...searchOf(query.q, query.page, query.pageSize), status: query.status, topic: query.topic };
  const [rows, total] = await Promise.all([repo.searchRumours(ctx.db, user.bureauId, search), repo.countRumours(ctx.db, user.bureauId, search)]);
  const items: TRumour[] = [];
  for (const row of rows) items.push(await present(ctx.db, user.bureauId, row));
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** Published rebuttals for anyone: Chinese full-text search over title, claim and rebuttal. */
export async function searchPublicRumours(ctx: TContext, query: Omit<TRumourListQuery, 'status'>): Promise<TPage<TRumourHit>> {
  const bureauId = await publicBureau(ctx);
  const search = { ...searchOf(query.q, query.page, query.pageSize), status: 'published' as const, topic: query.topic };
  const [rows, total] = await Promise.all([repo.searchRumours(ctx.db, bureauId, search), repo.countRumours(ctx.db, bureauId, search)]);
  return { items: rows.map((r) => presentHit(r, search.terms)), total, page: query.page, pageSize: query.pageSize };
}

async function load(ctx: TContext, bureauId: string, id: string) {
  const row = await repo.findRumour(ctx.db, bureauId, id);
  if (!row) throw notFound();
  return row;
}

export async function getRumour(ctx: TContext, user: TSessionUser, id: string) {
  return present(ctx.db, user.bureauId, await load(ctx, user.bureauId, id));
}

export async function getPublicRumour(ctx: TContext, id: string): Promise<TPublicRumour> {
  const bureauId = await publicBureau(ctx);
  const row = await load(ctx, bureauId, id);
  if (row.status !== 'published') throw notFound();
  const { standards, articles } = await details(ctx.db, bureauId, row);
  return presentPublicRumour(row, standards, articles);
}

async function checkStandards(ctx: TContext, bureauId: string, standardIds: string[]) {
  const known = new Set((await standardRefs(ctx.db, bureauId, standardIds)).map((s) => s.id));
  const unknown = standardIds.findIndex((id) => !known.has(id));
  if (unknown >= 0) throw invalidField(`standardIds.${unknown}`, { zh: '标准库中没有该标准', en: 'is not in the standards registry' });
}

/** The law library records which articles the rebuttal cites (an unknown article id is refused there). */
export const citeRumourArticles = (db: TDbOrTx, id: string, title: string, articleIds: string[]) =>
  citeArticles(db, { kind: 'rumour', id, label: `辟谣：${title}`, link: `/rumours/${id}` }, articleIds);

/** The words a rumour is screened and searched by. */
export function rumourIndex(input: Pick<TRumourInput, 'title' | 'claim' | 'rebuttal'>): { terms: string[]; parts: TSearchParts } {
  return {
    terms: searchTerms(`${input.title}\n${input.claim}`),
    parts: { title: searchTerms(input.title), claim: searchTerms(input.claim), rebuttal: searchTerms(input.rebuttal) },
  };
}

export async function createRumour(ctx: TContext, user: TSessionUser, input: TRumourInput): Promise<TRumour> {
  await checkStandards(ctx, user.bureauId, input.standardIds);
  const { articleIds, ...values } = input;
  const { terms, parts } = rumourIndex(input);
  const id = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertRumour(tx, { bureauId: user.bureauId, ...values, terms, createdBy: user.id }, parts);
    await citeRumourArticles(tx, created, input.title, articleIds);
    await recordAudit(tx, [{ actor: user, action: 'create', entity: 'rumour', entityId: created, after: { title: input.title, standardIds: input.standardIds, articleIds } }]);
    return created;
  });
  return getRumour(ctx, user, id);
}

/** An edit changes what the expert approved: the rumour goes back to draft and out of public view. */
export async function updateRumour(ctx: TContext, user: TSessionUser, id: string, input: TRumourInput & { version: number }): Promise<TRumour> {
  const before = await load(ctx, user.bureauId, id);
  const { version, articleIds, ...rest } = input;
  await checkStandards(ctx, user.bureauId, rest.standardIds);
  const { terms, parts } = rumourIndex(rest);
  await ctx.db.transaction(async (tx) => {
    await repo.updateRumourVersioned(tx, id, version, { ...rest, terms, status: 'draft', reviewedBy: null, reviewedAt: null, publishedAt: null }, parts);
    await citeRumourArticles(tx, id, rest.title, articleIds);
    await recordAudit(tx, [
      {
        actor: user,
        action: 'update',
        entity: 'rumour',
        entityId: id,
        before: { title: before.title, status: before.status },
        after: { title: rest.title, status: 'draft', articleIds },
      },
    ]);
  });
  return getRumour(ctx, user, id);
}

async function transition(ctx: TContext, user: TSessionUser, id: string, version: number, action: string, values: { status: TRumourStatus } & Partial<repo.TRumourValues>) {
  await ctx.db.transaction(async (tx) => {
    await repo.updateRumourVersioned(tx, id, version, values, null);
    await recordAudit(tx, [{ actor: user, action, entity: 'rumour', entityId: id, after: { status: values.status } }]);
  });
  return getRumour(ctx, user, id);
}

/** An expert, not the author, confirms the rebuttal and its evidence. */
export async function reviewRumour(ctx: TContext, user: TSessionUser, id: string, version: number) {
  const before = await load(ctx, user.bureauId, id);
  if (user.role !== 'expert' || before.createdBy === user.id) throw forbidden();
  if (before.status !== 'draft') throw invalidField('status', { zh: '只有草稿需要专家审核', en: 'only a draft is reviewed' });
  return transition(ctx, user, id, version, 'review', { status: 'reviewed', reviewedBy: user.id, reviewedAt: new Date() });
}

export async function publishRumour(ctx: TContext, user: TSessionUser, id: string, version: number) {
  const before = await load(ctx, user.bureauId, id);
  if (before.status !== 'reviewed') throw invalidField('status', { zh: '专家审核后才能发布', en: 'only a reviewed rumour can be published' });
  return transition(ctx, user, id, version, 'publish', { status: 'published', publishedAt: new Date() });
}

/** The shared words that are not part of a longer shared word (小龙虾 stands for 小龙 and 龙虾). */
function distinctWords(shared: string[]): string[] {
  return shared.filter((word) => !shared.some((other) => other !== word && other.includes(word)));
}

/**
 * The published rebuttals closest to a post's text: cosine similarity of jieba TF-IDF vectors of the
 * post's words and of each rumour's title and claim; matches with at least `minSimilarity` and
 * `minSharedWords` distinct shared words, best first.
 */
export async function screenText(
  db: TDbOrTx,
  bureauId: string,
  text: string,
  rule = { minSimilarity: SCREEN_MIN_SIMILARITY, minSharedWords: SCREEN_MIN_SHARED_WORDS },
): Promise<TRumourScreenResult> {
  const terms = searchTerms(text);
  const post = termVector(terms);
  const matches = (await repo.publishedTerms(db, bureauId))
    .map((r) => {
      const { score, shared } = similarity(post, termVector(r.terms));
      return { rumourId: r.id, title: r.title, similarity: Math.round(score * 1000) / 1000, sharedTerms: distinctWords(shared).slice(0, 8) };
    })
    .filter((m) => m.similarity > 0 && m.similarity >= rule.minSimilarity && m.sharedTerms.length >= rule.minSharedWords)
    .sort((a, b) => b.similarity - a.similarity || a.title.localeCompare(b.title))
    .slice(0, SCREEN_MAX_MATCHES);
  return { terms: [...new Set(terms)], matches };
}

export const screenPost = (ctx: TContext, user: TSessionUser, text: string) => screenText(ctx.db, user.bureauId, text);
