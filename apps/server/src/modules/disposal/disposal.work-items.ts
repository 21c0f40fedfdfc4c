// The disposal clocks on the workbench: staff (disposal.manage) deliver the result and see the open steps
// through; the business acknowledges a delivered result within the objection period.
import { can } from '@shian/shared/access';
import type { TDisposalStepKind } from '@shian/shared/disposal';
import type { TDueWork, TWorkItemProvider } from '../../core/work-items.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { openDisposalClocks } from './disposal.repository.ts';

const STEP_NAMES: Record<TDisposalStepKind, { zh: string; en: string }> = {
  notify: { zh: '通知企业', en: 'notify the business' },
  off_shelf: { zh: '下架', en: 'take off shelves' },
  recall: { zh: '召回', en: 'recall' },
  cause_analysis: { zh: '原因分析', en: 'cause analysis' },
  rectification: { zh: '整改', en: 'rectification' },
  follow_up_check: { zh: '跟踪检查', en: 'follow-up check' },
};

type TClock = { id: string; operatorId: string; operatorName: string; dueOn: string };
const item = (r: TClock, kind: string, step: { zh: string; en: string }): TDueWork => ({
  module: 'disposal',
  kind,
  title: { zh: `${r.operatorName}：不合格处置——${step.zh}`, en: `${r.operatorName}: disposal — ${step.en}` },
  operatorId: r.operatorId,
  operatorName: r.operatorName,
  dueOn: r.dueOn,
  link: `/disposals/${r.id}`,
});

export const disposalWorkItems: TWorkItemProvider = {
  module: 'disposal',
  async collect(db, user) {
    const manage = can(user.role, 'disposal.manage');
    if (!manage && !can(user.role, 'disposal.respond')) return [];
    const clocks = await openDisposalClocks(db, operatorScopeOf(user));
    if (!manage) return clocks.unacknowledged.map((r) => item(r, 'acknowledge', { zh: '签收检验结论', en: 'acknowledge the result' }));
    return [
      ...clocks.undelivered.map((r) => item(r, 'deliver', { zh: '送达检验结论', en: 'deliver the result' })),
      ...clocks.steps.map((r) => item(r, r.kind, STEP_NAMES[r.kind])),
    ];
  },
};
