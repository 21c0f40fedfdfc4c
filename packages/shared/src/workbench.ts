// The workbench (工作台): the signed-in user's open work from every module, one list sorted by due date.
import { z } from 'zod';

/** The modules that contribute work items (each through its `<module>.work-items.ts` provider). */
export const WORKBENCH_MODULES = ['rectification', 'inspection-plan', 'disposal', 'complaint', 'lead', 'enforcement-case', 'credit'] as const;
export type TWorkbenchModule = (typeof WORKBENCH_MODULES)[number];

export const ZWorkbenchQuery = z.strictObject({
  module: z.enum(WORKBENCH_MODULES).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TWorkbenchQuery = z.infer<typeof ZWorkbenchQuery>;

export type TWorkItem = {
  module: TWorkbenchModule;
  /** The step to take, per module (review, answer, inspect, deliver, accept, …). */
  kind: string;
  /** The object and the step ("某餐馆：整改待审核"). */
  title: { zh: string; en: string };
  operatorId: string | null;
  operatorName: string | null;
  /** YYYY-MM-DD, China date. */
  dueOn: string;
  /** Due before today. */
  overdue: boolean;
  /** Working days from today to the due date (0 = due today; negative = overdue by that many). */
  workingDaysLeft: number;
  /** The web path that opens the step. */
  link: string;
};

export type TWorkbench = {
  /** Over every module (the module filter narrows the items, not the cards). */
  summary: { dueToday: number; dueThisWeek: number; overdue: number };
  items: TWorkItem[];
  total: number;
  page: number;
  pageSize: number;
};

/** The Sunday that ends the week of a date (the date itself on a Sunday): "this week" on the workbench. */
export function weekEndOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const toSunday = (7 - day.getUTCDay()) % 7;
  day.setUTCDate(day.getUTCDate() + toSunday);
  return day.toISOString().slice(0, 10);
}
