import { ZSamplingDashboardQuery } from '@shian/shared/sampling-analytics';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { XLSX_TYPE } from '../../core/excel.ts';
import { contentDisposition } from '../../core/download.ts';
import { routeTable } from '../../core/route-table.ts';
import { samplingDashboard } from './sampling-analytics.service.ts';
import { samplingWorkbook } from './sampling-analytics-export.ts';

export function registerSamplingAnalyticsRoutes(app: TApp, ctx: TContext): void {
  const read = { permission: 'dashboard.read', scope: 'data-scope' } as const;
  const r = routeTable(app, ['dashboards']);

  r.get('/api/dashboards/sampling', read, '抽检分析：按食品类别、检验项目、街道、月份、业态的不合格率', { querystring: ZSamplingDashboardQuery }, (req, user) => samplingDashboard(ctx, user, req.query));
  r.get('/api/dashboards/sampling/export', read, '导出抽检分析 .xlsx（每个图表一个工作表）', { querystring: ZSamplingDashboardQuery }, async (req, user, reply) => {
    const data = await samplingDashboard(ctx, user, req.query);
    reply.header('Content-Type', XLSX_TYPE).header('Content-Disposition', contentDisposition(`抽检分析-${req.query.year}.xlsx`));
    return reply.send(await samplingWorkbook(data));
  });
}
