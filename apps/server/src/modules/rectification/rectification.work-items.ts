// The rectification clocks on the workbench: staff who review see the answered demands waiting for them;
// the business sees its own demands to answer; a cadre its assigned operators' outstanding ones.
import { can } from '@shian/shared/access';
import type { TWorkItemProvider } from '../../core/work-items.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { rectificationsWithStatus } from './rectification.repository.ts';

export const rectificationWorkItems: TWorkItemProvider = {
  module: 'rectification',
  async collect(db, user) {
    const scope = operatorScopeOf(user);
    if (can(user.role, 'rectification.review')) {
      const rows = await rectificationsWithStatus(db, scope, ['answered']);
      return rows.map((r) => ({
        module: 'rectification',
        kind: 'review',
        title: { zh: `${r.operatorName}：整改待审核（${r.demand}）`, en: `${r.operatorName}: rectification to review (${r.demand})` },
        operatorId: r.operatorId,
        operatorName: r.operatorName,
        dueOn: r.dueOn,
        link: '/rectifications?tab=review',
      }));
    }
    if (!can(user.role, 'rectification.answer') && scope.kind !== 'cadre') return [];
    const rows = await rectificationsWithStatus(db, scope, ['open', 'rejected']);
    const answering = can(user.role, 'rectification.answer');
    return rows.map((r) => ({
      module: 'rectification',
      kind: answering ? 'answer' : 'follow',
      title: answering
        ? { zh: `整改待提交：${r.demand}`, en: `Rectification to answer: ${r.demand}` }
        : { zh: `${r.operatorName}：整改未完成（${r.demand}）`, en: `${r.operatorName}: rectification outstanding (${r.demand})` },
      operatorId: r.operatorId,
      operatorName: r.operatorName,
      dueOn: r.dueOn,
      // The list sorts soonest due first over every status: an open demand opens the outstanding ones, where it is
      // not buried under those already accepted; a rejected answer (to give again) is among all of them.
      link: r.status === 'open' ? '/rectifications?tab=outstanding' : '/rectifications',
    }));
  },
};
