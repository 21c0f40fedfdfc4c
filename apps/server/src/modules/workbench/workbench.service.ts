// The workbench (工作台): asks every module's provider (ctx.workItems, core/work-items.ts) for the user's
// open steps, dates them against the working-day calendar, and answers one list sorted by due date.
import type { TWorkbench, TWorkbenchQuery, TWorkItem } from '@shian/shared/workbench';
import { weekEndOf } from '@shian/shared/workbench';
import { chinaToday, workingDaysBetween } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import type { TContext } from '../../core/context.ts';
import { pageWindow } from '../../core/db/paged.ts';

const byDue = (a: TWorkItem, b: TWorkItem) =>
  a.dueOn.localeCompare(b.dueOn) || a.module.localeCompare(b.module) || a.title.zh.localeCompare(b.title.zh) || a.link.localeCompare(b.link);

export async function getWorkbench(ctx: TContext, user: TSessionUser, query: TWorkbenchQuery, today = chinaToday()): Promise<TWorkbench> {
  const [calendar, ...lists] = await Promise.all([loadCalendar(ctx.db), ...ctx.workItems.map((provider) => provider.collect(ctx.db, user, today))]);
  const all = lists
    .flat()
    .map((w): TWorkItem => ({ ...w, overdue: w.dueOn < today, workingDaysLeft: workingDaysBetween(calendar, today, w.dueOn) }))
    .sort(byDue);
  const weekEnd = weekEndOf(today);
  // The cards count every module, so that a module filter does not hide what else is due.
  const summary = {
    dueToday: all.filter((w) => w.dueOn === today).length,
    dueThisWeek: all.filter((w) => w.dueOn >= today && w.dueOn <= weekEnd).length,
    overdue: all.filter((w) => w.overdue).length,
  };
  const items = query.module ? all.filter((w) => w.module === query.module) : all;
  const { offset, limit } = pageWindow(query);
  return { summary, items: items.slice(offset, offset + limit), total: items.length, page: query.page, pageSize: query.pageSize };
}
