import { ZLawIdParam, ZLawListQuery, ZLawResolveQuery, ZLawSearchQuery, ZLawUploadFields } from '@shian/shared/law';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { routeTable } from '../../core/route-table.ts';
import { RequestValidationError } from '../../core/validation.ts';
import type { TLawFile } from './law-import.service.ts';
import { getLawUpload, startLawUpload } from './law-upload.service.ts';
import { getLawArticle, getLawDocument, listLawDocuments, resolveLawArticle, searchLaws } from './law.service.ts';

// A whole corpus folder may be uploaded at once (about 1,600 files, 30 MB).
const MAX_FILES = 3000;
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function registerLawRoutes(app: TApp, ctx: TContext): void {
  // The library is public: citizens and businesses read the law without an account.
  const open = { public: true } as const;
  const manage = { permission: 'law.manage', scope: 'bureau' } as const;
  const r = routeTable(app, ['laws']);

  r.get('/api/laws/search', open, '条文全文检索（中文分词；引号内为精确短语；可按层级、效力、主题筛选）', { querystring: ZLawSearchQuery }, (req) => searchLaws(ctx, req.query));
  r.get('/api/laws', open, '法规文件列表（按标题筛选）', { querystring: ZLawListQuery }, (req) => listLawDocuments(ctx, req.query));
  r.get('/api/laws/resolve', open, '按法规名称和条号找到条文（如 食品安全法、第54条）', { querystring: ZLawResolveQuery }, (req) => resolveLawArticle(ctx, req.query));
  r.get('/api/laws/articles/:id', open, '一条条文：所在文件、效力、被平台引用之处', { params: ZLawIdParam }, (req) => getLawArticle(ctx, req.params.id));
  r.get('/api/laws/:id', open, '法规文件：沿革、目录、全部条文及其引用', { params: ZLawIdParam }, (req) => getLawDocument(ctx, req.params.id));

  // 202 Accepted: the import runs in the background; the answer is the task to poll.
  r.post('/api/law-imports', manage, '上传法规文件导入（.md 法规库格式，可连同 db_law.csv、db_category.csv；.docx），返回导入任务', { consumes: ['multipart/form-data'] }, async (req, user, reply) => {
    const files: TLawFile[] = [];
    const fields: Record<string, string> = {};
    try {
      // preservePath: a folder upload names each file by its path inside the folder, which the corpus metadata is keyed by.
      for await (const part of req.parts({ preservePath: true, limits: { files: MAX_FILES, parts: MAX_FILES + 10, fileSize: MAX_FILE_BYTES } })) {
        if (part.type === 'file') files.push({ path: part.filename, content: await part.toBuffer() });
        else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
      }
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', { limit: '20 MB' });
      if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') throw new AppError('PAYLOAD_TOO_LARGE', { limit: `${MAX_FILES}` });
      throw error;
    }
    const parsed = ZLawUploadFields.safeParse(fields, { reportInput: true });
    if (!parsed.success) throw new RequestValidationError(parsed.error.issues);
    return reply.status(202).send(startLawUpload(ctx, user, files, parsed.data, req.lang));
  });
  r.get('/api/law-imports/:id', manage, '导入任务的进度与结果', { params: ZLawIdParam }, (req, user) => getLawUpload(user, req.params.id));
}
