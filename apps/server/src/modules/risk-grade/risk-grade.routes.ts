import { ZIdParam, ZNoBody } from '@shian/shared/http';
import { ZRiskBandsUpdate } from '@shian/shared/risk';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { routeTable } from '../../core/route-table.ts';
import { getBands, getOperatorRisk, recomputeGrades, riskDistribution, updateBands } from './risk-grade.service.ts';

export function registerRiskGradeRoutes(app: TApp, ctx: TContext): void {
  const read = { permission: 'risk.read', scope: 'data-scope' } as const;
  const readBands = { permission: 'risk.read', scope: 'bureau' } as const;
  const manageBands = { permission: 'risk.manage', scope: 'bureau' } as const;
  const recompute = { permission: 'risk.manage', scope: 'data-scope' } as const;
  const r = routeTable(app, ['risk']);

  r.get('/api/operators/:id/risk', read, '经营主体的风险等级、得分明细与历史', { params: ZIdParam }, (req, user) => getOperatorRisk(ctx, user, req.params.id, req.lang));
  r.get('/api/risk/bands', readBands, '风险等级分值区间', {}, (_req, user) => getBands(ctx, user));
  r.put('/api/risk/bands', manageBands, '修改分值区间（须递增，带 version），随后重新评定全部经营主体', { body: ZRiskBandsUpdate }, (req, user) => updateBands(ctx, user, req.body));
  r.post('/api/risk/recompute', recompute, '重新评定数据范围内全部经营主体，返回各等级户数（同时发起的请求共用一次评定）', { body: ZNoBody }, (_req, user) => recomputeGrades(ctx, user));
  r.get('/api/risk/distribution', read, '风险等级分布（按街道乡镇）', {}, (_req, user) => riskDistribution(ctx, user));
}
