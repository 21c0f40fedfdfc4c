import { ZDisposalAcknowledge, ZDisposalClockSettings, ZDisposalListQuery, ZDisposalStepParams, ZDisposalStepPatch, ZDisposalVersion } from '@shian/shared/disposal';
import { ZIdParam } from '@shian/shared/http';
import { chinaToday } from '@shian/shared/working-days';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { routeTable } from '../../core/route-table.ts';
import { acknowledgeDisposal, closeDisposal, completeStep, deliverDisposal, escalateOverdueDisposals, getClockSettings, updateClockSettings, getDisposal, listDisposals } from './disposal.service.ts';

export function registerDisposalRoutes(app: TApp, ctx: TContext): void {
  // Staff and the business alike read disposals; the data scope decides which (a business: its own, once delivered).
  const read = { permission: 'sampling.read', scope: 'data-scope' } as const;
  const manage = { permission: 'disposal.manage', scope: 'data-scope' } as const;
  const respond = { permission: 'disposal.respond', scope: 'data-scope' } as const;
  const readSettings = { permission: 'sampling.read', scope: 'bureau' } as const;
  const configure = { permission: 'disposal.configure', scope: 'bureau' } as const;
  const r = routeTable(app, ['disposals']);

  r.get('/api/disposals', read, '不合格核查处置列表（overdue=true 为逾期）', { querystring: ZDisposalListQuery }, (req, user) => listDisposals(ctx, user, req.query));
  r.get('/api/disposal-clock-settings', readSettings, '本局核查处置时限（未设置时为国家规定的默认值）', {}, (_req, user) => getClockSettings(ctx, user));
  r.put('/api/disposal-clock-settings', configure, '设置本局核查处置时限（只影响此后新开的处置；version 0 表示首次设置）', { body: ZDisposalClockSettings }, (req, user) => updateClockSettings(ctx, user, req.body));
  r.post('/api/disposals/escalate', manage, '标记新逾期的核查处置（每小时自动执行）', {}, (_req, user) => escalateOverdueDisposals(ctx, chinaToday(), user));
  r.get('/api/disposals/:id', read, '核查处置详情：步骤与时限（剩余天数）', { params: ZIdParam }, (req, user) => getDisposal(ctx, user, req.params.id));
  r.post('/api/disposals/:id/deliver', manage, '登记检验结论已送达企业', { params: ZIdParam, body: ZDisposalVersion }, (req, user) => deliverDisposal(ctx, user, req.params.id, req.body.version));
  r.post('/api/disposals/:id/acknowledge', respond, '企业签收不合格结果通知，可在期限内提出复检或异议', { params: ZIdParam, body: ZDisposalAcknowledge }, (req, user) =>
    acknowledgeDisposal(ctx, user, req.params.id, req.body),
  );
  r.patch('/api/disposals/:id/steps/:stepId', manage, '完成处置步骤（数量、说明；记录经办人和时间）', { params: ZDisposalStepParams, body: ZDisposalStepPatch }, (req, user) =>
    completeStep(ctx, user, req.params.id, req.params.stepId, req.body),
  );
  r.post('/api/disposals/:id/close', manage, '办结核查处置（所有步骤完成后）', { params: ZIdParam, body: ZDisposalVersion }, (req, user) => closeDisposal(ctx, user, req.params.id, req.body.version));
}
