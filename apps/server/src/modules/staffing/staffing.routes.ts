import { ZIdParam, ZNoBody } from '@shian/shared/http';
import { ZStaffingGapQuery, ZStaffingRulesUpdate } from '@shian/shared/staffing';
import type { TContext } from '../../core/context.ts';
import type { TApp } from '../../core/http.ts';
import { routeTable } from '../../core/route-table.ts';
import { checkOperator, getRules, listGaps, remind, updateRules } from './staffing.service.ts';

export function registerStaffingRoutes(app: TApp, ctx: TContext): void {
  const read = { permission: 'staffing.read', scope: 'data-scope' } as const;
  const r = routeTable(app, ['staffing']);

  r.get('/api/staffing-rules', { permission: 'staffing.read', scope: 'bureau' }, '食品安全总监、食品安全员配备规则（首次读取时写入国家规定的默认规则）', {}, (_req, user) => getRules(ctx, user));
  r.put('/api/staffing-rules', { permission: 'staffing.manage', scope: 'bureau' }, '整体替换配备规则（带规则集的 version，过期返回 409）', { body: ZStaffingRulesUpdate }, (req, user) => updateRules(ctx, user, req.body));
  r.get('/api/staffing/operators/:id', read, '一个经营主体的配备检查：须配备的岗位、依据、在岗人员和缺少的岗位', { params: ZIdParam }, (req, user) => checkOperator(ctx, user, req.params.id));
  r.get('/api/staffing/gaps', read, '缺少须配备岗位的经营主体（可按街道、缺少的岗位筛选）', { querystring: ZStaffingGapQuery }, (req, user) => listGaps(ctx, user, req.query));
  r.post('/api/staffing/gaps/:id/remind', read, '提醒企业配备缺少的岗位（:id 为经营主体；每个主体每天一次；站内通知并记入待办）', { params: ZIdParam, body: ZNoBody }, (req, user) => remind(ctx, user, req.params.id));
}
