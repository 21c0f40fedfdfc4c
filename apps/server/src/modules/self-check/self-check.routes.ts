import type { FastifyReply } from 'fastify';
import { ZIdParam } from '@shian/shared/http';
import {
  ZComplianceQuery,
  ZComplianceSummaryQuery,
  ZCorrectionCreate,
  ZSelfCheckCreate,
  ZSelfCheckFileParams,
  ZSelfCheckFileQuery,
  ZSelfCheckListQuery,
  ZSelfCheckSettings,
  ZSelfCheckTodayQuery,
  ZSelfCheckUpdate,
} from '@shian/shared/self-check';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { readImageUpload } from '../../core/files/image-upload.ts';
import { routeTable } from '../../core/route-table.ts';
import { addCorrection, compliance, complianceSummary, createRecord, getRecord, getSettings, listRecords, readFileOf, recordFile, storeUpload, todayOf, updateRecord, updateSettings } from './self-check.service.ts';
import { DOCX_TYPE, contentDisposition } from '../../core/download.ts';

export function registerSelfCheckRoutes(app: TApp, ctx: TContext): void {
  const read = { permission: 'self-check.read', scope: 'data-scope' } as const;
  const record = { permission: 'self-check.record', scope: 'data-scope' } as const;
  const configure = { permission: 'self-check.configure', scope: 'bureau' } as const;
  const reference = { permission: 'self-check.read', scope: 'bureau' } as const;
  const upload = { consumes: ['multipart/form-data'] };
  const r = routeTable(app, ['self-checks']);
  const jpeg = (bytes: Buffer, reply: FastifyReply) => reply.type('image/jpeg').header('Cache-Control', 'private, max-age=3600').send(bytes);

  r.get('/api/self-checks', read, '日管控、周排查、月调度记录（按数据范围；可按主体、类型、期间筛选）', { querystring: ZSelfCheckListQuery }, (req, user) => listRecords(ctx, user, req.query));
  r.create('/api/self-checks', record, '记录本日检查、本周排查报告或本月调度会议纪要（企业本单位；每期一份）', { body: ZSelfCheckCreate }, (req, user) => createRecord(ctx, user, req.body));
  r.get('/api/self-checks/today', read, '本单位今日检查要点（风险管控清单）及本日、本周、本月记录', { querystring: ZSelfCheckTodayQuery }, (req, user) => todayOf(ctx, user, req.query.operatorId));
  r.get('/api/self-checks/compliance', read, '记录合规情况（按主体：已记录天数/应记录天数、缺失周报月纪要、问题及未整改；落后的在前）', { querystring: ZComplianceQuery }, (req, user) => compliance(ctx, user, req.query));
  r.get('/api/self-checks/compliance/summary', read, '记录合规情况（按街道汇总，供图表）', { querystring: ZComplianceSummaryQuery }, (req, user) => complianceSummary(ctx, user, req.query));
  r.create('/api/self-check-photos', record, '上传检查问题照片（先上传，记录时引用；JPEG/PNG/WebP，≤10 MB）', upload, async (req, user) => storeUpload(ctx, user, await readImageUpload(req), 'photo'));
  r.create('/api/self-check-signatures', record, '上传会议纪要手写签名（PNG）', upload, async (req, user) => storeUpload(ctx, user, await readImageUpload(req), 'signature'));
  r.get('/api/self-check-settings', reference, '须建立日管控、周排查、月调度记录的主体类别（未设置时为默认值）', {}, (_req, user) => getSettings(ctx, user));
  r.put('/api/self-check-settings', configure, '设置须建立记录的主体类别（version 0 表示首次设置）', { body: ZSelfCheckSettings }, (req, user) => updateSettings(ctx, user, req.body));
  r.get('/api/self-checks/:id', read, '一份自查记录（内容、更正记录；editable 表示仍在填报期内）', { params: ZIdParam }, (req, user) => getRecord(ctx, user, req.params.id));
  r.put('/api/self-checks/:id', record, '修改记录（仅在本日/本周/本月内；带 version；过期后只能追加更正）', { params: ZIdParam, body: ZSelfCheckUpdate }, (req, user) => updateRecord(ctx, user, req.params.id, req.body));
  r.create('/api/self-checks/:id/corrections', record, '追加更正说明（原记录不变）', { params: ZIdParam, body: ZCorrectionCreate }, (req, user) => addCorrection(ctx, user, req.params.id, req.body));
  r.get('/api/self-checks/:id/files/:fileId', read, '记录中的问题照片或签名（size=thumb 为缩略图）', { params: ZSelfCheckFileParams, querystring: ZSelfCheckFileQuery }, async (req, user, reply) =>
    jpeg(await readFileOf(ctx, user, req.params.id, req.params.fileId, req.query.size === 'thumb'), reply),
  );
  r.get('/api/self-checks/:id/docx', read, '下载记录（Word .docx）', { params: ZIdParam }, async (req, user, reply) => {
    const { buffer, fileName } = await recordFile(ctx, user, req.params.id);
    return reply.header('Content-Type', DOCX_TYPE).header('Content-Disposition', contentDisposition(fileName)).send(buffer);
  });
}
