// A failed sample whose verification and disposal is not finished raises the operator's risk.
import type { TRiskSignalProvider } from '../../core/risk-signals.ts';
import { openDisposalsOf } from './disposal.service.ts';

export const OPEN_DISPOSAL_POINTS = 5;

export const disposalRiskSignals: TRiskSignalProvider = {
  name: 'disposal',
  async collect(db, operatorIds, asOf) {
    const rows = await openDisposalsOf(db, operatorIds);
    return rows
      .filter((r) => r.openedOn <= asOf)
      .map((r) => ({
        operatorId: r.operatorId,
        points: OPEN_DISPOSAL_POINTS,
        reason: { zh: `${r.openedOn} 抽检不合格核查处置未完成`, en: `${r.openedOn} failed sample, disposal not completed` },
        source: `disposal:${r.id}`,
        on: r.openedOn,
      }));
  },
};
