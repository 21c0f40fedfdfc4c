import { z } from 'zod';
import type { TRiskCounts } from './risk.ts';

export const ZDashboardQuery = z.strictObject({
  year: z.coerce.number().int().min(2020).max(2100),
  stationId: z.uuid({ message: 'id.invalid' }).optional(),
});
export type TDashboardQuery = z.infer<typeof ZDashboardQuery>;

export type TInspectionDashboard = {
  year: number;
  /** Plan entries (not cancelled) against inspections done, by station and month. */
  planVsDone: { stationId: string; stationName: string; month: number; planned: number; done: number }[];
  overdueRectifications: { stationId: string; stationName: string; count: number }[];
  nonconformityByType: { type: string; inspections: number; nonconforming: number; rate: number }[];
  topNonconformingItems: { itemId: string; content: string; checked: number; nonconforming: number; rate: number }[];
  gradesByUnit: { unitCode: string; unitName: string; counts: TRiskCounts & { ungraded: number } }[];
};
