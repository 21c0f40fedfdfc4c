// A business on the serious-violation list is a key supervision target to be inspected more often
// (《市场监督管理严重违法失信名单管理办法》第十五条第（二）项): grade D while the listing is in force,
// whatever its score, plus points so that the score says it too.
import type { TRiskSignalProvider } from '../../core/risk-signals.ts';
import { listingsInForce } from './credit.service.ts';

export const LISTED_POINTS = 20;

export const creditRiskSignals: TRiskSignalProvider = {
  name: 'credit',
  async collect(db, operatorIds, asOf) {
    const rows = await listingsInForce(db, operatorIds, asOf);
    return rows.map((r) => ({
      operatorId: r.operatorId,
      points: LISTED_POINTS,
      minGrade: 'D' as const,
      reason: {
        zh: `${r.listedOn} 列入严重违法失信名单（重点监管对象，风险等级定为 D 级，办法第十五条）`,
        en: `on the serious-violation list since ${r.listedOn} (a key supervision target: grade D, art. 15)`,
      },
      source: `credit:${r.id}`,
      on: r.listedOn,
    }));
  },
};
