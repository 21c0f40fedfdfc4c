// The cycle on the business's workbench: today's daily check (due today), the week's review (due on Sunday) and
// the month's minutes (due on the month's last day) while not yet recorded; and, for a business that must keep
// the records, yesterday's check when it was missed. That one is already overdue, so the hourly notification
// sweep tells the business once ("已逾期：…"): the reminder when a day is missed.
import { can } from '@shian/shared/access';
import { periodEnd, periodOf, SELF_CHECK_KIND_NAMES, type TSelfCheckKind } from '@shian/shared/self-check';
import { addDays } from '@shian/shared/working-days';
import type { TDueWork, TWorkItemProvider } from '../../core/work-items.ts';
import { presentSettings } from './self-check.presenter.ts';
import { findSetting, isRequired, periodsRecorded } from './self-check.repository.ts';

const STEP: Record<TSelfCheckKind, { zh: string; en: string }> = {
  daily: { zh: '今日食品安全检查待记录', en: "today's food safety check to record" },
  weekly: { zh: '本周食品安全排查治理报告待填写', en: "this week's hazard review to write" },
  monthly: { zh: '本月食品安全调度会议纪要待填写', en: "this month's meeting minutes to write" },
};

export const selfCheckWorkItems: TWorkItemProvider = {
  module: 'self-check',
  async collect(db, user, asOf) {
    if (!user.operatorId || !can(user.role, 'self-check.record')) return [];
    const yesterday = addDays(asOf, -1);
    const periods = [...(['daily', 'weekly', 'monthly'] as const).map((kind) => ({ kind, period: periodOf(kind, asOf) })), { kind: 'daily' as const, period: yesterday }];
    const recorded = await periodsRecorded(db, user.operatorId, periods);
    const items: TDueWork[] = periods
      .slice(0, 3)
      .filter((p) => !recorded.has(`${p.kind} ${p.period}`))
      .map((p) => ({
        module: 'self-check',
        kind: p.kind,
        title: STEP[p.kind],
        operatorId: user.operatorId,
        operatorName: null,
        dueOn: periodEnd(p.kind, p.period),
        link: `/self-checks/today?tab=${p.kind}`,
      }));
    if (!recorded.has(`daily ${yesterday}`) && (await isRequired(db, user.operatorId, presentSettings(await findSetting(db, user.bureauId)).requiredEntityKinds))) {
      items.push({
        module: 'self-check',
        kind: 'missed',
        title: { zh: `${yesterday} 未记录${SELF_CHECK_KIND_NAMES.daily.zh}`, en: `No daily food safety check recorded on ${yesterday}` },
        operatorId: user.operatorId,
        operatorName: null,
        dueOn: yesterday,
        link: '/self-checks',
      });
    }
    return items;
  },
};
