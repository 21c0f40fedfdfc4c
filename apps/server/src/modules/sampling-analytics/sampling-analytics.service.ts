import { failureRate, type TSamplingDashboard, type TSamplingDashboardQuery } from '@shian/shared/sampling-analytics';
import { OPERATOR_TYPE_NAMES } from '@shian/shared/dictionary';
import type { TOperatorType } from '@shian/shared/operator';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { disposalsByStation } from '../disposal/disposal.public.ts';
import { chinaToday } from '@shian/shared/working-days';
import * as repo from './sampling-analytics.repository.ts';

type TCounted = { key: string; tested: number; failed: number };
const rated = (rows: TCounted[], label: (key: string) => string) => rows.map((r) => ({ ...r, label: label(r.key), rate: failureRate(r.tested, r.failed) }));

export async function samplingDashboard(ctx: TContext, user: TSessionUser, query: TSamplingDashboardQuery): Promise<TSamplingDashboard> {
  const scope = operatorScopeOf(user);
  const [category, unit, month, type, items, disposals] = await Promise.all([
    repo.ratesBy(ctx.db, scope, query.year, 'category'),
    repo.ratesBy(ctx.db, scope, query.year, 'unit'),
    repo.ratesBy(ctx.db, scope, query.year, 'month'),
    repo.ratesBy(ctx.db, scope, query.year, 'type'),
    repo.topFailingItems(ctx.db, scope, query.year),
    disposalsByStation(ctx, user, chinaToday()),
  ]);
  const months = new Map(month.map((m) => [Number(m.key), m]));
  return {
    year: query.year,
    byFoodCategory: rated(category, (k) => k),
    topFailingItems: items.map((i) => ({ ...i, rate: failureRate(i.tested, i.failed) })),
    byUnit: rated(unit, (k) => k),
    // Every month, so that the season shows even where nothing was sampled.
    byMonth: rated(
      Array.from({ length: 12 }, (_, i) => months.get(i + 1) ?? { key: String(i + 1), tested: 0, failed: 0 }).map((m) => ({ ...m, key: String(Number(m.key)) })),
      (k) => `${k}月`,
    ),
    byOperatorType: rated(type, (k) => OPERATOR_TYPE_NAMES[k as TOperatorType]?.zh ?? k),
    disposalsByStation: disposals,
  };
}
