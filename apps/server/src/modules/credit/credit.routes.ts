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
import { XLSX_TYPE } from '../../core/excel.ts';
import { contentDisposition } from '../../core/download.ts';
import { readImageUpload } from '../../core/files/image-upload.ts';
import { createWindowLimiter } from '../../core/rate-limit.ts';
import { routeTable } from '../../core/route-table.ts';
import { acceptRepair, addRepairEvidence, applyForRepair, decideRepair, getRepair, listRepairs, readRepairEvidence } from './credit-repair.service.ts';
import { getCreditRecord, getPublicCreditRecord, searchPublicCredit } from './credit-record.service.ts';
import { acknowledgeEntry, approveEntry, expireListings, getEntry, listEntries, proposeEntry, publishEntry, rejectEntry, restoreListing, revokeListing } from './credit.service.ts';
import { creditExportSheets, creditWorkbook } from './credit-export.ts';

/** Public lookups (searches and records together) per IP address per minute. */
export const PUBLIC_CREDIT_LOOKUPS_PER_MINUTE = 30;

export function registerCreditRoutes(app: TApp, ctx: TContext): void {
  const read = { permission: 'credit.read', scope: 'data-scope' } as const;
  const manage = { permission: 'credit.manage', scope: 'data-scope' } as const;
  const approve = { permission: 'credit.approve', scope: 'data-scope' } as const;
  const apply = { permission: 'credit.apply', scope: 'data-scope' } as const;
  const open = { public: true } as const;
  const r = routeTable(app, ['credit']);
  const lookups = createWindowLimiter(PUBLIC_CREDIT_LOOKUPS_PER_MINUTE, 60_000);

  r.get('/api/operators/:id/credit', read, '经营主体信用档案：许可、处罚、严重违法失信名单、检查结果、抽检结果与信用状态', { params: ZIdParam }, (req, user) => getCreditRecord(ctx, user, req.params.id, req.lang));

  // ---- the serious-violation list
  r.get('/api/credit/list-entries', read, '严重违法失信名单（含列入建议；企业只见对本企业的决定）', { querystring: ZListEntryListQuery }, (req, user) => listEntries(ctx, user, req.query, req.lang));
  r.create('/api/credit/list-entries', manage, '提出列入严重违法失信名单建议（事由、较重行政处罚、处罚决定书文号、事先告知）', { body: ZListEntryCreate }, (req, user) => proposeEntry(ctx, user, req.body, req.lang));
  r.post('/api/credit/list-entries/expire', manage, '移出列入满三年的记录（每小时自动执行）', {}, (_req, user) => expireListings(ctx, chinaToday(), user));
  r.get('/api/credit/list-entries/:id', read, '列入记录详情：决定书内容、公示、信用修复申请', { params: ZIdParam }, (req, user) => getEntry(ctx, user, req.params.id, req.lang));
  r.post('/api/credit/list-entries/:id/approve', approve, '批准列入（须为建议人以外的人员，载明上级部门同意文件）', { params: ZIdParam, body: ZListEntryApprove }, (req, user) =>
    approveEntry(ctx, user, req.params.id, req.body, req.lang),
  );
  r.post('/api/credit/list-entries/:id/reject', approve, '不予列入（写明理由）', { params: ZIdParam, body: ZReasoned }, (req, user) => rejectEntry(ctx, user, req.params.id, req.body, req.lang));
  r.post('/api/credit/list-entries/:id/publish', manage, '登记已通过国家企业信用信息公示系统公示（作出决定后 20 个工作日内）', { params: ZIdParam, body: ZCreditVersion }, (req, user) =>
    publishEntry(ctx, user, req.params.id, req.body.version, req.lang),
  );
  r.post('/api/credit/list-entries/:id/revoke', approve, '所依据的行政处罚决定被撤销、确认违法或无效：撤销列入决定并移出名单（第十九条，写明依据文书）', { params: ZIdParam, body: ZReasoned }, (req, user) =>
    revokeListing(ctx, user, req.params.id, req.body, req.lang),
  );
  r.post('/api/credit/list-entries/:id/restore', approve, '以隐瞒真实情况、弄虚作假等不正当手段修复信用的：撤销移出决定，恢复列入，期限重新计算（第二十条）', { params: ZIdParam, body: ZReasoned }, (req, user) =>
    restoreListing(ctx, user, req.params.id, req.body, req.lang),
  );
  r.post('/api/credit/list-entries/:id/acknowledge', apply, '企业签收列入决定书', { params: ZIdParam, body: ZCreditVersion }, (req, user) => acknowledgeEntry(ctx, user, req.params.id, req.body.version, req.lang));

  // ---- credit repair
  r.create('/api/credit/list-entries/:id/repair-evidence', apply, '上传信用修复证明材料照片（企业）', { consumes: ['multipart/form-data'], params: ZIdParam }, async (req, user) =>
    addRepairEvidence(ctx, user, req.params.id, await readImageUpload(req)),
  );
  r.get('/api/credit/list-entries/:id/repair-evidence/:fileId', read, '信用修复证明材料照片', { params: ZRepairEvidenceParams, querystring: ZEvidenceSizeQuery }, async (req, user, reply) => {
    const bytes = await readRepairEvidence(ctx, user, req.params.id, req.params.fileId, req.query.size === 'thumb');
    return reply.type('image/jpeg').header('Cache-Control', 'private, max-age=3600').send(bytes);
  });
  r.create('/api/credit/list-entries/:id/repairs', apply, '申请提前移出（信用修复：申请书、守信承诺、证明材料；列入满一年后）', { params: ZIdParam, body: ZRepairCreate }, (req, user) =>
    applyForRepair(ctx, user, req.params.id, req.body, req.lang),
  );
  r.get('/api/credit/repairs', read, '信用修复申请', { querystring: ZRepairListQuery }, (req, user) => listRepairs(ctx, user, req.query));
  r.get('/api/credit/repairs/:id', read, '信用修复申请详情', { params: ZIdParam }, (req, user) => getRepair(ctx, user, req.params.id));
  r.post('/api/credit/repairs/:id/accept', manage, '受理或不予受理（2 个工作日内）', { params: ZIdParam, body: ZRepairAccept }, (req, user) => acceptRepair(ctx, user, req.params.id, req.body, req.lang));
  r.post('/api/credit/repairs/:id/decide', manage, '核实条件并决定是否提前移出（受理后 15 个工作日内）', { params: ZIdParam, body: ZRepairDecide }, (req, user) =>
    decideRepair(ctx, user, req.params.id, req.body, req.lang),
  );

  // ---- the national export
  r.get('/api/credit/export', manage, '导出国家企业信用信息公示系统格式 .xlsx（许可、处罚、名单、检查结果，按日期范围）', { querystring: ZCreditExportQuery }, async (req, user, reply) => {
    const sheets = await creditExportSheets(ctx, user, req.query);
    reply.header('Content-Type', XLSX_TYPE).header('Content-Disposition', contentDisposition(`信用信息公示-${req.query.from}-${req.query.to}.xlsx`));
    return reply.send(await creditWorkbook(sheets));
  });

  // ---- public lookup
  r.get('/api/public/credit', open, '公众信用查询：按名称或统一社会信用代码查找', { querystring: ZPublicCreditQuery }, (req) => searchPublicCredit(ctx, lookups, req.ip, req.query.q));
  r.get('/api/public/credit/:id', open, '公开的信用记录（仅已公示信息，不含个人信息）', { params: ZIdParam }, (req) => getPublicCreditRecord(ctx, lookups, req.ip, req.params.id));
}
