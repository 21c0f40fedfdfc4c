import { ZNoticeCreate, ZNoticeListQuery, ZNoticeVersion } from '@shian/shared/consumer-notice';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { routeTable } from '../../core/route-table.ts';
import { approveNotice, draftNotice, listNotices, listPublishedNotices, publishNotice } from './consumer-notice.service.ts';

export function registerConsumerNoticeRoutes(app: TApp, ctx: TContext): void {
  const open = { public: true } as const;
  const read = { permission: 'sampling.read', scope: 'bureau' } as const;
  const manage = { permission: 'notice.manage', scope: 'bureau' } as const;
  const approve = { permission: 'notice.approve', scope: 'bureau' } as const;
  const r = routeTable(app, ['consumer-notices']);

  r.get('/api/public/consumer-notices', open, '已发布的消费提示与警示', { querystring: ZNoticeListQuery }, (req) => listPublishedNotices(ctx, req.query));
  r.get('/api/consumer-notices', read, '消费提示与警示（草稿、已审核、已发布）', { querystring: ZNoticeListQuery }, (req, user) => listNotices(ctx, user, req.query));
  r.create('/api/consumer-notices', manage, '起草消费提示或警示（可关联抽样单）', { body: ZNoticeCreate }, (req, user) => draftNotice(ctx, user, req.body));
  r.post('/api/consumer-notices/:id/approve', approve, '审核通过（起草人不能审核自己的）', { params: ZIdParam, body: ZNoticeVersion }, (req, user) => approveNotice(ctx, user, req.params.id, req.body.version));
  r.post('/api/consumer-notices/:id/publish', manage, '发布已审核的提示或警示', { params: ZIdParam, body: ZNoticeVersion }, (req, user) => publishNotice(ctx, user, req.params.id, req.body.version));
}
