import { ZAttachmentParams, ZGuidanceInput, ZGuidanceListQuery, ZGuidancePut } from '@shian/shared/guidance';
import { ZIdParam } from '@shian/shared/http';
import type { FastifyReply } from 'fastify';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { readAttachmentUpload } from './guidance-file.ts';
import {
  addAttachment,
  createGuidance,
  downloadAttachment,
  downloadPublicAttachment,
  getGuidance,
  getPublicGuidance,
  listGuidance,
  listPublicGuidance,
  removeAttachment,
  updateGuidance,
  type TAttachmentDownload,
} from './guidance.service.ts';

function sendAttachment(reply: FastifyReply, file: TAttachmentDownload) {
  return reply
    .type(file.mime)
    .header('Content-Disposition', `attachment; filename="download.${file.name.split('.').pop()}"; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cache-Control', 'private, max-age=300')
    .send(file.bytes);
}

export function registerGuidanceRoutes(app: TApp, ctx: TContext): void {
  const open = { access: { public: true } } as const;
  // Any signed-in user reads; what exists for them depends on who they are (see TGuidanceViewer).
  const read = { access: { permission: 'signed-in', scope: 'bureau' } } as const;
  const manage = { access: { permission: 'knowledge.manage', scope: 'bureau' } } as const;
  const tags = ['guidance'];

  app.get(
    '/api/public/guidance',
    { config: open, schema: { tags, summary: '面向公众发布的规范指引与工具箱（toolbox=true 只列模板和指南）', querystring: ZGuidanceListQuery } },
    async (request) => listPublicGuidance(ctx, request.query),
  );
  app.get('/api/public/guidance/:id', { config: open, schema: { tags, summary: '公开的规范指引或工具详情', params: ZIdParam } }, async (request) =>
    getPublicGuidance(ctx, request.params.id),
  );
  app.get(
    '/api/public/guidance/:id/attachments/:fileId',
    { config: open, schema: { tags, summary: '下载公开的附件（.docx/.xlsx/.pdf）', params: ZAttachmentParams } },
    async (request, reply) => sendAttachment(reply, await downloadPublicAttachment(ctx, request.params.id, request.params.fileId)),
  );

  app.get(
    '/api/guidance',
    { config: read, schema: { tags, summary: '规范指引与工具箱：管理人员含草稿，企业看面向企业和公众的已发布内容', querystring: ZGuidanceListQuery } },
    async (request) => listGuidance(ctx, userOf(request), request.query),
  );
  app.get('/api/guidance/:id', { config: read, schema: { tags, summary: '规范指引或工具详情', params: ZIdParam } }, async (request) =>
    getGuidance(ctx, userOf(request), request.params.id),
  );
  app.get(
    '/api/guidance/:id/attachments/:fileId',
    { config: read, schema: { tags, summary: '下载附件', params: ZAttachmentParams } },
    async (request, reply) => sendAttachment(reply, await downloadAttachment(ctx, userOf(request), request.params.id, request.params.fileId)),
  );
  app.post('/api/guidance', { config: manage, schema: { tags, summary: '新建规范指引、模板或指南', body: ZGuidanceInput } }, async (request, reply) =>
    reply.status(201).send(await createGuidance(ctx, userOf(request), request.body)),
  );
  app.put(
    '/api/guidance/:id',
    { config: manage, schema: { tags, summary: '修改（含发布、撤回；带 version）', params: ZIdParam, body: ZGuidancePut } },
    async (request) => updateGuidance(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/guidance/:id/attachments',
    { config: manage, schema: { tags, summary: '上传附件（file；.docx/.xlsx/.pdf，按文件内容识别，≤10 MB）', consumes: ['multipart/form-data'], params: ZIdParam } },
    async (request, reply) => reply.status(201).send(await addAttachment(ctx, userOf(request), request.params.id, await readAttachmentUpload(request))),
  );
  app.delete(
    '/api/guidance/:id/attachments/:fileId',
    { config: manage, schema: { tags, summary: '移除附件', params: ZAttachmentParams } },
    async (request) => removeAttachment(ctx, userOf(request), request.params.id, request.params.fileId),
  );
}
