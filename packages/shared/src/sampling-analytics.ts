import { z } from 'zod';
import type { TDisposalsByStation } from './disposal.ts';

export const ZSamplingDashboardQuery = z.strictObject({
  year: z.coerce.number().int().min(2020).max(2100),
});
export type TSamplingDashboardQuery = z.infer<typeof ZSamplingDashboardQuery>;

/** Samples with a verdict, how many failed, and the failure rate in percent (one decimal). */
export type TFailureRate = { key: string; label: string; tested: number; failed: number; rate: number };

export type TSamplingDashboard = {
  year: number;
  byFoodCategory: TFailureRate[];
  /** The test items that failed most often. */
  topFailingItems: { name: string; tested: number; failed: number; rate: number }[];
  byUnit: TFailureRate[];
  byMonth: TFailureRate[];
  byOperatorType: TFailureRate[];
  /** Disposals open today (not only this year's), and the overdue among them. */
  disposalsByStation: TDisposalsByStation[];
};

export const failureRate = (tested: number, failed: number) => (tested === 0 ? 0 : Math.round((failed * 1000) / tested) / 10);
