import QRCode from 'qrcode';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { findPublicProfileOperator, getPublicThreeShows, getThreeShows } from './three-shows.service.ts';

export function registerThreeShowsRoutes(app: TApp, ctx: TContext): void {
  const tags = ['three-shows'];
  app.get(
    '/api/operators/:id/three-shows',
    {
      config: { access: { permission: 'operator.read', scope: 'data-scope' } },
      schema: { tags, summary: '三亮：亮数据、亮问题、亮成绩（工作人员与企业本身）', params: ZIdParam },
    },
    async (request) => getThreeShows(ctx, userOf(request), request.params.id),
  );
  app.get(
    '/api/public/operators/:id',
    { config: { access: { public: true } }, schema: { tags, summary: '公开的三亮页面数据（仅已公开的检查结果）', params: ZIdParam } },
    async (request) => getPublicThreeShows(ctx, request.params.id),
  );
  app.get(
    '/api/public/operators/:id/qr.svg',
    { config: { access: { public: true } }, schema: { tags, summary: '公开页面的二维码（SVG）', params: ZIdParam } },
    async (request, reply) => {
      await findPublicProfileOperator(ctx, request.params.id);
      const url = `${request.protocol}://${request.host}/p/operators/${request.params.id}`;
      const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      return reply.type('image/svg+xml').header('Cache-Control', 'public, max-age=86400').send(svg);
    },
  );
}
