// Inspection results as risk signals: a failed or partly failed inspection in the last 12 months
// raises the risk; a clean run of two or more conforming inspections lowers it.
import type { TRiskSignal, TRiskSignalProvider } from '../../core/risk-signals.ts';
import { closedInspectionsOf } from './inspection.service.ts';

const KIND_TEXT: Record<string, { zh: string; en: string }> = {
  routine: { zh: '日常检查', en: 'routine inspection' },
  unannounced: { zh: '飞行检查', en: 'unannounced inspection' },
  follow_up: { zh: '复查', en: 'follow-up inspection' },
};

const POINTS: Record<string, { points: number; zh: string; en: string }> = {
  nonconforming: { points: 8, zh: '不符合', en: 'nonconforming' },
  basically_conforming: { points: 3, zh: '基本符合', en: 'basically conforming' },
};
export const CLEAN_RUN_POINTS = -3;

function yearBefore(date: string): string {
  const [y, m, d] = date.split('-');
  return `${Number(y) - 1}-${m}-${d}`;
}

export const inspectionRiskSignals: TRiskSignalProvider = {
  name: 'inspection',
  async collect(db, operatorIds, asOf) {
    const rows = await closedInspectionsOf(db, operatorIds, { asOf });
    const since = yearBefore(asOf);
    const signals: TRiskSignal[] = [];
    const byOperator = new Map<string, typeof rows>();
    for (const row of rows) byOperator.set(row.operatorId, [...(byOperator.get(row.operatorId) ?? []), row]);
    for (const [operatorId, inspections] of byOperator) {
      for (const row of inspections) {
        const rule = row.result ? POINTS[row.result] : undefined;
        if (!rule || row.inspectedOn <= since) continue;
        const kind = KIND_TEXT[row.kind] ?? KIND_TEXT.routine;
        signals.push({
          operatorId,
          points: rule.points,
          reason: {
            zh: `${row.inspectedOn} ${kind.zh}结果为${rule.zh}`,
            en: `${rule.en} ${kind.en} on ${row.inspectedOn}`,
          },
          source: `inspection:${row.id}`,
          on: row.inspectedOn,
        });
      }
      // Newest first: the run of conforming results that the operator is on now.
      const run = inspections.findIndex((r) => r.result !== 'conforming');
      const streak = run === -1 ? inspections.length : run;
      if (streak >= 2) {
        const latest = inspections[0];
        signals.push({
          operatorId,
          points: CLEAN_RUN_POINTS,
          reason: {
            zh: `最近连续 ${streak} 次检查结果为符合（最近一次 ${latest.inspectedOn}）`,
            en: `the last ${streak} inspections were conforming (latest on ${latest.inspectedOn})`,
          },
          source: `inspection:${latest.id}`,
          on: latest.inspectedOn,
        });
      }
    }
    return signals;
  },
};
