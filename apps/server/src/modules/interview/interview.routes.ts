import {
  ZCommitmentCreate,
  ZCommitmentFollowUp,
  ZCommitmentParams,
  ZInterviewCreate,
  ZInterviewListQuery,
  ZInterviewPatch,
  ZInterviewRecord,
  ZInterviewVersion,
} from '@shian/shared/interview';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import {
  addCommitment,
  closeInterview,
  createInterview,
  followUpCommitment,
  getInterview,
  interviewNotice,
  issueNotice,
  listInterviews,
  recordMeeting,
  updateInterview,
} from './interview.service.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function registerInterviewRoutes(app: TApp, ctx: TContext): void {
  // Staff read interviews of the operators in their scope; a business reads its own once notified.
  const read = { access: { permission: 'operator.read', scope: 'data-scope' } } as const;
  const manage = { access: { permission: 'complaint.manage', scope: 'data-scope' } } as const;
  const tags = ['interviews'];

  app.get(
    '/api/interviews',
    { config: read, schema: { tags, summary: '行政约谈列表（企业只看到本单位已发通知的约谈）', querystring: ZInterviewListQuery } },
    async (request) => listInterviews(ctx, userOf(request), request.query),
  );
  app.post(
    '/api/interviews',
    { config: manage, schema: { tags, summary: '新建约谈（草稿），记录所选期间的投诉举报件数', body: ZInterviewCreate } },
    async (request, reply) => reply.status(201).send(await createInterview(ctx, userOf(request), request.body)),
  );
  app.get(
    '/api/interviews/:id',
    { config: read, schema: { tags, summary: '约谈详情：通知、约谈记录、承诺及跟踪、每一步的经办人和时间', params: ZIdParam } },
    async (request) => getInterview(ctx, userOf(request), request.params.id),
  );
  app.patch(
    '/api/interviews/:id',
    { config: manage, schema: { tags, summary: '修改约谈草稿（发出通知后不可修改）', params: ZIdParam, body: ZInterviewPatch } },
    async (request) => updateInterview(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/interviews/:id/notice',
    { config: manage, schema: { tags, summary: '发出约谈通知书（编号，企业可见）', params: ZIdParam, body: ZInterviewVersion } },
    async (request) => issueNotice(ctx, userOf(request), request.params.id, request.body.version),
  );
  app.get(
    '/api/interviews/:id/notice.docx',
    { config: read, schema: { tags, summary: '下载约谈通知书（Word .docx）', params: ZIdParam } },
    async (request, reply) => {
      const { buffer, fileName } = await interviewNotice(ctx, userOf(request), request.params.id);
      reply.header('Content-Type', DOCX_TYPE).header('Content-Disposition', `attachment; filename="notice.docx"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
      return reply.send(buffer);
    },
  );
  app.put(
    '/api/interviews/:id/record',
    { config: manage, schema: { tags, summary: '约谈记录：参加人员、约谈内容', params: ZIdParam, body: ZInterviewRecord } },
    async (request) => recordMeeting(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/interviews/:id/commitments',
    { config: manage, schema: { tags, summary: '登记企业承诺事项及完成期限', params: ZIdParam, body: ZCommitmentCreate } },
    async (request, reply) => reply.status(201).send(await addCommitment(ctx, userOf(request), request.params.id, request.body)),
  );
  app.patch(
    '/api/interviews/:id/commitments/:commitmentId',
    { config: manage, schema: { tags, summary: '跟踪核实承诺：已完成 / 未完成，附核实情况', params: ZCommitmentParams, body: ZCommitmentFollowUp } },
    async (request) => followUpCommitment(ctx, userOf(request), request.params.id, request.params.commitmentId, request.body),
  );
  app.post(
    '/api/interviews/:id/close',
    { config: manage, schema: { tags, summary: '办结约谈（承诺均已跟踪核实）', params: ZIdParam, body: ZInterviewVersion } },
    async (request) => closeInterview(ctx, userOf(request), request.params.id, request.body.version),
  );
}
