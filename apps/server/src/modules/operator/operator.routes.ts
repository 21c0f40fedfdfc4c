import { ZOperatorCreate, ZOperatorExportQuery, ZOperatorListQuery, ZOperatorPatch } from '@shian/shared/operator';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { contentDisposition, XLSX_TYPE, xlsxStream } from '../../core/excel.ts';
import { createOperator, exportOperators, getOperator, listOperators, updateOperator } from './operator.service.ts';
import { licencesOf } from './operator.repository.ts';
import { EXPORT_COLUMNS, type TExportRow } from './operator-file.ts';

export function registerOperatorRoutes(app: TApp, ctx: TContext): void {
  const read = { access: { permission: 'operator.read', scope: 'data-scope' } } as const;
  const write = { access: { permission: 'operator.write', scope: 'data-scope' } } as const;

  app.get(
    '/api/operators',
    { config: read, schema: { tags: ['operators'], summary: '经营主体列表（按数据范围）', querystring: ZOperatorListQuery } },
    async (request) => listOperators(ctx, userOf(request), request.query),
  );

  app.get(
    '/api/operators/export',
    {
      config: { access: { permission: 'operator.export', scope: 'data-scope' } },
      schema: { tags: ['operators'], summary: '按当前筛选条件导出 .xlsx', querystring: ZOperatorExportQuery },
    },
    async (request, reply) => {
      const user = userOf(request);
      async function* withLicences() {
        for await (const rows of exportOperators(ctx, user, request.query)) {
          const licences = await licencesOf(ctx.db, rows.map((r) => r.id));
          yield rows.map((r): TExportRow => ({ ...r, licence: licences.find((l) => l.operatorId === r.id) ?? null }));
        }
      }
      const date = new Date().toISOString().slice(0, 10);
      reply.header('Content-Type', XLSX_TYPE).header('Content-Disposition', contentDisposition(`经营主体-${date}.xlsx`));
      return reply.send(xlsxStream('经营主体', EXPORT_COLUMNS, withLicences()));
    },
  );

  app.post(
    '/api/operators',
    { config: write, schema: { tags: ['operators'], summary: '新增经营主体', body: ZOperatorCreate } },
    async (request, reply) => reply.status(201).send(await createOperator(ctx, userOf(request), request.body)),
  );

  app.get(
    '/api/operators/:id',
    { config: read, schema: { tags: ['operators'], summary: '经营主体详情（含许可证、三类人员）', params: ZIdParam } },
    async (request) => getOperator(ctx, userOf(request), request.params.id),
  );

  app.patch(
    '/api/operators/:id',
    {
      config: write,
      schema: { tags: ['operators'], summary: '修改经营主体（带 version，过期版本返回 409；注销即 status=deactivated）', params: ZIdParam, body: ZOperatorPatch },
    },
    async (request) => updateOperator(ctx, userOf(request), request.params.id, request.body),
  );
}
