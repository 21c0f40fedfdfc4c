import { ZComplaintImportCommit, ZComplaintImportDryRun } from '@shian/shared/complaint';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { routeTable } from '../../core/route-table.ts';
import { commitComplaintImport, dryRunComplaintImport, getComplaintImport, uploadComplaintFile } from './complaint-import.service.ts';

/** A 100,000-row 12315 export is about 40 MB as .csv, 15 MB as .xlsx. */
export const MAX_COMPLAINT_FILE_BYTES = 60 * 1024 * 1024;

export function registerComplaintImportRoutes(app: TApp, ctx: TContext): void {
  const manage = { permission: 'complaint.manage', scope: 'data-scope' } as const;
  const r = routeTable(app, ['complaint imports']);

  r.create('/api/complaint-imports', manage, '上传 12315 导出文件（.xlsx/.csv，最多 10 万行），返回表头与建议的列对应', { consumes: ['multipart/form-data'] }, async (req, user) => {
    const file = await req.file({ limits: { fileSize: MAX_COMPLAINT_FILE_BYTES, files: 1 } });
    if (!file) throw invalidField('file', { zh: '不能为空', en: 'is required' });
    let buffer: Buffer;
    try {
      buffer = await file.toBuffer();
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', { limit: '60 MB' });
      throw error;
    }
    return uploadComplaintFile(ctx, user, file.filename, buffer);
  });
  r.get('/api/complaint-imports/:id', manage, '导入任务：试导入报告与写入进度', { params: ZIdParam }, (req, user) => getComplaintImport(ctx, user, req.params.id));
  r.post('/api/complaint-imports/:id/dry-run', manage, '按列对应试导入：逐行校验，统计已有登记编号，不写入', { params: ZIdParam, body: ZComplaintImportDryRun }, (req, user) =>
    dryRunComplaintImport(ctx, user, req.params.id, req.body, req.lang),
  );
  r.post('/api/complaint-imports/:id/commit', manage, '确认导入：all 全部（有错误行时拒绝）或 valid 仅有效行；后台写入，轮询进度', { params: ZIdParam, body: ZComplaintImportCommit }, async (req, user, reply) =>
    reply.status(202).send(await commitComplaintImport(ctx, user, req.params.id, req.body)),
  );
}
