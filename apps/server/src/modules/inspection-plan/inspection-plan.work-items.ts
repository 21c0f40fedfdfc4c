// The plan entries on the workbench: an inspector's own entries, a station head's station's, due this
// week or overdue (later months would bury today's work). Other roles plan but do not inspect.
import { can } from '@shian/shared/access';
import { weekEndOf } from '@shian/shared/workbench';
import type { TWorkItemProvider } from '../../core/work-items.ts';
import { plannedEntriesThrough } from './inspection-plan.repository.ts';

const KIND_NAMES = {
  routine: { zh: '日常检查', en: 'routine inspection' },
  unannounced: { zh: '飞行检查', en: 'unannounced inspection' },
  follow_up: { zh: '跟踪检查', en: 'follow-up inspection' },
} as const;

export const inspectionPlanWorkItems: TWorkItemProvider = {
  module: 'inspection-plan',
  async collect(db, user, asOf) {
    if (!can(user.role, 'plan.read')) return [];
    const whose = user.role === 'inspector' ? { inspectorId: user.id } : user.role === 'station' && user.stationId ? { stationId: user.stationId } : null;
    if (!whose) return [];
    const rows = await plannedEntriesThrough(db, user.bureauId, whose, weekEndOf(asOf));
    return rows.map((r) => ({
      module: 'inspection-plan',
      kind: 'inspect',
      title: { zh: `${r.operatorName}：${KIND_NAMES[r.kind].zh}`, en: `${r.operatorName}: ${KIND_NAMES[r.kind].en}` },
      operatorId: r.operatorId,
      operatorName: r.operatorName,
      dueOn: r.dueOn,
      // The operator page with the entry opens the start of an inspection made for it, which completes the entry.
      link: `/operators/${r.operatorId}?planEntryId=${r.id}`,
    }));
  },
};
