// Complaint hotspots (投诉热点): rates per 1,000 operators, week-over-week spikes against a trailing
// baseline, the businesses drawing the most complaints. The arithmetic lives here, pure, so that the
// server, the web app and the tests read the same rules.
import { z } from 'zod';
import { COMPLAINT_ISSUE_TYPES, COMPLAINT_TRADES, type TComplaintIssueType, type TComplaintTrade } from './complaint.ts';
import type { TOperatorTag, TOperatorType } from './operator.ts';
import { addDays } from './working-days.ts';

/**
 * The trade an operator counts in when complaints are rated per 1,000 operators. Complaint trades
 * follow the 12315 platform's words, operator types the licence's, so the denominators map one onto
 * the other; each operator counts in exactly one trade. `other` has no operators (its rate is null).
 */
export function complaintTradeOf(type: TOperatorType, tags: readonly TOperatorTag[]): TComplaintTrade {
  switch (type) {
    case 'producer':
    case 'small_workshop':
      return 'food_production';
    case 'caterer':
    case 'small_eatery':
    case 'street_vendor':
      return 'catering';
    case 'canteen':
      return 'canteen';
    case 'online_seller':
      return 'online_food';
    case 'seller':
      // Stalls of a farmers' market sell edible farm produce; shops and supermarkets sell food.
      return tags.includes('farmers_market') ? 'farm_produce' : 'food_sales';
  }
}

/** Complaints per 1,000 operators, one decimal; null where there are no operators to rate against. */
export function ratePerThousand(complaints: number, operators: number): number | null {
  return operators > 0 ? Math.round((complaints * 10_000) / operators) / 10 : null;
}

const DAY_MS = 86_400_000;
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/**
 * The period just before [from, to] with the same number of days. Pure date arithmetic on China dates,
 * so a period across New Year or 29 February compares with one just as long.
 */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const days = daysBetween(from, to) + 1;
  const previousTo = addDays(from, -1);
  return { from: addDays(previousTo, -(days - 1)), to: previousTo };
}

/** The spike rule: this week against the mean and sd of the previous ordinary weeks. */
export const SPIKE_RULE = {
  baselineWeeks: 8,
  /** How far back ordinary weeks are looked for when holiday weeks are left out of the baseline. */
  lookbackWeeks: 16,
  z: 2,
  /** A week with this many statutory holiday days or more is a holiday week (春节, 国庆, 劳动节…). */
  holidayWeekDays: 3,
  /** A flat baseline (every week the same) has sd 0: a floor of one complaint keeps z finite and sober. */
  sdFloor: 1,
  /** The fewest weeks a baseline needs before a z-score means anything. */
  minBaselineWeeks: 4,
} as const;

export type TWeekWindow = { from: string; to: string; holidayDays: number; holidayWeek: boolean };

/**
 * Seven-day windows ending on `end`, newest first. Windows are anchored on the end date rather than on
 * ISO weeks, so that no week is split or renumbered at a year end (week 53, week 1 across New Year).
 */
export function weekWindows(end: string, count: number, holidays: ReadonlySet<string>): TWeekWindow[] {
  return Array.from({ length: count }, (_, i) => {
    const to = addDays(end, -7 * i);
    const from = addDays(to, -6);
    let holidayDays = 0;
    for (let d = from; d <= to; d = addDays(d, 1)) if (holidays.has(d)) holidayDays += 1;
    return { from, to, holidayDays, holidayWeek: holidayDays >= SPIKE_RULE.holidayWeekDays };
  });
}

export type TSpikeScore = { count: number; mean: number | null; sd: number | null; z: number | null; baselineWeeks: number; flagged: boolean };

/**
 * Scores the newest window's count (counts[0]) against a baseline of the previous ordinary weeks:
 * holiday weeks are left out, because a Golden Week (quiet or busy) says nothing about a normal week,
 * and the search goes back further to still find `baselineWeeks` of them.
 */
