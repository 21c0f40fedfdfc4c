import {
  ZCaseApproval,
  ZCaseCreate,
  ZCaseDecision,
  ZCaseExecution,
  ZCaseExtensionRequest,
  ZCaseHearing,
  ZCaseListQuery,
  ZCaseNotice,
  ZCaseStatement,
  ZCaseStep,
  ZCaseTransfer,
  ZCaseVersion,
  ZEvidenceFields,
  ZEvidenceParams,
  ZIndicatorQuery,
  ZPublicPenaltyQuery,
} from '@shian/shared/enforcement-case';
import { ZIdParam } from '@shian/shared/http';
import { chinaToday } from '@shian/shared/working-days';
import type { FastifyReply } from 'fastify';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { contentDisposition, XLSX_TYPE } from '../../core/excel.ts';
import { RequestValidationError } from '../../core/validation.ts';
import { DOCX_TYPE, readEvidenceUpload } from './case-evidence-file.ts';
import { enforcementIndicators, indicatorsWorkbook } from './case-indicators.ts';
import * as service from './enforcement-case.service.ts';
import * as publication from './penalty-publication.service.ts';
import * as notices from './case-notice.service.ts';

const docx = (reply: FastifyReply, file: { fileName: string; bytes: Buffer }) =>
  reply
    .header('Content-Type', DOCX_TYPE)
    .header('Content-Disposition', `attachment; filename="document.docx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(file.bytes);

export function registerEnforcementCaseRoutes(app: TApp, ctx: TContext): void {
  const read = { access: { permission: 'case.read', scope: 'data-scope' } } as const;
  const manage = { access: { permission: 'case.manage', scope: 'data-scope' } } as const;
  const approve = { access: { permission: 'case.approve', scope: 'data-scope' } } as const;
  const respond = { access: { permission: 'case.respond', scope: 'data-scope' } } as const;
  const open = { access: { public: true } } as const;
  const tags = ['enforcement-cases'];

  app.get('/api/cases', { config: read, schema: { tags, summary: '行政处罚案件列表', querystring: ZCaseListQuery } }, async (request) =>
    service.listCases(ctx, userOf(request), request.query),
  );
  app.post(
    '/api/cases',
    { config: manage, schema: { tags, summary: '线索核查为符合立案条件：提出立案（待负责人审批）', body: ZCaseCreate } },
    async (request, reply) => reply.status(201).send(await service.createCase(ctx, userOf(request), request.body)),
  );
  app.get(
    '/api/cases/indicators',
    { config: read, schema: { tags, summary: '年度执法考核指标（按单位：四个一律落实率、网上办案率、公示率、平均办案天数）', querystring: ZIndicatorQuery } },
    async (request) => enforcementIndicators(ctx, userOf(request), request.query.year, chinaToday()),
  );
  app.get(
    '/api/cases/indicators/export',
    { config: read, schema: { tags, summary: '导出年度执法考核指标 .xlsx', querystring: ZIndicatorQuery } },
    async (request, reply) => {
      const data = await enforcementIndicators(ctx, userOf(request), request.query.year, chinaToday());
      reply.header('Content-Type', XLSX_TYPE).header('Content-Disposition', contentDisposition(`执法考核指标-${request.query.year}.xlsx`));
      return reply.send(await indicatorsWorkbook(data));
    },
  );
  app.get('/api/cases/:id', { config: read, schema: { tags, summary: '案件详情：步骤、时限、证据、可进行的步骤', params: ZIdParam } }, async (request) =>
    service.getCase(ctx, userOf(request), request.params.id),
  );
  app.post(
    '/api/cases/:id/filing-approval',
    { config: approve, schema: { tags, summary: '立案审批（提出人以外的负责人）', params: ZIdParam, body: ZCaseApproval } },
    async (request) => service.approveFiling(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/cases/:id/evidence',
    { config: manage, schema: { tags, summary: '登记证据（multipart：file 图片/PDF/Word，title、kind、collectedOn、version）', params: ZIdParam } },
    async (request) => {
      const upload = await readEvidenceUpload(request);
      const parsed = ZEvidenceFields.safeParse(upload.fields, { reportInput: true });
      if (!parsed.success) throw new RequestValidationError(parsed.error.issues);
      return service.addEvidence(ctx, userOf(request), request.params.id, parsed.data, upload);
    },
  );
  app.get(
    '/api/cases/:id/evidence/:evidenceId/file',
    { config: read, schema: { tags, summary: '下载证据文件', params: ZEvidenceParams } },
    async (request, reply) => {
      const { file, bytes } = await service.evidenceFile(ctx, userOf(request), request.params.id, request.params.evidenceId);
      return reply
        .header('Content-Type', file.mime)
        .header('X-Content-Type-Options', 'nosniff')
        .header('Content-Disposition', `attachment; filename="evidence"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`)
        .send(bytes);
    },
  );
  app.post(
    '/api/cases/:id/notice',
    { config: manage, schema: { tags, summary: '告知拟作出的行政处罚（事实、依据、处罚内容，是否告知听证权利）', params: ZIdParam, body: ZCaseNotice } },
    async (request) => service.notifyCase(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/cases/:id/hearing',
    { config: manage, schema: { tags, summary: '登记听证（当事人要求听证时）', params: ZIdParam, body: ZCaseHearing } },
    async (request) => service.recordHearing(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/cases/:id/decision',
    { config: manage, schema: { tags, summary: '拟定处罚决定（核对法律依据与处罚幅度），报负责人审批', params: ZIdParam, body: ZCaseDecision } },
    async (request) => service.proposeDecision(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/cases/:id/decision-approval',
    { config: approve, schema: { tags, summary: '处罚决定审批（拟定人以外的负责人）', params: ZIdParam, body: ZCaseApproval } },
    async (request) => service.approveDecision(ctx, userOf(request), request.params.id, request.body),
  );
  app.post('/api/cases/:id/delivery', { config: manage, schema: { tags, summary: '登记决定书送达', params: ZIdParam, body: ZCaseStep } }, async (request) =>
    service.deliverDecision(ctx, userOf(request), request.params.id, request.body),
  );
  app.post('/api/cases/:id/execution', { config: manage, schema: { tags, summary: '登记执行情况', params: ZIdParam, body: ZCaseExecution } }, async (request) =>
    service.executeDecision(ctx, userOf(request), request.params.id, request.body),
  );
  app.post('/api/cases/:id/closure', { config: manage, schema: { tags, summary: '结案', params: ZIdParam, body: ZCaseStep } }, async (request) =>
    service.closeCase(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/cases/:id/transfer',
    { config: manage, schema: { tags, summary: '涉嫌犯罪，移送公安机关', params: ZIdParam, body: ZCaseTransfer } },
    async (request) => service.transferCase(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/cases/:id/extension',
    { config: manage, schema: { tags, summary: '申请延长办案期限 30 日（仅一次，期限届满前）', params: ZIdParam, body: ZCaseExtensionRequest } },
    async (request) => service.requestExtension(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/cases/:id/extension-approval',
    { config: approve, schema: { tags, summary: '办案期限延期审批', params: ZIdParam, body: ZCaseApproval } },
    async (request) => service.approveExtension(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/cases/:id/publication',
    { config: manage, schema: { tags, summary: '公示处罚决定（去除个人信息）', params: ZIdParam, body: ZCaseVersion } },
    async (request) => service.publishDecision(ctx, userOf(request), request.params.id, request.body),
  );
  app.get('/api/cases/:id/filing-form.docx', { config: read, schema: { tags, summary: '下载立案审批表（Word）', params: ZIdParam } }, async (request, reply) =>
    docx(reply, await service.filingFormDocument(ctx, userOf(request), request.params.id)),
  );
  app.get('/api/cases/:id/decision.docx', { config: read, schema: { tags, summary: '下载行政处罚决定书（Word）', params: ZIdParam } }, async (request, reply) =>
    docx(reply, await service.decisionDocument(ctx, userOf(request), request.params.id)),
  );

  app.get('/api/case-notices', { config: respond, schema: { tags, summary: '本企业收到的行政处罚告知与决定' } }, async (request) => notices.listNotices(ctx, userOf(request)));
  app.get('/api/case-notices/:id', { config: respond, schema: { tags, summary: '告知详情（本企业）', params: ZIdParam } }, async (request) =>
    notices.getNotice(ctx, userOf(request), request.params.id),
  );
  app.post(
    '/api/case-notices/:id/statement',
    { config: respond, schema: { tags, summary: '提交陈述、申辩或听证要求（告知后 5 日内，一次）', params: ZIdParam, body: ZCaseStatement } },
    async (request) => notices.submitStatement(ctx, userOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/case-notices/:id/decision.docx',
    { config: respond, schema: { tags, summary: '下载已送达的行政处罚决定书（Word）', params: ZIdParam } },
    async (request, reply) => docx(reply, await notices.noticeDecisionDocument(ctx, userOf(request), request.params.id)),
  );

  app.get('/api/public/penalty-decisions', { config: open, schema: { tags, summary: '已公示的行政处罚决定（个人信息已去除）', querystring: ZPublicPenaltyQuery } }, async (request) =>
    publication.listPublicPenalties(ctx, request.query),
  );
  app.get('/api/public/penalty-decisions/:id', { config: open, schema: { tags, summary: '已公示的行政处罚决定书全文（个人信息已去除）', params: ZIdParam } }, async (request) =>
    publication.getPublicPenalty(ctx, request.params.id),
  );
}
