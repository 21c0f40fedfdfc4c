import { randomBytes } from 'node:crypto';
import type { TNomination, TNominationCreate, TNominationListQuery } from '@shian/shared/public-test';
import type { TPage } from '@shian/shared/http';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import type { TWindowLimiter } from '../../core/rate-limit.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { createPlan } from '../sampling/sampling.public.ts';
import * as repo from './public-test.repository.ts';
import type { TNominationRow } from './public-test.repository.ts';

/** Proposals per IP address per hour. */
export const PROPOSALS_PER_IP_HOUR = 5;
/** Votes per IP address per proposal per day (a household or office shares one address). */
export const VOTES_PER_IP_DAY = 20;

export const newVoterToken = () => randomBytes(16).toString('hex');
/** What nomination_vote stores for a voter: HMAC-SM3 of the browser token, never the token. */
export const voterHash = (ctx: TContext, token: string) => ctx.cipher.keyedDigest('nomination-vote', token);

function present(row: TNominationRow): TNomination {
  return {
    id: row.id,
    food: row.food,
    place: row.place,
    reason: row.reason,
    status: row.status,
    votes: row.votes,
    planId: row.planId,
    resultSummary: row.resultSummary,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

async function bureauOrFail(ctx: TContext) {
  const id = await repo.publicBureauId(ctx.db);
  if (!id) throw notFound();
  return id;
}

async function page(ctx: TContext, bureauId: string, query: TNominationListQuery, publicOnly: boolean): Promise<TPage<TNomination>> {
  const [rows, total] = await Promise.all([repo.listNominations(ctx.db, bureauId, query, publicOnly), repo.countNominations(ctx.db, bureauId, query, publicOnly)]);
  return { items: rows.map(present), total, page: query.page, pageSize: query.pageSize };
}

export async function listPublicNominations(ctx: TContext, query: TNominationListQuery) {
  return page(ctx, await bureauOrFail(ctx), query, true);
}

export async function listNominations(ctx: TContext, user: TSessionUser, query: TNominationListQuery) {
  return page(ctx, user.bureauId, query, false);
}

export async function proposeNomination(ctx: TContext, limiter: TWindowLimiter, ip: string, input: TNominationCreate) {
  if (!limiter.hit(`propose:${ip}`)) throw new AppError('RATE_LIMITED');
  const bureauId = await bureauOrFail(ctx);
  const row = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertNomination(tx, { bureauId, food: input.food, place: input.place, reason: input.reason || null });
    await recordAudit(tx, [{ actor: null, action: 'propose', entity: 'test_nomination', entityId: created.id, after: { food: created.food, place: created.place } }]);
    return created;
  });
  return present(row);
}

export async function voteNomination(ctx: TContext, limiter: TWindowLimiter, ip: string, id: string, token: string) {
  const bureauId = await bureauOrFail(ctx);
  const row = await repo.findNomination(ctx.db, bureauId, id);
  if (!row || row.status === 'rejected') throw notFound();
  if (row.status !== 'open') throw invalidField('status', { zh: '该建议已选定或已检测，不再接受投票', en: 'this nomination no longer takes votes' });
  if (!limiter.hit(`vote:${ip}:${id}`)) throw new AppError('RATE_LIMITED');
  const counted = await ctx.db.transaction((tx) => repo.insertVote(tx, id, voterHash(ctx, token)));
  if (!counted) throw new AppError('ALREADY_DONE', { what: '投票' });
  return present((await repo.findNomination(ctx.db, bureauId, id))!);
}

async function loadForStaff(ctx: TContext, user: TSessionUser, id: string) {
  const row = await repo.findNomination(ctx.db, user.bureauId, id);
  if (!row) throw notFound();
  return row;
}

const wrongStatus = (zh: string, en: string) => invalidField('status', { zh, en });

/** Turns a proposal into a special sampling plan (kind public_nomination) through the sampling module. */
export async function selectNomination(ctx: TContext, user: TSessionUser, id: string, input: { version: number; planName: string }) {
  const before = await loadForStaff(ctx, user, id);
  if (before.status !== 'open') throw wrongStatus('只有征集中的建议可以选定', 'only an open nomination can be selected');
  const plan = await createPlan(ctx, user, { name: input.planName, year: Number(new Date().toISOString().slice(0, 4)), kind: 'public_nomination', publishPolicy: 'all' });
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await repo.updateNominationVersioned(tx, id, input.version, { status: 'selected', planId: plan.id });
    await recordAudit(tx, [{ actor: user, action: 'select', entity: 'test_nomination', entityId: id, after: { planId: plan.id } }]);
    return updated;
  });
  return present(row);
}

export async function publishNominationResult(ctx: TContext, user: TSessionUser, id: string, input: { version: number; resultSummary: string }) {
  const before = await loadForStaff(ctx, user, id);
  if (before.status !== 'selected' && before.status !== 'tested') throw wrongStatus('只有已选定的建议可以公布结果', 'only a selected nomination can get a result');
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await repo.updateNominationVersioned(tx, id, input.version, { status: 'tested', resultSummary: input.resultSummary });
    await recordAudit(tx, [{ actor: user, action: 'publish-result', entity: 'test_nomination', entityId: id, after: { resultSummary: input.resultSummary } }]);
    return updated;
  });
  return present(row);
}

export async function rejectNomination(ctx: TContext, user: TSessionUser, id: string, version: number) {
  const before = await loadForStaff(ctx, user, id);
  if (before.status !== 'open') throw wrongStatus('只有征集中的建议可以不予采纳', 'only an open nomination can be rejected');
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await repo.updateNominationVersioned(tx, id, version, { status: 'rejected' });
    await recordAudit(tx, [{ actor: user, action: 'reject', entity: 'test_nomination', entityId: id }]);
    return updated;
  });
  return present(row);
}
