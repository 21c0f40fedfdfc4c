import { ZIdParam } from '@shian/shared/http';
import { ZRiskBandsUpdate } from '@shian/shared/risk';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { getBands, getOperatorRisk, recomputeGrades, riskDistribution, updateBands } from './risk-grade.service.ts';

export function registerRiskGradeRoutes(app: TApp, ctx: TContext): void {
  const read = { access: { permission: 'risk.read', scope: 'data-scope' } } as const;

  app.get(
    '/api/operators/:id/risk',
    { config: read, schema: { tags: ['risk'], summary: '经营主体的风险等级、得分明细与历史', params: ZIdParam } },
    async (request) => getOperatorRisk(ctx, userOf(request), request.params.id, request.lang),
  );

  app.get(
    '/api/risk/bands',
    { config: { access: { permission: 'risk.read', scope: 'bureau' } }, schema: { tags: ['risk'], summary: '风险等级分值区间' } },
    async (request) => getBands(ctx, userOf(request)),
  );

  app.put(
    '/api/risk/bands',
    {
      config: { access: { permission: 'risk.manage', scope: 'bureau' } },
      schema: { tags: ['risk'], summary: '修改分值区间（须递增，带 version），随后重新评定全部经营主体', body: ZRiskBandsUpdate },
    },
    async (request) => updateBands(ctx, userOf(request), request.body),
  );

  app.post(
    '/api/risk/recompute',
    {
      config: { access: { permission: 'risk.manage', scope: 'data-scope' } },
      schema: { tags: ['risk'], summary: '重新评定数据范围内全部经营主体，返回各等级户数' },
    },
    async (request) => recomputeGrades(ctx, userOf(request)),
  );

  app.get(
    '/api/risk/distribution',
    { config: read, schema: { tags: ['risk'], summary: '风险等级分布（按街道乡镇）' } },
    async (request) => riskDistribution(ctx, userOf(request)),
  );
}
