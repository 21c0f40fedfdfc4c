// The assignment changes due on the workbench, for whoever manages assignments across the district (the
// food-safety office): each subject whose status changed (new, closed, re-graded, cadre inactive) with the
// working days the adjustment may take.
import { ADJUSTMENT_REASON_NAMES } from '@shian/shared/dictionary';
import { can, ROLE_SCOPE } from '@shian/shared/access';
import type { TWorkItemProvider } from '../../core/work-items.ts';
import { adjustmentsDue } from './cadre-assignment.service.ts';

export const cadreWorkItems: TWorkItemProvider = {
  module: 'cadre',
  async collect(db, user) {
    if (!can(user.role, 'cadre.manage') || ROLE_SCOPE[user.role] !== 'district') return [];
    const due = await adjustmentsDue(db, user.bureauId);
    return due.map((d) => ({
      module: 'cadre',
      kind: 'adjust',
      title: {
        zh: `${d.operatorName}：包保待调整（${ADJUSTMENT_REASON_NAMES[d.reason].zh}）`,
        en: `${d.operatorName}: assignment to adjust (${ADJUSTMENT_REASON_NAMES[d.reason].en})`,
      },
      operatorId: d.operatorId,
      operatorName: d.operatorName,
      dueOn: d.dueOn,
      link: `/cadre-assignments?tab=due`,
    }));
  },
};
