import { ZCommitmentCreate, ZCommitmentFollowUp, ZCommitmentParams, ZInterviewCreate, ZInterviewListQuery, ZInterviewPatch, ZInterviewRecord, ZInterviewVersion } from '@shian/shared/interview';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { routeTable } from '../../core/route-table.ts';
import { addCommitment, closeInterview, createInterview, followUpCommitment, getInterview, interviewNotice, issueNotice, listInterviews, recordMeeting, updateInterview } from './interview.service.ts';
import { DOCX_TYPE, contentDisposition } from '../../core/download.ts';

export function registerInterviewRoutes(app: TApp, ctx: TContext): void {
  // Staff read interviews of the operators in their scope; a business reads its own once notified.
  const read = { permission: 'operator.read', scope: 'data-scope' } as const;
  const manage = { permission: 'complaint.manage', scope: 'data-scope' } as const;
  const r = routeTable(app, ['interviews']);

  r.get('/api/interviews', read, '行政约谈列表（企业只看到本单位已发通知的约谈）', { querystring: ZInterviewListQuery }, (req, user) => listInterviews(ctx, user, req.query));
  r.create('/api/interviews', manage, '新建约谈（草稿），记录所选期间的投诉举报件数', { body: ZInterviewCreate }, (req, user) => createInterview(ctx, user, req.body));
  r.get('/api/interviews/:id', read, '约谈详情：通知、约谈记录、承诺及跟踪、每一步的经办人和时间', { params: ZIdParam }, (req, user) => getInterview(ctx, user, req.params.id));
  r.patch('/api/interviews/:id', manage, '修改约谈草稿（发出通知后不可修改）', { params: ZIdParam, body: ZInterviewPatch }, (req, user) => updateInterview(ctx, user, req.params.id, req.body));
  r.post('/api/interviews/:id/notice', manage, '发出约谈通知书（编号，企业可见）', { params: ZIdParam, body: ZInterviewVersion }, (req, user) => issueNotice(ctx, user, req.params.id, req.body.version));
  r.get('/api/interviews/:id/notice.docx', read, '下载约谈通知书（Word .docx）', { params: ZIdParam }, async (req, user, reply) => {
    const { buffer, fileName } = await interviewNotice(ctx, user, req.params.id);
    reply.header('Content-Type', DOCX_TYPE).header('Content-Disposition', contentDisposition(fileName));
    return reply.send(buffer);
  });
  r.put('/api/interviews/:id/record', manage, '约谈记录：参加人员、约谈内容', { params: ZIdParam, body: ZInterviewRecord }, (req, user) => recordMeeting(ctx, user, req.params.id, req.body));
  r.create('/api/interviews/:id/commitments', manage, '登记企业承诺事项及完成期限', { params: ZIdParam, body: ZCommitmentCreate }, (req, user) => addCommitment(ctx, user, req.params.id, req.body));
  r.patch('/api/interviews/:id/commitments/:commitmentId', manage, '跟踪核实承诺：已完成 / 未完成，附核实情况', { params: ZCommitmentParams, body: ZCommitmentFollowUp }, (req, user) =>
    followUpCommitment(ctx, user, req.params.id, req.params.commitmentId, req.body),
  );
  r.post('/api/interviews/:id/close', manage, '办结约谈（承诺均已跟踪核实）', { params: ZIdParam, body: ZInterviewVersion }, (req, user) => closeInterview(ctx, user, req.params.id, req.body.version));
}
