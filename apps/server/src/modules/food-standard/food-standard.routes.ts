import { ZFoodStandardInput, ZFoodStandardListQuery, ZFoodStandardPut, ZStandardLookupQuery } from '@shian/shared/food-standard';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { createStandard, getPublicStandard, listPublicStandards, lookupPublicStandards, updateStandard } from './food-standard.service.ts';

export function registerFoodStandardRoutes(app: TApp, ctx: TContext): void {
  const open = { access: { public: true } } as const;
  const manage = { access: { permission: 'knowledge.manage', scope: 'bureau' } } as const;
  const tags = ['food-standards'];

  // Standards are public reference data: staff read the same list as citizens.
  app.get(
    '/api/public/food-standards',
    { config: open, schema: { tags, summary: '食品安全标准：按编号、名称检索，按状态、类别筛选', querystring: ZFoodStandardListQuery } },
    async (request) => listPublicStandards(ctx, request.query),
  );
  app.get(
    '/api/public/food-standards/lookup',
    { config: open, schema: { tags, summary: '从引用文字（如检验项目的判定依据）中找出标准编号及其现行状态', querystring: ZStandardLookupQuery } },
    async (request) => lookupPublicStandards(ctx, [request.query.texts]),
  );
  app.get(
    '/api/public/food-standards/:id',
    { config: open, schema: { tags, summary: '食品安全标准详情', params: ZIdParam } },
    async (request) => getPublicStandard(ctx, request.params.id),
  );
  app.post(
    '/api/food-standards',
    { config: manage, schema: { tags, summary: '登记食品安全标准（编号唯一）', body: ZFoodStandardInput } },
    async (request, reply) => reply.status(201).send(await createStandard(ctx, userOf(request), request.body)),
  );
  app.put(
    '/api/food-standards/:id',
    { config: manage, schema: { tags, summary: '修改食品安全标准（废止、被代替也在此登记；带 version）', params: ZIdParam, body: ZFoodStandardPut } },
    async (request) => updateStandard(ctx, userOf(request), request.params.id, request.body),
  );
}
