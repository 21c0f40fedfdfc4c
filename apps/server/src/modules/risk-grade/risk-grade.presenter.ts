import type { TRiskAssessment, TRiskBandsView, TRiskDistribution, TRiskDistributionRow, TRiskGrade } from '@shian/shared/risk';
import type { TAssessmentRow, TBandRow } from './risk-grade.repository.ts';
import { breakdownText } from './risk-grade.scoring.ts';

export function presentBands(rows: TBandRow[]): TRiskBandsView {
  const row = (grade: string) => rows.find((r) => r.grade === grade)!;
  return {
    version: row('B').version,
    minScoreB: row('B').minScore,
    minScoreC: row('C').minScore,
    minScoreD: row('D').minScore,
    updatedAt: row('B').updatedAt.toISOString(),
  };
}

export function presentAssessment(row: TAssessmentRow, lang: 'zh-CN' | 'en'): TRiskAssessment {
  return {
    id: row.id,
    grade: row.grade,
    score: row.score,
    staticScore: row.staticScore,
    dynamicScore: row.dynamicScore,
    trigger: row.trigger,
    assessedAt: row.assessedAt.toISOString(),
    breakdown: row.breakdown.map((item) => ({
      points: item.points,
      text: breakdownText(item, lang),
      kind: item.kind,
      source: item.source,
      on: item.on,
    })),
  };
}

const emptyCounts = () => ({ A: 0, B: 0, C: 0, D: 0, ungraded: 0 });

export function presentDistribution(rows: { unitCode: string; unitName: string; stationName: string | null; grade: TRiskGrade | null; n: number }[]): TRiskDistribution {
  const units = new Map<string, TRiskDistributionRow>();
  const totals = emptyCounts();
  for (const r of rows) {
    const entry = units.get(r.unitCode) ?? { unitCode: r.unitCode, unitName: r.unitName, stationName: r.stationName, counts: emptyCounts() };
    const key = r.grade ?? 'ungraded';
    entry.counts[key] += r.n;
    totals[key] += r.n;
    units.set(r.unitCode, entry);
  }
  return { units: [...units.values()], totals };
}
