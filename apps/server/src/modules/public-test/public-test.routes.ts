import type { FastifyReply, FastifyRequest } from 'fastify';
import { VOTER_TOKEN_PATTERN, ZNominationCreate, ZNominationListQuery, ZNominationReject, ZNominationResult, ZNominationSelect } from '@shian/shared/public-test';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { createWindowLimiter } from '../../core/rate-limit.ts';
import { routeTable } from '../../core/route-table.ts';
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
  const open = { public: true } as const;
  const read = { permission: 'sampling.read', scope: 'bureau' } as const;
  const manage = { permission: 'sampling.manage', scope: 'bureau' } as const;
  const r = routeTable(app, ['test-nominations']);

  r.get('/api/public/test-nominations', open, '你点我检：征集、选定、已检测的建议（票数与公布结果）', { querystring: ZNominationListQuery }, (req, _user, reply) => {
    voterToken(req, reply, ctx.production);
    return listPublicNominations(ctx, req.query);
  });
  r.create('/api/public/test-nominations', open, '你点我检：提出建议（每个 IP 每小时限 5 条）', { body: ZNominationCreate }, (req) => proposeNomination(ctx, proposals, req.ip, req.body));
  r.create('/api/public/test-nominations/:id/votes', open, '你点我检：投票（每人每条建议一票）', { params: ZIdParam }, (req, _user, reply) =>
    voteNomination(ctx, votes, req.ip, req.params.id, voterToken(req, reply, ctx.production)),
  );
  r.get('/api/test-nominations', read, '你点我检建议（含不予采纳）', { querystring: ZNominationListQuery }, (req, user) => listNominations(ctx, user, req.query));
  r.post('/api/test-nominations/:id/select', manage, '选定建议，生成专项抽检计划', { params: ZIdParam, body: ZNominationSelect }, (req, user) => selectNomination(ctx, user, req.params.id, req.body));
  r.post('/api/test-nominations/:id/result', manage, '公布检测结果', { params: ZIdParam, body: ZNominationResult }, (req, user) => publishNominationResult(ctx, user, req.params.id, req.body));
  r.post('/api/test-nominations/:id/reject', manage, '不予采纳', { params: ZIdParam, body: ZNominationReject }, (req, user) => rejectNomination(ctx, user, req.params.id, req.body.version));
}
