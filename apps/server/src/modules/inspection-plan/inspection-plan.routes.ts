import { ZIdParam } from '@shian/shared/http';
import { ZInspectionFrequenciesUpdate, ZPlanEntryPatch, ZPlanGenerate, ZPlanInspectorsQuery, ZPlanListQuery } from '@shian/shared/plan';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { assignableInspectors, generatePlan, getFrequencies, listPlanEntries, updateFrequencies, updatePlanEntry } from './inspection-plan.service.ts';

export function registerInspectionPlanRoutes(app: TApp, ctx: TContext): void {
  const frequency = { access: { permission: 'plan.manage', scope: 'bureau' } } as const;
  const manage = { access: { permission: 'plan.manage', scope: 'data-scope' } } as const;

  app.get(
    '/api/inspection-frequencies',
    { config: frequency, schema: { tags: ['plans'], summary: '各风险等级的年度检查频次' } },
    async (request) => getFrequencies(ctx, userOf(request)),
  );

  app.put(
    '/api/inspection-frequencies',
    { config: frequency, schema: { tags: ['plans'], summary: '修改年度检查频次（带 version）', body: ZInspectionFrequenciesUpdate } },
    async (request) => updateFrequencies(ctx, userOf(request), request.body),
  );

  app.post(
    '/api/inspection-plans/generate',
    {
      config: manage,
      schema: { tags: ['plans'], summary: '按风险等级频次生成某月的检查计划（可重复执行，不会重复生成）', body: ZPlanGenerate },
    },
    async (request) => generatePlan(ctx, userOf(request), request.body),
  );

  app.get(
    '/api/inspection-plans',
    { config: { access: { permission: 'plan.read', scope: 'data-scope' } }, schema: { tags: ['plans'], summary: '检查计划（按数据范围）', querystring: ZPlanListQuery } },
    async (request) => listPlanEntries(ctx, userOf(request), request.query),
  );

  app.get(
    '/api/inspection-plans/inspectors',
    { config: manage, schema: { tags: ['plans'], summary: '可指派的检查人员（本所检查员与所长）', querystring: ZPlanInspectorsQuery } },
    async (request) => assignableInspectors(ctx, userOf(request), request.query.stationId),
  );

  app.patch(
    '/api/inspection-plans/:id',
    {
      config: manage,
      schema: { tags: ['plans'], summary: '改派检查人员（至少两名）、调整期限或取消（带 version）', params: ZIdParam, body: ZPlanEntryPatch },
    },
    async (request) => updatePlanEntry(ctx, userOf(request), request.params.id, request.body),
  );
}
