import { ZPhotoSizeQuery } from '@shian/shared/inspection';
import { ZIdParam } from '@shian/shared/http';
import {
  ZLabCommit,
  ZLabDryRun,
  ZPublicSamplingQuery,
  ZSampleCreate,
  ZSampleListQuery,
  ZSamplePhotoParams,
  ZSamplingPlanCreate,
  ZSamplingPlanListQuery,
  ZSamplingPlanPatch,
  ZSamplingTaskCreate,
  ZSamplingTaskParams,
  ZSamplingTaskPatch,
  ZTestingInstitutionCreate,
  ZSampleReportPut,
} from '@shian/shared/sampling';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { invalidField } from '../../core/field-error.ts';
import { readImageUpload } from '../../core/files/image-upload.ts';
import { routeTable } from '../../core/route-table.ts';
import {
  addSamplePhoto,
  createInstitution,
  createPlan,
  createSample,
  createTask,
  updateTask,
  getPlan,
  getSample,
  listInstitutions,
  listPlans,
  listSamples,
  planProgress,
  readSamplePhoto,
  sampleForLabel,
  saveReport,
  updatePlan,
} from './sampling.service.ts';
import { commitLabImport, dryRunLabImport, uploadLabFile } from './sampling-import.service.ts';
import { sampleLabelSvg } from './sampling-label.ts';
import { publicResults } from './sampling-publication.service.ts';

const MAX_LAB_FILE_BYTES = 5 * 1024 * 1024;

export function registerSamplingRoutes(app: TApp, ctx: TContext): void {
  const readBureau = { permission: 'sampling.read', scope: 'bureau' } as const;
  const manageBureau = { permission: 'sampling.manage', scope: 'bureau' } as const;
  const read = { permission: 'sampling.read', scope: 'data-scope' } as const;
  const manage = { permission: 'sampling.manage', scope: 'data-scope' } as const;
  const open = { public: true } as const;
  const r = routeTable(app, ['sampling']);

  r.get('/api/sampling-plans', readBureau, '抽检计划列表', { querystring: ZSamplingPlanListQuery }, (req, user) => listPlans(ctx, user, req.query));
  r.create('/api/sampling-plans', manageBureau, '新建抽检计划（区局）', { body: ZSamplingPlanCreate }, (req, user) => createPlan(ctx, user, req.body));
  r.get('/api/sampling-plans/:id', readBureau, '抽检计划与任务（监管所只见本所任务）', { params: ZIdParam }, (req, user) => getPlan(ctx, user, req.params.id));
  r.patch('/api/sampling-plans/:id', manageBureau, '修改计划：名称、公开方式、状态（草稿→执行中→已结束）', { params: ZIdParam, body: ZSamplingPlanPatch }, (req, user) => updatePlan(ctx, user, req.params.id, req.body));
  r.create('/api/sampling-plans/:id/tasks', manageBureau, '下达抽检任务（所、食品类别、月份、数量）', { params: ZIdParam, body: ZSamplingTaskCreate }, (req, user) => createTask(ctx, user, req.params.id, req.body));
  r.patch('/api/sampling-plans/:id/tasks/:taskId', manageBureau, '调整已下达的任务：月份、数量（不少于已抽样数）', { params: ZSamplingTaskParams, body: ZSamplingTaskPatch }, (req, user) =>
    updateTask(ctx, user, req.params.id, req.params.taskId, req.body),
  );
  r.get('/api/sampling-plans/:id/progress', readBureau, '计划完成进度：各任务已抽样数/任务数', { params: ZIdParam }, (req, user) => planProgress(ctx, user, req.params.id));

  r.get('/api/testing-institutions', readBureau, '检验机构列表', {}, (_req, user) => listInstitutions(ctx, user));
  r.create('/api/testing-institutions', manageBureau, '新增检验机构（资质证书编号必填）', { body: ZTestingInstitutionCreate }, (req, user) => createInstitution(ctx, user, req.body));

  r.get('/api/samples', read, '抽样单列表（按数据范围；企业只见本单位已出报告的）', { querystring: ZSampleListQuery }, (req, user) => listSamples(ctx, user, req.query));
  r.create('/api/samples', manage, '填写抽样单（样品编号自动生成）', { body: ZSampleCreate }, (req, user) => createSample(ctx, user, req.body));
  r.get('/api/samples/:id', read, '抽样单与检验报告', { params: ZIdParam }, (req, user) => getSample(ctx, user, req.params.id));
  r.get('/api/samples/:id/label.svg', read, '样品标签（SVG，含样品编号二维码）', { params: ZIdParam }, async (req, user, reply) => {
    const svg = await sampleLabelSvg(await sampleForLabel(ctx, user, req.params.id));
    return reply.type('image/svg+xml').header('Cache-Control', 'private, no-cache').send(svg);
  });
  r.create('/api/samples/:id/photos', manage, '上传抽样照片（file；JPEG/PNG/WebP，≤10 MB）', { consumes: ['multipart/form-data'], params: ZIdParam }, async (req, user) =>
    addSamplePhoto(ctx, user, req.params.id, await readImageUpload(req)),
  );
  r.get('/api/samples/:id/photos/:fileId', read, '抽样照片（size=thumb 为缩略图）', { params: ZSamplePhotoParams, querystring: ZPhotoSizeQuery }, async (req, user, reply) => {
    const bytes = await readSamplePhoto(ctx, user, req.params.id, req.params.fileId, req.query.size === 'thumb');
    return reply.type('image/jpeg').header('Cache-Control', 'private, max-age=3600').send(bytes);
  });
  r.put('/api/samples/:id/report', manage, '录入或替换检验报告（已进入核查处置后不可替换）', { params: ZIdParam, body: ZSampleReportPut }, (req, user) => saveReport(ctx, user, req.params.id, req.body));

  r.create('/api/sample-reports/imports', manage, '上传检验机构结果文件（.xlsx/.csv），返回表头与建议的列对应', { consumes: ['multipart/form-data'] }, async (req, user) => {
    const file = await req.file({ limits: { fileSize: MAX_LAB_FILE_BYTES, files: 1 } });
    if (!file) throw invalidField('file', { zh: '不能为空', en: 'is required' });
    return uploadLabFile(user, file.filename, await file.toBuffer());
  });
  r.post('/api/sample-reports/imports/:id/dry-run', manage, '按列对应试导入：列出每个错误行，不写入', { params: ZIdParam, body: ZLabDryRun }, (req, user) =>
    dryRunLabImport(ctx, user, req.params.id, req.body.mapping, req.lang),
  );
  r.post('/api/sample-reports/imports/:id/commit', manage, '确认导入：all 全部（有错误时拒绝）或 valid 仅无误的样品', { params: ZIdParam, body: ZLabCommit }, (req, user) =>
    commitLabImport(ctx, user, req.params.id, req.body),
  );

  r.get('/api/public/sampling-results', open, '公开的抽检结果（按计划的公开方式）：按产品、品牌或经营者名称、判定、抽样日期查询', { querystring: ZPublicSamplingQuery }, (req) => publicResults(ctx, req.query));
}
