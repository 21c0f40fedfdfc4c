import { ZLawIdParam, ZLawListQuery, ZLawResolveQuery, ZLawSearchQuery, ZLawUploadFields } from '@shian/shared/law';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { AppError } from '../../core/errors.ts';
import { RequestValidationError } from '../../core/validation.ts';
import type { TLawFile } from './law-import.service.ts';
import { getLawUpload, startLawUpload } from './law-upload.service.ts';
import { getLawArticle, getLawDocument, listLawDocuments, resolveLawArticle, searchLaws } from './law.service.ts';

// A whole corpus folder may be uploaded at once (about 1,600 files, 30 MB).
const MAX_FILES = 3000;
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function registerLawRoutes(app: TApp, ctx: TContext): void {
  // The library is public: citizens and businesses read the law without an account.
  const open = { access: { public: true } } as const;
  const manage = { access: { permission: 'law.manage', scope: 'bureau' } } as const;
  const tags = ['laws'];

  app.get(
    '/api/laws/search',
    { config: open, schema: { tags, summary: '条文全文检索（中文分词；引号内为精确短语；可按层级、效力、主题筛选）', querystring: ZLawSearchQuery } },
    async (request) => searchLaws(ctx, request.query),
  );
  app.get(
    '/api/laws',
    { config: open, schema: { tags, summary: '法规文件列表（按标题筛选）', querystring: ZLawListQuery } },
    async (request) => listLawDocuments(ctx, request.query),
  );
  app.get(
    '/api/laws/resolve',
    { config: open, schema: { tags, summary: '按法规名称和条号找到条文（如 食品安全法、第54条）', querystring: ZLawResolveQuery } },
    async (request) => resolveLawArticle(ctx, request.query),
  );
  app.get(
    '/api/laws/articles/:id',
    { config: open, schema: { tags, summary: '一条条文：所在文件、效力、被平台引用之处', params: ZLawIdParam } },
    async (request) => getLawArticle(ctx, request.params.id),
  );
  app.get(
    '/api/laws/:id',
    { config: open, schema: { tags, summary: '法规文件：沿革、目录、全部条文及其引用', params: ZLawIdParam } },
    async (request) => getLawDocument(ctx, request.params.id),
  );

  app.post(
    '/api/law-imports',
    {
      config: manage,
      schema: {
        tags,
        summary: '上传法规文件导入（.md 法规库格式，可连同 db_law.csv、db_category.csv；.docx），返回导入任务',
        consumes: ['multipart/form-data'],
      },
    },
    async (request, reply) => {
      const files: TLawFile[] = [];
      const fields: Record<string, string> = {};
      try {
        // preservePath: a folder upload names each file by its path inside the folder, which the corpus metadata is keyed by.
        for await (const part of request.parts({ preservePath: true, limits: { files: MAX_FILES, parts: MAX_FILES + 10, fileSize: MAX_FILE_BYTES } })) {
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
      return reply.status(202).send(startLawUpload(ctx, userOf(request), files, parsed.data, request.lang));
    },
  );
  app.get(
    '/api/law-imports/:id',
    { config: manage, schema: { tags, summary: '导入任务的进度与结果', params: ZLawIdParam } },
    async (request) => getLawUpload(userOf(request), request.params.id),
  );
}
