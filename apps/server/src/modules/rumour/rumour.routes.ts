import { ZRumourInput, ZRumourListQuery, ZRumourPut, ZRumourScreen, ZRumourVersion } from '@shian/shared/rumour';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import {
  createRumour,
  getPublicRumour,
  getRumour,
  listRumours,
  publishRumour,
  reviewRumour,
  screenPost,
  searchPublicRumours,
  updateRumour,
} from './rumour.service.ts';

export function registerRumourRoutes(app: TApp, ctx: TContext): void {
  const open = { access: { public: true } } as const;
  const manage = { access: { permission: 'knowledge.manage', scope: 'bureau' } } as const;
  const tags = ['rumours'];
  const ZPublicQuery = ZRumourListQuery.omit({ status: true });

  app.get(
    '/api/public/rumours',
    { config: open, schema: { tags, summary: '检索已发布的食品安全谣言辟谣（中文分词全文检索）', querystring: ZPublicQuery } },
    async (request) => searchPublicRumours(ctx, request.query),
  );
  app.get('/api/public/rumours/:id', { config: open, schema: { tags, summary: '已发布的辟谣详情：依据的标准与法条', params: ZIdParam } }, async (request) =>
    getPublicRumour(ctx, request.params.id),
  );

  app.get(
    '/api/rumours',
    { config: manage, schema: { tags, summary: '谣言登记（草稿、已审核、已发布）', querystring: ZRumourListQuery } },
    async (request) => listRumours(ctx, userOf(request), request.query),
  );
  app.post(
    '/api/rumours/screen',
    { config: manage, schema: { tags, summary: '研判一段网帖文字：找出最接近的已发布辟谣及相似度', body: ZRumourScreen } },
    async (request) => screenPost(ctx, userOf(request), request.body.text),
  );
  app.get('/api/rumours/:id', { config: manage, schema: { tags, summary: '谣言详情', params: ZIdParam } }, async (request) =>
    getRumour(ctx, userOf(request), request.params.id),
  );
  app.post('/api/rumours', { config: manage, schema: { tags, summary: '登记谣言及辟谣（草稿）', body: ZRumourInput } }, async (request, reply) =>
    reply.status(201).send(await createRumour(ctx, userOf(request), request.body)),
  );
  app.put(
    '/api/rumours/:id',
    { config: manage, schema: { tags, summary: '修改谣言（修改后回到草稿，需重新审核；带 version）', params: ZIdParam, body: ZRumourPut } },
    async (request) => updateRumour(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/rumours/:id/review',
    { config: manage, schema: { tags, summary: '专家审核通过（专家账号，且不是登记人）', params: ZIdParam, body: ZRumourVersion } },
    async (request) => reviewRumour(ctx, userOf(request), request.params.id, request.body.version),
  );
  app.post(
    '/api/rumours/:id/publish',
    { config: manage, schema: { tags, summary: '发布已审核的辟谣', params: ZIdParam, body: ZRumourVersion } },
    async (request) => publishRumour(ctx, userOf(request), request.params.id, request.body.version),
  );
}
