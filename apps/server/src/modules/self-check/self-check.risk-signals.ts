// Self-check records as risk signals, for operators that must keep them and have begun keeping them on the platform
// (a daily record in the last 90 days): records missing (fewer than half of the last 30 days recorded) raise the
// risk; daily records that never report a problem in 90 days (from 60 records on) look like ticking boxes and
// raise it a little.
import { ALL_OK_MIN_RECORDS } from '@shian/shared/self-check';
import { addDays } from '@shian/shared/working-days';
import type { TRiskSignal, TRiskSignalProvider } from '../../core/risk-signals.ts';
import { presentSettings } from './self-check.presenter.ts';
import { riskFigures, settingsOf } from './self-check.repository.ts';

export const RECORDS_MISSING_POINTS = 4;
export const ALWAYS_OK_POINTS = 2;

export const selfCheckRiskSignals: TRiskSignalProvider = {
  name: 'self-check',
  async collect(db, operatorIds, asOf) {
    const figures = await riskFigures(db, operatorIds, asOf, addDays(asOf, -29), addDays(asOf, -89));
    const bureaus = [...new Set(figures.map((f) => f.bureauId))];
    const settings = await settingsOf(db, bureaus);
    const requiredIn = (bureauId: string) => presentSettings(settings.find((s) => s.bureauId === bureauId) ?? null).requiredEntityKinds;
    const signals: TRiskSignal[] = [];
    for (const f of figures) {
      if (!requiredIn(f.bureauId).includes(f.entityKind)) continue;
      if (f.days30 < 15) {
        signals.push({
          operatorId: f.operatorId,
          points: RECORDS_MISSING_POINTS,
          reason: { zh: `近30日每日食品安全检查仅记录 ${f.days30} 天`, en: `daily food safety checks recorded on only ${f.days30} of the last 30 days` },
          source: `self-check:missing:${f.operatorId}`,
          on: asOf,
        });
      }
      if (f.days90 >= ALL_OK_MIN_RECORDS && f.problems90 === 0) {
        signals.push({
          operatorId: f.operatorId,
          points: ALWAYS_OK_POINTS,
          reason: { zh: `近90日 ${f.days90} 次每日检查均记录“全部符合”`, en: `all ${f.days90} daily checks of the last 90 days record "all OK"` },
          source: `self-check:always-ok:${f.operatorId}`,
          on: asOf,
        });
      }
    }
    return signals;
  },
};
