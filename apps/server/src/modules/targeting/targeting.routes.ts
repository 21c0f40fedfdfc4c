import { ZIdParam } from '@shian/shared/http';
import { ZAllocationCreate, ZAllocationListQuery, ZAllocationPlan, ZCapacityQuery, ZMonitoringQuery, ZTargetingScoreQuery, ZTargetingTrain } from '@shian/shared/targeting';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { XLSX_TYPE, xlsxStream } from '../../core/excel.ts';
import { contentDisposition } from '../../core/download.ts';
import { routeTable } from '../../core/route-table.ts';
import { capacityDefaults, createAllocations, getAllocation, listAllocations, listModels, listScores, monitoring, planAllocation, trainModel } from './targeting.service.ts';
import { allocationColumns, allocationRows } from './targeting-export.ts';

export function registerTargetingRoutes(app: TApp, ctx: TContext): void {
  const readModels = { permission: 'targeting.read', scope: 'bureau' } as const;
  const train = { permission: 'targeting.manage', scope: 'bureau' } as const;
  const read = { permission: 'targeting.read', scope: 'data-scope' } as const;
  // Weekly lists become plan entries: the same permission as planning itself.
  const plan = { permission: 'plan.manage', scope: 'data-scope' } as const;
  const r = routeTable(app, ['targeting']);

  r.get('/api/targeting/models', readModels, '风险靶向模型各版本及其评估（AUC、按十分位的命中率）', {}, (_req, user) => listModels(ctx, user));
  r.create('/api/targeting/models', train, '立即重新训练模型（每周自动训练一次；asOf 为过去某日时只用该日之前的数据）', { body: ZTargetingTrain }, (req, user) => trainModel(ctx, user.bureauId, user, 'manual', req.body));
  r.get('/api/targeting/scores', read, '经营主体按预测的严重问题概率排序，附主要原因', { querystring: ZTargetingScoreQuery }, (req, user) => listScores(ctx, user, req.query, req.lang));
  r.get('/api/targeting/capacities', read, '各所检查人员数与建议的检查能力（近 12 周的检查节奏）', { querystring: ZCapacityQuery }, (req, user) => capacityDefaults(ctx, user, req.query.weeks));
  r.get('/api/targeting/allocations', read, '每周检查名单（current=true 不含已被新名单取代的）', { querystring: ZAllocationListQuery }, (req, user) => listAllocations(ctx, user, req.query, req.lang));
  r.create('/api/targeting/allocations', plan, '按各所检查能力生成每周检查名单：法定频次优先，其余按风险，按街道归组', { body: ZAllocationCreate }, (req, user) => createAllocations(ctx, user, req.body, req.lang));
  r.get('/api/targeting/allocations/:id', read, '一份每周检查名单', { params: ZIdParam }, (req, user) => getAllocation(ctx, user, req.params.id, req.lang));
  r.get('/api/targeting/allocations/:id/export', read, '导出每周检查名单（.xlsx）', { params: ZIdParam }, async (req, user, reply) => {
    const allocation = await getAllocation(ctx, user, req.params.id, req.lang);
    const name = req.lang === 'en' ? `inspection-list-${allocation.weekStart}.xlsx` : `每周检查名单-${allocation.stationName}-${allocation.weekStart}.xlsx`;
    reply.header('Content-Type', XLSX_TYPE).header('Content-Disposition', contentDisposition(name));
    return reply.send(xlsxStream(req.lang === 'en' ? 'List' : '检查名单', allocationColumns(req.lang), allocationRows(allocation)));
  });
  r.post('/api/targeting/allocations/:id/plan', plan, '一键将名单转为检查计划条目', { params: ZIdParam, body: ZAllocationPlan }, (req, user) => planAllocation(ctx, user, req.params.id, req.body.version, req.lang));
  r.get('/api/targeting/monitoring', read, '靶向效果监测：每周命中率（靶向与其他、前十分之一与其余）、检查人员一致性', { querystring: ZMonitoringQuery }, (req, user) => monitoring(ctx, user, req.query));
}
