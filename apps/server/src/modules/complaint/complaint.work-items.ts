// The complaint clocks on the workbench, for the staff who handle them (complaint.manage): the acceptance
// decision, the mediation or check, and the answer to the complainant, whichever is running.
import { can } from '@shian/shared/access';
import type { TComplaintStatus } from '@shian/shared/complaint';
import type { TDueWork, TWorkItemProvider } from '../../core/work-items.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { openComplaints } from './complaint.repository.ts';

const CLOCKS = {
  accept: { zh: '受理决定', en: 'decide on acceptance' },
  complete: { zh: '调解或核查', en: 'mediate or check' },
  reply: { zh: '答复', en: 'answer the complainant' },
} as const;
const clockOf = (status: TComplaintStatus): keyof typeof CLOCKS => (status === 'received' ? 'accept' : status === 'accepted' || status === 'handling' ? 'complete' : 'reply');

export const complaintWorkItems: TWorkItemProvider = {
  module: 'complaint',
  async collect(db, user) {
    if (!can(user.role, 'complaint.manage')) return [];
    const rows = await openComplaints(db, operatorScopeOf(user));
    return rows.flatMap((r): TDueWork[] => {
      const clock = clockOf(r.status);
      const dueOn = { accept: r.acceptDueOn, complete: r.completeDueOn, reply: r.replyDueOn }[clock];
      if (!dueOn) return [];
      const business = r.operatorName ?? r.namedBusiness ?? r.registrationNo;
      const kind = r.kind === 'complaint' ? { zh: '投诉', en: 'complaint' } : { zh: '举报', en: 'report' };
      return [
        {
          module: 'complaint',
          kind: clock,
          title: { zh: `${business}：${kind.zh}${CLOCKS[clock].zh}`, en: `${business}: ${kind.en}, ${CLOCKS[clock].en}` },
          operatorId: r.operatorId,
          operatorName: r.operatorName,
          dueOn,
          link: `/complaints/${r.id}`,
        },
      ];
    });
  },
};
