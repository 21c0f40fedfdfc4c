import {
  ZCadreProblemClose,
  ZCadreProblemEscalate,
  ZCadreProblemListQuery,
  ZCadreVisitCreate,
  ZCadreVisitFileParams,
  ZCadreVisitListQuery,
  ZCadreVisitPhotoSizeQuery,
  ZCadreVisitRespond,
  ZCadreVisitSettings,
  ZVisitFlagListQuery,
  ZVisitFlagReview,
} from '@shian/shared/cadre-visit';
import { ZCoverageCadreQuery, ZCoverageQuery } from '@shian/shared/cadre-coverage';
import type { FastifyReply } from 'fastify';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { XLSX_TYPE } from '../../core/excel.ts';
import { contentDisposition } from '../../core/download.ts';
import { readImageUpload } from '../../core/files/image-upload.ts';
import { routeTable } from '../../core/route-table.ts';
import {
  createVisit,
  getVisit,
  getVisitSettings,
  listFlaggedVisits,
  listVisits,
  readVisitPhoto,
  respondToVisit,
  reviewVisitFlags,
  updateVisitSettings,
  uploadBusinessPhoto,
  uploadVisitPhoto,
} from './cadre-visit.service.ts';
import { closeProblem, escalateProblem, getProblem, listProblems, readProblemPhoto, uploadProblemEvidence } from './cadre-problem.service.ts';
import { coverage, coverageBulletin, coverageByCadre } from './cadre-coverage.service.ts';

export function registerCadreVisitRoutes(app: TApp, ctx: TContext): void {
  const read = { permission: 'cadre-visit.read', scope: 'data-scope' } as const;
  const record = { permission: 'cadre-visit.record', scope: 'data-scope' } as const;
  const respond = { permission: 'cadre-visit.respond', scope: 'data-scope' } as const;
  const handle = { permission: 'cadre-problem.handle', scope: 'data-scope' } as const;
  const review = { permission: 'cadre-visit.review', scope: 'data-scope' } as const;
  const configure = { permission: 'cadre-visit.review', scope: 'bureau' } as const;
  const upload = { consumes: ['multipart/form-data'], params: ZIdParam };
  const photo = { params: ZCadreVisitFileParams, querystring: ZCadreVisitPhotoSizeQuery };
  const r = routeTable(app, ['cadre-visits']);
  const jpeg = (bytes: Buffer, reply: FastifyReply) => reply.type('image/jpeg').header('Cache-Control', 'private, max-age=3600').send(bytes);

  r.get('/api/cadre-visits', read, '包保督导记录（按数据范围；可按干部、主体筛选）', { querystring: ZCadreVisitListQuery }, (req, user) => listVisits(ctx, user, req.query));
  r.create('/api/cadre-visits', record, '记录一次督导（仅该主体的包保干部；发现的问题交办属地所）', { body: ZCadreVisitCreate }, (req, user) => createVisit(ctx, user, req.body));
  r.create('/api/cadre-visit-photos', record, '上传督导照片（先上传，记录督导时引用；JPEG/PNG/WebP，≤10 MB）', { consumes: ['multipart/form-data'] }, async (req, user) =>
    uploadVisitPhoto(ctx, user, await readImageUpload(req)),
  );
  r.get('/api/cadre-visits/:id', read, '督导记录（督查要点、照片、问题及处理结果、审核提示）', { params: ZIdParam }, (req, user) => getVisit(ctx, user, req.params.id));
  r.get('/api/cadre-visits/:id/photos/:fileId', read, '督导照片或企业提交的照片（size=thumb 为缩略图）', photo, async (req, user, reply) =>
    jpeg(await readVisitPhoto(ctx, user, req.params.id, req.params.fileId, req.query.size === 'thumb'), reply),
  );
  r.create('/api/cadre-visits/:id/business-photos', respond, '企业为远程督导上传照片', upload, async (req, user) => uploadBusinessPhoto(ctx, user, req.params.id, await readImageUpload(req)));
  r.post('/api/cadre-visits/:id/respond', respond, '企业提交远程督导所需材料（完成督导；带 version）', { params: ZIdParam, body: ZCadreVisitRespond }, (req, user) => respondToVisit(ctx, user, req.params.id, req.body));
  r.post('/api/cadre-visits/:id/review', review, '食安办复核有审核提示的督导（带 version）', { params: ZIdParam, body: ZVisitFlagReview }, (req, user) => reviewVisitFlags(ctx, user, req.params.id, req.body));
  r.get('/api/cadre-visit-flags', review, '有审核提示的督导（疑似走过场），未复核的在前', { querystring: ZVisitFlagListQuery }, (req, user) => listFlaggedVisits(ctx, user, req.query));
  r.get('/api/cadre-visit-settings', configure, '督导审核提示阈值（未设置时为默认值）', {}, (_req, user) => getVisitSettings(ctx, user));
  r.put('/api/cadre-visit-settings', configure, '设置督导审核提示阈值（只影响此后记录的督导；version 0 表示首次设置）', { body: ZCadreVisitSettings }, (req, user) => updateVisitSettings(ctx, user, req.body));

  r.get('/api/cadre-problems', read, '交办问题（属地所只见交办本所的；可按状态、所、逾期筛选）', { querystring: ZCadreProblemListQuery }, (req, user) => listProblems(ctx, user, req.query));
  r.get('/api/cadre-problems/:id', read, '交办问题', { params: ZIdParam }, (req, user) => getProblem(ctx, user, req.params.id));
  r.create('/api/cadre-problems/:id/evidence', handle, '上传销号佐证照片', upload, async (req, user) => uploadProblemEvidence(ctx, user, req.params.id, await readImageUpload(req)));
  r.get('/api/cadre-problems/:id/photos/:fileId', read, '销号佐证照片（size=thumb 为缩略图）', photo, async (req, user, reply) =>
    jpeg(await readProblemPhoto(ctx, user, req.params.id, req.params.fileId, req.query.size === 'thumb'), reply),
  );
  r.post('/api/cadre-problems/:id/close', handle, '销号：写明整改情况并附照片（带 version）', { params: ZIdParam, body: ZCadreProblemClose }, (req, user) => closeProblem(ctx, user, req.params.id, req.body));
  r.post('/api/cadre-problems/:id/escalate', handle, '上报区局食安办（带 version）', { params: ZIdParam, body: ZCadreProblemEscalate }, (req, user) => escalateProblem(ctx, user, req.params.id, req.body));

  r.get('/api/cadre-coverage', read, '督导覆盖率（按季度；按层级、街道排名；问题发现、销号、逾期）', { querystring: ZCoverageQuery }, (req, user) => coverage(ctx, user, req.query));
  r.get('/api/cadre-coverage/cadres', read, '督导覆盖率按干部（及其主体所在街道），覆盖率低的在前；可按街道、层级筛选', { querystring: ZCoverageCadreQuery }, (req, user) => coverageByCadre(ctx, user, req.query));
  r.get('/api/cadre-coverage/bulletin.xlsx', read, '督导进度日报 .xlsx（各街道排名）', { querystring: ZCoverageQuery }, async (req, user, reply) => {
    const bulletin = await coverageBulletin(ctx, user, req.query);
    return reply.header('Content-Type', XLSX_TYPE).header('Content-Disposition', contentDisposition(bulletin.fileName)).send(bulletin.stream);
  });
}
