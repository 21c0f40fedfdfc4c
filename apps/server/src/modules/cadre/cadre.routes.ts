import {
  ZAssignmentConfirm,
  ZAssignmentCreate,
  ZAssignmentHistoryQuery,
  ZAssignmentSet,
  ZAssignmentViewQuery,
  ZCadreAccountCreate,
  ZCadreCreate,
  ZCadreListQuery,
  ZCadrePatch,
  ZCadreSettings,
  ZSuggestQuery,
} from '@shian/shared/cadre';
import { ZIdParam } from '@shian/shared/http';
import { ZImportCommit } from '@shian/shared/import';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { XLSX_TYPE, xlsxStream } from '../../core/excel.ts';
import { contentDisposition } from '../../core/download.ts';
import { routeTable } from '../../core/route-table.ts';
import { createCadre, createCadreAccount, getCadre, listCadres, updateCadre } from './cadre.service.ts';
import { assignmentHistory, confirmAssignments, getCadreSettings, listAdjustmentsDue, operatorCadre, overloadedCadres, setAssignment, suggestAssignments, updateCadreSettings } from './cadre-assignment.service.ts';
import { commitCadreImport, dryRunCadreImport, getCadreImport, TEMPLATE_COLUMNS, TEMPLATE_ROWS } from './cadre-import.service.ts';

export function registerCadreRoutes(app: TApp, ctx: TContext): void {
  const read = { permission: 'cadre.read', scope: 'data-scope' } as const;
  const manage = { permission: 'cadre.manage', scope: 'data-scope' } as const;
  const r = routeTable(app, ['cadres']);

  r.get('/api/cadres', read, '包保干部名录（按数据范围：监管所见本所街道的干部，干部只见本人；电话按权限脱敏）', { querystring: ZCadreListQuery }, (req, user) => listCadres(ctx, user, req.query));
  r.create('/api/cadres', manage, '登记包保干部', { body: ZCadreCreate }, (req, user) => createCadre(ctx, user, req.body));
  r.get('/api/cadres/:id', read, '包保干部详情（当前包保主体、包保历史）', { params: ZIdParam }, (req, user) => getCadre(ctx, user, req.params.id));
  r.patch('/api/cadres/:id', manage, '修改包保干部信息或停用（带 version，过期返回 409）', { params: ZIdParam, body: ZCadrePatch }, (req, user) => updateCadre(ctx, user, req.params.id, req.body));
  r.create('/api/cadres/:id/account', manage, '为包保干部开通登录账号（临时密码只显示一次）', { params: ZIdParam, body: ZCadreAccountCreate }, (req, user) => createCadreAccount(ctx, user, req.params.id, req.body));

  r.get('/api/cadre-imports/template', manage, '下载包保干部导入模板 .xlsx', {}, (_req, _user, reply) => {
    async function* one() {
      yield TEMPLATE_ROWS;
    }
    reply.header('Content-Type', XLSX_TYPE).header('Content-Disposition', contentDisposition('包保干部导入模板.xlsx'));
    return reply.send(xlsxStream('包保干部', TEMPLATE_COLUMNS, one()));
  });
  r.create('/api/cadre-imports', manage, '上传包保干部 .xlsx/.csv 并试导入（只校验，不写入）', { consumes: ['multipart/form-data'] }, async (req, user) => {
    const file = await req.file({ limits: { files: 1 } });
    if (!file) throw new AppError('VALIDATION_FAILED', {}, (lang) => [{ path: 'file', message: lang === 'en' ? 'File: is required' : '文件：不能为空' }]);
    return dryRunCadreImport(ctx, user, file.filename, await file.toBuffer(), req.lang);
  });
  r.get('/api/cadre-imports/:id', manage, '包保干部导入任务（预检结果）', { params: ZIdParam }, (req, user) => getCadreImport(ctx, user, req.params.id));
  r.post('/api/cadre-imports/:id/commit', manage, '确认导入包保干部：all 全部（有错误行时拒绝）或 valid 仅有效行', { params: ZIdParam, body: ZImportCommit }, (req, user) =>
    commitCadreImport(ctx, user, req.params.id, req.body),
  );

  r.get('/api/cadre-settings', { permission: 'cadre.read', scope: 'bureau' }, '包保分配规则、干部包保上限与调整时限（未设置时为默认值）', {}, (_req, user) => getCadreSettings(ctx, user));
  r.put('/api/cadre-settings', { permission: 'cadre.manage', scope: 'bureau' }, '设置包保分配规则（version 0 表示首次设置）', { body: ZCadreSettings }, (req, user) => updateCadreSettings(ctx, user, req.body));

  r.post('/api/cadre-assignments/suggest', manage, '按规则为未覆盖或层级不符的主体生成分配建议（不写入）', { body: ZSuggestQuery }, (req, user) => suggestAssignments(ctx, user, req.body.unitCode));
  r.post('/api/cadre-assignments/confirm', manage, '确认分配建议（每个主体一次；已被他人分配的跳过）', { body: ZAssignmentConfirm }, (req, user) => confirmAssignments(ctx, user, req.body));
  r.post('/api/cadre-assignments', manage, '手工分配、调整或解除包保（cadreId 为 null 表示解除）', { body: ZAssignmentCreate }, (req, user) => setAssignment(ctx, user, req.body));
  r.get('/api/cadre-assignments/uncovered', manage, '未覆盖的在营主体', { querystring: ZAssignmentViewQuery }, (req, user) => listAdjustmentsDue(ctx, user, req.query, ['new']));
  r.get('/api/cadre-assignments/due', manage, '待调整的包保关系（新增、等级变化、停业注销、干部停用）及其工作日时限', { querystring: ZAssignmentViewQuery }, (req, user) => listAdjustmentsDue(ctx, user, req.query));
  r.get('/api/cadre-assignments/overloaded', manage, '包保主体超过上限的干部', { querystring: ZAssignmentViewQuery }, (req, user) => overloadedCadres(ctx, user, req.query));
  r.get('/api/cadre-assignments/history', manage, '包保历史：谁在何时至何时包保哪个主体', { querystring: ZAssignmentHistoryQuery }, (req, user) => assignmentHistory(ctx, user, req.query));

  r.get('/api/operators/:id/cadre', read, '主体的包保干部与应有层级', { params: ZIdParam }, (req, user) => operatorCadre(ctx, user, req.params.id));
  r.put('/api/operators/:id/cadre', manage, '为主体指定、更换或解除包保干部', { params: ZIdParam, body: ZAssignmentSet }, (req, user) => setAssignment(ctx, user, { ...req.body, operatorId: req.params.id }));
}
