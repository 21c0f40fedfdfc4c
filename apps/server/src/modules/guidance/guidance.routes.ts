import { ZAttachmentParams, ZGuidanceInput, ZGuidanceListQuery, ZGuidancePut } from '@shian/shared/guidance';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { routeTable } from '../../core/route-table.ts';
import { readAttachmentUpload } from './guidance-file.ts';
import { addAttachment, createGuidance, downloadAttachment, downloadPublicAttachment, getGuidance, getPublicGuidance, listGuidance, listPublicGuidance, removeAttachment, updateGuidance } from './guidance.service.ts';
import { sendUpload } from '../../core/download.ts';

export function registerGuidanceRoutes(app: TApp, ctx: TContext): void {
  const open = { public: true } as const;
  // Any signed-in user reads; what exists for them depends on who they are (see TGuidanceViewer).
  const read = { permission: 'signed-in', scope: 'bureau' } as const;
  const manage = { permission: 'knowledge.manage', scope: 'bureau' } as const;
  const r = routeTable(app, ['guidance']);

  r.get('/api/public/guidance', open, '面向公众发布的规范指引与工具箱（toolbox=true 只列模板和指南）', { querystring: ZGuidanceListQuery }, (req) => listPublicGuidance(ctx, req.query));
  r.get('/api/public/guidance/:id', open, '公开的规范指引或工具详情', { params: ZIdParam }, (req) => getPublicGuidance(ctx, req.params.id));
  r.get('/api/public/guidance/:id/attachments/:fileId', open, '下载公开的附件（.docx/.xlsx/.pdf）', { params: ZAttachmentParams }, async (req, _user, reply) =>
    sendUpload(reply, await downloadPublicAttachment(ctx, req.params.id, req.params.fileId)),
  );

  r.get('/api/guidance', read, '规范指引与工具箱：管理人员含草稿（published=true 只列已发布），企业看面向企业和公众的已发布内容', { querystring: ZGuidanceListQuery }, (req, user) => listGuidance(ctx, user, req.query));
  r.get('/api/guidance/:id', read, '规范指引或工具详情', { params: ZIdParam }, (req, user) => getGuidance(ctx, user, req.params.id));
  r.get('/api/guidance/:id/attachments/:fileId', read, '下载附件', { params: ZAttachmentParams }, async (req, user, reply) => sendUpload(reply, await downloadAttachment(ctx, user, req.params.id, req.params.fileId)));
  r.create('/api/guidance', manage, '新建规范指引、模板或指南', { body: ZGuidanceInput }, (req, user) => createGuidance(ctx, user, req.body));
  r.put('/api/guidance/:id', manage, '修改（含发布、撤回；带 version）', { params: ZIdParam, body: ZGuidancePut }, (req, user) => updateGuidance(ctx, user, req.params.id, req.body));
  r.create('/api/guidance/:id/attachments', manage, '上传附件（file；.docx/.xlsx/.pdf，按文件内容识别，≤10 MB）', { consumes: ['multipart/form-data'], params: ZIdParam }, async (req, user) =>
    addAttachment(ctx, user, req.params.id, await readAttachmentUpload(req)),
  );
  r.delete('/api/guidance/:id/attachments/:fileId', manage, '移除附件', { params: ZAttachmentParams }, (req, user) => removeAttachment(ctx, user, req.params.id, req.params.fileId));
}
