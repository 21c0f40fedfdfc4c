import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  VOTER_TOKEN_PATTERN,
  ZNominationCreate,
  ZNominationListQuery,
  ZNominationReject,
  ZNominationResult,
  ZNominationSelect,
} from '@shian/shared/public-test';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { createWindowLimiter } from '../../core/rate-limit.ts';
import {
  listNominations,
  listPublicNominations,
  newVoterToken,
  proposeNomination,
  publishNominationResult,
  rejectNomination,
  selectNomination,
  PROPOSALS_PER_IP_HOUR,
  VOTES_PER_IP_DAY,
  voteNomination,
} from './public-test.service.ts';

const VOTER_COOKIE = 'shian_voter';
const YEAR_SECONDS = 365 * 86_400;

/** The browser's random voter token: the one it has, or a new one set as an HttpOnly cookie. */
function voterToken(request: FastifyRequest, reply: FastifyReply, production: boolean): string {
  const existing = request.cookies[VOTER_COOKIE];
  if (existing && VOTER_TOKEN_PATTERN.test(existing)) return existing;
  const token = newVoterToken();
  reply.setCookie(VOTER_COOKIE, token, { path: '/api/public', httpOnly: true, sameSite: 'strict', secure: production, maxAge: YEAR_SECONDS });
  return token;
}

export function registerPublicTestRoutes(app: TApp, ctx: TContext): void {
  const proposals = createWindowLimiter(PROPOSALS_PER_IP_HOUR, 3_600_000);
  const votes = createWindowLimiter(VOTES_PER_IP_DAY, 86_400_000);
  const open = { access: { public: true } } as const;
  const manage = { access: { permission: 'sampling.manage', scope: 'bureau' } } as const;
  const tags = ['test-nominations'];

  app.get(
    '/api/public/test-nominations',
    { config: open, schema: { tags, summary: '你点我检：征集、选定、已检测的建议（票数与公布结果）', querystring: ZNominationListQuery } },
    async (request, reply) => {
      voterToken(request, reply, ctx.production);
      return listPublicNominations(ctx, request.query);
    },
  );
  app.post(
    '/api/public/test-nominations',
    { config: open, schema: { tags, summary: '你点我检：提出建议（每个 IP 每小时限 5 条）', body: ZNominationCreate } },
    async (request, reply) => reply.status(201).send(await proposeNomination(ctx, proposals, request.ip, request.body)),
  );
  app.post(
    '/api/public/test-nominations/:id/votes',
    { config: open, schema: { tags, summary: '你点我检：投票（每人每条建议一票）', params: ZIdParam } },
    async (request, reply) => {
      const token = voterToken(request, reply, ctx.production);
      return reply.status(201).send(await voteNomination(ctx, votes, request.ip, request.params.id, token));
    },
  );
  app.get(
    '/api/test-nominations',
    { config: { access: { permission: 'sampling.read', scope: 'bureau' } }, schema: { tags, summary: '你点我检建议（含不予采纳）', querystring: ZNominationListQuery } },
    async (request) => listNominations(ctx, userOf(request), request.query),
  );
  app.post(
    '/api/test-nominations/:id/select',
    { config: manage, schema: { tags, summary: '选定建议，生成专项抽检计划', params: ZIdParam, body: ZNominationSelect } },
    async (request) => selectNomination(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/test-nominations/:id/result',
    { config: manage, schema: { tags, summary: '公布检测结果', params: ZIdParam, body: ZNominationResult } },
    async (request) => publishNominationResult(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/test-nominations/:id/reject',
    { config: manage, schema: { tags, summary: '不予采纳', params: ZIdParam, body: ZNominationReject } },
    async (request) => rejectNomination(ctx, userOf(request), request.params.id, request.body.version),
  );
}
