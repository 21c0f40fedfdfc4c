import {
  ZCreditExportQuery,
  ZCreditVersion,
  ZEvidenceSizeQuery,
  ZListEntryApprove,
  ZListEntryCreate,
  ZListEntryListQuery,
  ZPublicCreditQuery,
  ZReasoned,
  ZRepairAccept,
  ZRepairCreate,
  ZRepairDecide,
  ZRepairEvidenceParams,
  ZRepairListQuery,
} from '@shian/shared/credit';
import { ZIdParam } from '@shian/shared/http';
import { chinaToday } from '@shian/shared/working-days';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { userOf } from '../../core/access.ts';
import { contentDisposition, XLSX_TYPE } from '../../core/excel.ts';
import { readImageUpload } from '../../core/files/image-upload.ts';
import { createWindowLimiter } from '../../core/rate-limit.ts';
import { acceptRepair, addRepairEvidence, applyForRepair, decideRepair, getRepair, listRepairs, readRepairEvidence } from './credit-repair.service.ts';
import { getCreditRecord, getPublicCreditRecord, searchPublicCredit } from './credit-record.service.ts';
import { acknowledgeEntry, approveEntry, expireListings, getEntry, listEntries, proposeEntry, publishEntry, rejectEntry, restoreListing, revokeListing } from './credit.service.ts';
import { creditExportSheets, creditWorkbook } from './credit-export.ts';

/** Public lookups (searches and records together) per IP address per minute. */
export const PUBLIC_CREDIT_LOOKUPS_PER_MINUTE = 30;

