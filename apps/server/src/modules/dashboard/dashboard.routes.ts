import { ZDashboardQuery } from '@shian/shared/dashboard';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { contentDisposition, XLSX_TYPE } from '../../core/excel.ts';
import { inspectionDashboard } from './dashboard.service.ts';
import { dashboardWorkbook } from './dashboard-export.ts';

export function registerDashboardRoutes(app: TApp, ctx: TContext): void {
  const read = { access: { permission: 'dashboard.read', scope: 'data-scope' } } as const;

  app.get(
    '/api/dashboards/inspections',
    { config: read, schema: { tags: ['dashboards'], summary: '监督检查看板：计划完成、逾期整改、不符合率、风险等级分布', querystring: ZDashboardQuery } },
    async (request) => inspectionDashboard(ctx, userOf(request), request.query),
  );

  app.get(
    '/api/dashboards/inspections/export',
    { config: read, schema: { tags: ['dashboards'], summary: '导出看板 .xlsx（每个图表一个工作表）', querystring: ZDashboardQuery } },
    async (request, reply) => {
      const data = await inspectionDashboard(ctx, userOf(request), request.query);
      reply.header('Content-Type', XLSX_TYPE).header('Content-Disposition', contentDisposition(`监督检查看板-${request.query.year}.xlsx`));
      return reply.send(await dashboardWorkbook(data));
    },
  );
}
