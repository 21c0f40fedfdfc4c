// A required food safety post left empty as a risk signal (《企业落实食品安全主体责任监督管理规定》, 总局令第60号): points
// for each missing post while it is missing; filling it removes the signal at the next grading.
import { PERSONNEL_ROLE_NAMES } from '@shian/shared/dictionary';
import type { TRiskSignalProvider } from '../../core/risk-signals.ts';
import { missingPosts } from './staffing.presenter.ts';
import { ensureRulesOfOperators, gapsOf } from './staffing.repository.ts';

export const MISSING_POST_POINTS = 3;
const BATCH = 1000;

export const staffingRiskSignals: TRiskSignalProvider = {
  name: 'staffing',
  async collect(db, operatorIds) {
    await ensureRulesOfOperators(db, operatorIds);
    const signals = [];
    for (let i = 0; i < operatorIds.length; i += BATCH) {
      for (const gap of await gapsOf(db, operatorIds.slice(i, i + BATCH))) {
        for (const post of missingPosts(gap)) {
          const name = PERSONNEL_ROLE_NAMES[post];
          signals.push({
            operatorId: gap.id,
            points: MISSING_POST_POINTS,
            reason: { zh: `未按规定配备${name.zh}（总局令第60号）`, en: `no ${name.en.toLowerCase()} though the rules require one (SAMR Order No. 60)` },
            source: `staffing:${gap.id}:${post}`,
            on: null,
          });
        }
      }
    }
    return signals;
  },
};
