// Supervision coverage per quarter: how many guaranteed subjects were visited, by the level of the cadre that
// guarantees it and by township unit, with the problems found, closed and overdue; and the daily bulletin.
import { coverageRate, quarterOf, quarterRange, type TCoverage, type TCoverageCadreQuery, type TCoverageCadreRow, type TCoverageQuery } from '@shian/shared/cadre-coverage';
import type { TPage } from '@shian/shared/http';
import { CADRE_LEVELS, type TCadreLevel } from '@shian/shared/cadre';
import { chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import { xlsxStream, type TColumn } from '../../core/excel.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import * as repo from './cadre-coverage.repository.ts';

/** The quarter asked for, or the current one. */
export function periodOf(query: TCoverageQuery, today = chinaToday()) {
  const year = query.year ?? Number(today.slice(0, 4));
  const quarter = query.quarter ?? quarterOf(today);
  return { year, quarter, ...quarterRange(year, quarter) };
}

export async function coverage(ctx: TContext, user: TSessionUser, query: TCoverageQuery): Promise<TCoverage> {
  const today = chinaToday();
  const period = periodOf(query, today);
  const scope = operatorScopeOf(user);
  const subjects = await repo.subjectsWithVisits(ctx.db, scope, period.from, period.to);
  const problems = await repo.problemsByUnit(ctx.db, scope, period.from, period.to, today);

  const levels = new Map<TCadreLevel, { subjects: number; visited: number }>();
  const units = new Map<string, { unitName: string; subjects: number; visited: number }>();
  for (const s of subjects) {
    const level = s.level;
    const l = levels.get(level) ?? { subjects: 0, visited: 0 };
    const u = units.get(s.unitCode) ?? { unitName: s.unitName, subjects: 0, visited: 0 };
    l.subjects += 1;
    u.subjects += 1;
    if (s.visited) {
      l.visited += 1;
      u.visited += 1;
    }
    levels.set(level, l);
    units.set(s.unitCode, u);
  }
  const problemsOf = new Map(problems.map((p) => [p.unitCode, p]));
  const visited = subjects.filter((s) => s.visited).length;
  const byUnit = [...units.entries()]
    .map(([unitCode, u]) => {
      const p = problemsOf.get(unitCode);
      return { unitCode, ...u, rate: coverageRate(u.visited, u.subjects), found: p?.found ?? 0, closed: p?.closed ?? 0, overdue: p?.overdue ?? 0 };
    })
    .sort((a, b) => b.rate - a.rate || a.unitCode.localeCompare(b.unitCode));
  const sum = (key: 'found' | 'closed' | 'overdue') => problems.reduce((n, p) => n + p[key], 0);
  return {
    ...period,
    asOf: today,
    subjects: subjects.length,
    visited,
    rate: coverageRate(visited, subjects.length),
    problems: { found: sum('found'), closed: sum('closed'), overdue: sum('overdue') },
    byLevel: CADRE_LEVELS.filter((level) => levels.has(level)).map((level) => {
      const l = levels.get(level)!;
      return { level, ...l, rate: coverageRate(l.visited, l.subjects) };
    }),
    byUnit,
  };
}

/** Coverage by cadre (and the unit of its subjects), the laggards first, a page at a time. */
export async function coverageByCadre(ctx: TContext, user: TSessionUser, query: TCoverageCadreQuery): Promise<TPage<TCoverageCadreRow>> {
  const today = chinaToday();
  const { from, to } = periodOf(query, today);
  const filter = { from, to, today, unitCode: query.unitCode, level: query.level };
  const { rows, total } = await repo.coverageByCadre(ctx.db, operatorScopeOf(user), filter, query);
  const items = rows.map((r) => ({ ...r, rate: coverageRate(r.visited, r.subjects) }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}

type TUnitRow = TCoverage['byUnit'][number] & { rank: number };

/** The daily progress bulletin (督导进度日报): units ranked by coverage, then the total. */
export async function coverageBulletin(ctx: TContext, user: TSessionUser, query: TCoverageQuery) {
  const c = await coverage(ctx, user, query);
  const columns: TColumn<TUnitRow>[] = [
    { header: '排名', width: 6, value: (r) => (r.rank > 0 ? r.rank : '') },
    { header: '街道（乡镇）', width: 16, value: (r) => r.unitName },
    { header: '包保主体数', width: 12, value: (r) => r.subjects },
    { header: '已督导', width: 10, value: (r) => r.visited },
    { header: '覆盖率（%）', width: 12, value: (r) => r.rate },
    { header: '发现问题', width: 10, value: (r) => r.found },
    { header: '已销号', width: 10, value: (r) => r.closed },
    { header: '逾期', width: 8, value: (r) => r.overdue },
  ];
  const rows: TUnitRow[] = c.byUnit.map((u, i) => ({ ...u, rank: i + 1 }));
  rows.push({ rank: 0, unitCode: '', unitName: `合计（${c.year} 年第 ${c.quarter} 季度，截至 ${c.asOf}）`, subjects: c.subjects, visited: c.visited, rate: c.rate, ...c.problems });
  async function* pages() {
    yield rows;
  }
  return { fileName: `包保督导进度日报-${c.asOf}.xlsx`, stream: xlsxStream('督导进度', columns, pages()) };
}
