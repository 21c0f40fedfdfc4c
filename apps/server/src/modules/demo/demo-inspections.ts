// A year of plausible inspections for the demo: frequencies by kind of operator, outcomes from
// each operator's own (hidden) hygiene, rectifications with working-day deadlines that were
// mostly answered and accepted, some overdue. Rows are written in bulk: this is seed data, not
// a user's work, so the inspection rules are applied here directly rather than call by call.
import { and, eq, inArray } from 'drizzle-orm';
import type { TOperatorType } from '@shian/shared/operator';
import { CHECKLIST_SCOPE_OF_TYPE } from '@shian/shared/checklist';
import type { TContext } from '../../core/context.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { addDays, addWorkingDays, chinaToday, isWorkingDay } from '@shian/shared/working-days';
import { checklistItem, checklistTemplate } from '../checklist/checklist.schema.ts';
import { inspection, type inspectionItemResult } from '../inspection/inspection.schema.ts';
import { insertResultsInBulk } from '../inspection/inspection.public.ts';
import { rectification } from '../rectification/rectification.schema.ts';
import { operator } from '../operator/operator.schema.ts';
import { unit } from '../org/org.schema.ts';
import { appUser } from '../user/user.schema.ts';
import type { TRandom } from './demo-random.ts';

// Inspections in a year by kind of operator (the plan's legal minimums come later from grades).
const VISITS: Record<TOperatorType, [number, number]> = {
  producer: [2, 3],
  canteen: [2, 3],
  caterer: [1, 2],
  small_workshop: [1, 2],
  small_eatery: [1, 1],
  seller: [0, 1],
  online_seller: [0, 1],
  street_vendor: [0, 1],
};

type TItem = { id: string; key: boolean; content: string };

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 1000) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export type TDemoInspectionSummary = { inspections: number; itemResults: number; rectifications: number };

export async function seedDemoInspections(ctx: TContext, bureauId: string, r: TRandom, today = chinaToday()): Promise<TDemoInspectionSummary> {
  const calendar = await loadCalendar(ctx.db);
  const templates = await ctx.db
    .select()
    .from(checklistTemplate)
    .where(and(eq(checklistTemplate.bureauId, bureauId), eq(checklistTemplate.status, 'published')));
  const items = await ctx.db
    .select()
    .from(checklistItem)
    .where(
      inArray(
        checklistItem.templateId,
        templates.map((t) => t.id),
      ),
    );
  const templateOf = new Map(templates.map((t) => [t.scope, { id: t.id, items: items.filter((i) => i.templateId === t.id) as TItem[] }]));

  const inspectors = await ctx.db
    .select({ id: appUser.id, stationId: appUser.stationId })
    .from(appUser)
    .where(and(eq(appUser.bureauId, bureauId), eq(appUser.role, 'inspector')));
  const byStation = new Map<string, string[]>();
  for (const i of inspectors) if (i.stationId) byStation.set(i.stationId, [...(byStation.get(i.stationId) ?? []), i.id]);

  const operators = await ctx.db
    .select({ id: operator.id, type: operator.type, stationId: unit.stationId })
    .from(operator)
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(and(eq(operator.bureauId, bureauId), eq(operator.status, 'active')));

  const inspections: (typeof inspection.$inferInsert)[] = [];
  const results: (typeof inspectionItemResult.$inferInsert)[] = [];
  const rectifications: (typeof rectification.$inferInsert)[] = [];
  const start = addDays(today, -365);

  for (const o of operators) {
    const template = templateOf.get(CHECKLIST_SCOPE_OF_TYPE[o.type]);
    const pool = o.stationId ? byStation.get(o.stationId) : undefined;
    if (!template || !pool || pool.length < 2) continue;
    // Most operators keep a clean kitchen; a few are chronically careless.
    const hygiene = r.chance(0.12) ? 0.18 : r.chance(0.3) ? 0.06 : 0.015;
    const [min, max] = VISITS[o.type];
    const visits = r.int(min, max);
    for (let v = 0; v < visits; v++) {
      let day = addDays(start, r.int(0, 360));
      while (!isWorkingDay(calendar, day)) day = addDays(day, 1);
      if (day >= today) continue;
      const id = crypto.randomUUID();
      const first = r.int(0, pool.length - 1);
      const inspectorIds = [pool[first], pool[(first + 1) % pool.length]];
      let key = 0;
      let general = 0;
      const failed: TItem[] = [];
      for (const item of template.items) {
        const nonconforming = r.chance(item.key ? hygiene / 3 : hygiene);
        if (nonconforming) {
          failed.push(item);
          if (item.key) key += 1;
          else general += 1;
        }
        results.push({
          inspectionId: id,
          itemId: item.id,
          outcome: nonconforming ? 'nonconforming' : 'conforming',
          note: nonconforming ? '现场发现问题，已拍照留存' : '',
          updatedBy: inspectorIds[0],
        });
      }
      const closedAt = new Date(`${day}T16:00:00+08:00`);
      inspections.push({
        id,
        bureauId,
        operatorId: o.id,
        templateId: template.id,
        kind: r.chance(0.08) ? 'unannounced' : 'routine',
        status: 'closed',
        inspectedOn: day,
        inspectorIds,
        result: key > 0 ? 'nonconforming' : general > 0 ? 'basically_conforming' : 'conforming',
        keyNonconforming: key,
        generalNonconforming: general,
        summary: failed.length ? `发现 ${failed.length} 项问题，已责令整改。` : '未发现问题。',
        representativeName: '负责人',
        published: r.chance(0.9),
        publishedAt: closedAt,
        closedAt,
        closedBy: inspectorIds[0],
      });
      for (const item of failed) {
        const workingDays = item.key ? 5 : 10;
        const dueOn = addWorkingDays(calendar, day, workingDays);
        const past = dueOn < today;
        const outcome = past
          ? r.weighted([
              ['accepted', 85],
              ['overdue', 10],
              ['late', 5],
            ] as const)
          : r.weighted([
              ['open', 60],
              ['answered', 40],
            ] as const);
        const answeredOn = outcome === 'late' ? addDays(dueOn, r.int(1, 10)) : addDays(day, r.int(1, Math.max(1, workingDays)));
        const answered = outcome === 'accepted' || outcome === 'late' || outcome === 'answered';
        rectifications.push({
          bureauId,
          operatorId: o.id,
          inspectionId: id,
          itemId: item.id,
          demand: `请按要求整改：${item.content}`,
          workingDays,
          dueOn,
          status: outcome === 'accepted' || outcome === 'late' ? 'accepted' : outcome === 'answered' ? 'answered' : 'open',
          answer: answered ? '已按要求整改，附整改后照片。' : null,
          answeredAt: answered ? new Date(`${answeredOn}T10:00:00+08:00`) : null,
          reviewedAt: outcome === 'accepted' || outcome === 'late' ? new Date(`${addDays(answeredOn, 2)}T10:00:00+08:00`) : null,
          reviewedBy: outcome === 'accepted' || outcome === 'late' ? inspectorIds[0] : null,
          reviewNote: outcome === 'accepted' || outcome === 'late' ? '复查合格' : null,
        });
      }
    }
  }

  await ctx.db.transaction(async (tx) => {
    await insertChunked(inspections, (chunk) => tx.insert(inspection).values(chunk), 500);
    await insertResultsInBulk(tx, results);
    await insertChunked(rectifications, (chunk) => tx.insert(rectification).values(chunk), 1000);
  });
  return { inspections: inspections.length, itemResults: results.length, rectifications: rectifications.length };
}
