import { ZIdParam } from '@shian/shared/http';
import { ZInspectionFrequenciesUpdate, ZPlanEntryPatch, ZPlanGenerate, ZPlanInspectorsQuery, ZPlanListQuery } from '@shian/shared/plan';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { routeTable } from '../../core/route-table.ts';
import { assignableInspectors, generatePlan, getFrequencies, listPlanEntries, updateFrequencies, updatePlanEntry } from './inspection-plan.service.ts';

export function registerInspectionPlanRoutes(app: TApp, ctx: TContext): void {
  const frequency = { permission: 'plan.manage', scope: 'bureau' } as const;
  const read = { permission: 'plan.read', scope: 'data-scope' } as const;
  const manage = { permission: 'plan.manage', scope: 'data-scope' } as const;
  const r = routeTable(app, ['plans']);

  r.get('/api/inspection-frequencies', frequency, '各风险等级的年度检查频次', {}, (_req, user) => getFrequencies(ctx, user));
  r.put('/api/inspection-frequencies', frequency, '修改年度检查频次（带 version）', { body: ZInspectionFrequenciesUpdate }, (req, user) => updateFrequencies(ctx, user, req.body));
  r.post('/api/inspection-plans/generate', manage, '按风险等级频次生成某月的检查计划（可重复执行，不会重复生成）', { body: ZPlanGenerate }, (req, user) => generatePlan(ctx, user, req.body));
  r.get('/api/inspection-plans', read, '检查计划（按数据范围）', { querystring: ZPlanListQuery }, (req, user) => listPlanEntries(ctx, user, req.query));
  r.get('/api/inspection-plans/inspectors', manage, '可指派的检查人员（本所检查员与所长）', { querystring: ZPlanInspectorsQuery }, (req, user) => assignableInspectors(ctx, user, req.query.stationId));
  r.patch('/api/inspection-plans/:id', manage, '改派检查人员（至少两名）、调整期限或取消（带 version）', { params: ZIdParam, body: ZPlanEntryPatch }, (req, user) => updatePlanEntry(ctx, user, req.params.id, req.body));
}
