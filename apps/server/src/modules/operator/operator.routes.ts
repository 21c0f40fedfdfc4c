import { ZOperatorCreate, ZOperatorExportQuery, ZOperatorListQuery, ZOperatorPatch } from '@shian/shared/operator';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { XLSX_TYPE, xlsxStream } from '../../core/excel.ts';
import { contentDisposition } from '../../core/download.ts';
import { routeTable } from '../../core/route-table.ts';
import { createOperator, exportOperators, getOperator, listOperators, updateOperator } from './operator.service.ts';
import { licencesOf } from './operator.repository.ts';
import { EXPORT_COLUMNS, type TExportRow } from './operator-file.ts';

export function registerOperatorRoutes(app: TApp, ctx: TContext): void {
  const read = { permission: 'operator.read', scope: 'data-scope' } as const;
  const write = { permission: 'operator.write', scope: 'data-scope' } as const;
  const exporting = { permission: 'operator.export', scope: 'data-scope' } as const;
  const r = routeTable(app, ['operators']);

  r.get('/api/operators', read, '经营主体列表（按数据范围）', { querystring: ZOperatorListQuery }, (req, user) => listOperators(ctx, user, req.query));
  r.get('/api/operators/export', exporting, '按当前筛选条件导出 .xlsx', { querystring: ZOperatorExportQuery }, (req, user, reply) => {
    async function* withLicences() {
      for await (const rows of exportOperators(ctx, user, req.query)) {
        const licences = await licencesOf(
          ctx.db,
          rows.map((row) => row.id),
        );
        yield rows.map((row): TExportRow => ({ ...row, licence: licences.find((l) => l.operatorId === row.id) ?? null }));
      }
    }
    const date = new Date().toISOString().slice(0, 10);
    reply.header('Content-Type', XLSX_TYPE).header('Content-Disposition', contentDisposition(`经营主体-${date}.xlsx`));
    return reply.send(xlsxStream('经营主体', EXPORT_COLUMNS, withLicences()));
  });
  r.create('/api/operators', write, '新增经营主体', { body: ZOperatorCreate }, (req, user) => createOperator(ctx, user, req.body));
  r.get('/api/operators/:id', read, '经营主体详情（含许可证、三类人员）', { params: ZIdParam }, (req, user) => getOperator(ctx, user, req.params.id));
  r.patch('/api/operators/:id', write, '修改经营主体（带 version，过期版本返回 409；注销即 status=deactivated）', { params: ZIdParam, body: ZOperatorPatch }, (req, user) =>
    updateOperator(ctx, user, req.params.id, req.body),
  );
}
