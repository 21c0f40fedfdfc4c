import { z } from 'zod';
import { ZInspectionClose, ZInspectionCreate, ZInspectionListQuery, ZInspectionPatch, ZInspectionPhotoParams, ZPhotoSizeQuery } from '@shian/shared/inspection';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { readImageUpload } from '../../core/files/image-upload.ts';
import { routeTable } from '../../core/route-table.ts';
import { addInspectionPhoto, closeInspection, createInspection, eligibleInspectors, getInspection, listInspections, readInspectionPhoto, readSignature, setSignature, updateInspection } from './inspection.service.ts';
import type { TInspectionDemands } from './inspection-demands.ts';
import type { TInspectionPlanEntries } from './inspection-plan-entries.ts';

/**
 * `demands`: the rectification module's side of closing (see inspection-demands.ts); `planEntries`: the plan's
 * side of starting (inspection-plan-entries.ts); both wired in app.ts.
 */
export function registerInspectionRoutes(app: TApp, ctx: TContext, demands: TInspectionDemands, planEntries: TInspectionPlanEntries): void {
  const read = { permission: 'inspection.read', scope: 'data-scope' } as const;
  const write = { permission: 'inspection.write', scope: 'data-scope' } as const;
  const upload = { consumes: ['multipart/form-data'], params: ZIdParam };
  const ZInspectorsQuery = z.strictObject({ operatorId: z.uuid({ message: 'id.invalid' }) });
  const r = routeTable(app, ['inspections']);

  r.get('/api/inspections', read, '检查记录列表（按数据范围；企业只见本单位已结束的检查）', { querystring: ZInspectionListQuery }, (req, user) => listInspections(ctx, user, req.query));
  r.get('/api/inspections/inspectors', write, '可参加某主体检查的检查人员', { querystring: ZInspectorsQuery }, (req, user) => eligibleInspectors(ctx, user, req.query.operatorId));
  r.create('/api/inspections', write, '开始一次检查（使用该类主体当前发布的要点表）', { body: ZInspectionCreate }, (req, user) => createInspection(ctx, user, req.body, demands, planEntries));
  r.get('/api/inspections/:id', read, '检查记录（检查项目与结论、照片、整改要求）', { params: ZIdParam }, (req, user) => getInspection(ctx, user, req.params.id, demands));
  r.patch('/api/inspections/:id', write, '保存检查进度（部分保存，带 version，过期返回 409）', { params: ZIdParam, body: ZInspectionPatch }, (req, user) => updateInspection(ctx, user, req.params.id, req.body, demands));
  r.create('/api/inspections/:id/photos', write, '上传现场照片（file，可带 itemId；JPEG/PNG/WebP，≤10 MB）', upload, async (req, user) => addInspectionPhoto(ctx, user, req.params.id, await readImageUpload(req)));
  r.get('/api/inspections/:id/photos/:photoId', read, '现场照片（size=thumb 为缩略图）', { params: ZInspectionPhotoParams, querystring: ZPhotoSizeQuery }, async (req, user, reply) => {
    const { id, photoId } = req.params;
    const bytes = await readInspectionPhoto(ctx, user, id, photoId, req.query.size === 'thumb');
    return reply.type('image/jpeg').header('Cache-Control', 'private, max-age=3600').send(bytes);
  });
  r.post('/api/inspections/:id/signature', write, '被检查单位负责人签名（PNG）', upload, async (req, user) => setSignature(ctx, user, req.params.id, await readImageUpload(req), demands));
  r.get('/api/inspections/:id/signature', read, '签名图片', { params: ZIdParam }, async (req, user, reply) =>
    reply
      .type('image/jpeg')
      .header('Cache-Control', 'private, no-cache')
      .send(await readSignature(ctx, user, req.params.id)),
  );
  r.post('/api/inspections/:id/close', write, '结束检查：判定结果、提出整改要求、选择是否公开', { params: ZIdParam, body: ZInspectionClose }, (req, user) => closeInspection(ctx, user, req.params.id, req.body, demands));
}
