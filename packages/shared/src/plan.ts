import { z } from 'zod';
import { RISK_GRADES, type TRiskGrade } from './risk.ts';

const ZId = z.uuid({ message: 'id.invalid' });
const ZYear = z.coerce.number().int().min(2020).max(2100);
const ZMonth = z.coerce.number().int().min(1).max(12);

const ZFrequency = z
  .strictObject({ minPerYear: z.number().int().min(1).max(12), maxPerYear: z.number().int().min(1).max(12) })
  .refine((f) => f.maxPerYear >= f.minPerYear, { path: ['maxPerYear'], message: 'plan.frequency.maxBelowMin' });

/** Yearly inspections per risk grade (食品生产经营监督检查管理办法 art. 22). */
export const ZInspectionFrequenciesUpdate = z.strictObject({
  version: z.number().int().min(1),
  A: ZFrequency,
  B: ZFrequency,
  C: ZFrequency,
  D: ZFrequency,
});
export type TInspectionFrequenciesUpdate = z.infer<typeof ZInspectionFrequenciesUpdate>;
export type TInspectionFrequency = { minPerYear: number; maxPerYear: number };
export type TInspectionFrequencies = Record<TRiskGrade, TInspectionFrequency>;
export const FREQUENCY_GRADES = RISK_GRADES;

export const ZPlanGenerate = z.strictObject({ year: ZYear, month: ZMonth, stationId: ZId.optional() });
export type TPlanGenerate = z.infer<typeof ZPlanGenerate>;
export type TPlanGenerateResult = { created: number; alreadyPlanned: number; withoutInspectors: number };

export const PLAN_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type TPlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_SOURCES = ['frequency', 'draw', 'targeting', 'manual'] as const;
export type TPlanSource = (typeof PLAN_SOURCES)[number];

export const ZPlanListQuery = z.strictObject({
  year: ZYear,
  month: ZMonth.optional(),
  stationId: ZId.optional(),
  status: z.enum(PLAN_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type TPlanListQuery = z.infer<typeof ZPlanListQuery>;

export const ZPlanEntryPatch = z.strictObject({
  version: z.number().int().min(1),
  inspectorIds: z
    .array(ZId)
    .min(2, { message: 'plan.inspectors.atLeastTwo' })
    .max(6)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'plan.inspectors.repeated' })
    .optional(),
  dueOn: z.iso.date({ message: 'date.invalid' }).optional(),
  status: z.literal('cancelled').optional(),
});
export type TPlanEntryPatch = z.infer<typeof ZPlanEntryPatch>;

export const ZPlanInspectorsQuery = z.strictObject({ stationId: ZId });

export type TPlanInspector = { id: string; displayName: string };
export type TPlanEntry = {
  id: string;
  operatorId: string;
  operatorName: string;
  operatorType: string;
  riskGrade: TRiskGrade | null;
  stationId: string;
  stationName: string;
  year: number;
  month: number;
  dueOn: string;
  overdue: boolean;
  kind: string;
  status: TPlanStatus;
  source: TPlanSource;
  drawId: string | null;
  inspectionId: string | null;
  inspectors: TPlanInspector[];
  version: number;
};
