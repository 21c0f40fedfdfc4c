import { ZExamAnswers, ZExamMineQuery, ZExamPassRatesQuery, ZExamResultsQuery, ZExamSettings, ZExamStart, ZSpotExamStart } from '@shian/shared/exam';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { routeTable } from '../../core/route-table.ts';
import { getExam, getSettings, listMine, listResults, passRates, saveAnswers, spotExamsOf, startOnline, startSpot, submitExam, updateSettings } from './exam.service.ts';

export function registerExamRoutes(app: TApp, ctx: TContext): void {
  const take = { permission: 'exam.take', scope: 'data-scope' } as const;
  const read = { permission: 'exam.read', scope: 'data-scope' } as const;
  const spot = { permission: 'exam.spot', scope: 'data-scope' } as const;
  const r = routeTable(app, ['exams']);

  r.get('/api/exam-settings', { permission: 'signed-in', scope: 'bureau' }, '考试规则：题量、合格线、时限、现场考核题量与时限、补考期限（未设置时为默认值）', {}, (_req, user) => getSettings(ctx, user));
  r.put('/api/exam-settings', { permission: 'exam.manage', scope: 'bureau' }, '设置考试规则（version 0 表示首次设置；只影响此后开始的考试）', { body: ZExamSettings }, (req, user) => updateSettings(ctx, user, req.body));

  r.create('/api/exams', take, '开始在线考试（企业须指明应考的管理人员 personnelId；已有未交卷的考试时返回该场）', { body: ZExamStart }, (req, user) => startOnline(ctx, user, req.body));
  r.get('/api/exams', { permission: 'exam.take', scope: 'self' }, '我的考试成绩（企业为本单位各管理人员的考试与现场考核）', { querystring: ZExamMineQuery }, (req, user) => listMine(ctx, user, req.query));
  r.get('/api/exams/results', read, '考试结果（辖区内已交卷的考试；可按对象、街道、考试类型、是否合格筛选）', { querystring: ZExamResultsQuery }, (req, user) => listResults(ctx, user, req.query));
  r.get('/api/exams/pass-rates', read, '考试合格率（按对象、街道或考试类型分组）', { querystring: ZExamPassRatesQuery }, (req, user) => passRates(ctx, user, req.query.groupBy));
  r.get('/api/exams/:id', take, '一场考试：未交卷时只有题目不含答案，交卷后含成绩、错题、正确答案与依据条款', { params: ZIdParam }, (req, user) => getExam(ctx, user, req.params.id));
  r.put('/api/exams/:id/answers', take, '保存作答进度（带 version；超过时限后不再接受）', { params: ZIdParam, body: ZExamAnswers }, (req, user) => saveAnswers(ctx, user, req.params.id, req.body));
  r.post('/api/exams/:id/submit', take, '交卷评分（超时交卷按时限届满时已保存的作答评分，交卷时间记为时限届满时）', { params: ZIdParam, body: ZExamAnswers }, (req, user) =>
    submitExam(ctx, user, req.params.id, req.body),
  );

  r.create('/api/inspections/:id/spot-exams', spot, '检查中对被检查单位的管理人员开展现场抽查考核（检查须进行中）', { params: ZIdParam, body: ZSpotExamStart }, (req, user) =>
    startSpot(ctx, user, req.params.id, req.body),
  );
  r.get('/api/inspections/:id/spot-exams', read, '本次检查的现场抽查考核及结果', { params: ZIdParam }, (req, user) => spotExamsOf(ctx, user, req.params.id));
}
