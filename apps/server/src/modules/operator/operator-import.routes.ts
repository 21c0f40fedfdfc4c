import { ZImportCommit } from '@shian/shared/import';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { XLSX_TYPE, xlsxStream } from '../../core/excel.ts';
import { contentDisposition } from '../../core/download.ts';
import { routeTable } from '../../core/route-table.ts';
import { commitImport, dryRunImport, getImport } from './operator-import.service.ts';
import { COLUMNS, type TColumnKey } from './operator-file.ts';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const TEMPLATE_EXAMPLE: Record<TColumnKey, string> = {
  name: '黄陂区示例餐饮店',
  uscc: '92420116MA4K00000U',
  type: '餐饮服务提供者',
  categories: '热食类食品、冷食类食品',
  address: '武汉市黄陂区前川街道示例路 1 号',
  unit: '前川街道',
  longitude: '114.374',
  latitude: '30.874',
  tags: '明厨亮灶',
  licenceNumber: 'JY24201160000011',
  licenceScope: '热食类食品制售',
  licenceIssuedOn: '2024-05-01',
  licenceExpiresOn: '2029-04-30',
  scale: '小型',
  principalName: '张三',
  principalPhone: '13800001234',
  officerName: '',
  officerPhone: '',
};

export function registerOperatorImportRoutes(app: TApp, ctx: TContext): void {
  const access = { permission: 'operator.import', scope: 'data-scope' } as const;
  const r = routeTable(app, ['operator imports']);

  r.get('/api/operator-imports/template', access, '下载导入模板 .xlsx', {}, (_req, _user, reply) => {
    const keys = Object.keys(COLUMNS) as TColumnKey[];
    const columns = keys.map((key) => ({ header: COLUMNS[key][0], width: 18, value: (row: Record<TColumnKey, string>) => row[key] }));
    async function* one() {
      yield [TEMPLATE_EXAMPLE];
    }
    reply.header('Content-Type', XLSX_TYPE).header('Content-Disposition', contentDisposition('经营主体导入模板.xlsx'));
    return reply.send(xlsxStream('经营主体', columns, one()));
  });
  r.create('/api/operator-imports', access, '上传 .xlsx/.csv 并试导入（只校验，不写入）', { consumes: ['multipart/form-data'] }, async (req, user) => {
    const file = await req.file({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } });
    if (!file) {
      throw new AppError('VALIDATION_FAILED', {}, (lang) => [{ path: 'file', message: lang === 'en' ? 'File: is required' : '文件：不能为空' }]);
    }
    const buffer = await file.toBuffer();
    return dryRunImport(ctx, user, file.filename, buffer, req.lang);
  });
  r.get('/api/operator-imports/:id', access, '导入任务状态与进度', { params: ZIdParam }, (req, user) => getImport(ctx, user, req.params.id));
  r.post(
    '/api/operator-imports/:id/commit',
    access,
    '确认导入：all 全部（有错误行时拒绝）或 valid 仅有效行；预检 24 小时内有效，预检后被修改或移出范围的行不导入',
    { params: ZIdParam, body: ZImportCommit },
    async (req, user, reply) => reply.status(202).send(await commitImport(ctx, user, req.params.id, req.body, req.lang)),
  );
}
