import { ZPublicSearchQuery } from '@shian/shared/public-portal';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { routeTable } from '../../core/route-table.ts';
import { searchPublic } from './public-portal.service.ts';

export function registerPublicPortalRoutes(app: TApp, ctx: TContext): void {
  const open = { public: true } as const;
  const r = routeTable(app, ['public-portal']);

  r.get('/api/public/search', open, '公众服务门户检索：企业公开页面、信用（已公示的严重违法失信名单）、法律法规、食品安全标准、已发布的辟谣；按类型分页，附各类型命中数', { querystring: ZPublicSearchQuery }, (req) =>
    searchPublic(ctx, req.query, req.lang),
  );
}
