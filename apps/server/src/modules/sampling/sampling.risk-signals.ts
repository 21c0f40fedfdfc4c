// Sampling results as risk signals: each nonconforming test report of the last 12 months raises
// the risk of the operator where the sample was taken.
import type { TRiskSignal, TRiskSignalProvider } from '../../core/risk-signals.ts';
import { failingItemsOf, nonconformingReportsOf } from './sampling.service.ts';

export const NONCONFORMING_SAMPLE_POINTS = 10;

function yearBefore(date: string): string {
  const [y, m, d] = date.split('-');
  return `${Number(y) - 1}-${m}-${d}`;
}

export const samplingRiskSignals: TRiskSignalProvider = {
  name: 'sampling',
  async collect(db, operatorIds, asOf) {
    const rows = await nonconformingReportsOf(db, operatorIds, yearBefore(asOf), asOf);
    const failing = await failingItemsOf(
      db,
      rows.map((r) => r.sampleId),
    );
    return rows.map((row): TRiskSignal => {
      const items = failing.get(row.sampleId) ?? [];
      return {
        operatorId: row.operatorId,
        points: NONCONFORMING_SAMPLE_POINTS,
        reason: {
          zh: `${row.issuedOn} 抽检不合格：${row.productName}${items.length ? `（${items.join('、')}）` : ''}`,
          en: `nonconforming sample on ${row.issuedOn}: ${row.productName}${items.length ? ` (${items.join(', ')})` : ''}`,
        },
        source: `sample:${row.sampleId}`,
        on: row.issuedOn,
      };
    });
  },
};
