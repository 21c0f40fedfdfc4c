// The task list of a cadre's year (任务清单): the visits due per subject and quarter at the level's frequency,
// on site for the levels that guarantee high-risk subjects; a campaign's visit to every subject in its window;
// and the level's standing tasks. Done is counted from the cadre's visits, so the list is always current.
import { mustVisitOnSite, quarterRange } from '@shian/shared/cadre-coverage';
import type { TCadreLevel } from '@shian/shared/cadre';
import type { TDutySubject, TDutyTask } from '@shian/shared/cadre-duty';

export type TVisitFact = { operatorId: string; visitedOn: string; mode: 'on_site' | 'remote' };
export type TCampaignFact = { title: string; fromOn: string; toOn: string };

type TInput = {
  year: number;
  level: TCadreLevel;
  visitsPerQuarter: number;
  subjects: TDutySubject[];
  campaigns: TCampaignFact[];
  standing: string[];
  visits: TVisitFact[];
};

export function dutyTasks({ year, level, visitsPerQuarter, subjects, campaigns, standing, visits }: TInput): TDutyTask[] {
  const onSite = mustVisitOnSite(level);
  const counted = visits.filter((v) => !onSite || v.mode === 'on_site');
  const visitsIn = (operatorId: string, from: string, to: string) => counted.filter((v) => v.operatorId === operatorId && v.visitedOn >= from && v.visitedOn <= to).length;
  const tasks: TDutyTask[] = standing.map((title) => ({
    kind: 'standing',
    title,
    from: null,
    to: null,
    quarter: null,
    operatorId: null,
    onSite: false,
    required: 0,
    done: 0,
    complete: false,
  }));
  for (const quarter of [1, 2, 3, 4]) {
    const { from, to } = quarterRange(year, quarter);
    for (const s of subjects) {
      const done = visitsIn(s.operatorId, from, to);
      const title = `第${quarter}季度督导：${s.operatorName}${visitsPerQuarter > 1 ? `（${visitsPerQuarter} 次）` : ''}${onSite ? '（现场）' : ''}`;
      tasks.push({ kind: 'visit', title, from, to, quarter, operatorId: s.operatorId, onSite, required: visitsPerQuarter, done, complete: done >= visitsPerQuarter });
    }
  }
  for (const c of campaigns) {
    const done = subjects.filter((s) => visitsIn(s.operatorId, c.fromOn, c.toOn) > 0).length;
    tasks.push({
      kind: 'campaign',
      title: c.title,
      from: c.fromOn,
      to: c.toOn,
      quarter: null,
      operatorId: null,
      onSite,
      required: subjects.length,
      done,
      complete: done >= subjects.length,
    });
  }
  return tasks;
}
