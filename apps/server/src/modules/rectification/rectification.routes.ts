import { ZRectificationAnswer, ZRectificationListQuery, ZRectificationPhotoParams, ZRectificationReview } from '@shian/shared/rectification';
import { ZPhotoSizeQuery } from '@shian/shared/inspection';
import { ZIdParam } from '@shian/shared/http';
import { chinaToday } from '@shian/shared/working-days';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { readImageUpload } from '../../core/files/image-upload.ts';
import { routeTable } from '../../core/route-table.ts';
import { addEvidencePhoto, answerRectification, escalateOverdue, getRectification, listRectifications, readEvidencePhoto, reviewRectification } from './rectification.service.ts';

export function registerRectificationRoutes(app: TApp, ctx: TContext): void {
  const read = { permission: 'inspection.read', scope: 'data-scope' } as const;
  const answer = { permission: 'rectification.answer', scope: 'data-scope' } as const;
  const review = { permission: 'rectification.review', scope: 'data-scope' } as const;
  const r = routeTable(app, ['rectifications']);

  r.get('/api/rectifications', read, '整改要求列表（overdue=true 为逾期；企业只见本单位）', { querystring: ZRectificationListQuery }, (req, user) => listRectifications(ctx, user, req.query));
  r.post('/api/rectifications/escalate', review, '将新逾期的整改上报所长（每小时自动执行）', {}, (_req, user) => escalateOverdue(ctx, chinaToday(), user));
  r.get('/api/rectifications/:id', read, '整改要求详情', { params: ZIdParam }, (req, user) => getRectification(ctx, user, req.params.id));
  r.create('/api/rectifications/:id/photos', answer, '上传整改照片（企业）', { consumes: ['multipart/form-data'], params: ZIdParam }, async (req, user) =>
    addEvidencePhoto(ctx, user, req.params.id, await readImageUpload(req)),
  );
  r.get('/api/rectifications/:id/photos/:photoId', read, '整改照片', { params: ZRectificationPhotoParams, querystring: ZPhotoSizeQuery }, async (req, user, reply) => {
    const { id, photoId } = req.params;
    const bytes = await readEvidencePhoto(ctx, user, id, photoId, req.query.size === 'thumb');
    return reply.type('image/jpeg').header('Cache-Control', 'private, max-age=3600').send(bytes);
  });
  r.post('/api/rectifications/:id/answer', answer, '提交整改情况（企业，带 version）', { params: ZIdParam, body: ZRectificationAnswer }, (req, user) => answerRectification(ctx, user, req.params.id, req.body));
  r.post('/api/rectifications/:id/review', review, '审核整改：accept 通过，reject 退回企业', { params: ZIdParam, body: ZRectificationReview }, (req, user) => reviewRectification(ctx, user, req.params.id, req.body));
}
