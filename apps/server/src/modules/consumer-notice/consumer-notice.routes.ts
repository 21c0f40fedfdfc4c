import { ZNoticeCreate, ZNoticeListQuery, ZNoticeVersion } from '@shian/shared/consumer-notice';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { approveNotice, draftNotice, listNotices, listPublishedNotices, publishNotice } from './consumer-notice.service.ts';

export function registerConsumerNoticeRoutes(app: TApp, ctx: TContext): void {
  const manage = { access: { permission: 'notice.manage', scope: 'bureau' } } as const;
  const approve = { access: { permission: 'notice.approve', scope: 'bureau' } } as const;
  const tags = ['consumer-notices'];

  app.get(
    '/api/public/consumer-notices',
    { config: { access: { public: true } }, schema: { tags, summary: '已发布的消费提示与警示', querystring: ZNoticeListQuery } },
    async (request) => listPublishedNotices(ctx, request.query),
  );
  app.get(
    '/api/consumer-notices',
    { config: { access: { permission: 'sampling.read', scope: 'bureau' } }, schema: { tags, summary: '消费提示与警示（草稿、已审核、已发布）', querystring: ZNoticeListQuery } },
    async (request) => listNotices(ctx, userOf(request), request.query),
  );
  app.post(
    '/api/consumer-notices',
    { config: manage, schema: { tags, summary: '起草消费提示或警示（可关联抽样单）', body: ZNoticeCreate } },
    async (request, reply) => reply.status(201).send(await draftNotice(ctx, userOf(request), request.body)),
  );
  app.post(
    '/api/consumer-notices/:id/approve',
    { config: approve, schema: { tags, summary: '审核通过（起草人不能审核自己的）', params: ZIdParam, body: ZNoticeVersion } },
    async (request) => approveNotice(ctx, userOf(request), request.params.id, request.body.version),
  );
  app.post(
    '/api/consumer-notices/:id/publish',
    { config: manage, schema: { tags, summary: '发布已审核的提示或警示', params: ZIdParam, body: ZNoticeVersion } },
    async (request) => publishNotice(ctx, userOf(request), request.params.id, request.body.version),
  );
}
