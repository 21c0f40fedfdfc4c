import { ZRectificationAnswer, ZRectificationListQuery, ZRectificationPhotoParams, ZRectificationReview } from '@shian/shared/rectification';
import { ZPhotoSizeQuery } from '@shian/shared/inspection';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { readImageUpload } from '../../core/files/image-upload.ts';
import { chinaToday } from '@shian/shared/working-days';
import {
  addEvidencePhoto,
  answerRectification,
  escalateOverdue,
  getRectification,
  listRectifications,
  readEvidencePhoto,
  reviewRectification,
} from './rectification.service.ts';

export function registerRectificationRoutes(app: TApp, ctx: TContext): void {
  const read = { access: { permission: 'inspection.read', scope: 'data-scope' } } as const;
  const answer = { access: { permission: 'rectification.answer', scope: 'data-scope' } } as const;
  const review = { access: { permission: 'rectification.review', scope: 'data-scope' } } as const;
  const tags = ['rectifications'];

  app.get(
    '/api/rectifications',
    { config: read, schema: { tags, summary: '整改要求列表（overdue=true 为逾期；企业只见本单位）', querystring: ZRectificationListQuery } },
    async (request) => listRectifications(ctx, userOf(request), request.query),
  );
  app.post(
    '/api/rectifications/escalate',
    { config: review, schema: { tags, summary: '将新逾期的整改上报所长（每小时自动执行）' } },
    async (request) => escalateOverdue(ctx, chinaToday(), userOf(request)),
  );
  app.get(
    '/api/rectifications/:id',
    { config: read, schema: { tags, summary: '整改要求详情', params: ZIdParam } },
    async (request) => getRectification(ctx, userOf(request), request.params.id),
  );
  app.post(
    '/api/rectifications/:id/photos',
    { config: answer, schema: { tags, summary: '上传整改照片（企业）', consumes: ['multipart/form-data'], params: ZIdParam } },
    async (request, reply) => reply.status(201).send(await addEvidencePhoto(ctx, userOf(request), request.params.id, await readImageUpload(request))),
  );
  app.get(
    '/api/rectifications/:id/photos/:photoId',
    { config: read, schema: { tags, summary: '整改照片', params: ZRectificationPhotoParams, querystring: ZPhotoSizeQuery } },
    async (request, reply) => {
      const { id, photoId } = request.params;
      const bytes = await readEvidencePhoto(ctx, userOf(request), id, photoId, request.query.size === 'thumb');
      return reply.type('image/jpeg').header('Cache-Control', 'private, max-age=3600').send(bytes);
    },
  );
  app.post(
    '/api/rectifications/:id/answer',
    { config: answer, schema: { tags, summary: '提交整改情况（企业，带 version）', params: ZIdParam, body: ZRectificationAnswer } },
    async (request) => answerRectification(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/rectifications/:id/review',
    { config: review, schema: { tags, summary: '审核整改：accept 通过，reject 退回企业', params: ZIdParam, body: ZRectificationReview } },
    async (request) => reviewRectification(ctx, userOf(request), request.params.id, request.body),
  );
}
