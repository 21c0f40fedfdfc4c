import {
  ZOdrConsent,
  ZOdrEnrolmentCreate,
  ZOdrEnrolmentListQuery,
  ZOdrNegotiationClose,
  ZOdrNegotiationCreate,
  ZOdrSuggestionQuery,
  ZOdrWithdraw,
} from '@shian/shared/odr';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { closeNegotiation, enrol, getEnrolment, listEnrolments, odrSuggestions, recordConsent, startNegotiation, withdrawEnrolment } from './odr.service.ts';

export function registerOdrRoutes(app: TApp, ctx: TContext): void {
  const read = { access: { permission: 'complaint.read', scope: 'data-scope' } } as const;
  const manage = { access: { permission: 'complaint.manage', scope: 'data-scope' } } as const;
  const tags = ['odr'];

  app.get(
    '/api/odr/suggestions',
    { config: read, schema: { tags, summary: '建议纳入在线纠纷和解的高投诉经营主体（默认 90 天内 5 件以上）', querystring: ZOdrSuggestionQuery } },
    async (request) => odrSuggestions(ctx, userOf(request), request.query),
  );
  app.get(
    '/api/odr/enrolments',
    { config: read, schema: { tags, summary: '在线纠纷和解企业及和解率', querystring: ZOdrEnrolmentListQuery } },
    async (request) => listEnrolments(ctx, userOf(request), request.query),
  );
  app.post(
    '/api/odr/enrolments',
    { config: manage, schema: { tags, summary: '邀请经营主体加入在线纠纷和解', body: ZOdrEnrolmentCreate } },
    async (request, reply) => reply.status(201).send(await enrol(ctx, userOf(request), request.body)),
  );
  app.get(
    '/api/odr/enrolments/:id',
    { config: read, schema: { tags, summary: '在线纠纷和解详情：协商记录、10 个工作日时限、可转入协商的投诉', params: ZIdParam } },
    async (request) => getEnrolment(ctx, userOf(request), request.params.id),
  );
  app.post(
    '/api/odr/enrolments/:id/consent',
    { config: manage, schema: { tags, summary: '登记企业同意加入（签署人、日期）', params: ZIdParam, body: ZOdrConsent } },
    async (request) => recordConsent(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/odr/enrolments/:id/withdraw',
    { config: manage, schema: { tags, summary: '退出在线纠纷和解', params: ZIdParam, body: ZOdrWithdraw } },
    async (request) => withdrawEnrolment(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/odr/enrolments/:id/negotiations',
    { config: manage, schema: { tags, summary: '将投诉转企业协商和解（10 个工作日时限）', params: ZIdParam, body: ZOdrNegotiationCreate } },
    async (request, reply) => reply.status(201).send(await startNegotiation(ctx, userOf(request), request.params.id, request.body)),
  );
  app.patch(
    '/api/odr/negotiations/:id',
    { config: manage, schema: { tags, summary: '登记协商结果：和解成功，或失败转回常规处理', params: ZIdParam, body: ZOdrNegotiationClose } },
    async (request) => closeNegotiation(ctx, userOf(request), request.params.id, request.body),
  );
}
