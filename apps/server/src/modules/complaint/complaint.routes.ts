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
import { AppError } from '../../core/errors.ts';
import { XLSX_TYPE, xlsxStream } from '../../core/excel.ts';
import { contentDisposition } from '../../core/download.ts';
import { createWindowLimiter } from '../../core/rate-limit.ts';
import { routeTable } from '../../core/route-table.ts';
import { createComplaint, exportComplaints, getComplaint, listComplaints, listUnmatchedBusinesses, openUnlicensedLead, publicStatus, submitPublicComplaint } from './complaint.service.ts';
import { acceptComplaint, confirmMatch, escalateOverdueComplaints, extendVerification, handleComplaint, recordResult, rejectComplaint, replyComplaint, routeComplaint } from './complaint-workflow.service.ts';
import { COMPLAINT_EXPORT_COLUMNS } from './complaint-export.ts';
import { createTicketChecker, issueTicket } from './complaint-proof.ts';

/** Submissions per IP address per hour (a household or an office shares one address). */
export const COMPLAINTS_PER_IP_HOUR = 5;
const TICKETS_PER_IP_HOUR = 60;

export function registerComplaintRoutes(app: TApp, ctx: TContext): void {
  const submissions = createWindowLimiter(COMPLAINTS_PER_IP_HOUR, 3_600_000);
  const ticketRequests = createWindowLimiter(TICKETS_PER_IP_HOUR, 3_600_000);
  const tickets = createTicketChecker();
  const open = { public: true } as const;
  const read = { permission: 'complaint.read', scope: 'data-scope' } as const;
  const manage = { permission: 'complaint.manage', scope: 'data-scope' } as const;
  const r = routeTable(app, ['complaints']);

  r.get('/api/public/complaint-tickets', open, '投诉举报表单的提交校验票据（工作量证明，一次一用）', {}, (req) => {
    if (!ticketRequests.hit(`ticket:${req.ip}`)) throw new AppError('RATE_LIMITED');
    return issueTicket(ctx);
  });
  r.create('/api/public/complaints', open, '网上投诉举报（每个 IP 每小时限 5 件）：返回登记编号', { body: ZComplaintPublicCreate }, (req) => submitPublicComplaint(ctx, submissions, tickets, req.ip, req.body));
  r.get('/api/public/complaints/:registrationNo', open, '凭登记编号查询办理状态（不含个人信息和内容）', { params: ZRegistrationNoParam }, (req) => publicStatus(ctx, req.params.registrationNo));

  r.get('/api/complaints', read, '投诉举报列表（状态、逾期、行业、问题类型、街道、匹配状态等筛选）', { querystring: ZComplaintListQuery }, (req, user) => listComplaints(ctx, user, req.query));
  r.get('/api/complaints/export', read, '按当前筛选条件导出 .xlsx（不含投诉举报人信息）', { querystring: ZComplaintExportQuery }, (req, user, reply) => {
    reply.header('Content-Type', XLSX_TYPE).header('Content-Disposition', contentDisposition(`投诉举报-${chinaToday()}.xlsx`));
    return reply.send(xlsxStream('投诉举报', COMPLAINT_EXPORT_COLUMNS, exportComplaints(ctx, user, req.query)));
  });
  r.create('/api/complaints', manage, '工作人员登记投诉举报（电话、来信、来访）', { body: ZComplaintCreate }, (req, user) => createComplaint(ctx, user, req.body));
  r.get('/api/complaints/unmatched-businesses', read, '未匹配到登记主体的经营者（按名称汇总，常为无证无照经营）', { querystring: ZUnmatchedListQuery }, (req, user) => listUnmatchedBusinesses(ctx, user, req.query));
  r.create('/api/complaints/unmatched-businesses/leads', manage, '移送「疑似无证无照经营」线索（该名称的全部未匹配投诉举报）', { body: ZUnmatchedLead }, (req, user) => openUnlicensedLead(ctx, user, req.body));
  r.post('/api/complaints/escalate', manage, '标记新逾期的投诉举报（每小时自动执行）', {}, (_req, user) => escalateOverdueComplaints(ctx, chinaToday(), user));
  r.get('/api/complaints/:id', read, '投诉举报详情：时限、步骤、匹配候选；联系人按权限脱敏', { params: ZIdParam }, (req, user) => getComplaint(ctx, user, req.params.id));

  r.post('/api/complaints/:id/accept', manage, '受理（第十四条：收到之日起七个工作日内）并分派到市场监管所', { params: ZIdParam, body: ZComplaintAccept }, (req, user) =>
    acceptComplaint(ctx, user, req.params.id, req.body),
  );
  r.post('/api/complaints/:id/reject', manage, '不予受理（第十五条），写明理由', { params: ZIdParam, body: ZComplaintReject }, (req, user) => rejectComplaint(ctx, user, req.params.id, req.body));
  r.post('/api/complaints/:id/route', manage, '改派到其他市场监管所（区局）', { params: ZIdParam, body: ZComplaintRoute }, (req, user) => routeComplaint(ctx, user, req.params.id, req.body));
  r.post('/api/complaints/:id/handle', manage, '开始调解（投诉）或核查（举报）', { params: ZIdParam, body: ZComplaintHandle }, (req, user) => handleComplaint(ctx, user, req.params.id, req.body));
  r.post('/api/complaints/:id/extend', manage, '延长举报核查期限十五个工作日（第二十三条，限一次）', { params: ZIdParam, body: ZComplaintExtend }, (req, user) => extendVerification(ctx, user, req.params.id, req.body));
  r.post('/api/complaints/:id/result', manage, '登记办理结果；核实违法的移送案件线索并计入风险分级', { params: ZIdParam, body: ZComplaintResult }, (req, user) => recordResult(ctx, user, req.params.id, req.body));
  r.post('/api/complaints/:id/reply', manage, '答复投诉举报人并办结', { params: ZIdParam, body: ZComplaintReply }, (req, user) => replyComplaint(ctx, user, req.params.id, req.body));
  r.post('/api/complaints/:id/match', manage, '确认或选择匹配的经营主体（operatorId 为 null：登记库中无此经营者）', { params: ZIdParam, body: ZComplaintMatch }, (req, user) =>
    confirmMatch(ctx, user, req.params.id, req.body),
  );
}
