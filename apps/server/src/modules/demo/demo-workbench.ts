// What a new user finds on the workbench (工作台) of a fresh demo: the monthly plan falls due over the coming
// weeks instead of all on the month's last working day, so the inspector has visits due this week and later;
// and the business account has a rectification of its own to answer. Dates count from the seed date, so the
// demo reads the same whatever day it is made.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { CHECKLIST_SCOPE_OF_TYPE } from '@shian/shared/checklist';
import { weekEndOf } from '@shian/shared/workbench';
import { addDays, addWorkingDays, isWorkingDay } from '@shian/shared/working-days';
import type { TContext } from '../../core/context.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { checklistItem, checklistTemplate } from '../checklist/checklist.schema.ts';
import { inspection } from '../inspection/inspection.schema.ts';
import { insertResultsInBulk } from '../inspection/inspection.public.ts';
import { inspectionPlanEntry } from '../inspection-plan/inspection-plan.schema.ts';
import { operator } from '../operator/operator.schema.ts';
import { rectification } from '../rectification/rectification.schema.ts';
import { findUserByUsername } from '../user/user.public.ts';
import { seededRandom } from './demo-random.ts';

/** Working days after this week over which the rest of the plan falls due (about three weeks). */
const LATER_WORKING_DAYS = 15;
/** One visit in this many falls due this week. */
const THIS_WEEK_EVERY = 3;

export async function spreadDemoPlan(ctx: TContext, bureauId: string, today: string): Promise<void> {
  // A generator of its own: the demo's main sequence stays as it was for everything seeded after the plan.
  const r = seededRandom(20240306);
  const calendar = await loadCalendar(ctx.db);
  const weekEnd = weekEndOf(today);
  // Today even when it is a day off, so that a demo made at the weekend still has work due this week.
  const thisWeek = [today];
  for (let day = addDays(today, 1); day <= weekEnd; day = addDays(day, 1)) if (isWorkingDay(calendar, day)) thisWeek.push(day);
  const later = Array.from({ length: LATER_WORKING_DAYS }, (_, i) => addWorkingDays(calendar, weekEnd, i + 1));
  const [year, month] = today.split('-').map(Number);
  const entries = await ctx.db
    .select({ id: inspectionPlanEntry.id, stationId: inspectionPlanEntry.stationId })
    .from(inspectionPlanEntry)
    .innerJoin(operator, eq(operator.id, inspectionPlanEntry.operatorId))
    .where(and(eq(inspectionPlanEntry.bureauId, bureauId), eq(inspectionPlanEntry.year, year), eq(inspectionPlanEntry.month, month), eq(inspectionPlanEntry.status, 'planned')))
    // The operators' credit codes come from the seeded generator, so the order (and the dates) repeat.
    .orderBy(asc(operator.uscc), asc(inspectionPlanEntry.id));
  const byDate = new Map<string, string[]>();
  // Counted per station, so that every station has its share due this week.
  const seen = new Map<string, number>();
  for (const e of entries) {
    const k = seen.get(e.stationId) ?? 0;
    seen.set(e.stationId, k + 1);
    const dueOn = k % THIS_WEEK_EVERY === 0 ? r.pick(thisWeek) : r.pick(later);
    byDate.set(dueOn, [...(byDate.get(dueOn) ?? []), e.id]);
  }
  for (const [dueOn, ids] of byDate) {
    for (let i = 0; i < ids.length; i += 1000) {
      await ctx.db
        .update(inspectionPlanEntry)
        .set({ dueOn })
        .where(inArray(inspectionPlanEntry.id, ids.slice(i, i + 1000)));
    }
  }
}

/**
 * A routine inspection of the business account's operator two working days ago by the demo inspector and
 * station head, with one general item found wanting and its rectification open (10 working days).
 */
export async function seedBusinessRectification(ctx: TContext, bureauId: string, today: string): Promise<void> {
  const [business, inspector, station] = await Promise.all(['business', 'inspector', 'station'].map((username) => findUserByUsername(ctx.db, username)));
  if (!business?.operatorId || !inspector || !station) return;
  const calendar = await loadCalendar(ctx.db);
  let inspectedOn = addDays(today, -1);
  for (let left = 2; ; inspectedOn = addDays(inspectedOn, -1)) {
    if (isWorkingDay(calendar, inspectedOn)) left -= 1;
    if (left === 0) break;
  }
  const [own] = await ctx.db.select({ type: operator.type }).from(operator).where(eq(operator.id, business.operatorId));
  const [template] = await ctx.db
    .select({ id: checklistTemplate.id })
    .from(checklistTemplate)
    .where(and(eq(checklistTemplate.bureauId, bureauId), eq(checklistTemplate.scope, CHECKLIST_SCOPE_OF_TYPE[own.type]), eq(checklistTemplate.status, 'published')));
  const items = await ctx.db.select().from(checklistItem).where(eq(checklistItem.templateId, template.id)).orderBy(asc(checklistItem.position));
  const failed = items.find((i) => !i.key)!;
  const id = crypto.randomUUID();
  const inspectorIds = [inspector.id, station.id];
  const closedAt = new Date(`${inspectedOn}T16:00:00+08:00`);
  await ctx.db.transaction(async (tx) => {
    await tx.insert(inspection).values({
      id,
      bureauId,
      operatorId: business.operatorId!,
      templateId: template.id,
      kind: 'routine',
      status: 'closed',
      inspectedOn,
      inspectorIds,
      result: 'basically_conforming',
      keyNonconforming: 0,
      generalNonconforming: 1,
      summary: '发现 1 项问题，已责令整改。',
      representativeName: '负责人',
      published: true,
      publishedAt: closedAt,
      closedAt,
      closedBy: inspector.id,
    });
    await insertResultsInBulk(
      tx,
      items.map((item) => ({
        inspectionId: id,
        itemId: item.id,
        outcome: item.id === failed.id ? ('nonconforming' as const) : ('conforming' as const),
        note: item.id === failed.id ? '现场发现问题，已拍照留存' : '',
        updatedBy: inspector.id,
      })),
    );
    await tx.insert(rectification).values({
      bureauId,
      operatorId: business.operatorId!,
      inspectionId: id,
      itemId: failed.id,
      demand: `请按要求整改：${failed.content}`,
      workingDays: 10,
      dueOn: addWorkingDays(calendar, inspectedOn, 10),
    });
  });
}
