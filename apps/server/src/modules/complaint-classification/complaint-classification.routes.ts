import { ZClassificationCorrection, ZClassificationReviewQuery, ZClassifyRequest, ZComplaintLabelQuery } from '@shian/shared/complaint-classification';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { routeTable } from '../../core/route-table.ts';
import { classifierOverview, classifyForUser, correctClassification, getModel, listCorrections, listForReview, startTraining } from './complaint-classification.service.ts';

export function registerComplaintClassificationRoutes(app: TApp, ctx: TContext): void {
  // Staff only: the public form does not need a classification, and the matches name registry operators.
  const read = { permission: 'complaint.read', scope: 'bureau' } as const;
  const manage = { permission: 'complaint.manage', scope: 'data-scope' } as const;
  // One model per bureau, trained from the bureau's corrections.
  const manageModels = { permission: 'complaint.manage', scope: 'bureau' } as const;
  const r = routeTable(app, ['complaint-classification']);

  r.post('/api/complaints/classify', read, '投诉举报文本分类：行业、问题类型、置信度、可能的经营主体及分类依据', { body: ZClassifyRequest }, (req, user) => classifyForUser(ctx, user, req.body.text));
  r.put('/api/complaints/:id/classification', manage, '人工更正投诉举报的行业和问题类型（记入训练数据）', { params: ZIdParam, body: ZClassificationCorrection }, (req, user) =>
    correctClassification(ctx, user, req.params.id, req.body),
  );
  r.get('/api/complaint-classification/review', manage, '已分类的投诉举报，模型置信度最低的在前', { querystring: ZClassificationReviewQuery }, (req, user) => listForReview(ctx, user, req.query));
  r.get('/api/complaint-classification/labels', manage, '人工更正记录（训练数据）', { querystring: ZComplaintLabelQuery }, (req, user) => listCorrections(ctx, user, req.query));
  r.get('/api/complaint-classification/models', manageModels, '分类模型版本、当前模型及其评估', {}, (_req, user) => classifierOverview(ctx, user));
  r.post('/api/complaint-classification/models', manageModels, '用种子集和全部人工更正重新训练分类模型（后台进行，返回新版本）', {}, async (_req, user, reply) => reply.status(202).send(await startTraining(ctx, user)));
  r.get('/api/complaint-classification/models/:id', manageModels, '分类模型版本：训练进度与评估', { params: ZIdParam }, (req, user) => getModel(ctx, user, req.params.id));
}
