import { ZWorkbenchQuery } from '@shian/shared/workbench';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { routeTable } from '../../core/route-table.ts';
import { getWorkbench } from './workbench.service.ts';

export function registerWorkbenchRoutes(app: TApp, ctx: TContext): void {
  const mine = { permission: 'signed-in', scope: 'data-scope' } as const;
  const r = routeTable(app, ['workbench']);

  r.get(
    '/api/workbench',
    mine,
    '工作台：本人数据范围内各模块待办事项（按到期日排序；今日到期、本周到期、已逾期计数；module 筛选模块，due 按今日到期 today、本周到期 week、已逾期 overdue 筛选）',
    { querystring: ZWorkbenchQuery },
    (req, user) => getWorkbench(ctx, user, req.query),
  );
}
