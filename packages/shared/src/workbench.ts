// The workbench (工作台): the signed-in user's open work from every module, one list sorted by due date.
import { z } from 'zod';

/** The modules that contribute work items (each through its `<module>.work-items.ts` provider). */
export const WORKBENCH_MODULES = [
  'rectification',
  'inspection-plan',
  'disposal',
  'complaint',
  'lead',
  'enforcement-case',
  'credit',
  'cadre',
  'cadre-visit',
  'cadre-duty',
  'rumour',
  'exam',
  'self-check',
  'notice-letter',
  'staffing',
  'risk-control',
] as const;
export type TWorkbenchModule = (typeof WORKBENCH_MODULES)[number];

/** The modules' names on the workbench (tag and filter), here so a new module names itself in one place. */
export const WORKBENCH_MODULE_NAMES: Record<TWorkbenchModule, { zh: string; en: string }> = {
  rectification: { zh: '整改', en: 'Rectification' },
  'inspection-plan': { zh: '检查计划', en: 'Inspection plan' },
  disposal: { zh: '不合格处置', en: 'Disposal' },
  complaint: { zh: '投诉举报', en: 'Complaints' },
  lead: { zh: '案件线索', en: 'Case leads' },
  'enforcement-case': { zh: '执法案件', en: 'Cases' },
  credit: { zh: '信用监管', en: 'Credit' },
  cadre: { zh: '包保分配', en: 'Cadre assignments' },
  'cadre-visit': { zh: '包保督导', en: 'Cadre visits' },
  'cadre-duty': { zh: '包保承诺书', en: 'Cadre pledge' },
  rumour: { zh: '辟谣', en: 'Rumours' },
  exam: { zh: '考试', en: 'Exams' },
  'self-check': { zh: '自查记录', en: 'Self-checks' },
  'notice-letter': { zh: '两书一函', en: 'Notices and letters' },
  staffing: { zh: '人员配备', en: 'Staffing' },
  'risk-control': { zh: '风险管控清单', en: 'Risk control list' },
};

/** The summary cards as filters: due today, due by the end of this week (today included), overdue. */
export const WORKBENCH_DUE = ['today', 'week', 'overdue'] as const;
export type TWorkbenchDue = (typeof WORKBENCH_DUE)[number];

export const ZWorkbenchQuery = z.strictObject({
  module: z.enum(WORKBENCH_MODULES).optional(),
  due: z.enum(WORKBENCH_DUE).optional(),
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
  /** Over every module and due date (the filters narrow the items, not the cards). */
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
