import type { TInspectionKind, TInspectionResult } from './inspection.ts';
import type { TLicenceState, TOperatorType } from './operator.ts';

export const ACHIEVEMENTS = ['consecutive_conforming', 'no_overdue_rectifications', 'valid_licence'] as const;
export type TAchievement = (typeof ACHIEVEMENTS)[number];

/** The three-shows profile (亮数据、亮问题、亮成绩); the public form carries published results only. */
export type TThreeShows = {
  operator: { id: string; name: string; type: TOperatorType; address: string; unitName: string; riskGrade: string | null };
  licences: { number: string; scope: string; issuedOn: string; expiresOn: string; state: TLicenceState }[];
  inspections: { id: string; kind: TInspectionKind; inspectedOn: string; result: TInspectionResult }[];
  problems: { openRectifications: number; overdueRectifications: number; nonconformingItems: string[] };
  achievements: { kind: TAchievement; count: number | null }[];
};
