import { ZOdrConsent, ZOdrEnrolmentCreate, ZOdrEnrolmentListQuery, ZOdrNegotiationClose, ZOdrNegotiationCreate, ZOdrSuggestionQuery, ZOdrWithdraw } from '@shian/shared/odr';
import { ZIdParam } from '@shian/shared/http';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { routeTable } from '../../core/route-table.ts';
import { closeNegotiation, enrol, getEnrolment, listEnrolments, odrSuggestions, recordConsent, startNegotiation, withdrawEnrolment } from './odr.service.ts';

export function registerOdrRoutes(app: TApp, ctx: TContext): void {
  const read = { permission: 'complaint.read', scope: 'data-scope' } as const;
  const manage = { permission: 'complaint.manage', scope: 'data-scope' } as const;
  const r = routeTable(app, ['odr']);

  r.get('/api/odr/suggestions', read, '建议纳入在线纠纷和解的高投诉经营主体（默认 90 天内 5 件以上）', { querystring: ZOdrSuggestionQuery }, (req, user) => odrSuggestions(ctx, user, req.query));
  r.get('/api/odr/enrolments', read, '在线纠纷和解企业及和解率', { querystring: ZOdrEnrolmentListQuery }, (req, user) => listEnrolments(ctx, user, req.query));
  r.create('/api/odr/enrolments', manage, '邀请经营主体加入在线纠纷和解', { body: ZOdrEnrolmentCreate }, (req, user) => enrol(ctx, user, req.body));
  r.get('/api/odr/enrolments/:id', read, '在线纠纷和解详情：协商记录、10 个工作日时限、可转入协商的投诉', { params: ZIdParam }, (req, user) => getEnrolment(ctx, user, req.params.id));
  r.post('/api/odr/enrolments/:id/consent', manage, '登记企业同意加入（签署人、日期）', { params: ZIdParam, body: ZOdrConsent }, (req, user) => recordConsent(ctx, user, req.params.id, req.body));
  r.post('/api/odr/enrolments/:id/withdraw', manage, '退出在线纠纷和解', { params: ZIdParam, body: ZOdrWithdraw }, (req, user) => withdrawEnrolment(ctx, user, req.params.id, req.body));
  r.create('/api/odr/enrolments/:id/negotiations', manage, '将投诉转企业协商和解（10 个工作日时限）', { params: ZIdParam, body: ZOdrNegotiationCreate }, (req, user) =>
    startNegotiation(ctx, user, req.params.id, req.body),
  );
  r.patch('/api/odr/negotiations/:id', manage, '登记协商结果：和解成功，或失败转回常规处理', { params: ZIdParam, body: ZOdrNegotiationClose }, (req, user) => closeNegotiation(ctx, user, req.params.id, req.body));
}
