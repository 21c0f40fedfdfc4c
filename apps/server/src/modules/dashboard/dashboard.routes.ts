import { ZDashboardQuery } from '@shian/shared/dashboard';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { XLSX_TYPE } from '../../core/excel.ts';
import { contentDisposition } from '../../core/download.ts';
import { routeTable } from '../../core/route-table.ts';
import { inspectionDashboard } from './dashboard.service.ts';
import { dashboardWorkbook } from './dashboard-export.ts';

export function registerDashboardRoutes(app: TApp, ctx: TContext): void {
  const read = { permission: 'dashboard.read', scope: 'data-scope' } as const;
  const r = routeTable(app, ['dashboards']);

  r.get('/api/dashboards/inspections', read, '监督检查看板：计划完成、逾期整改、不符合率、风险等级分布', { querystring: ZDashboardQuery }, (req, user) => inspectionDashboard(ctx, user, req.query));
  r.get('/api/dashboards/inspections/export', read, '导出看板 .xlsx（每个图表一个工作表）', { querystring: ZDashboardQuery }, async (req, user, reply) => {
    const data = await inspectionDashboard(ctx, user, req.query);
    reply.header('Content-Type', XLSX_TYPE).header('Content-Disposition', contentDisposition(`监督检查看板-${req.query.year}.xlsx`));
    return reply.send(await dashboardWorkbook(data));
  });
}
