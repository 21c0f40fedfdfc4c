// A missing post on the business's workbench: while its operator misses a post the rules require, the business
// sees it, due by the last reminder's deadline (today when it was never reminded).
import { can, ROLE_SCOPE } from '@shian/shared/access';
import { PERSONNEL_ROLE_NAMES } from '@shian/shared/dictionary';
import type { TWorkItemProvider } from '../../core/work-items.ts';
import { missingPosts } from './staffing.presenter.ts';
import { ensureRules, gapsOf } from './staffing.repository.ts';

export const staffingWorkItems: TWorkItemProvider = {
  module: 'staffing',
  async collect(db, user, asOf) {
    if (ROLE_SCOPE[user.role] !== 'operator' || !user.operatorId || !can(user.role, 'staffing.read')) return [];
    await ensureRules(db, user.bureauId);
    const [gap] = await gapsOf(db, [user.operatorId]);
    if (!gap) return [];
    const posts = missingPosts(gap);
    return [
      {
        module: 'staffing',
        kind: 'appoint',
        title: {
          zh: `配备${posts.map((p) => PERSONNEL_ROLE_NAMES[p].zh).join('、')}（按规定须配备，尚未登记）`,
          en: `Appoint a ${posts.map((p) => PERSONNEL_ROLE_NAMES[p].en.toLowerCase()).join(' and ')} (required, none recorded)`,
        },
        operatorId: gap.id,
        operatorName: gap.name,
        dueOn: gap.reminderDueOn ?? asOf,
        link: `/operators/${gap.id}`,
      },
    ];
  },
};
