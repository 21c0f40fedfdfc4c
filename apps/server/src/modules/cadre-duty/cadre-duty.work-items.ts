// The pledge on the workbench: a cadre whose lists for this year (or an earlier one) are made sees its unsigned pledge, due by the date
// set when the lists were made, until it signs.
import { can } from '@shian/shared/access';
import type { TWorkItemProvider } from '../../core/work-items.ts';
import { unsignedOfCadre } from './cadre-duty.repository.ts';

export const cadreDutyWorkItems: TWorkItemProvider = {
  module: 'cadre-duty',
  async collect(db, user, asOf) {
    if (!user.cadreId || !can(user.role, 'cadre-duty.sign')) return [];
    const rows = await unsignedOfCadre(db, user.cadreId, Number(asOf.slice(0, 4)));
    return rows.map((d) => ({
      module: 'cadre-duty',
      kind: 'sign',
      title: { zh: `签署${d.year}年度食品安全责任与任务承诺书`, en: `Sign the ${d.year} food safety pledge` },
      operatorId: null,
      operatorName: null,
      dueOn: d.pledgeDueOn,
      link: `/my-duties?year=${d.year}`,
    }));
  },
};
