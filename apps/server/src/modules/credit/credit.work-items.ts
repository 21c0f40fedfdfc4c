// The credit clocks on the workbench, for the credit staff (credit.manage): listings to publish and
// repair applications to accept or decide.
import { can } from '@shian/shared/access';
import type { TDueWork, TWorkItemProvider } from '../../core/work-items.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { creditClocks } from './credit.repository.ts';

export const creditWorkItems: TWorkItemProvider = {
  module: 'credit',
  async collect(db, user) {
    if (!can(user.role, 'credit.manage')) return [];
    const { unpublished, repairs } = await creditClocks(db, operatorScopeOf(user));
    const publish = unpublished.map(
      (r): TDueWork => ({
        module: 'credit',
        kind: 'publish',
        title: { zh: `${r.operatorName}：严重违法失信名单待公示`, en: `${r.operatorName}: listing to publish` },
        operatorId: r.operatorId,
        operatorName: r.operatorName,
        dueOn: r.dueOn,
        link: `/credit/list-entries/${r.id}`,
      }),
    );
    const repair = repairs.flatMap((r): TDueWork[] => {
      const deciding = r.status === 'accepted';
      const dueOn = deciding ? r.decideDueOn : r.acceptDueOn;
      if (!dueOn) return [];
      const step = deciding ? { zh: '信用修复待决定', en: 'credit repair to decide' } : { zh: '信用修复申请待受理', en: 'credit repair to accept' };
      return [
        {
          module: 'credit',
          kind: deciding ? 'decide' : 'accept',
          title: { zh: `${r.operatorName}：${step.zh}`, en: `${r.operatorName}: ${step.en}` },
          operatorId: r.operatorId,
          operatorName: r.operatorName,
          dueOn,
          link: `/credit/list-entries/${r.entryId}`,
        },
      ];
    });
    return [...publish, ...repair];
  },
};
