// A complaint or report whose handling verified a violation in the last 12 months raises the risk of the
// operator it was matched to, as a nonconforming sample does.
import type { TRiskSignal, TRiskSignalProvider } from '../../core/risk-signals.ts';
import { verifiedViolationsOf } from './complaint.service.ts';

export const VERIFIED_COMPLAINT_POINTS = 8;

export const complaintRiskSignals: TRiskSignalProvider = {
  name: 'complaint',
  async collect(db, operatorIds, asOf) {
    // asOf is a China day: up to its end at UTC+8, from the start of the same day a year before.
    const to = new Date(`${asOf}T23:59:59.999+08:00`);
    const from = new Date(`${asOf}T00:00:00+08:00`);
    from.setUTCFullYear(from.getUTCFullYear() - 1);
    const rows = await verifiedViolationsOf(db, operatorIds, from, to);
    return rows.map((row): TRiskSignal => {
      const on = new Date(row.resolvedAt!.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
      const kind = row.kind === 'report' ? { zh: '举报', en: 'report' } : { zh: '投诉', en: 'complaint' };
      return {
        operatorId: row.operatorId!,
        points: VERIFIED_COMPLAINT_POINTS,
        reason: {
          zh: `${on} ${kind.zh}核实存在违法行为（登记编号 ${row.registrationNo}）`,
          en: `${kind.en} ${row.registrationNo}: violation verified on ${on}`,
        },
        source: `complaint:${row.id}`,
        on,
      };
    });
  },
};
