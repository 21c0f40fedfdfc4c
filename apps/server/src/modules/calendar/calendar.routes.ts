import { ZCalendarDayInput, ZCalendarDayParam, ZCalendarYearQuery } from '@shian/shared/calendar';
import type { TApp } from '../../core/http.ts';
import type { TDb } from '../../core/db/database.ts';
import { routeTable } from '../../core/route-table.ts';
import { clearCalendarDay, getCalendarYear, setCalendarDay } from './calendar.service.ts';

export function registerCalendarRoutes(app: TApp, db: TDb): void {
  const read = { permission: 'signed-in', scope: 'bureau' } as const;
  const manage = { permission: 'calendar.manage', scope: 'bureau' } as const;
  const r = routeTable(app, ['calendar']);

  r.get('/api/calendar', read, '工作日历：某年的节假日与调休上班日', { querystring: ZCalendarYearQuery }, (req) => getCalendarYear(db, req.query.year));
  r.put('/api/calendar/days/:date', manage, '设置某日为节假日或调休上班日', { params: ZCalendarDayParam, body: ZCalendarDayInput }, (req, user) => setCalendarDay(db, user, req.params.date, req.body));
  r.delete('/api/calendar/days/:date', manage, '删除某日的设置（恢复按星期计算）', { params: ZCalendarDayParam }, async (req, user, reply) => {
    await clearCalendarDay(db, user, req.params.date);
    return reply.status(204).send();
  });
}
