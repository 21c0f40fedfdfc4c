import { z } from 'zod';
import { ZPhotoSizeQuery } from '@shian/shared/inspection';
import { ZIdParam } from '@shian/shared/http';
import {
  ZLabCommit,
  ZLabDryRun,
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
import { userOf } from '../../core/access.ts';
import { invalidField } from '../../core/field-error.ts';
import { readImageUpload } from '../../core/files/image-upload.ts';
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
  publicResults,
  readSamplePhoto,
  sampleForLabel,
  saveReport,
  updatePlan,
} from './sampling.service.ts';
import { commitLabImport, dryRunLabImport, uploadLabFile } from './sampling-import.service.ts';
import { sampleLabelSvg } from './sampling-label.ts';

const MAX_LAB_FILE_BYTES = 5 * 1024 * 1024;
const ZPublicQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export function registerSamplingRoutes(app: TApp, ctx: TContext): void {
  const readBureau = { access: { permission: 'sampling.read', scope: 'bureau' } } as const;
  const manageBureau = { access: { permission: 'sampling.manage', scope: 'bureau' } } as const;
  const read = { access: { permission: 'sampling.read', scope: 'data-scope' } } as const;
  const manage = { access: { permission: 'sampling.manage', scope: 'data-scope' } } as const;
  const tags = ['sampling'];

  app.get('/api/sampling-plans', { config: readBureau, schema: { tags, summary: '抽检计划列表', querystring: ZSamplingPlanListQuery } }, async (request) =>
    listPlans(ctx, userOf(request), request.query),
  );
  app.post('/api/sampling-plans', { config: manageBureau, schema: { tags, summary: '新建抽检计划（区局）', body: ZSamplingPlanCreate } }, async (request, reply) =>
    reply.status(201).send(await createPlan(ctx, userOf(request), request.body)),
  );
  app.get('/api/sampling-plans/:id', { config: readBureau, schema: { tags, summary: '抽检计划与任务（监管所只见本所任务）', params: ZIdParam } }, async (request) =>
    getPlan(ctx, userOf(request), request.params.id),
  );
  app.patch(
    '/api/sampling-plans/:id',
    { config: manageBureau, schema: { tags, summary: '修改计划：名称、公开方式、状态（草稿→执行中→已结束）', params: ZIdParam, body: ZSamplingPlanPatch } },
    async (request) => updatePlan(ctx, userOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/sampling-plans/:id/tasks',
    { config: manageBureau, schema: { tags, summary: '下达抽检任务（所、食品类别、月份、数量）', params: ZIdParam, body: ZSamplingTaskCreate } },
    async (request, reply) => reply.status(201).send(await createTask(ctx, userOf(request), request.params.id, request.body)),
  );
  app.patch(
    '/api/sampling-plans/:id/tasks/:taskId',
    { config: manageBureau, schema: { tags, summary: '调整已下达的任务：月份、数量（不少于已抽样数）', params: ZSamplingTaskParams, body: ZSamplingTaskPatch } },
    async (request) => updateTask(ctx, userOf(request), request.params.id, request.params.taskId, request.body),
  );
  app.get('/api/sampling-plans/:id/progress', { config: readBureau, schema: { tags, summary: '计划完成进度：各任务已抽样数/任务数', params: ZIdParam } }, async (request) =>
    planProgress(ctx, userOf(request), request.params.id),
  );

  app.get('/api/testing-institutions', { config: readBureau, schema: { tags, summary: '检验机构列表' } }, async (request) => listInstitutions(ctx, userOf(request)));
  app.post('/api/testing-institutions', { config: manageBureau, schema: { tags, summary: '新增检验机构（资质证书编号必填）', body: ZTestingInstitutionCreate } }, async (request, reply) =>
    reply.status(201).send(await createInstitution(ctx, userOf(request), request.body)),
  );

  app.get('/api/samples', { config: read, schema: { tags, summary: '抽样单列表（按数据范围；企业只见本单位已出报告的）', querystring: ZSampleListQuery } }, async (request) =>
    listSamples(ctx, userOf(request), request.query),
  );
  app.post('/api/samples', { config: manage, schema: { tags, summary: '填写抽样单（样品编号自动生成）', body: ZSampleCreate } }, async (request, reply) =>
    reply.status(201).send(await createSample(ctx, userOf(request), request.body)),
  );
  app.get('/api/samples/:id', { config: read, schema: { tags, summary: '抽样单与检验报告', params: ZIdParam } }, async (request) => getSample(ctx, userOf(request), request.params.id));
  app.get('/api/samples/:id/label.svg', { config: read, schema: { tags, summary: '样品标签（SVG，含样品编号二维码）', params: ZIdParam } }, async (request, reply) => {
    const row = await sampleForLabel(ctx, userOf(request), request.params.id);
    const svg = await sampleLabelSvg(row);
    return reply.type('image/svg+xml').header('Cache-Control', 'private, no-cache').send(svg);
  });
  app.post(
    '/api/samples/:id/photos',
    { config: manage, schema: { tags, summary: '上传抽样照片（file；JPEG/PNG/WebP，≤10 MB）', consumes: ['multipart/form-data'], params: ZIdParam } },
    async (request, reply) => reply.status(201).send(await addSamplePhoto(ctx, userOf(request), request.params.id, await readImageUpload(request))),
  );
  app.get(
    '/api/samples/:id/photos/:fileId',
    { config: read, schema: { tags, summary: '抽样照片（size=thumb 为缩略图）', params: ZSamplePhotoParams, querystring: ZPhotoSizeQuery } },
    async (request, reply) => {
      const bytes = await readSamplePhoto(ctx, userOf(request), request.params.id, request.params.fileId, request.query.size === 'thumb');
      return reply.type('image/jpeg').header('Cache-Control', 'private, max-age=3600').send(bytes);
    },
  );
  app.put(
    '/api/samples/:id/report',
    { config: manage, schema: { tags, summary: '录入或替换检验报告（已进入核查处置后不可替换）', params: ZIdParam, body: ZSampleReportPut } },
    async (request) => saveReport(ctx, userOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/sample-reports/imports',
    { config: manage, schema: { tags, summary: '上传检验机构结果文件（.xlsx/.csv），返回表头与建议的列对应', consumes: ['multipart/form-data'] } },
    async (request, reply) => {
      const file = await request.file({ limits: { fileSize: MAX_LAB_FILE_BYTES, files: 1 } });
      if (!file) throw invalidField('file', { zh: '不能为空', en: 'is required' });
      return reply.status(201).send(await uploadLabFile(userOf(request), file.filename, await file.toBuffer()));
    },
  );
  app.post(
    '/api/sample-reports/imports/:id/dry-run',
    { config: manage, schema: { tags, summary: '按列对应试导入：列出每个错误行，不写入', params: ZIdParam, body: ZLabDryRun } },
    async (request) => dryRunLabImport(ctx, userOf(request), request.params.id, request.body.mapping, request.lang),
  );
  app.post(
    '/api/sample-reports/imports/:id/commit',
    { config: manage, schema: { tags, summary: '确认导入：all 全部（有错误时拒绝）或 valid 仅无误的样品', params: ZIdParam, body: ZLabCommit } },
    async (request) => commitLabImport(ctx, userOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/public/sampling-results',
    { config: { access: { public: true } }, schema: { tags, summary: '公开的抽检结果（按计划的公开方式）', querystring: ZPublicQuery } },
    async (request) => publicResults(ctx, request.query.page, request.query.pageSize),
  );
}
