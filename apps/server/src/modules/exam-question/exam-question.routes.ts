import { z } from 'zod';
import { ZExamQuestionDeactivate, ZExamQuestionInput, ZExamQuestionListQuery, ZExamQuestionUpdate } from '@shian/shared/exam-question';
import { ZIdParam } from '@shian/shared/http';
import type { TContext } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { XLSX_TYPE, xlsxStream } from '../../core/excel.ts';
import { contentDisposition } from '../../core/download.ts';
import type { TApp } from '../../core/http.ts';
import { routeTable } from '../../core/route-table.ts';
import { templateColumns, templateRows } from './exam-question-file.ts';
import { createQuestion, getQuestion, importQuestions, listQuestions, questionCategories, setQuestionActive, updateQuestion } from './exam-question.service.ts';

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const ZImportQuery = z.strictObject({ dryRun: z.enum(['true', 'false'], { message: 'type.unknown' }).default('true') });

export function registerExamQuestionRoutes(app: TApp, ctx: TContext): void {
  const db = ctx.db;
  const read = { permission: 'training.read', scope: 'bureau' } as const;
  const manage = { permission: 'training.manage', scope: 'bureau' } as const;
  const r = routeTable(app, ['exam-questions']);

  r.get('/api/exam-questions', read, '题库（按适用对象、分类、题型、关键词筛选；含答案与依据法条）', { querystring: ZExamQuestionListQuery }, (req, user) => listQuestions(db, user, req.query));
  r.get('/api/exam-questions/categories', read, '题库分类及题数（仅启用的题目）', {}, (_req, user) => questionCategories(db, user));
  r.get('/api/exam-questions/import-template', manage, '下载题库导入模板 .xlsx', {}, (_req, _user, reply) =>
    reply
      .header('Content-Type', XLSX_TYPE)
      .header('Content-Disposition', contentDisposition('题库导入模板.xlsx'))
      .send(xlsxStream('题库', templateColumns(), templateRows())),
  );
  r.post(
    '/api/exam-questions/import',
    manage,
    '导入题库 .xlsx（dryRun=true 只校验不写入；dryRun=false 全部无误时一次写入，有错误则一行不写）',
    { consumes: ['multipart/form-data'], querystring: ZImportQuery },
    async (req, user) => {
      const file = await req.file({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } });
      if (!file) throw new AppError('VALIDATION_FAILED', {}, (lang) => [{ path: 'file', message: lang === 'en' ? 'File: is required' : '文件：不能为空' }]);
      return importQuestions(db, user, file.filename, await file.toBuffer(), req.query.dryRun === 'true', req.lang);
    },
  );
  r.create('/api/exam-questions', manage, '新增题目', { body: ZExamQuestionInput }, (req, user) => createQuestion(db, user, req.body));
  r.get('/api/exam-questions/:id', read, '题目详情', { params: ZIdParam }, (req, user) => getQuestion(db, user, req.params.id));
  r.put('/api/exam-questions/:id', manage, '修改题目（带 version，过期返回 409）', { params: ZIdParam, body: ZExamQuestionUpdate }, (req, user) => updateQuestion(db, user, req.params.id, req.body));
  r.post('/api/exam-questions/:id/deactivate', manage, '停用题目（不再抽取；已组卷的考试保留）', { params: ZIdParam, body: ZExamQuestionDeactivate }, (req, user) =>
    setQuestionActive(db, user, req.params.id, req.body.version, false),
  );
  r.post('/api/exam-questions/:id/activate', manage, '重新启用题目', { params: ZIdParam, body: ZExamQuestionDeactivate }, (req, user) => setQuestionActive(db, user, req.params.id, req.body.version, true));
}
