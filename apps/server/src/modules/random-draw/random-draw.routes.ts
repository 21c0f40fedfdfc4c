import { ZDrawCreate, ZDrawListQuery } from '@shian/shared/draw';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { createDraw, getDraw, listDraws, listPublishedDraws, planDraw, publishDraw, verifyDraw } from './random-draw.service.ts';

export function registerRandomDrawRoutes(app: TApp, ctx: TContext): void {
  const manage = { access: { permission: 'draw.manage', scope: 'data-scope' } } as const;

  app.post(
    '/api/random-draws',
    { config: manage, schema: { tags: ['random-draws'], summary: '双随机抽取（保存随机种子与两个备选池，可复现）', body: ZDrawCreate } },
    async (request, reply) => reply.status(201).send(await createDraw(ctx, userOf(request), request.body)),
  );

  app.get(
    '/api/random-draws',
    { config: manage, schema: { tags: ['random-draws'], summary: '双随机抽取记录', querystring: ZDrawListQuery } },
    async (request) => listDraws(ctx, userOf(request), request.query),
  );

  app.get(
    '/api/random-draws/:id',
    { config: manage, schema: { tags: ['random-draws'], summary: '抽取详情与结果', params: ZIdParam } },
    async (request) => getDraw(ctx, userOf(request), request.params.id),
  );

  app.post(
    '/api/random-draws/:id/verify',
    { config: manage, schema: { tags: ['random-draws'], summary: '用保存的种子与备选池重新抽取并比对', params: ZIdParam } },
    async (request) => verifyDraw(ctx, userOf(request), request.params.id),
  );

  app.post(
    '/api/random-draws/:id/publish',
    { config: manage, schema: { tags: ['random-draws'], summary: '公示抽取结果', params: ZIdParam } },
    async (request) => publishDraw(ctx, userOf(request), request.params.id),
  );

  app.post(
    '/api/random-draws/:id/plan',
    { config: manage, schema: { tags: ['random-draws'], summary: '将抽取结果转为本月检查计划', params: ZIdParam } },
    async (request) => planDraw(ctx, userOf(request), request.params.id),
  );

  app.get(
    '/api/public/random-draws',
    { config: { access: { public: true } }, schema: { tags: ['random-draws'], summary: '已公示的双随机抽取结果（不含个人信息）' } },
    async () => listPublishedDraws(ctx),
  );
}