export function registerCreditRoutes(app: TApp, ctx: TContext): void {
  const read = { access: { permission: 'credit.read', scope: 'data-scope' } } as const;
  const manage = { access: { permission: 'credit.manage', scope: 'data-scope' } } as const;
  const approve = { access: { permission: 'credit.approve', scope: 'data-scope' } } as const;
  const apply = { access: { permission: 'credit.apply', scope: 'data-scope' } } as const;
  const tags = ['credit'];
  const lookups = createWindowLimiter(PUBLIC_CREDIT_LOOKUPS_PER_MINUTE, 60_000);

  app.get(
    '/api/operators/:id/credit',
    { config: read, schema: { tags, summary: '经营主体信用档案：许可、处罚、严重违法失信名单、检查结果、抽检结果与信用状态', params: ZIdParam } },
    async (request) => getCreditRecord(ctx, userOf(request), request.params.id, request.lang),
  );

  // ---- the serious-violation list
  app.get(
    '/api/credit/list-entries',
    { config: read, schema: { tags, summary: '严重违法失信名单（含列入建议；企业只见对本企业的决定）', querystring: ZListEntryListQuery } },
    async (request) => listEntries(ctx, userOf(request), request.query, request.lang),
  );
  app.post(
    '/api/credit/list-entries',
    { config: manage, schema: { tags, summary: '提出列入严重违法失信名单建议（事由、较重行政处罚、处罚决定书文号、事先告知）', body: ZListEntryCreate } },
    async (request, reply) => reply.status(201).send(await proposeEntry(ctx, userOf(request), request.body, request.lang)),
  );
  app.post(
    '/api/credit/list-entries/expire',
    { config: manage, schema: { tags, summary: '移出列入满三年的记录（每小时自动执行）' } },
    async (request) => expireListings(ctx, chinaToday(), userOf(request)),
  );
  app.get(
    '/api/credit/list-entries/:id',
    { config: read, schema: { tags, summary: '列入记录详情：决定书内容、公示、信用修复申请', params: ZIdParam } },
    async (request) => getEntry(ctx, userOf(request), request.params.id, request.lang),
  );
  app.post(
    '/api/credit/list-entries/:id/approve',
    { config: approve, schema: { tags, summary: '批准列入（须为建议人以外的人员，载明上级部门同意文件）', params: ZIdParam, body: ZListEntryApprove } },
    async (request) => approveEntry(ctx, userOf(request), request.params.id, request.body, request.lang),
  );
  app.post(
    '/api/credit/list-entries/:id/reject',
    { config: approve, schema: { tags, summary: '不予列入（写明理由）', params: ZIdParam, body: ZReasoned } },
    async (request) => rejectEntry(ctx, userOf(request), request.params.id, request.body, request.lang),
  );
  app.post(
    '/api/credit/list-entries/:id/publish',
    { config: manage, schema: { tags, summary: '登记已通过国家企业信用信息公示系统公示（作出决定后 20 个工作日内）', params: ZIdParam, body: ZCreditVersion } },
    async (request) => publishEntry(ctx, userOf(request), request.params.id, request.body.version, request.lang),
  );
  app.post(
    '/api/credit/list-entries/:id/revoke',
    { config: approve, schema: { tags, summary: '所依据的行政处罚决定被撤销、确认违法或无效：撤销列入决定并移出名单（第十九条，写明依据文书）', params: ZIdParam, body: ZReasoned } },
    async (request) => revokeListing(ctx, userOf(request), request.params.id, request.body, request.lang),
  );
  app.post(
    '/api/credit/list-entries/:id/restore',
    { config: approve, schema: { tags, summary: '以隐瞒真实情况、弄虚作假等不正当手段修复信用的：撤销移出决定，恢复列入，期限重新计算（第二十条）', params: ZIdParam, body: ZReasoned } },
    async (request) => restoreListing(ctx, userOf(request), request.params.id, request.body, request.lang),
  );
  app.post(
    '/api/credit/list-entries/:id/acknowledge',
    { config: apply, schema: { tags, summary: '企业签收列入决定书', params: ZIdParam, body: ZCreditVersion } },
    async (request) => acknowledgeEntry(ctx, userOf(request), request.params.id, request.body.version, request.lang),
  );

  // ---- credit repair
  app.post(
    '/api/credit/list-entries/:id/repair-evidence',
    { config: apply, schema: { tags, summary: '上传信用修复证明材料照片（企业）', consumes: ['multipart/form-data'], params: ZIdParam } },
    async (request, reply) => reply.status(201).send(await addRepairEvidence(ctx, userOf(request), request.params.id, await readImageUpload(request))),
  );
  app.get(
    '/api/credit/list-entries/:id/repair-evidence/:fileId',
    { config: read, schema: { tags, summary: '信用修复证明材料照片', params: ZRepairEvidenceParams, querystring: ZEvidenceSizeQuery } },
    async (request, reply) => {
      const bytes = await readRepairEvidence(ctx, userOf(request), request.params.id, request.params.fileId, request.query.size === 'thumb');
      return reply.type('image/jpeg').header('Cache-Control', 'private, max-age=3600').send(bytes);
    },
  );
  app.post(
    '/api/credit/list-entries/:id/repairs',
    { config: apply, schema: { tags, summary: '申请提前移出（信用修复：申请书、守信承诺、证明材料；列入满一年后）', params: ZIdParam, body: ZRepairCreate } },
    async (request, reply) => reply.status(201).send(await applyForRepair(ctx, userOf(request), request.params.id, request.body, request.lang)),
  );
  app.get(
    '/api/credit/repairs',
    { config: read, schema: { tags, summary: '信用修复申请', querystring: ZRepairListQuery } },
    async (request) => listRepairs(ctx, userOf(request), request.query),
  );
  app.get(
    '/api/credit/repairs/:id',
    { config: read, schema: { tags, summary: '信用修复申请详情', params: ZIdParam } },
    async (request) => getRepair(ctx, userOf(request), request.params.id),
  );
  app.post(
    '/api/credit/repairs/:id/accept',
    { config: manage, schema: { tags, summary: '受理或不予受理（2 个工作日内）', params: ZIdParam, body: ZRepairAccept } },
    async (request) => acceptRepair(ctx, userOf(request), request.params.id, request.body, request.lang),
  );
  app.post(
    '/api/credit/repairs/:id/decide',
    { config: manage, schema: { tags, summary: '核实条件并决定是否提前移出（受理后 15 个工作日内）', params: ZIdParam, body: ZRepairDecide } },
    async (request) => decideRepair(ctx, userOf(request), request.params.id, request.body, request.lang),
  );

  // ---- the national export
  app.get(
    '/api/credit/export',
    { config: manage, schema: { tags, summary: '导出国家企业信用信息公示系统格式 .xlsx（许可、处罚、名单、检查结果，按日期范围）', querystring: ZCreditExportQuery } },
    async (request, reply) => {
      const sheets = await creditExportSheets(ctx, userOf(request), request.query);
      reply.header('Content-Type', XLSX_TYPE).header('Content-Disposition', contentDisposition(`信用信息公示-${request.query.from}-${request.query.to}.xlsx`));
      return reply.send(await creditWorkbook(sheets));
    },
  );

  // ---- public lookup
  app.get(
    '/api/public/credit',
    { config: { access: { public: true } }, schema: { tags, summary: '公众信用查询：按名称或统一社会信用代码查找', querystring: ZPublicCreditQuery } },
    async (request) => searchPublicCredit(ctx, lookups, request.ip, request.query.q),
  );
  app.get(
    '/api/public/credit/:id',
    { config: { access: { public: true } }, schema: { tags, summary: '公开的信用记录（仅已公示信息，不含个人信息）', params: ZIdParam } },
    async (request) => getPublicCreditRecord(ctx, lookups, request.ip, request.params.id),
  );
}
