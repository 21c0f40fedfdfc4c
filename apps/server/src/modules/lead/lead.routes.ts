import { ZLeadApproval, ZLeadAssess, ZLeadCreate, ZLeadExtensionRequest, ZLeadListQuery, ZLeadMustsQuery, ZPoliceReceipt, ZPoliceTransfer } from '@shian/shared/lead';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { routeTable } from '../../core/route-table.ts';
import { assessLead, createManualLead, decideLeadExtension, getLead, listLeads, listMusts, recordPoliceReceipt, recordPoliceTransfer, requestLeadExtension } from './lead.service.ts';

export function registerLeadRoutes(app: TApp, ctx: TContext): void {
  const read = { permission: 'lead.read', scope: 'data-scope' } as const;
  const manage = { permission: 'case.manage', scope: 'data-scope' } as const;
  const approve = { permission: 'case.approve', scope: 'data-scope' } as const;
  const r = routeTable(app, ['leads']);

  r.get('/api/leads', read, '案件线索列表：来源、核查期限（15 个工作日）与核查结论', { querystring: ZLeadListQuery }, (req, user) => listLeads(ctx, user, req.query));
  r.get('/api/leads/musts', read, '“四个一律”未落实的线索：未按期核查、符合立案条件未立案、涉嫌犯罪未移送、移送未登记回执', { querystring: ZLeadMustsQuery }, (req, user) => listMusts(ctx, user, req.query));
  r.create('/api/leads', manage, '登记监督检查发现或上级交办的线索', { body: ZLeadCreate }, (req, user) => createManualLead(ctx, user, req.body));
  r.get('/api/leads/:id', read, '线索详情', { params: ZIdParam }, (req, user) => getLead(ctx, user, req.params.id));
  r.post('/api/leads/:id/assess', manage, '核查结论：不予立案（写明理由）、移送公安、移送其他部门（立案请用 POST /api/cases）', { params: ZIdParam, body: ZLeadAssess }, (req, user) =>
    assessLead(ctx, user, req.params.id, req.body),
  );
  r.post('/api/leads/:id/extension', manage, '申请延长核查期限 15 个工作日（期限届满前，仅一次）', { params: ZIdParam, body: ZLeadExtensionRequest }, (req, user) =>
    requestLeadExtension(ctx, user, req.params.id, req.body),
  );
  r.post('/api/leads/:id/extension/decision', approve, '负责人审批延期（申请人以外的人）', { params: ZIdParam, body: ZLeadApproval }, (req, user) => decideLeadExtension(ctx, user, req.params.id, req.body));
  r.post('/api/leads/:id/police-transfer', manage, '登记涉嫌犯罪线索移送公安（可同时登记回执）', { params: ZIdParam, body: ZPoliceTransfer }, (req, user) => recordPoliceTransfer(ctx, user, req.params.id, req.body));
  r.post('/api/leads/:id/police-receipt', manage, '登记公安机关签收的移送回执', { params: ZIdParam, body: ZPoliceReceipt }, (req, user) => recordPoliceReceipt(ctx, user, req.params.id, req.body));
}
