import {
  ZLeadApproval,
  ZLeadAssess,
  ZLeadCreate,
  ZLeadExtensionRequest,
  ZLeadListQuery,
  ZLeadMustsQuery,
  ZPoliceReceipt,
  ZPoliceTransfer,
} from '@shian/shared/lead';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import {
  assessLead,
  createManualLead,
  decideLeadExtension,
  getLead,
  listLeads,
  listMusts,
  recordPoliceReceipt,
  recordPoliceTransfer,
  requestLeadExtension,
} from './lead.service.ts';

export function registerLeadRoutes(app: TApp, ctx: TContext): void {
  const read = { access: { permission: 'lead.read', scope: 'data-scope' } } as const;
  const manage = { access: { permission: 'case.manage', scope: 'data-scope' } } as const;
  const approve = { access: { permission: 'case.approve', scope: 'data-scope' } } as const;
  const tags = ['leads'];

  app.get(
    '/api/leads',
    { config: read, schema: { tags, summary: '案件线索列表：来源、核查期限（15 个工作日）与核查结论', querystring: ZLeadListQuery } },
    async (request) => listLeads(ctx, userOf(request), request.query),
  );
  app.get(
    '/api/leads/musts',
    {
      config: read,
      schema: { tags, summary: '“四个一律”未落实的线索：未按期核查、符合立案条件未立案、涉嫌犯罪未移送、移送未登记回执', querystring: ZLeadMustsQuery },
    },
    async (request) => listMusts(ctx, userOf(request), request.query),
  );
  app.post(
    '/api/leads',
    { config: manage, schema: { tags, summary: '登记监督检查发现或上级交办的线索', body: ZLeadCreate } },
    async (request, reply) => reply.status(201).send(await createManualLead(ctx, userOf(request), request.body)),
  );
  app.get('/api/leads/:id', { config: read, schema: { tags, summary: '线索详情', params: ZIdParam } }, async (request) =>
    getLead(ctx, userOf(request), request.params.id),
  );
  app.post(
    '/api/leads/:id/assess',
    { config: manage, schema: { tags, summary: '核查结论：不予立案（写明理由）、移送公安、移送其他部门（立案请用 POST /api/cases）', params: ZIdParam, body: ZLeadAssess } },
    async (request) => assessLead(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/leads/:id/extension',
    { config: manage, schema: { tags, summary: '申请延长核查期限 15 个工作日（期限届满前，仅一次）', params: ZIdParam, body: ZLeadExtensionRequest } },
    async (request) => requestLeadExtension(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/leads/:id/extension/decision',
    { config: approve, schema: { tags, summary: '负责人审批延期（申请人以外的人）', params: ZIdParam, body: ZLeadApproval } },
    async (request) => decideLeadExtension(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/leads/:id/police-transfer',
    { config: manage, schema: { tags, summary: '登记涉嫌犯罪线索移送公安（可同时登记回执）', params: ZIdParam, body: ZPoliceTransfer } },
    async (request) => recordPoliceTransfer(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/leads/:id/police-receipt',
    { config: manage, schema: { tags, summary: '登记公安机关签收的移送回执', params: ZIdParam, body: ZPoliceReceipt } },
    async (request) => recordPoliceReceipt(ctx, userOf(request), request.params.id, request.body),
  );
}
