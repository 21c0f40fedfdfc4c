import QRCode from 'qrcode';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { routeTable } from '../../core/route-table.ts';
import { findPublicProfileOperator, getPublicThreeShows, getThreeShows } from './three-shows.service.ts';

export function registerThreeShowsRoutes(app: TApp, ctx: TContext): void {
  const read = { permission: 'operator.read', scope: 'data-scope' } as const;
  const anyone = { public: true } as const;
  const r = routeTable(app, ['three-shows']);

  r.get('/api/operators/:id/three-shows', read, '三亮：亮数据、亮问题、亮成绩（工作人员与企业本身）', { params: ZIdParam }, (req, user) => getThreeShows(ctx, user, req.params.id));
  r.get('/api/public/operators/:id', anyone, '公开的三亮页面数据（仅已公开的检查结果）', { params: ZIdParam }, (req) => getPublicThreeShows(ctx, req.params.id));
  r.get('/api/public/operators/:id/qr.svg', anyone, '公开页面的二维码（SVG）', { params: ZIdParam }, async (req, _user, reply) => {
    await findPublicProfileOperator(ctx, req.params.id);
    const url = `${req.protocol}://${req.host}/p/operators/${req.params.id}`;
    const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    return reply.type('image/svg+xml').header('Cache-Control', 'public, max-age=86400').send(svg);
  });
}
