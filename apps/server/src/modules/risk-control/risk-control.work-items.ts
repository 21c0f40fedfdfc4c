// The risk control list on the business's workbench: while it has adopted none, or the department has updated its
// kind's template since it adopted, the business sees the step, due 10 working days after the current template
// was saved (written).
import { can, ROLE_SCOPE } from '@shian/shared/access';
import { riskControlKindOf } from '@shian/shared/risk-control';
import { chinaToday } from '@shian/shared/working-days';
import { dueAfterWorkingDays } from '../../core/calendar/calendar.ts';
import type { TWorkItemProvider } from '../../core/work-items.ts';
import { currentTemplate, ensureTemplates, findList, operatorById } from './risk-control.repository.ts';

/** Working days a business has to adopt its list, or adopt it again after the template changed. */
export const ADOPT_WORKING_DAYS = 10;

export const riskControlWorkItems: TWorkItemProvider = {
  module: 'risk-control',
  async collect(db, user) {
    if (ROLE_SCOPE[user.role] !== 'operator' || !user.operatorId || !can(user.role, 'risk-control.adopt')) return [];
    const op = await operatorById(db, user.operatorId);
    if (!op || op.bureauId !== user.bureauId) return [];
    const kind = riskControlKindOf(op.type);
    let current = await currentTemplate(db, op.bureauId, kind);
    if (!current) {
      await ensureTemplates(db, op.bureauId);
      current = await currentTemplate(db, op.bureauId, kind);
    }
    const list = await findList(db, op.id);
    if (!current || (list && list.templateKind === kind && list.templateVersion === current.template.versionNo)) return [];
    const dueOn = await dueAfterWorkingDays(db, chinaToday(current.template.createdAt), ADOPT_WORKING_DAYS);
    return [
      {
        module: 'risk-control',
        kind: list ? 'readopt' : 'adopt',
        title: list
          ? { zh: '风险管控清单模板已更新，请核对后重新采用', en: 'The risk control template was updated: check and adopt the list again' }
          : { zh: '采用本单位的食品安全风险管控清单', en: "Adopt the business's food safety risk control list" },
        operatorId: op.id,
        operatorName: op.name,
        dueOn,
        link: '/my-risk-control',
      },
    ];
  },
};
