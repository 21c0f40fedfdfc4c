// The scheduled sweep (hourly, from main.ts; tests call it directly): for every active account, its open work as
// the workbench computes it (ctx.workItems); a step one working day from due is told once ("due tomorrow"), an
// overdue step once, and from 07:00 China time each day one digest of what is open (due today, overdue). The
// dedupe keys make a second sweep create nothing new.
import { createHash } from 'node:crypto';
import type { TWorkItem } from '@shian/shared/workbench';
import { chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TNotificationDraft } from '../../core/notify.ts';
import { toSessionUser } from '../user/user.public.ts';
import { openWorkOf } from '../workbench/workbench.public.ts';
import { activeUsersAfter } from './notification.repository.ts';
import { notify } from './notification.service.ts';

/** The digest goes out with the first sweep from this China hour on (not at midnight). */
export const DIGEST_HOUR = 7;
const BATCH = 200;

/** A work item has no id of its own: its module, step, link, operator and title name it. */
const itemKey = (w: TWorkItem) =>
  createHash('sha256')
    .update([w.module, w.kind, w.link, w.operatorId ?? '', w.title.zh].join('\n'))
    .digest('hex')
    .slice(0, 32);

function draftsFor(user: TSessionUser, items: TWorkItem[], today: string, digest: boolean): TNotificationDraft[] {
  const base = { bureauId: user.bureauId, recipientId: user.id };
  const drafts: TNotificationDraft[] = [];
  for (const w of items) {
    if (w.workingDaysLeft === 1 && !w.overdue) {
      drafts.push({
        ...base,
        kind: 'due-soon',
        title: { zh: `明日到期：${w.title.zh}`, en: `Due tomorrow: ${w.title.en}` },
        body: { zh: `期限 ${w.dueOn}，还剩 1 个工作日。`, en: `Due on ${w.dueOn}, 1 working day left.` },
        link: w.link,
        module: w.module,
        dedupeKey: `due-soon:${itemKey(w)}:${w.dueOn}`,
      });
    }
    if (w.overdue) {
      drafts.push({
        ...base,
        kind: 'overdue',
        title: { zh: `已逾期：${w.title.zh}`, en: `Overdue: ${w.title.en}` },
        body: { zh: `期限 ${w.dueOn}，已逾期 ${-w.workingDaysLeft} 个工作日。`, en: `Was due on ${w.dueOn}, ${-w.workingDaysLeft} working day(s) overdue.` },
        link: w.link,
        module: w.module,
        dedupeKey: `overdue:${itemKey(w)}:${w.dueOn}`,
      });
    }
  }
  if (digest && items.length > 0) {
    const dueToday = items.filter((w) => w.dueOn === today).length;
    const overdue = items.filter((w) => w.overdue).length;
    drafts.push({
      ...base,
      kind: 'digest',
      title: { zh: `每日摘要（${today}）：待办 ${items.length} 项`, en: `Daily digest (${today}): ${items.length} open` },
      body: {
        zh: `今日到期 ${dueToday} 项，已逾期 ${overdue} 项，共 ${items.length} 项待办。`,
        en: `${dueToday} due today, ${overdue} overdue, ${items.length} open in all.`,
      },
      link: '/workbench',
      module: 'workbench',
      dedupeKey: `digest:${today}`,
    });
  }
  return drafts;
}

/** One sweep as of `now`; answers how many accounts it went through and how many notifications it stored. */
export async function sweepNotifications(ctx: TContext, now = new Date()): Promise<{ users: number; created: number }> {
  const today = chinaToday(now);
  const digest = (now.getUTCHours() + 8) % 24 >= DIGEST_HOUR;
  let users = 0;
  let created = 0;
  for (let after: string | null = null; ; ) {
    const rows = await activeUsersAfter(ctx.db, after, BATCH);
    if (rows.length === 0) break;
    after = rows[rows.length - 1].id;
    for (const row of rows) {
      const user = toSessionUser(row);
      created += await notify(ctx, draftsFor(user, await openWorkOf(ctx, user, today), today, digest));
      users += 1;
    }
  }
  return { users, created };
}
