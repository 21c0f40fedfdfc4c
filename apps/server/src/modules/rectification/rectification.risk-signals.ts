// Overdue rectification demands as risk signals: each one not fixed by its deadline adds points.
import type { TRiskSignalProvider } from '../../core/risk-signals.ts';
import { outstandingRectificationsOf } from './rectification.service.ts';

export const OVERDUE_POINTS = 5;

export const rectificationRiskSignals: TRiskSignalProvider = {
  name: 'rectification',
  async collect(db, operatorIds, asOf) {
    const rows = await outstandingRectificationsOf(db, operatorIds);
    return rows
      .filter((r) => (r.status === 'open' || r.status === 'rejected') && r.dueOn < asOf)
      .map((r) => ({
        operatorId: r.operatorId,
        points: OVERDUE_POINTS,
        reason: {
          zh: `整改逾期未完成（期限 ${r.dueOn}）：${r.demand}`,
          en: `rectification overdue since ${r.dueOn}: ${r.demand}`,
        },
        source: `rectification:${r.id}`,
        on: r.dueOn,
      }));
  },
};
