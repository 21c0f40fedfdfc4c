import { ZRumourInput, ZRumourListQuery, ZRumourPut, ZRumourScreen, ZRumourVersion } from '@shian/shared/rumour';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { routeTable } from '../../core/route-table.ts';
import { createRumour, getPublicRumour, getRumour, listRumours, publishRumour, reviewRumour, screenPost, searchPublicRumours, updateRumour } from './rumour.service.ts';

export function registerRumourRoutes(app: TApp, ctx: TContext): void {
  const open = { public: true } as const;
  const manage = { permission: 'knowledge.manage', scope: 'bureau' } as const;
  const r = routeTable(app, ['rumours']);
  const ZPublicQuery = ZRumourListQuery.omit({ status: true });

  r.get('/api/public/rumours', open, '检索已发布的食品安全谣言辟谣（中文分词全文检索）', { querystring: ZPublicQuery }, (req) => searchPublicRumours(ctx, req.query));
  r.get('/api/public/rumours/:id', open, '已发布的辟谣详情：依据的标准与法条', { params: ZIdParam }, (req) => getPublicRumour(ctx, req.params.id));

  r.get('/api/rumours', manage, '谣言登记（草稿、已审核、已发布）', { querystring: ZRumourListQuery }, (req, user) => listRumours(ctx, user, req.query));
  r.post('/api/rumours/screen', manage, '研判一段网帖文字：找出最接近的已发布辟谣及相似度', { body: ZRumourScreen }, (req, user) => screenPost(ctx, user, req.body.text));
  r.get('/api/rumours/:id', manage, '谣言详情', { params: ZIdParam }, (req, user) => getRumour(ctx, user, req.params.id));
  r.create('/api/rumours', manage, '登记谣言及辟谣（草稿）', { body: ZRumourInput }, (req, user) => createRumour(ctx, user, req.body));
  r.put('/api/rumours/:id', manage, '修改谣言（修改后回到草稿，需重新审核；带 version）', { params: ZIdParam, body: ZRumourPut }, (req, user) => updateRumour(ctx, user, req.params.id, req.body));
  r.post('/api/rumours/:id/review', manage, '专家审核通过（专家账号，且不是登记人）', { params: ZIdParam, body: ZRumourVersion }, (req, user) => reviewRumour(ctx, user, req.params.id, req.body.version));
  r.post('/api/rumours/:id/publish', manage, '发布已审核的辟谣', { params: ZIdParam, body: ZRumourVersion }, (req, user) => publishRumour(ctx, user, req.params.id, req.body.version));
}
