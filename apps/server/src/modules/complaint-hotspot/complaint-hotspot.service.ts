import { COMPLAINT_ISSUE_TYPES, COMPLAINT_TRADES, type TComplaintTrade } from '@shian/shared/complaint';
import {
  complaintTradeOf,
  daysBetween,
  HOTSPOT_MAX_DAYS,
  previousPeriod,
  ratePerThousand,
  SPIKE_RULE,
  spikeScore,
  weekWindows,
  type TComplaintHotspots,
  type THotspotIssueType,
  type THotspotQuery,
  type THotspotSpike,
  type THotspotUnit,
  type THotspotOperator,
  type THotspotUnitTrade,
} from '@shian/shared/complaint-hotspot';
import type { TInterviewComplaintCounts } from '@shian/shared/interview';
import { OPERATOR_TYPES, type TOperatorTag, type TOperatorType } from '@shian/shared/operator';
import { addDays, chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { invalidField } from '../../core/field-error.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { operatorScopeOf, type TOperatorScope } from '../operator/operator.public.ts';
import * as repo from './complaint-hotspot.repository.ts';

/** The default view: the 90 days up to today. */
const DEFAULT_DAYS = 90;
const TOP_OPERATORS = 20;

type TKeyed<T> = Map<string, T>;
const add = (map: TKeyed<number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);

function tradeOfOperator(type: string, farmersMarket: boolean): TComplaintTrade {
  if (!OPERATOR_TYPES.includes(type as TOperatorType)) return 'other';
  const tags: TOperatorTag[] = farmersMarket ? ['farmers_market'] : [];
  return complaintTradeOf(type as TOperatorType, tags);
}

/** The period of a query: both ends given, or the 90 days up to the end (today by default). */
export function periodOf(query: Pick<THotspotQuery, 'from' | 'to'>, today = chinaToday()) {
  const to = query.to ?? (query.from && query.from > today ? addDays(query.from, DEFAULT_DAYS - 1) : today);
  const from = query.from ?? addDays(to, -(DEFAULT_DAYS - 1));
  if (from > to) throw invalidField('to', 'hotspot.toBeforeFrom');
  if (daysBetween(from, to) + 1 > HOTSPOT_MAX_DAYS) throw invalidField('from', 'hotspot.rangeTooLong');
  return { from, to };
}

async function operatorDenominators(db: TDbOrTx, scope: TOperatorScope, trade: TComplaintTrade | undefined) {
  const byUnit: TKeyed<number> = new Map();
  const byUnitTrade: TKeyed<number> = new Map();
  const position = new Map<string, { located: number; lon: number; lat: number }>();
  let total = 0;
  for (const r of await repo.operatorCounts(db, scope)) {
    const t = tradeOfOperator(r.type, r.farmersMarket);
    add(byUnitTrade, `${r.unitCode}|${t}`, r.operators);
    // The unit's marker sits among all its businesses, whatever the trade filter.
    const p = position.get(r.unitCode) ?? { located: 0, lon: 0, lat: 0 };
    position.set(r.unitCode, { located: p.located + r.located, lon: p.lon + r.longitudeSum, lat: p.lat + r.latitudeSum });
    if (trade && t !== trade) continue;
    add(byUnit, r.unitCode, r.operators);
    total += r.operators;
  }
  return { byUnit, byUnitTrade, position, total };
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/** Every figure of the hotspot page for the user's data scope. */
export async function complaintHotspots(ctx: TContext, user: TSessionUser, query: THotspotQuery): Promise<TComplaintHotspots> {
  const scope = operatorScopeOf(user);
  const range = periodOf(query);
  const previous = previousPeriod(range.from, range.to);
  const filters = { trade: query.trade, issueType: query.issueType };
  const calendar = await loadCalendar(ctx.db);
  const windows = weekWindows(range.to, SPIKE_RULE.lookbackWeeks + 1, calendar.holidays);
  const [units, counts, previousTotal, denominators, daily, top, heat] = await Promise.all([
    repo.unitsInScope(ctx.db, scope),
    repo.countsByUnitTradeIssue(ctx.db, scope, range, filters),
    repo.countComplaints(ctx.db, scope, previous, filters),
    operatorDenominators(ctx.db, scope, query.trade),
    repo.dailyCounts(ctx.db, scope, { from: windows[windows.length - 1].from, to: range.to }, filters),
    repo.topOperators(ctx.db, scope, range, filters, TOP_OPERATORS),
    repo.heatCells(ctx.db, scope, range, filters),
  ]);
  const unitNames = new Map(units.map((u) => [u.code, u.name]));

  const byUnit: TKeyed<number> = new Map();
  const byUnitTrade: TKeyed<number> = new Map();
  const byIssue: TKeyed<number> = new Map();
  let total = 0;
  for (const c of counts) {
    total += c.complaints;
    if (c.unitCode) add(byUnit, c.unitCode, c.complaints);
    if (c.unitCode && c.trade) add(byUnitTrade, `${c.unitCode}|${c.trade}`, c.complaints);
    add(byIssue, c.issueType ?? 'unclassified', c.complaints);
  }

  const unitRows: THotspotUnit[] = units.map((u) => {
    const complaints = byUnit.get(u.code) ?? 0;
    const operators = denominators.byUnit.get(u.code) ?? 0;
    const p = denominators.position.get(u.code);
    return {
      unitCode: u.code,
      unitName: u.name,
      complaints,
      operators,
      rate: ratePerThousand(complaints, operators),
      longitude: p && p.located > 0 ? round(p.lon / p.located, 4) : null,
      latitude: p && p.located > 0 ? round(p.lat / p.located, 4) : null,
    };
  });

  const trades = query.trade ? [query.trade] : COMPLAINT_TRADES;
  const unitTrade: THotspotUnitTrade[] = units.flatMap((u) =>
    trades.flatMap((trade) => {
      const complaints = byUnitTrade.get(`${u.code}|${trade}`) ?? 0;
      const operators = denominators.byUnitTrade.get(`${u.code}|${trade}`) ?? 0;
      if (complaints === 0 && operators === 0) return [];
      return [{ unitCode: u.code, unitName: u.name, trade, complaints, operators, rate: ratePerThousand(complaints, operators) }];
    }),
  );

  const issueKeys = [...COMPLAINT_ISSUE_TYPES, 'unclassified'] as const;
  const issueTypes: THotspotIssueType[] = issueKeys
    .filter((k) => (query.issueType ? k === query.issueType : k !== 'unclassified' || byIssue.has(k)))
    .map((issueType) => {
      const complaints = byIssue.get(issueType) ?? 0;
      return { issueType, complaints, rate: ratePerThousand(complaints, denominators.total), share: total > 0 ? round((complaints * 100) / total, 1) : 0 };
    });

  const spikes = spikesOf(daily, windows, range.to, query.minSpikeCount, unitNames);
  const topOperators = await topOperatorRows(ctx.db, scope, range, previous, filters, top);
  return {
    from: range.from,
    to: range.to,
    previous,
    totals: { complaints: total, previousComplaints: previousTotal, operators: denominators.total, rate: ratePerThousand(total, denominators.total) },
    units: unitRows,
    unitTrade,
    issueTypes,
    weekly: windows.map((w, i) => ({ ...w, complaints: spikes.totals[i] })),
    spikes: spikes.flagged,
    topOperators,
    heat,
  };
}

type TDaily = Awaited<ReturnType<typeof repo.dailyCounts>>;

/** Scores every series (all complaints, each unit, trade and issue type) and keeps the flagged ones. */
function spikesOf(daily: TDaily, windows: ReturnType<typeof weekWindows>, end: string, minCount: number, unitNames: Map<string, string>) {
  const series = new Map<string, number[]>();
  const bump = (key: string, index: number, n: number) => {
    const counts = series.get(key) ?? new Array<number>(windows.length).fill(0);
    counts[index] += n;
    series.set(key, counts);
  };
  for (const d of daily) {
    const index = Math.floor(daysBetween(d.day, end) / 7);
    if (index < 0 || index >= windows.length) continue;
    bump('total|', index, d.complaints);
    // Unmatched complaints outside the user's units have no unit name: they count in the total only.
    if (d.unitCode && unitNames.has(d.unitCode)) bump(`unit|${d.unitCode}`, index, d.complaints);
    if (d.trade) bump(`trade|${d.trade}`, index, d.complaints);
    bump(`issueType|${d.issueType ?? 'unclassified'}`, index, d.complaints);
  }
  const flagged: THotspotSpike[] = [];
  for (const [key, counts] of series) {
    const score = spikeScore(counts, windows, minCount);
    if (!score.flagged) continue;
    const [dimension, code] = key.split('|') as [THotspotSpike['dimension'], string];
    const label = dimension === 'unit' ? unitNames.get(code)! : code;
    flagged.push({ ...score, dimension, key: code, label, holidayWeek: windows[0].holidayWeek });
  }
  flagged.sort((a, b) => (b.z ?? 0) - (a.z ?? 0) || a.key.localeCompare(b.key));
  return { flagged, totals: series.get('total|') ?? new Array<number>(windows.length).fill(0) };
}

async function topOperatorRows(
  db: TDbOrTx,
  scope: TOperatorScope,
  range: repo.TDateRange,
  previous: repo.TDateRange,
  filters: repo.TComplaintFilters,
  top: Awaited<ReturnType<typeof repo.topOperators>>,
): Promise<THotspotOperator[]> {
  const ids = top.map((t) => t.operatorId);
  const [current, before] = await Promise.all([repo.issueCountsOf(db, scope, range, filters, ids), repo.issueCountsOf(db, scope, previous, filters, ids)]);
  const days = daysBetween(range.from, range.to) + 1;
  return top.map((t) => {
    const issues = current.filter((c) => c.operatorId === t.operatorId).sort((a, b) => b.complaints - a.complaints || String(a.issueType).localeCompare(String(b.issueType)));
    return {
      operatorId: t.operatorId,
      name: t.name,
      unitName: t.unitName,
      trade: tradeOfOperator(t.type, t.tags.includes('farmers_market')),
      complaints: t.complaints,
      previousComplaints: before.filter((c) => c.operatorId === t.operatorId).reduce((s, c) => s + c.complaints, 0),
      perThirtyDays: round((t.complaints * 30) / days, 1),
      topIssueType: issues.length > 0 ? (issues[0].issueType ?? 'unclassified') : null,
    };
  });
}

/** What an interview notice cites: the business's complaints in the period, by issue type. */
export async function complaintCountsOf(ctx: TContext, user: TSessionUser, operatorId: string, range: repo.TDateRange): Promise<TInterviewComplaintCounts> {
  const rows = await repo.issueCountsOf(ctx.db, operatorScopeOf(user), range, {}, [operatorId]);
  const byIssueType = rows
    .map((r) => ({ issueType: r.issueType ?? 'unclassified', complaints: r.complaints }))
    .sort((a, b) => b.complaints - a.complaints || a.issueType.localeCompare(b.issueType));
  return { total: byIssueType.reduce((s, r) => s + r.complaints, 0), byIssueType };
}

/** Businesses with at least `minComplaints` complaints in the `days` up to today: candidates for ODR. */
export async function operatorsWithManyComplaints(ctx: TContext, user: TSessionUser, minComplaints: number, days: number) {
  const to = chinaToday();
  const rows = await repo.topOperators(ctx.db, operatorScopeOf(user), { from: addDays(to, -(days - 1)), to }, {}, 200, minComplaints);
  return rows.map((r) => ({ operatorId: r.operatorId, name: r.name, unitName: r.unitName, complaints: r.complaints }));
}

/** One complaint in the user's scope (404 for the caller when null). */
export const findComplaintInScope = (ctx: TContext, user: TSessionUser, id: string) => repo.findComplaint(ctx.db, operatorScopeOf(user), id);

/** The business's open complaints of the last `days` days. */
export const openComplaintsOf = (ctx: TContext, user: TSessionUser, operatorId: string, days: number) =>
  repo.openComplaintsOf(ctx.db, operatorScopeOf(user), operatorId, addDays(chinaToday(), -(days - 1)), 100);

export const complaintsByIds = (db: TDbOrTx, ids: string[]) => repo.complaintsByIds(db, ids);
