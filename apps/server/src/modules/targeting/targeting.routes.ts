import { ZIdParam } from '@shian/shared/http';
import {
  ZAllocationCreate,
  ZAllocationListQuery,
  ZAllocationPlan,
  ZCapacityQuery,
  ZMonitoringQuery,
  ZTargetingScoreQuery,
  ZTargetingTrain,
} from '@shian/shared/targeting';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { contentDisposition, XLSX_TYPE, xlsxStream } from '../../core/excel.ts';
import {
  capacityDefaults,
  createAllocations,
  getAllocation,
  listAllocations,
  listModels,
  listScores,
  monitoring,
  planAllocation,
  trainModel,
} from './targeting.service.ts';
import { allocationColumns, allocationRows } from './targeting-export.ts';

export function registerTargetingRoutes(app: TApp, ctx: TContext): void {
  const read = { access: { permission: 'targeting.read', scope: 'data-scope' } } as const;
  // Weekly lists become plan entries: the same permission as planning itself.
  const plan = { access: { permission: 'plan.manage', scope: 'data-scope' } } as const;
  const tags = ['targeting'];

  app.get(
    '/api/targeting/models',
    { config: { access: { permission: 'targeting.read', scope: 'bureau' } }, schema: { tags, summary: '风险靶向模型各版本及其评估（AUC、按十分位的命中率）' } },
    async (request) => listModels(ctx, userOf(request)),
  );
  app.post(
    '/api/targeting/models',
    {
      config: { access: { permission: 'targeting.manage', scope: 'bureau' } },
      schema: { tags, summary: '立即重新训练模型（每周自动训练一次；asOf 为过去某日时只用该日之前的数据）', body: ZTargetingTrain },
    },
    async (request, reply) => {
      const user = userOf(request);
      return reply.code(201).send(await trainModel(ctx, user.bureauId, user, 'manual', request.body));
    },
  );
  app.get(
    '/api/targeting/scores',
    { config: read, schema: { tags, summary: '经营主体按预测的严重问题概率排序，附主要原因', querystring: ZTargetingScoreQuery } },
    async (request) => listScores(ctx, userOf(request), request.query, request.lang),
  );
  app.get(
    '/api/targeting/capacities',
    { config: read, schema: { tags, summary: '各所检查人员数与建议的检查能力（近 12 周的检查节奏）', querystring: ZCapacityQuery } },
    async (request) => capacityDefaults(ctx, userOf(request), request.query.weeks),
  );
  app.get(
    '/api/targeting/allocations',
    { config: read, schema: { tags, summary: '每周检查名单', querystring: ZAllocationListQuery } },
    async (request) => listAllocations(ctx, userOf(request), request.query, request.lang),
  );
  app.post(
    '/api/targeting/allocations',
    { config: plan, schema: { tags, summary: '按各所检查能力生成每周检查名单：法定频次优先，其余按风险，按街道归组', body: ZAllocationCreate } },
    async (request, reply) => reply.code(201).send(await createAllocations(ctx, userOf(request), request.body, request.lang)),
  );
  app.get(
    '/api/targeting/allocations/:id',
    { config: read, schema: { tags, summary: '一份每周检查名单', params: ZIdParam } },
    async (request) => getAllocation(ctx, userOf(request), request.params.id, request.lang),
  );
  app.get(
    '/api/targeting/allocations/:id/export',
    { config: read, schema: { tags, summary: '导出每周检查名单（.xlsx）', params: ZIdParam } },
    async (request, reply) => {
      const allocation = await getAllocation(ctx, userOf(request), request.params.id, request.lang);
      const name = request.lang === 'en' ? `inspection-list-${allocation.weekStart}.xlsx` : `每周检查名单-${allocation.stationName}-${allocation.weekStart}.xlsx`;
      reply.header('Content-Type', XLSX_TYPE).header('Content-Disposition', contentDisposition(name));
      return reply.send(xlsxStream(request.lang === 'en' ? 'List' : '检查名单', allocationColumns(request.lang), allocationRows(allocation)));
    },
  );
  app.post(
    '/api/targeting/allocations/:id/plan',
    { config: plan, schema: { tags, summary: '一键将名单转为检查计划条目', params: ZIdParam, body: ZAllocationPlan } },
    async (request) => planAllocation(ctx, userOf(request), request.params.id, request.body.version, request.lang),
  );
  app.get(
    '/api/targeting/monitoring',
    { config: read, schema: { tags, summary: '靶向效果监测：每周命中率（靶向与其他、前十分之一与其余）、检查人员一致性', querystring: ZMonitoringQuery } },
    async (request) => monitoring(ctx, userOf(request), request.query),
  );
}
