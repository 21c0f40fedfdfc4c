// The leads on the workbench: those its handlers (case.manage) must assess by the assessment clock.
import { can } from '@shian/shared/access';
import { leadAssessDueOn } from '@shian/shared/lead';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import type { TWorkItemProvider } from '../../core/work-items.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { leadsToAssess } from './lead.repository.ts';

export const leadWorkItems: TWorkItemProvider = {
  module: 'lead',
  async collect(db, user) {
    if (!can(user.role, 'case.manage')) return [];
    const [rows, calendar] = await Promise.all([leadsToAssess(db, user.bureauId, operatorScopeOf(user)), loadCalendar(db)]);
    return rows.map((r) => ({
      module: 'lead',
      kind: 'assess',
      title: { zh: `线索待核查：${r.summary}`, en: `Lead to assess: ${r.summary}` },
      operatorId: r.operatorId,
      operatorName: r.operatorName,
      // A lead recorded before the clock existed gets its due date when the lead list is read; the same rule here.
      dueOn: r.assessDueOn ?? leadAssessDueOn(calendar, r.discoveredOn, r.extended),
      link: `/leads/${r.id}`,
    }));
  },
};
