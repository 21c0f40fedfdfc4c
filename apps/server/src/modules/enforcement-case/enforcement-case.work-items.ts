// The case clocks on the workbench: for the case handlers (case.manage) the decision within the handling
// period and the publication of a decided penalty; for the heads (case.approve) the approvals waiting.
import { can } from '@shian/shared/access';
import type { TSessionUser } from '../../core/access.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import type { TDueWork, TWorkItemProvider } from '../../core/work-items.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { awaitingApproval, openCaseClocks } from './enforcement-case.repository.ts';

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

const APPROVAL_STEPS = {
  filing: { zh: '立案待审批', en: 'filing to approve' },
  decision: { zh: '处罚决定待审批', en: 'decision to approve' },
  extension: { zh: '延期申请待审批', en: 'extension to approve' },
};

async function handlerItems(db: TDbOrTx, user: TSessionUser) {
  if (!can(user.role, 'case.manage')) return [];
  const { toDecide, toPublish } = await openCaseClocks(db, operatorScopeOf(user));
  return [
    ...toDecide.map((r) => item(r, 'decide', { zh: '案件待作出处理决定', en: 'case to decide' })),
    ...toPublish.map((r) => item(r, 'publish', { zh: '行政处罚信息待公示', en: 'penalty to publish' })),
  ];
}

async function approverItems(db: TDbOrTx, user: TSessionUser) {
  if (!can(user.role, 'case.approve')) return [];
  return (await awaitingApproval(db, operatorScopeOf(user))).flatMap((r) => {
    const steps: (keyof typeof APPROVAL_STEPS)[] = [];
    if (r.status === 'filing_pending') steps.push('filing');
    if (r.status === 'decision_pending') steps.push('decision');
    if (r.extension) steps.push('extension');
    return steps.map((step) => item(r, `approve-${step}`, APPROVAL_STEPS[step]));
  });
}

export const enforcementCaseWorkItems: TWorkItemProvider = {
  module: 'enforcement-case',
  async collect(db, user) {
    const [handler, approver] = await Promise.all([handlerItems(db, user), approverItems(db, user)]);
    return [...handler, ...approver];
  },
};
