import { ROLE_SCOPE } from '@shian/shared/access';
import type { TDashboardQuery, TInspectionDashboard } from '@shian/shared/dashboard';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import { chinaToday } from '@shian/shared/working-days';
import { notFound } from '../../core/errors.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import * as repo from './dashboard.repository.ts';

const rate = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

export async function inspectionDashboard(ctx: TContext, user: TSessionUser, query: TDashboardQuery): Promise<TInspectionDashboard> {
  if (ROLE_SCOPE[user.role] === 'station' && query.stationId && query.stationId !== user.stationId) throw notFound();
  const f = { scope: operatorScopeOf(user), year: query.year, stationId: query.stationId ?? null };
  const [planned, done, overdue, byType, items, grades] = await Promise.all([
    repo.plannedByStationMonth(ctx.db, f),
    repo.doneByStationMonth(ctx.db, f),
    repo.overdueRectificationsByStation(ctx.db, f, chinaToday()),
    repo.nonconformityByType(ctx.db, f),
    repo.topNonconformingItems(ctx.db, f, 10),
    repo.gradesByUnit(ctx.db, f),
  ]);
  const cells = new Map<string, TInspectionDashboard['planVsDone'][number]>();
  const cell = (r: { stationId: string; stationName: string; month: number }) => {
    const key = `${r.stationName}|${r.stationId}|${String(r.month).padStart(2, '0')}`;
    if (!cells.has(key)) cells.set(key, { stationId: r.stationId, stationName: r.stationName, month: r.month, planned: 0, done: 0 });
    return cells.get(key)!;
  };
  for (const r of planned) cell(r).planned += r.n;
  for (const r of done) cell(r).done += r.n;
  const units = new Map<string, TInspectionDashboard['gradesByUnit'][number]>();
  for (const r of grades) {
    const entry = units.get(r.unitCode) ?? { unitCode: r.unitCode, unitName: r.unitName, counts: { A: 0, B: 0, C: 0, D: 0, ungraded: 0 } };
    entry.counts[r.grade ?? 'ungraded'] += r.n;
    units.set(r.unitCode, entry);
  }
  return {
    year: query.year,
    planVsDone: [...cells.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => v),
    overdueRectifications: overdue.map((r) => ({ stationId: r.stationId, stationName: r.stationName, count: r.n })),
    nonconformityByType: byType.map((r) => ({ ...r, rate: rate(r.nonconforming, r.inspections) })),
    topNonconformingItems: items.map((r) => ({ ...r, rate: rate(r.nonconforming, r.checked) })),
    gradesByUnit: [...units.values()],
  };
}
