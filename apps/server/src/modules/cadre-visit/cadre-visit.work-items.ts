// Supervision on the workbench: a cadre sees the subjects it has not yet visited this quarter (due at the
// quarter's end, grade D first); a business the remote visits waiting for its records (due by the end of the
// quarter the visit counts for); a station the problems handed to it with their clocks; the food-safety
// office the problems stations escalated.
import { can, ROLE_SCOPE } from '@shian/shared/access';
import { mustVisitOnSite, quarterOf, quarterRange } from '@shian/shared/cadre-coverage';
import type { TWorkItemProvider } from '../../core/work-items.ts';
import type { TDueWork } from '../../core/work-items.ts';
import { subjectsOfCadre } from './cadre-coverage.repository.ts';
import { escalatedProblems, openProblemsOfStation } from './cadre-problem.repository.ts';
import { remoteVisitsAwaiting } from './cadre-visit.repository.ts';

export const cadreVisitWorkItems: TWorkItemProvider = {
  module: 'cadre-visit',
  async collect(db, user, asOf) {
    if (user.cadreId && can(user.role, 'cadre-visit.record')) {
      const { from, to } = quarterRange(Number(asOf.slice(0, 4)), quarterOf(asOf));
      const subjects = await subjectsOfCadre(db, user.cadreId, from, to);
      return subjects
        .filter((s) => !s.lastVisitedOn)
        .map((s): TDueWork => {
          // 【 sorts before any name on the same due date: grade D subjects come first.
          const high = s.riskGrade === 'D' ? { zh: '【高风险】', en: '【high risk】' } : { zh: '', en: '' };
          const onSite = mustVisitOnSite(s.level) ? { zh: '（须现场督导）', en: ' (on site)' } : { zh: '', en: '' };
          return {
            module: 'cadre-visit',
            kind: 'visit',
            title: { zh: `${high.zh}${s.operatorName}：本季度尚未督导${onSite.zh}`, en: `${high.en}${s.operatorName}: not yet visited this quarter${onSite.en}` },
            operatorId: s.operatorId,
            operatorName: s.operatorName,
            dueOn: to,
            link: `/cadre-visits/new?operatorId=${s.operatorId}`,
          };
        });
    }
    if (user.operatorId && can(user.role, 'cadre-visit.respond')) {
      return (await remoteVisitsAwaiting(db, user.operatorId)).map(
        (v): TDueWork => ({
          module: 'cadre-visit',
          kind: 'respond',
          title: { zh: `${v.operatorName}：包保干部${v.cadreName}远程督导待提交材料`, en: `${v.operatorName}: records for ${v.cadreName}'s remote visit` },
          operatorId: v.operatorId,
          operatorName: v.operatorName,
          dueOn: quarterRange(Number(v.visitedOn.slice(0, 4)), quarterOf(v.visitedOn)).to,
          link: `/cadre-visits/${v.id}`,
        }),
      );
    }
    if (!can(user.role, 'cadre-problem.handle')) return [];
    const district = ROLE_SCOPE[user.role] === 'district';
    if (!district && !user.stationId) return [];
    const rows = district ? await escalatedProblems(db, user.bureauId) : await openProblemsOfStation(db, user.bureauId, user.stationId!);
    return rows.map(
      (p): TDueWork => ({
        module: 'cadre-visit',
        kind: district ? 'decide' : 'close',
        title: district
          ? { zh: `${p.operatorName}：交办问题已上报（${p.description}）`, en: `${p.operatorName}: problem escalated (${p.description})` }
          : { zh: `${p.operatorName}：包保干部交办问题待销号（${p.description}）`, en: `${p.operatorName}: problem from a cadre to close (${p.description})` },
        operatorId: p.operatorId,
        operatorName: p.operatorName,
        dueOn: p.dueOn,
        link: `/cadre-problems?status=${p.status}`,
      }),
    );
  },
};
