import { ZSamplingDashboardQuery } from '@shian/shared/sampling-analytics';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { contentDisposition, XLSX_TYPE } from '../../core/excel.ts';
import { samplingDashboard } from './sampling-analytics.service.ts';
import { samplingWorkbook } from './sampling-analytics-export.ts';

export function registerSamplingAnalyticsRoutes(app: TApp, ctx: TContext): void {
  const read = { access: { permission: 'dashboard.read', scope: 'data-scope' } } as const;
  const tags = ['dashboards'];
  app.get(
    '/api/dashboards/sampling',
    { config: read, schema: { tags, summary: '抽检分析：按食品类别、检验项目、街道、月份、业态的不合格率', querystring: ZSamplingDashboardQuery } },
    async (request) => samplingDashboard(ctx, userOf(request), request.query),
  );
  app.get(
    '/api/dashboards/sampling/export',
    { config: read, schema: { tags, summary: '导出抽检分析 .xlsx（每个图表一个工作表）', querystring: ZSamplingDashboardQuery } },
    async (request, reply) => {
      const data = await samplingDashboard(ctx, userOf(request), request.query);
      reply.header('Content-Type', XLSX_TYPE).header('Content-Disposition', contentDisposition(`抽检分析-${request.query.year}.xlsx`));
      return reply.send(await samplingWorkbook(data));
    },
  );
}
