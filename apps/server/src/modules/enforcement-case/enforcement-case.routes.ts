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
import { XLSX_TYPE } from '../../core/excel.ts';
import { DOCX_TYPE, contentDisposition } from '../../core/download.ts';
import { routeTable } from '../../core/route-table.ts';
import { RequestValidationError } from '../../core/validation.ts';
import { readEvidenceUpload } from './case-evidence-file.ts';
import { enforcementIndicators, indicatorsWorkbook } from './case-indicators.ts';
import * as service from './enforcement-case.service.ts';
import * as publication from './penalty-publication.service.ts';
import * as notices from './case-notice.service.ts';

const docx = (reply: FastifyReply, file: { fileName: string; bytes: Buffer }) => reply.header('Content-Type', DOCX_TYPE).header('Content-Disposition', contentDisposition(file.fileName)).send(file.bytes);

export function registerEnforcementCaseRoutes(app: TApp, ctx: TContext): void {
  const read = { permission: 'case.read', scope: 'data-scope' } as const;
  const manage = { permission: 'case.manage', scope: 'data-scope' } as const;
  const approve = { permission: 'case.approve', scope: 'data-scope' } as const;
  const respond = { permission: 'case.respond', scope: 'data-scope' } as const;
  const open = { public: true } as const;
  const r = routeTable(app, ['enforcement-cases']);

  r.get('/api/cases', read, '行政处罚案件列表', { querystring: ZCaseListQuery }, (req, user) => service.listCases(ctx, user, req.query));
  r.create('/api/cases', manage, '线索核查为符合立案条件：提出立案（待负责人审批）', { body: ZCaseCreate }, (req, user) => service.createCase(ctx, user, req.body));
  r.get('/api/cases/indicators', read, '年度执法考核指标（按单位：四个一律落实率、网上办案率、公示率、平均办案天数）', { querystring: ZIndicatorQuery }, (req, user) =>
    enforcementIndicators(ctx, user, req.query.year, chinaToday()),
  );
  r.get('/api/cases/indicators/export', read, '导出年度执法考核指标 .xlsx', { querystring: ZIndicatorQuery }, async (req, user, reply) => {
    const data = await enforcementIndicators(ctx, user, req.query.year, chinaToday());
    reply.header('Content-Type', XLSX_TYPE).header('Content-Disposition', contentDisposition(`执法考核指标-${req.query.year}.xlsx`));
    return reply.send(await indicatorsWorkbook(data));
  });
  r.get('/api/cases/:id', read, '案件详情：步骤、时限、证据、可进行的步骤', { params: ZIdParam }, (req, user) => service.getCase(ctx, user, req.params.id));
  r.post('/api/cases/:id/filing-approval', approve, '立案审批（提出人以外的负责人）', { params: ZIdParam, body: ZCaseApproval }, (req, user) => service.approveFiling(ctx, user, req.params.id, req.body));
  r.post('/api/cases/:id/evidence', manage, '登记证据（multipart：file 图片/PDF/Word，title、kind、collectedOn、version）', { params: ZIdParam }, async (req, user) => {
    const upload = await readEvidenceUpload(req);
    const parsed = ZEvidenceFields.safeParse(upload.fields, { reportInput: true });
    if (!parsed.success) throw new RequestValidationError(parsed.error.issues);
    return service.addEvidence(ctx, user, req.params.id, parsed.data, upload);
  });
  r.get('/api/cases/:id/evidence/:evidenceId/file', read, '下载证据文件', { params: ZEvidenceParams }, async (req, user, reply) => {
    const { file, bytes } = await service.evidenceFile(ctx, user, req.params.id, req.params.evidenceId);
    return reply.header('Content-Type', file.mime).header('X-Content-Type-Options', 'nosniff').header('Content-Disposition', contentDisposition(file.originalName)).send(bytes);
  });
  r.post('/api/cases/:id/notice', manage, '告知拟作出的行政处罚（事实、依据、处罚内容，是否告知听证权利）', { params: ZIdParam, body: ZCaseNotice }, (req, user) => service.notifyCase(ctx, user, req.params.id, req.body));
  r.post('/api/cases/:id/hearing', manage, '登记听证（当事人要求听证时）', { params: ZIdParam, body: ZCaseHearing }, (req, user) => service.recordHearing(ctx, user, req.params.id, req.body));
  r.post('/api/cases/:id/decision', manage, '拟定处罚决定（核对法律依据与处罚幅度），报负责人审批', { params: ZIdParam, body: ZCaseDecision }, (req, user) => service.proposeDecision(ctx, user, req.params.id, req.body));
  r.post('/api/cases/:id/decision-approval', approve, '处罚决定审批（拟定人以外的负责人）', { params: ZIdParam, body: ZCaseApproval }, (req, user) => service.approveDecision(ctx, user, req.params.id, req.body));
  r.post('/api/cases/:id/delivery', manage, '登记决定书送达', { params: ZIdParam, body: ZCaseStep }, (req, user) => service.deliverDecision(ctx, user, req.params.id, req.body));
  r.post('/api/cases/:id/execution', manage, '登记执行情况', { params: ZIdParam, body: ZCaseExecution }, (req, user) => service.executeDecision(ctx, user, req.params.id, req.body));
  r.post('/api/cases/:id/closure', manage, '结案', { params: ZIdParam, body: ZCaseStep }, (req, user) => service.closeCase(ctx, user, req.params.id, req.body));
  r.post('/api/cases/:id/transfer', manage, '涉嫌犯罪，移送公安机关', { params: ZIdParam, body: ZCaseTransfer }, (req, user) => service.transferCase(ctx, user, req.params.id, req.body));
  r.post('/api/cases/:id/extension', manage, '申请延长办案期限 30 日（仅一次，期限届满前）', { params: ZIdParam, body: ZCaseExtensionRequest }, (req, user) =>
    service.requestExtension(ctx, user, req.params.id, req.body),
  );
  r.post('/api/cases/:id/extension-approval', approve, '办案期限延期审批', { params: ZIdParam, body: ZCaseApproval }, (req, user) => service.approveExtension(ctx, user, req.params.id, req.body));
  r.post('/api/cases/:id/publication', manage, '公示处罚决定（去除个人信息）', { params: ZIdParam, body: ZCaseVersion }, (req, user) => service.publishDecision(ctx, user, req.params.id, req.body));
  r.get('/api/cases/:id/filing-form.docx', read, '下载立案审批表（Word）', { params: ZIdParam }, async (req, user, reply) => docx(reply, await service.filingFormDocument(ctx, user, req.params.id)));
  r.get('/api/cases/:id/decision.docx', read, '下载行政处罚决定书（Word）', { params: ZIdParam }, async (req, user, reply) => docx(reply, await service.decisionDocument(ctx, user, req.params.id)));

  r.get('/api/case-notices', respond, '本企业收到的行政处罚告知与决定', {}, (_req, user) => notices.listNotices(ctx, user));
  r.get('/api/case-notices/:id', respond, '告知详情（本企业）', { params: ZIdParam }, (req, user) => notices.getNotice(ctx, user, req.params.id));
  r.post('/api/case-notices/:id/statement', respond, '提交陈述、申辩或听证要求（告知后 5 日内，一次）', { params: ZIdParam, body: ZCaseStatement }, (req, user) =>
    notices.submitStatement(ctx, user, req.params.id, req.body),
  );
  r.get('/api/case-notices/:id/decision.docx', respond, '下载已送达的行政处罚决定书（Word）', { params: ZIdParam }, async (req, user, reply) =>
    docx(reply, await notices.noticeDecisionDocument(ctx, user, req.params.id)),
  );

  r.get('/api/public/penalty-decisions', open, '已公示的行政处罚决定（个人信息已去除）', { querystring: ZPublicPenaltyQuery }, (req) => publication.listPublicPenalties(ctx, req.query));
  r.get('/api/public/penalty-decisions/:id', open, '已公示的行政处罚决定书全文（个人信息已去除）', { params: ZIdParam }, (req) => publication.getPublicPenalty(ctx, req.params.id));
}
