import { ZDrawCreate, ZDrawListQuery } from '@shian/shared/draw';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { routeTable } from '../../core/route-table.ts';
import { createDraw, getDraw, listDraws, listPublishedDraws, planDraw, publishDraw, verifyDraw } from './random-draw.service.ts';

export function registerRandomDrawRoutes(app: TApp, ctx: TContext): void {
  const manage = { permission: 'draw.manage', scope: 'data-scope' } as const;
  const anyone = { public: true } as const;
  const r = routeTable(app, ['random-draws']);

  r.create('/api/random-draws', manage, '双随机抽取（保存随机种子与两个备选池，可复现）', { body: ZDrawCreate }, (req, user) => createDraw(ctx, user, req.body));
  r.get('/api/random-draws', manage, '双随机抽取记录', { querystring: ZDrawListQuery }, (req, user) => listDraws(ctx, user, req.query));
  r.get('/api/random-draws/:id', manage, '抽取详情与结果', { params: ZIdParam }, (req, user) => getDraw(ctx, user, req.params.id));
  r.post('/api/random-draws/:id/verify', manage, '用保存的种子与备选池重新抽取并比对', { params: ZIdParam }, (req, user) => verifyDraw(ctx, user, req.params.id));
  r.post('/api/random-draws/:id/publish', manage, '公示抽取结果', { params: ZIdParam }, (req, user) => publishDraw(ctx, user, req.params.id));
  r.post('/api/random-draws/:id/plan', manage, '将抽取结果转为本月检查计划', { params: ZIdParam }, (req, user) => planDraw(ctx, user, req.params.id));
  r.get('/api/public/random-draws', anyone, '已公示的双随机抽取结果（不含个人信息）', {}, () => listPublishedDraws(ctx));
}
