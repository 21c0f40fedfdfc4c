import { ZHotspotExportQuery, ZHotspotQuery } from '@shian/shared/complaint-hotspot';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { XLSX_TYPE } from '../../core/excel.ts';
import { contentDisposition } from '../../core/download.ts';
import { routeTable } from '../../core/route-table.ts';
import { complaintHotspots } from './complaint-hotspot.service.ts';
import { hotspotWorkbook } from './complaint-hotspot-export.ts';

export function registerComplaintHotspotRoutes(app: TApp, ctx: TContext): void {
  const read = { permission: 'complaint.read', scope: 'data-scope' } as const;
  const r = routeTable(app, ['complaint-hotspots']);

  r.get('/api/complaint-hotspots', read, '投诉热点：每千户投诉数（街道×行业、问题类型）、按周异常升高、投诉最多的经营主体、地图密度', { querystring: ZHotspotQuery }, (req, user) =>
    complaintHotspots(ctx, user, req.query),
  );
  r.get('/api/complaint-hotspots/export', read, '导出投诉热点 .xlsx（chart 指定单个图表，缺省为全部）', { querystring: ZHotspotExportQuery }, async (req, user, reply) => {
    const { chart, ...query } = req.query;
    const data = await complaintHotspots(ctx, user, query);
    reply.header('Content-Type', XLSX_TYPE).header('Content-Disposition', contentDisposition(`投诉热点-${chart ?? '全部'}-${data.from}-${data.to}.xlsx`));
    return reply.send(await hotspotWorkbook(data, chart));
  });
}
