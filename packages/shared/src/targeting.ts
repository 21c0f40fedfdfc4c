// Risk-ranked inspection targeting (任务 15): the model's versions and evaluation, the ranking of
// operators with their reasons, the weekly allocation of each station's inspections, monitoring.
import { z } from 'zod';
import type { TRiskGrade } from './risk.ts';

const ZId = z.uuid({ message: 'id.invalid' });
const ZDate = z.iso.date({ message: 'date.invalid' });

export const TARGETING_TRIGGERS = ['manual', 'schedule', 'seed'] as const;
export type TTargetingTrigger = (typeof TARGETING_TRIGGERS)[number];

/** Retrain now; `asOf` (a past day) trains only on what was known before it, to check the model on what followed. */
export const ZTargetingTrain = z.strictObject({ asOf: ZDate.optional() });
export type TTargetingTrain = z.infer<typeof ZTargetingTrain>;

export type TTargetingDecile = { decile: number; count: number; positives: number; rate: number };

/** Measured on the latest part of the history (by date), which the model being measured did not see. */
export type TTargetingEvaluation = {
  splitOn: string;
  trainRows: number;
  testRows: number;
  testPositives: number;
  baseRate: number;
  auc: number | null;
  deciles: TTargetingDecile[];
  rounds: number;
};

export type TTargetingModel = {
  id: string;
  number: number;
  asOf: string;
  trigger: TTargetingTrigger;
  trainedByName: string | null;
  trainingRows: number;
  positives: number;
  features: number;
  evaluation: TTargetingEvaluation;
  current: boolean;
  createdAt: string;
};

export type TTargetingReason = { feature: string; value: number; contribution: number; text: string };

export type TTargetingScore = {
  operatorId: string;
  operatorName: string;
  operatorType: string;
  unitCode: string;
  unitName: string;
  riskGrade: TRiskGrade | null;
  probability: number;
  rank: number;
  reasons: TTargetingReason[];
};

export const ZTargetingScoreQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  unitCode: z
    .string()
    .regex(/^\d{12}$/, { message: 'unitCode.invalid' })
    .optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TTargetingScoreQuery = z.infer<typeof ZTargetingScoreQuery>;

/** A station's inspection capacity: visits it can make in the allocation window. */
export const ZStationCapacity = z.strictObject({ stationId: ZId, visits: z.number().int().min(0).max(5000) });

export const ZAllocationCreate = z.strictObject({
  weekStart: ZDate.refine((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1, { message: 'targeting.weekStart.monday' }),
  weeks: z.number().int().min(1).max(4),
  capacities: z
    .array(ZStationCapacity)
    .min(1, { message: 'required' })
    .max(100)
    .refine((list) => new Set(list.map((c) => c.stationId)).size === list.length, { message: 'targeting.capacities.repeated' }),
});
export type TAllocationCreate = z.infer<typeof ZAllocationCreate>;

export const ZCapacityQuery = z.strictObject({ weeks: z.coerce.number().int().min(1).max(4).default(1) });
export type TStationCapacityDefault = { stationId: string; stationName: string; inspectors: number; suggestedVisits: number };

export const ALLOCATION_REASONS = ['legal_minimum', 'risk'] as const;
export type TAllocationReason = (typeof ALLOCATION_REASONS)[number];
export const ALLOCATION_STATUSES = ['draft', 'planned', 'superseded'] as const;
export type TAllocationStatus = (typeof ALLOCATION_STATUSES)[number];

export type TAllocationItem = {
  operatorId: string;
  operatorName: string;
  unitCode: string;
  unitName: string;
  riskGrade: TRiskGrade | null;
  probability: number | null;
  reason: TAllocationReason;
  /** The plan entry that already holds this legal-minimum visit, if any. */
  existingEntryId: string | null;
  reasons: TTargetingReason[];
};

export type TAllocation = {
  id: string;
  stationId: string;
  stationName: string;
  modelNumber: number | null;
  weekStart: string;
  weeks: number;
  dueOn: string;
  capacity: number;
  legalCount: number;
  riskCount: number;
  /** Legal-minimum visits beyond the capacity: they stay on the list. */
  overCapacity: number;
  status: TAllocationStatus;
  plannedAt: string | null;
  plannedEntries: number;
  createdAt: string;
  items: TAllocationItem[];
  version: number;
};

export const ZAllocationListQuery = z.strictObject({
  weekStart: ZDate.optional(),
  /** true: leaves out lists a newer one for the same station and week superseded. */
  current: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TAllocationListQuery = z.infer<typeof ZAllocationListQuery>;
export const ZAllocationPlan = z.strictObject({ version: z.number().int().min(1) });
export type TAllocationPlanResult = { created: number; alreadyPlanned: number; withoutInspectors: number; allocation: TAllocation };

export const ZMonitoringQuery = z.strictObject({ weeks: z.coerce.number().int().min(4).max(52).default(12) });
export type TMonitoringQuery = z.infer<typeof ZMonitoringQuery>;

export type THitCount = { inspections: number; serious: number };
export type TMonitoringWeek = {
  weekStart: string;
  /** Inspections made from targeting plan entries, and all the others. */
  targeted: THitCount;
  rest: THitCount;
  /** Operators in the top tenth of the model current at the time, and the other nine tenths. */
  topDecile: THitCount;
  otherDeciles: THitCount;
};

export type TInspectorConsistency = {
  inspectorId: string;
  inspectorName: string;
  stationName: string | null;
  inspections: number;
  observed: number;
  expected: number;
  z: number;
  /** Findings differ from the model's expectation beyond chance: to be reviewed, never a sanction. */
  flagged: boolean;
};

export type TMonitoring = {
  weeks: TMonitoringWeek[];
  deciles: TTargetingDecile[];
  model: TTargetingModel | null;
  consistency: TInspectorConsistency[];
};
