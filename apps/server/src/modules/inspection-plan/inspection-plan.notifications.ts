// Who hears of plan entries (通知, a new assignment): each inspector assigned, once per batch with the number of
// businesses (a month's generation at a station, or inspectors newly put on an entry), not once per entry.
import type { TContext } from '../../core/context.ts';
import { notify, staffFor } from '../notification/notification.public.ts';

export function registerInspectionPlanNotifications(ctx: TContext): void {
  ctx.events.on('plan.assigned', async ({ bureauId, batchKey, year, month, dueOn, reassigned, entries }, actor) => {
    if (entries.length === 0) return;
    const counts = new Map<string, number>();
    for (const e of entries) for (const id of e.inspectorIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    // A batch is one station's: the inspectors whose scope covers its businesses, checked on the first one.
    const inspectors = await staffFor(ctx.db, { bureauId, operatorId: entries[0].operatorId, permission: 'inspection.write', among: [...counts.keys()] });
    const period = { zh: `${year}年${month}月`, en: `${year}-${String(month).padStart(2, '0')}` };
    await notify(
      ctx,
      inspectors
        .filter((u) => u.id !== actor?.id)
        .map((u) => {
          const n = counts.get(u.id)!;
          return {
            bureauId,
            recipientId: u.id,
            kind: 'assigned' as const,
            title: reassigned
              ? { zh: `检查任务改派给您：${n} 户`, en: `Inspections reassigned to you: ${n}` }
              : { zh: `${period.zh}检查计划已下达：${n} 户`, en: `Inspection plan for ${period.en}: ${n} businesses` },
            body: { zh: `请于 ${dueOn} 前完成检查。`, en: `Inspect by ${dueOn}.` },
            link: '/inspection-plans',
            module: 'inspection-plan',
            dedupeKey: batchKey,
          };
        }),
    );
  });
}
