import {
  ZComplaintAccept,
  ZComplaintCreate,
  ZComplaintExportQuery,
  ZComplaintExtend,
  ZComplaintHandle,
  ZComplaintListQuery,
  ZComplaintMatch,
  ZComplaintPublicCreate,
  ZComplaintReject,
  ZComplaintReply,
  ZComplaintResult,
  ZComplaintRoute,
  ZRegistrationNoParam,
  ZUnmatchedLead,
  ZUnmatchedListQuery,
} from '@shian/shared/complaint';
import { ZIdParam } from '@shian/shared/http';
import { chinaToday } from '@shian/shared/working-days';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { AppError } from '../../core/errors.ts';
import { contentDisposition, XLSX_TYPE, xlsxStream } from '../../core/excel.ts';
import { createWindowLimiter } from '../../core/rate-limit.ts';
import {
  createComplaint,
  exportComplaints,
  getComplaint,
  listComplaints,
  listUnmatchedBusinesses,
  openUnlicensedLead,
  publicStatus,
  submitPublicComplaint,
} from './complaint.service.ts';
import {
  acceptComplaint,
  confirmMatch,
  escalateOverdueComplaints,
  extendVerification,
  handleComplaint,
  recordResult,
  rejectComplaint,
  replyComplaint,
  routeComplaint,
} from './complaint-workflow.service.ts';
import { COMPLAINT_EXPORT_COLUMNS } from './complaint-export.ts';
import { createTicketChecker, issueTicket } from './complaint-proof.ts';

/** Submissions per IP address per hour (a household or an office shares one address). */
export const COMPLAINTS_PER_IP_HOUR = 5;
const TICKETS_PER_IP_HOUR = 60;

export function registerComplaintRoutes(app: TApp, ctx: TContext): void {
  const submissions = createWindowLimiter(COMPLAINTS_PER_IP_HOUR, 3_600_000);
  const ticketRequests = createWindowLimiter(TICKETS_PER_IP_HOUR, 3_600_000);
  const tickets = createTicketChecker();
  const open = { access: { public: true } } as const;
  const read = { access: { permission: 'complaint.read', scope: 'data-scope' } } as const;
  const manage = { access: { permission: 'complaint.manage', scope: 'data-scope' } } as const;
  const tags = ['complaints'];

  app.get(
    '/api/public/complaint-tickets',
    { config: open, schema: { tags, summary: '投诉举报表单的提交校验票据（工作量证明，一次一用）' } },
    async (request) => {
      if (!ticketRequests.hit(`ticket:${request.ip}`)) throw new AppError('RATE_LIMITED');
      return issueTicket(ctx);
    },
  );
  app.post(
    '/api/public/complaints',
    { config: open, schema: { tags, summary: '网上投诉举报（每个 IP 每小时限 5 件）：返回登记编号', body: ZComplaintPublicCreate } },
    async (request, reply) => reply.status(201).send(await submitPublicComplaint(ctx, submissions, tickets, request.ip, request.body)),
  );
  app.get(
    '/api/public/complaints/:registrationNo',
    { config: open, schema: { tags, summary: '凭登记编号查询办理状态（不含个人信息和内容）', params: ZRegistrationNoParam } },
    async (request) => publicStatus(ctx, request.params.registrationNo),
  );

  app.get(
    '/api/complaints',
    { config: read, schema: { tags, summary: '投诉举报列表（状态、逾期、行业、问题类型、街道、匹配状态等筛选）', querystring: ZComplaintListQuery } },
    async (request) => listComplaints(ctx, userOf(request), request.query),
  );
  app.get(
    '/api/complaints/export',
    { config: read, schema: { tags, summary: '按当前筛选条件导出 .xlsx（不含投诉举报人信息）', querystring: ZComplaintExportQuery } },
    async (request, reply) => {
      reply.header('Content-Type', XLSX_TYPE).header('Content-Disposition', contentDisposition(`投诉举报-${chinaToday()}.xlsx`));
      return reply.send(xlsxStream('投诉举报', COMPLAINT_EXPORT_COLUMNS, exportComplaints(ctx, userOf(request), request.query)));
    },
  );
  app.post(
    '/api/complaints',
    { config: manage, schema: { tags, summary: '工作人员登记投诉举报（电话、来信、来访）', body: ZComplaintCreate } },
    async (request, reply) => reply.status(201).send(await createComplaint(ctx, userOf(request), request.body)),
  );
  app.get(
    '/api/complaints/unmatched-businesses',
    { config: read, schema: { tags, summary: '未匹配到登记主体的经营者（按名称汇总，常为无证无照经营）', querystring: ZUnmatchedListQuery } },
    async (request) => listUnmatchedBusinesses(ctx, userOf(request), request.query),
  );
  app.post(
    '/api/complaints/unmatched-businesses/leads',
    { config: manage, schema: { tags, summary: '移送「疑似无证无照经营」线索（该名称的全部未匹配投诉举报）', body: ZUnmatchedLead } },
    async (request, reply) => reply.status(201).send(await openUnlicensedLead(ctx, userOf(request), request.body)),
  );
  app.post(
    '/api/complaints/escalate',
    { config: manage, schema: { tags, summary: '标记新逾期的投诉举报（每小时自动执行）' } },
    async (request) => escalateOverdueComplaints(ctx, chinaToday(), userOf(request)),
  );
  app.get(
    '/api/complaints/:id',
    { config: read, schema: { tags, summary: '投诉举报详情：时限、步骤、匹配候选；联系人按权限脱敏', params: ZIdParam } },
    async (request) => getComplaint(ctx, userOf(request), request.params.id),
  );

  app.post(
    '/api/complaints/:id/accept',
    { config: manage, schema: { tags, summary: '受理（第十四条：收到之日起七个工作日内）并分派到市场监管所', params: ZIdParam, body: ZComplaintAccept } },
    async (request) => acceptComplaint(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/complaints/:id/reject',
    { config: manage, schema: { tags, summary: '不予受理（第十五条），写明理由', params: ZIdParam, body: ZComplaintReject } },
    async (request) => rejectComplaint(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/complaints/:id/route',
    { config: manage, schema: { tags, summary: '改派到其他市场监管所（区局）', params: ZIdParam, body: ZComplaintRoute } },
    async (request) => routeComplaint(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/complaints/:id/handle',
    { config: manage, schema: { tags, summary: '开始调解（投诉）或核查（举报）', params: ZIdParam, body: ZComplaintHandle } },
    async (request) => handleComplaint(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/complaints/:id/extend',
    { config: manage, schema: { tags, summary: '延长举报核查期限十五个工作日（第二十三条，限一次）', params: ZIdParam, body: ZComplaintExtend } },
    async (request) => extendVerification(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/complaints/:id/result',
    { config: manage, schema: { tags, summary: '登记办理结果；核实违法的移送案件线索并计入风险分级', params: ZIdParam, body: ZComplaintResult } },
    async (request) => recordResult(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/complaints/:id/reply',
    { config: manage, schema: { tags, summary: '答复投诉举报人并办结', params: ZIdParam, body: ZComplaintReply } },
    async (request) => replyComplaint(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/complaints/:id/match',
    { config: manage, schema: { tags, summary: '确认或选择匹配的经营主体（operatorId 为 null：登记库中无此经营者）', params: ZIdParam, body: ZComplaintMatch } },
    async (request) => confirmMatch(ctx, userOf(request), request.params.id, request.body),
  );
}
