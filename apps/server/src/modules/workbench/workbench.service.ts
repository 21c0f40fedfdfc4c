// The workbench (工作台): asks every module's provider (ctx.workItems, core/work-items.ts) for the user's
// open steps, dates them against the working-day calendar, and answers one list sorted by due date.
import type { TWorkbench, TWorkbenchDue, TWorkbenchQuery, TWorkItem } from '@shian/shared/workbench';
import { weekEndOf } from '@shian/shared/workbench';
import { chinaToday, workingDaysBetween } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import type { TContext } from '../../core/context.ts';
import { pageWindow } from '../../core/db/paged.ts';

const byDue = (a: TWorkItem, b: TWorkItem) =>
  a.dueOn.localeCompare(b.dueOn) || a.module.localeCompare(b.module) || a.title.zh.localeCompare(b.title.zh) || a.link.localeCompare(b.link);

/** The user's open steps from every provider, dated against the calendar and sorted by due date. */
export async function openWorkOf(ctx: TContext, user: TSessionUser, today: string): Promise<TWorkItem[]> {
  const [calendar, ...lists] = await Promise.all([loadCalendar(ctx.db), ...ctx.workItems.map((provider) => provider.collect(ctx.db, user, today))]);
  return lists
    .flat()
    .map((w): TWorkItem => ({ ...w, overdue: w.dueOn < today, workingDaysLeft: workingDaysBetween(calendar, today, w.dueOn) }))
    .sort(byDue);
}

export async function getWorkbench(ctx: TContext, user: TSessionUser, query: TWorkbenchQuery, today = chinaToday()): Promise<TWorkbench> {
  const all = await openWorkOf(ctx, user, today);
  const weekEnd = weekEndOf(today);
  const due: Record<TWorkbenchDue, (w: TWorkItem) => boolean> = {
    today: (w) => w.dueOn === today,
    week: (w) => w.dueOn >= today && w.dueOn <= weekEnd,
    overdue: (w) => w.overdue,
  };
  // The cards count every module, so that a filter does not hide what else is due.
  const summary = { dueToday: all.filter(due.today).length, dueThisWeek: all.filter(due.week).length, overdue: all.filter(due.overdue).length };
  const items = all.filter((w) => (!query.module || w.module === query.module) && (!query.due || due[query.due](w)));
  const { offset, limit } = pageWindow(query);
  return { summary, items: items.slice(offset, offset + limit), total: items.length, page: query.page, pageSize: query.pageSize };
}
