import { ZCalendarDayInput, ZCalendarDayParam, ZCalendarYearQuery } from '@shian/shared/calendar';
import type { TApp } from '../../core/http.ts';
import type { TDb } from '../../core/db/database.ts';
import { userOf } from '../../core/access.ts';
import { clearCalendarDay, getCalendarYear, setCalendarDay } from './calendar.service.ts';

export function registerCalendarRoutes(app: TApp, db: TDb): void {
  const manage = { access: { permission: 'calendar.manage', scope: 'bureau' } } as const;
  app.get(
    '/api/calendar',
    {
      config: { access: { permission: 'signed-in', scope: 'bureau' } },
      schema: { tags: ['calendar'], summary: '工作日历：某年的节假日与调休上班日', querystring: ZCalendarYearQuery },
    },
    async (request) => getCalendarYear(db, request.query.year),
  );
  app.put(
    '/api/calendar/days/:date',
    { config: manage, schema: { tags: ['calendar'], summary: '设置某日为节假日或调休上班日', params: ZCalendarDayParam, body: ZCalendarDayInput } },
    async (request) => setCalendarDay(db, userOf(request), request.params.date, request.body),
  );
  app.delete(
    '/api/calendar/days/:date',
    { config: manage, schema: { tags: ['calendar'], summary: '删除某日的设置（恢复按星期计算）', params: ZCalendarDayParam } },
    async (request, reply) => {
      await clearCalendarDay(db, userOf(request), request.params.date);
      return reply.status(204).send();
    },
  );
}
