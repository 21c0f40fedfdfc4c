import { ZDisposalAcknowledge, ZDisposalClockSettings, ZDisposalListQuery, ZDisposalStepParams, ZDisposalStepPatch, ZDisposalVersion } from '@shian/shared/disposal';
import { ZIdParam } from '@shian/shared/http';
import { chinaToday } from '@shian/shared/working-days';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import {
  acknowledgeDisposal,
  closeDisposal,
  completeStep,
  deliverDisposal,
  escalateOverdueDisposals,
  getClockSettings,
  updateClockSettings,
  getDisposal,
  listDisposals,
} from './disposal.service.ts';

export function registerDisposalRoutes(app: TApp, ctx: TContext): void {
  // Staff and the business alike read disposals; the data scope decides which (a business: its own, once delivered).
  const read = { access: { permission: 'sampling.read', scope: 'data-scope' } } as const;
  const manage = { access: { permission: 'disposal.manage', scope: 'data-scope' } } as const;
  const respond = { access: { permission: 'disposal.respond', scope: 'data-scope' } } as const;
  const tags = ['disposals'];

  app.get(
    '/api/disposals',
    { config: read, schema: { tags, summary: '不合格核查处置列表（overdue=true 为逾期）', querystring: ZDisposalListQuery } },
    async (request) => listDisposals(ctx, userOf(request), request.query),
  );
  app.get(
    '/api/disposal-clock-settings',
    { config: { access: { permission: 'sampling.read', scope: 'bureau' } }, schema: { tags, summary: '本局核查处置时限（未设置时为国家规定的默认值）' } },
    async (request) => getClockSettings(ctx, userOf(request)),
  );
  app.put(
    '/api/disposal-clock-settings',
    {
      config: { access: { permission: 'disposal.configure', scope: 'bureau' } },
      schema: { tags, summary: '设置本局核查处置时限（只影响此后新开的处置；version 0 表示首次设置）', body: ZDisposalClockSettings },
    },
    async (request) => updateClockSettings(ctx, userOf(request), request.body),
  );
  app.post(
    '/api/disposals/escalate',
    { config: manage, schema: { tags, summary: '标记新逾期的核查处置（每小时自动执行）' } },
    async (request) => escalateOverdueDisposals(ctx, chinaToday(), userOf(request)),
  );
  app.get(
    '/api/disposals/:id',
    { config: read, schema: { tags, summary: '核查处置详情：步骤与时限（剩余天数）', params: ZIdParam } },
    async (request) => getDisposal(ctx, userOf(request), request.params.id),
  );
  app.post(
    '/api/disposals/:id/deliver',
    { config: manage, schema: { tags, summary: '登记检验结论已送达企业', params: ZIdParam, body: ZDisposalVersion } },
    async (request) => deliverDisposal(ctx, userOf(request), request.params.id, request.body.version),
  );
  app.post(
    '/api/disposals/:id/acknowledge',
    { config: respond, schema: { tags, summary: '企业签收不合格结果通知，可在期限内提出复检或异议', params: ZIdParam, body: ZDisposalAcknowledge } },
    async (request) => acknowledgeDisposal(ctx, userOf(request), request.params.id, request.body),
  );
  app.patch(
    '/api/disposals/:id/steps/:stepId',
    { config: manage, schema: { tags, summary: '完成处置步骤（数量、说明；记录经办人和时间）', params: ZDisposalStepParams, body: ZDisposalStepPatch } },
    async (request) => completeStep(ctx, userOf(request), request.params.id, request.params.stepId, request.body),
  );
  app.post(
    '/api/disposals/:id/close',
    { config: manage, schema: { tags, summary: '办结核查处置（所有步骤完成后）', params: ZIdParam, body: ZDisposalVersion } },
    async (request) => closeDisposal(ctx, userOf(request), request.params.id, request.body.version),
  );
}