export function spikeScore(counts: readonly number[], windows: readonly TWeekWindow[], minCount: number): TSpikeScore {
  const baseline: number[] = [];
  for (let i = 1; i < windows.length && baseline.length < SPIKE_RULE.baselineWeeks; i++) {
    if (!windows[i].holidayWeek) baseline.push(counts[i] ?? 0);
  }
  const count = counts[0] ?? 0;
  if (baseline.length < SPIKE_RULE.minBaselineWeeks) return { count, mean: null, sd: null, z: null, baselineWeeks: baseline.length, flagged: false };
  const mean = baseline.reduce((s, c) => s + c, 0) / baseline.length;
  const sd = Math.sqrt(baseline.reduce((s, c) => s + (c - mean) ** 2, 0) / (baseline.length - 1));
  const z = (count - mean) / Math.max(sd, SPIKE_RULE.sdFloor);
  const round2 = (v: number) => Math.round(v * 100) / 100;
  return { count, mean: round2(mean), sd: round2(sd), z: round2(z), baselineWeeks: baseline.length, flagged: z >= SPIKE_RULE.z && count >= minCount };
}

const ZDate = z.iso.date({ message: 'date.invalid' });

/** Three years at most in one view: the per-day series stay small and the rates stay comparable. */
export const HOTSPOT_MAX_DAYS = 1096;

const hotspotFilters = {
  from: ZDate.optional(),
  to: ZDate.optional(),
  trade: z.enum(COMPLAINT_TRADES).optional(),
  issueType: z.enum(COMPLAINT_ISSUE_TYPES).optional(),
  /** A spike needs at least this many complaints in its week. */
  minSpikeCount: z.coerce.number().int().min(1).max(1000).default(5),
};

function checkRange(q: { from?: string; to?: string }, ctx: z.RefinementCtx) {
  if (q.from && q.to && q.from > q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'hotspot.toBeforeFrom' });
  if (q.from && q.to && daysBetween(q.from, q.to) + 1 > HOTSPOT_MAX_DAYS) ctx.addIssue({ code: 'custom', path: ['from'], message: 'hotspot.rangeTooLong' });
}

export const ZHotspotQuery = z.strictObject(hotspotFilters).superRefine(checkRange);
export type THotspotQuery = z.infer<typeof ZHotspotQuery>;

export const HOTSPOT_CHARTS = ['units', 'unitTrade', 'issueTypes', 'weekly', 'spikes', 'topOperators'] as const;
export type THotspotChart = (typeof HOTSPOT_CHARTS)[number];
/** The same filters; `chart` names the one chart whose data to export (all of them without it). */
export const ZHotspotExportQuery = z.strictObject({ ...hotspotFilters, chart: z.enum(HOTSPOT_CHARTS).optional() }).superRefine(checkRange);
export type THotspotExportQuery = z.infer<typeof ZHotspotExportQuery>;

export type THotspotUnit = {
  unitCode: string;
  unitName: string;
  complaints: number;
  operators: number;
  rate: number | null;
  /** The mean position of the unit's operators: the map's marker (no township boundaries exist in the data). */
  longitude: number | null;
  latitude: number | null;
};
export type THotspotUnitTrade = { unitCode: string; unitName: string; trade: TComplaintTrade; complaints: number; operators: number; rate: number | null };
export type THotspotIssueType = { issueType: TComplaintIssueType | 'unclassified'; complaints: number; rate: number | null; share: number };
export type THotspotWeek = TWeekWindow & { complaints: number };
export type THotspotSpike = TSpikeScore & { dimension: 'total' | 'unit' | 'trade' | 'issueType'; key: string; label: string; holidayWeek: boolean };
export type THotspotOperator = {
  operatorId: string;
  name: string;
  unitName: string;
  trade: TComplaintTrade;
  complaints: number;
  previousComplaints: number;
  /** Complaints per 30 days over the period, so periods of any length compare. */
  perThirtyDays: number;
  topIssueType: TComplaintIssueType | 'unclassified' | null;
};

export type TComplaintHotspots = {
  from: string;
  to: string;
  previous: { from: string; to: string };
  totals: { complaints: number; previousComplaints: number; operators: number; rate: number | null };
  units: THotspotUnit[];
  unitTrade: THotspotUnitTrade[];
  issueTypes: THotspotIssueType[];
  /** The windows of the spike rule, newest first: the current week, then the weeks before it. */
  weekly: THotspotWeek[];
  spikes: THotspotSpike[];
  topOperators: THotspotOperator[];
  /** [longitude, latitude, complaints] per 0.01° cell of the matched businesses' positions. */
  heat: [number, number, number][];
};
