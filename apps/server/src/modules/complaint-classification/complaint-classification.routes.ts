import {
  ZClassificationCorrection,
  ZClassificationReviewQuery,
  ZClassifyRequest,
  ZComplaintLabelQuery,
} from '@shian/shared/complaint-classification';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import {
  classifierOverview,
  classifyForUser,
  correctClassification,
  getModel,
  listCorrections,
  listForReview,
  startTraining,
} from './complaint-classification.service.ts';

export function registerComplaintClassificationRoutes(app: TApp, ctx: TContext): void {
  // Staff only: the public form does not need a classification, and the matches name registry operators.
  const read = { access: { permission: 'complaint.read', scope: 'bureau' } } as const;
  const manage = { access: { permission: 'complaint.manage', scope: 'data-scope' } } as const;
  // One model per bureau, trained from the bureau's corrections.
  const manageModels = { access: { permission: 'complaint.manage', scope: 'bureau' } } as const;
  const tags = ['complaint-classification'];

  app.post(
    '/api/complaints/classify',
    { config: read, schema: { tags, summary: '投诉举报文本分类：行业、问题类型、置信度、可能的经营主体及分类依据', body: ZClassifyRequest } },
    async (request) => classifyForUser(ctx, userOf(request), request.body.text),
  );
  app.put(
    '/api/complaints/:id/classification',
    { config: manage, schema: { tags, summary: '人工更正投诉举报的行业和问题类型（记入训练数据）', params: ZIdParam, body: ZClassificationCorrection } },
    async (request) => correctClassification(ctx, userOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/complaint-classification/review',
    { config: manage, schema: { tags, summary: '已分类的投诉举报，模型置信度最低的在前', querystring: ZClassificationReviewQuery } },
    async (request) => listForReview(ctx, userOf(request), request.query),
  );
  app.get(
    '/api/complaint-classification/labels',
    { config: manage, schema: { tags, summary: '人工更正记录（训练数据）', querystring: ZComplaintLabelQuery } },
    async (request) => listCorrections(ctx, userOf(request), request.query),
  );
  app.get(
    '/api/complaint-classification/models',
    { config: manageModels, schema: { tags, summary: '分类模型版本、当前模型及其评估' } },
    async (request) => classifierOverview(ctx, userOf(request)),
  );
  app.post(
    '/api/complaint-classification/models',
    { config: manageModels, schema: { tags, summary: '用种子集和全部人工更正重新训练分类模型（后台进行，返回新版本）' } },
    async (request, reply) => reply.status(202).send(await startTraining(ctx, userOf(request))),
  );
  app.get(
    '/api/complaint-classification/models/:id',
    { config: manageModels, schema: { tags, summary: '分类模型版本：训练进度与评估', params: ZIdParam } },
    async (request) => getModel(ctx, userOf(request), request.params.id),
  );
}
