import { z } from 'zod';

export const RISK_GRADES = ['A', 'B', 'C', 'D'] as const;
export type TRiskGrade = (typeof RISK_GRADES)[number];

const ZMinScore = z.number({ message: 'number.invalid' }).min(0).max(1000);

/**
 * The lower score of grades B, C and D (A is everything below B). The bands must increase,
 * or a grade would be unreachable.
 */
export const ZRiskBandsUpdate = z
  .strictObject({
    version: z.number().int().min(1),
    minScoreB: ZMinScore,
    minScoreC: ZMinScore,
    minScoreD: ZMinScore,
  })
  .superRefine((bands, ctx) => {
    if (bands.minScoreC <= bands.minScoreB) ctx.addIssue({ code: 'custom', path: ['minScoreC'], message: 'risk.bands.increasing' });
    if (bands.minScoreD <= bands.minScoreC) ctx.addIssue({ code: 'custom', path: ['minScoreD'], message: 'risk.bands.increasing' });
  });
export type TRiskBandsUpdate = z.infer<typeof ZRiskBandsUpdate>;
export type TRiskBands = Omit<TRiskBandsUpdate, 'version'>;
export type TRiskBandsView = TRiskBandsUpdate & { updatedAt: string | null };

export type TRiskBreakdownLine = {
  points: number;
  /** "+8：2026-03-02 日常检查结果为不符合" in the request's language. */
  text: string;
  kind: 'static' | 'dynamic';
  source: string;
  on: string | null;
};

export type TRiskAssessment = {
  id: string;
  grade: TRiskGrade;
  score: number;
  staticScore: number;
  dynamicScore: number;
  trigger: string;
  assessedAt: string;
  breakdown: TRiskBreakdownLine[];
};

export type TOperatorRisk = {
  operatorId: string;
  grade: TRiskGrade | null;
  score: number | null;
  current: TRiskAssessment | null;
  history: Omit<TRiskAssessment, 'breakdown'>[];
  bands: TRiskBands;
};

export type TRiskCounts = Record<TRiskGrade, number>;
export type TRiskRecomputeResult = { operators: number; changed: number; counts: TRiskCounts };

export type TRiskDistributionRow = { unitCode: string; unitName: string; stationName: string | null; counts: TRiskCounts & { ungraded: number } };
export type TRiskDistribution = { units: TRiskDistributionRow[]; totals: TRiskCounts & { ungraded: number } };
