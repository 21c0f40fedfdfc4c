import { ZFoodStandardInput, ZFoodStandardListQuery, ZFoodStandardPut, ZStandardLookupQuery } from '@shian/shared/food-standard';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { routeTable } from '../../core/route-table.ts';
import { createStandard, getPublicStandard, listPublicStandards, lookupPublicStandards, updateStandard } from './food-standard.service.ts';

export function registerFoodStandardRoutes(app: TApp, ctx: TContext): void {
  const open = { public: true } as const;
  const manage = { permission: 'knowledge.manage', scope: 'bureau' } as const;
  const r = routeTable(app, ['food-standards']);

  // Standards are public reference data: staff read the same list as citizens.
  r.get('/api/public/food-standards', open, '食品安全标准：按编号、名称检索，按状态、类别筛选', { querystring: ZFoodStandardListQuery }, (req) => listPublicStandards(ctx, req.query));
  r.get('/api/public/food-standards/lookup', open, '从引用文字（如检验项目的判定依据）中找出标准编号及其现行状态', { querystring: ZStandardLookupQuery }, (req) => lookupPublicStandards(ctx, [req.query.texts]));
  r.get('/api/public/food-standards/:id', open, '食品安全标准详情', { params: ZIdParam }, (req) => getPublicStandard(ctx, req.params.id));
  r.create('/api/food-standards', manage, '登记食品安全标准（编号唯一）', { body: ZFoodStandardInput }, (req, user) => createStandard(ctx, user, req.body));
  r.put('/api/food-standards/:id', manage, '修改食品安全标准（废止、被代替也在此登记；带 version）', { params: ZIdParam, body: ZFoodStandardPut }, (req, user) => updateStandard(ctx, user, req.params.id, req.body));
}
