// The demo's year of history obeys the platform's own rules, so what a new user sees is plausible.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq, isNull, sql } from 'drizzle-orm';
import { deriveInspectionResult } from '@shian/shared/inspection';
import { addWorkingDays, chinaToday } from '@shian/shared/working-days';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { checklistItem } from '../checklist/checklist.schema.ts';
import { inspection, inspectionItemResult } from '../inspection/inspection.schema.ts';
import { rectification } from '../rectification/rectification.schema.ts';
import { operator } from '../operator/operator.schema.ts';
import { inspectionPlanEntry } from '../inspection-plan/inspection-plan.schema.ts';
import { sample } from '../sampling/sampling.schema.ts';
import { disposal, disposalStep } from '../disposal/disposal.schema.ts';
import { caseLead } from '../lead/lead.schema.ts';
import { weekEndOf, type TWorkbench } from '@shian/shared/workbench';

let platform: TTestPlatform;

beforeAll(async () => {
  platform = await createTestPlatform({ operators: 300, history: true });
});
afterAll(() => platform.close());

it('closes every inspection with all items answered and the result the key-item rule gives', async () => {
  const db = platform.ctx.db;
  const inspections = await db.select().from(inspection);
  expect(inspections.length).toBeGreaterThan(150);
  const answers = await db
    .select({ id: checklistItem.id, inspectionId: inspectionItemResult.inspectionId, outcome: inspectionItemResult.outcome, key: checklistItem.key })
    .from(inspectionItemResult)
    .innerJoin(checklistItem, eq(checklistItem.id, inspectionItemResult.itemId));
  const itemsPerTemplate = await db.select({ templateId: checklistItem.templateId, n: sql<number>`count(*)::int` }).from(checklistItem).groupBy(checklistItem.templateId);
  const expected = new Map(itemsPerTemplate.map((t) => [t.templateId, Number(t.n)]));
  for (const i of inspections) {
    const mine = answers.filter((a) => a.inspectionId === i.id) as { id: string; outcome: 'conforming' | 'nonconforming'; key: boolean }[];
    expect(mine.length).toBe(expected.get(i.templateId));
    expect(i.status).toBe('closed');
    expect(i.inspectedOn < chinaToday()).toBe(true);
    expect(deriveInspectionResult(mine)).toEqual({ result: i.result, keyNonconforming: i.keyNonconforming, generalNonconforming: i.generalNonconforming });
  }
});

it('gives each rectification its working-day deadline, and some are overdue', async () => {
  const db = platform.ctx.db;
  const calendar = await loadCalendar(db);
  const rows = await db
    .select({ dueOn: rectification.dueOn, workingDays: rectification.workingDays, inspectedOn: inspection.inspectedOn, status: rectification.status })
    .from(rectification)
    .innerJoin(inspection, eq(inspection.id, rectification.inspectionId));
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) expect(r.dueOn).toBe(addWorkingDays(calendar, r.inspectedOn, r.workingDays));
  expect(rows.some((r) => r.status === 'open' && r.dueOn < chinaToday())).toBe(true);
});

it('grades every operator and plans this month with two inspectors per visit', async () => {
  const db = platform.ctx.db;
  expect(await db.select().from(operator).where(isNull(operator.riskGrade))).toEqual([]);
  const [year, month] = chinaToday().split('-').map(Number);
  const entries = await db.select().from(inspectionPlanEntry).where(sql`${inspectionPlanEntry.year} = ${year} and ${inspectionPlanEntry.month} = ${month}`);
  expect(entries.length).toBeGreaterThan(0);
  for (const e of entries) expect(new Set(e.inspectorIds).size).toBeGreaterThanOrEqual(2);
});

it('samples a year, and every failed sample has a disposal and a case lead; closed disposals have no open step', async () => {
  const db = platform.ctx.db;
  const failed = await db.select().from(sample).where(eq(sample.verdict, 'nonconforming'));
  expect(await db.select().from(sample)).not.toHaveLength(0);
  const disposals = await db.select().from(disposal);
  const leads = await db.select().from(caseLead).where(eq(caseLead.source, 'sampling'));
  expect(disposals.map((d) => d.sampleId).sort()).toEqual(failed.map((s) => s.id).sort());
  expect(leads.map((l) => l.sourceId).sort()).toEqual(failed.map((s) => s.id).sort());
  for (const d of disposals.filter((x) => x.status === 'closed')) {
    expect(await db.select().from(disposalStep).where(sql`${disposalStep.disposalId} = ${d.id} and ${disposalStep.status} = 'open'`)).toEqual([]);
  }
});

it('gives the inspector plan entries due this week and later, and the business its open rectification, on their workbenches', async () => {
  const today = chinaToday();
  const weekEnd = weekEndOf(today);
  const workbench = async (username: string, query: string) => {
    const response = await platform.request({ method: 'GET', url: `/api/workbench?pageSize=200&${query}`, cookie: await platform.login(username) });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as TWorkbench;
  };
  const plan = await workbench('inspector', 'module=inspection-plan');
  const thisWeek = plan.items.filter((w) => w.dueOn >= today && w.dueOn <= weekEnd);
  expect(thisWeek.length).toBeGreaterThan(1);
  expect(plan.summary.dueThisWeek).toBeGreaterThanOrEqual(thisWeek.length);
  // The workbench shows only this week's; the rest of the month's visits fall due later.
  const [year, month] = today.split('-').map(Number);
  const entries = await platform.ctx.db.select().from(inspectionPlanEntry).where(sql`${inspectionPlanEntry.year} = ${year} and ${inspectionPlanEntry.month} = ${month}`);
  expect(entries.filter((e) => e.dueOn > weekEnd).length).toBeGreaterThan(entries.length / 2);
  expect(entries.every((e) => e.dueOn >= today)).toBe(true);

  const business = await workbench('business', 'module=rectification');
  expect(business.items.some((w) => !w.overdue && w.workingDaysLeft > 0)).toBe(true);
  expect(business.items.every((w) => w.kind === 'answer' && w.link === '/rectifications?tab=outstanding')).toBe(true);
});
