import { z } from 'zod';
import { addDays, addWorkingDays, type TCalendarDays } from './working-days.ts';

export const DISPOSAL_STATUSES = ['open', 'closed'] as const;
export type TDisposalStatus = (typeof DISPOSAL_STATUSES)[number];
export const DISPOSAL_STEP_KINDS = ['notify', 'off_shelf', 'recall', 'cause_analysis', 'rectification', 'follow_up_check'] as const;
export type TDisposalStepKind = (typeof DISPOSAL_STEP_KINDS)[number];
export const DISPOSAL_STEP_STATUSES = ['open', 'done'] as const;
export type TDisposalStepStatus = (typeof DISPOSAL_STEP_STATUSES)[number];
/** The steps every disposal starts with (off_shelf covers recall too: the detail says which). */
export const DEFAULT_DISPOSAL_STEPS: TDisposalStepKind[] = ['notify', 'off_shelf', 'cause_analysis', 'rectification', 'follow_up_check'];

/**
 * Statutory clocks of a nonconforming result, from 《食品安全抽样检验管理办法》(市场监管总局令第15号,
 * 2019; amended by 总局令第61号, 2022). The lawrefbook corpus of this repository does not hold this
 * rule, so the numbers below come from the published text and must be checked against it:
 * - deliver: 第二十九条 — the bureau delivers the test report and result notice to the sampled
 *   business within 5 working days of receiving the nonconforming conclusion;
 * - objection: 第三十条 (re-test, 复检) and 第三十五条 (objection, 异议) — the business may apply
 *   within 7 working days of receiving the conclusion;
 * - complete: 第四十五条 — the bureau completes verification and disposal within 90 days (calendar
 *   days, "90日"); an extension needs the head's written approval.
 */
export type TDisposalClocks = { deliverWorkingDays: number; objectionWorkingDays: number; completeDays: number };
export const DEFAULT_DISPOSAL_CLOCKS: TDisposalClocks = { deliverWorkingDays: 5, objectionWorkingDays: 7, completeDays: 90 };

/** Due dates of a disposal opened on `reportedOn`; the objection window runs from delivery (or its deadline). */
export function disposalDueDates(calendar: TCalendarDays, reportedOn: string, clocks: TDisposalClocks, deliveredOn: string | null = null) {
  const deliverDueOn = addWorkingDays(calendar, reportedOn, clocks.deliverWorkingDays);
  return {
    deliverDueOn,
    objectionDueOn: addWorkingDays(calendar, deliveredOn ?? deliverDueOn, clocks.objectionWorkingDays),
    completeDueOn: addDays(reportedOn, clocks.completeDays),
  };
}

/** The bureau's setting of the clocks; version 0 while the national defaults apply. */
export const ZDisposalClockSettings = z.strictObject({
  version: z.number().int().min(0),
  deliverWorkingDays: z.number().int().min(1).max(30),
  objectionWorkingDays: z.number().int().min(1).max(30),
  completeDays: z.number().int().min(1).max(365),
});
export type TDisposalClockSettingsUpdate = z.infer<typeof ZDisposalClockSettings>;
export type TDisposalClockSettings = TDisposalClocks & {
  version: number;
  /** True while the bureau has not set its own: the national defaults apply. */
  isDefault: boolean;
  defaults: TDisposalClocks;
  updatedAt: string | null;
  updatedByName: string | null;
};

/** Open disposals per station now, and how many of them are overdue (dashboards). */
export type TDisposalsByStation = { stationId: string; stationName: string; open: number; overdue: number };

const ZId = z.uuid({ message: 'id.invalid' });

export const ZDisposalListQuery = z.strictObject({
  status: z.enum(DISPOSAL_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  operatorId: ZId.optional(),
  sampleId: ZId.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TDisposalListQuery = z.infer<typeof ZDisposalListQuery>;

export const ZDisposalVersion = z.strictObject({ version: z.number().int().min(1) });

export const ZDisposalAcknowledge = z.strictObject({
  version: z.number().int().min(1),
  objection: z.string().trim().max(2000).optional(),
});
export type TDisposalAcknowledge = z.infer<typeof ZDisposalAcknowledge>;

export const ZDisposalStepParams = z.strictObject({ id: ZId, stepId: ZId });
export const ZDisposalStepPatch = z
  .strictObject({
    version: z.number().int().min(1),
    status: z.literal('done'),
    detail: z.string().trim().min(1, { message: 'required' }).max(2000),
    quantity: z.number().min(0).max(1e9).optional(),
    quantityUnit: z.string().trim().min(1).max(20).optional(),
  })
  .refine((s) => (s.quantity === undefined) === (s.quantityUnit === undefined), { path: ['quantityUnit'], message: 'required' });
export type TDisposalStepPatch = z.infer<typeof ZDisposalStepPatch>;

export type TDisposalClock = { kind: 'deliver' | 'objection' | 'complete'; dueOn: string; doneAt: string | null; daysLeft: number; overdue: boolean };

export type TDisposalStep = {
  id: string;
  kind: TDisposalStepKind;
  status: TDisposalStepStatus;
  detail: string | null;
  quantity: number | null;
  quantityUnit: string | null;
  dueOn: string | null;
  overdue: boolean;
  doneAt: string | null;
  doneBy: string | null;
  doneByName: string | null;
  version: number;
};

export type TDisposal = {
  id: string;
  sampleId: string;
  sampleNo: string;
  productName: string;
  operatorId: string;
  operatorName: string;
  status: TDisposalStatus;
  openedOn: string;
  deliverDueOn: string;
  objectionDueOn: string;
  completeDueOn: string;
  deliveredAt: string | null;
  acknowledgedAt: string | null;
  objection: string | null;
  escalatedAt: string | null;
  closedAt: string | null;
  overdue: boolean;
  clocks: TDisposalClock[];
  version: number;
};

export type TDisposalDetail = TDisposal & { steps: TDisposalStep[] };
