import { z } from 'zod';
import {
  ZInspectionClose,
  ZInspectionCreate,
  ZInspectionListQuery,
  ZInspectionPatch,
  ZInspectionPhotoParams,
  ZPhotoSizeQuery,
} from '@shian/shared/inspection';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { readImageUpload } from '../../core/files/image-upload.ts';
import {
  addInspectionPhoto,
  closeInspection,
  createInspection,
  eligibleInspectors,
  getInspection,
  listInspections,
  readInspectionPhoto,
  readSignature,
  setSignature,
  updateInspection,
} from './inspection.service.ts';
import type { TInspectionDemands } from './inspection-demands.ts';

/** `demands`: the rectification module's side of closing (see inspection-demands.ts), wired in app.ts. */
export function registerInspectionRoutes(app: TApp, ctx: TContext, demands: TInspectionDemands): void {
  const read = { access: { permission: 'inspection.read', scope: 'data-scope' } } as const;
  const write = { access: { permission: 'inspection.write', scope: 'data-scope' } } as const;
  const tags = ['inspections'];
  const upload = { tags, consumes: ['multipart/form-data'], params: ZIdParam };

  app.get(
    '/api/inspections',
    { config: read, schema: { tags, summary: '检查记录列表（按数据范围；企业只见本单位已结束的检查）', querystring: ZInspectionListQuery } },
    async (request) => listInspections(ctx, userOf(request), request.query),
  );
  app.get(
    '/api/inspections/inspectors',
    {
      config: write,
      schema: { tags, summary: '可参加某主体检查的检查人员', querystring: z.strictObject({ operatorId: z.uuid({ message: 'id.invalid' }) }) },
    },
    async (request) => eligibleInspectors(ctx, userOf(request), request.query.operatorId),
  );
  app.post(
    '/api/inspections',
    { config: write, schema: { tags, summary: '开始一次检查（使用该类主体当前发布的要点表）', body: ZInspectionCreate } },
    async (request, reply) => reply.status(201).send(await createInspection(ctx, userOf(request), request.body, demands)),
  );
  app.get(
    '/api/inspections/:id',
    { config: read, schema: { tags, summary: '检查记录（检查项目与结论、照片、整改要求）', params: ZIdParam } },
    async (request) => getInspection(ctx, userOf(request), request.params.id, demands),
  );
  app.patch(
    '/api/inspections/:id',
    { config: write, schema: { tags, summary: '保存检查进度（部分保存，带 version，过期返回 409）', params: ZIdParam, body: ZInspectionPatch } },
    async (request) => updateInspection(ctx, userOf(request), request.params.id, request.body, demands),
  );
  app.post(
    '/api/inspections/:id/photos',
    { config: write, schema: { ...upload, summary: '上传现场照片（file，可带 itemId；JPEG/PNG/WebP，≤10 MB）' } },
    async (request, reply) => reply.status(201).send(await addInspectionPhoto(ctx, userOf(request), request.params.id, await readImageUpload(request))),
  );
  app.get(
    '/api/inspections/:id/photos/:photoId',
    { config: read, schema: { tags, summary: '现场照片（size=thumb 为缩略图）', params: ZInspectionPhotoParams, querystring: ZPhotoSizeQuery } },
    async (request, reply) => {
      const { id, photoId } = request.params;
      const bytes = await readInspectionPhoto(ctx, userOf(request), id, photoId, request.query.size === 'thumb');
      return reply.type('image/jpeg').header('Cache-Control', 'private, max-age=3600').send(bytes);
    },
  );
  app.post(
    '/api/inspections/:id/signature',
    { config: write, schema: { ...upload, summary: '被检查单位负责人签名（PNG）' } },
    async (request) => setSignature(ctx, userOf(request), request.params.id, await readImageUpload(request), demands),
  );
  app.get(
    '/api/inspections/:id/signature',
    { config: read, schema: { tags, summary: '签名图片', params: ZIdParam } },
    async (request, reply) => reply.type('image/jpeg').header('Cache-Control', 'private, no-cache').send(await readSignature(ctx, userOf(request), request.params.id)),
  );
  app.post(
    '/api/inspections/:id/close',
    { config: write, schema: { tags, summary: '结束检查：判定结果、提出整改要求、选择是否公开', params: ZIdParam, body: ZInspectionClose } },
    async (request) => closeInspection(ctx, userOf(request), request.params.id, request.body, demands),
  );
}
