// The case clocks on the workbench, for the case handlers (case.manage): the decision within the handling
// period, and the publication of a decided penalty.
import { can } from '@shian/shared/access';
import type { TDueWork, TWorkItemProvider } from '../../core/work-items.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { openCaseClocks } from './enforcement-case.repository.ts';

type TClock = { id: string; operatorId: string | null; operatorName: string | null; partyName: string; dueOn: string };
const item = (r: TClock, kind: string, step: { zh: string; en: string }): TDueWork => ({
  module: 'enforcement-case',
  kind,
  title: { zh: `${r.partyName}：${step.zh}`, en: `${r.partyName}: ${step.en}` },
  operatorId: r.operatorId,
  operatorName: r.operatorName,
  dueOn: r.dueOn,
  link: `/cases/${r.id}`,
});

export const enforcementCaseWorkItems: TWorkItemProvider = {
  module: 'enforcement-case',
  async collect(db, user) {
    if (!can(user.role, 'case.manage')) return [];
    const { toDecide, toPublish } = await openCaseClocks(db, operatorScopeOf(user));
    return [
      ...toDecide.map((r) => item(r, 'decide', { zh: '案件待作出处理决定', en: 'case to decide' })),
      ...toPublish.map((r) => item(r, 'publish', { zh: '行政处罚信息待公示', en: 'penalty to publish' })),
    ];
  },
};
