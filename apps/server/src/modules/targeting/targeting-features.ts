// The signals the targeting model sees for one operator as of one moment, from the platform's own
// records: its inspections and their results, rectifications, failed samples, complaints, case
// leads, penalties, the serious-violation list, licence age, type, categories, tags and unit, and
// how often the inspectors of its last inspection found serious problems. Nothing about who owns or runs the business is a signal.
// No I/O: the caller hands over the operator's history as of the moment, and every value is set
// with the time its fact became known, so a fact from the moment on or later throws (as-of.ts).
import { OPERATOR_CATEGORIES, OPERATOR_TAGS, OPERATOR_TYPES } from '@shian/shared/operator';
import { AsOfRow } from './model/as-of.ts';

export const DAY_MS = 86_400_000;
/** "Recent" in the counts below. */
const YEAR_MS = 365 * DAY_MS;
/** Days since the last inspection are capped here; never inspected counts as the cap. */
export const DAYS_SINCE_CAP = 1095;
/** How many inspections an inspector's own rate is worth against the overall rate (smoothing). */
const INSPECTOR_PRIOR_WEIGHT = 20;

/** Attributes the registry keeps only in their current form (type, unit): known before any moment. */
const CURRENT_ATTRIBUTE = Number.NEGATIVE_INFINITY;

export type TInspectionFact = {
  id: string;
  operatorId: string;
  inspectedOn: string;
  /** When the result became known. */
  closedAt: number;
  serious: boolean;
  minor: boolean;
  keyNonconforming: number;
  generalNonconforming: number;
  inspectorIds: string[];
};

export type TRectificationFact = {
  operatorId: string;
  /** When the demand was made (its inspection closed). */
  issuedAt: number;
  /** The end of the due day: after it an unanswered demand is overdue. */
  dueEndsAt: number;
  answeredAt: number | null;
  acceptedAt: number | null;
};

/** A dated fact with nothing more to it: a failed sample's report, a complaint, a case lead, a penalty. */
export type TDatedFact = { operatorId: string; at: number };

/** A listing on the serious-violation list (严重违法失信名单) and its exit, if any. */
export type TListingFact = { operatorId: string; listedAt: number; exitedAt: number | null };

export type TOperatorFact = {
  id: string;
  type: string;
  categories: string[];
  tags: string[];
  unitCode: string;
  /** Issue times of its licences. */
  licencesIssuedAt: number[];
};

/** The operator's history known before `asOf`: facts at or after it make the builder throw. */
export type TOperatorHistory = {
  inspections: TInspectionFact[];
  rectifications: TRectificationFact[];
  failedSamples: TDatedFact[];
  complaints: TDatedFact[];
  leads: TDatedFact[];
  penalties: TDatedFact[];
  listings: TListingFact[];
};

/** The serious-finding rate of an inspector from inspections closed before the moment. */
export type TInspectorRate = (inspectorId: string) => { rate: number; observedAt: number };

export const NUMERIC_FEATURES = [
  'inspections365',
  'seriousFindings365',
  'minorFindings365',
  'seriousFindingsAll',
  'lastSerious',
  'lastMinor',
  'lastKeyItems',
  'lastGeneralItems',
  'neverInspected',
  'daysSinceInspection',
  'openRectifications',
  'overdueRectifications',
  'failedSamples365',
  'complaints365',
  'caseLeads365',
  'penalties365',
  'onCreditList',
  'licenceAgeDays',
  'lastInspectorsRate',
] as const;

/** The model's feature names: the numbers above, then one 0/1 column per type, category, tag and unit. */
export function featureNames(unitCodes: string[]): string[] {
  return [
    ...NUMERIC_FEATURES,
    ...OPERATOR_TYPES.map((t) => `type=${t}`),
    ...OPERATOR_CATEGORIES.map((c) => `category=${c}`),
    ...OPERATOR_TAGS.map((t) => `tag=${t}`),
    ...[...unitCodes].sort().map((u) => `unit=${u}`),
  ];
}

/** The newest of the times, or just before `asOf` when there are none (a count of zero is known then). */
function newest(times: number[], asOf: number): number {
  return times.length ? Math.max(...times) : asOf - 1;
}

export function operatorFeatures(operator: TOperatorFact, history: TOperatorHistory, asOf: number, inspectorRate: TInspectorRate, unitCodes: string[]): AsOfRow {
  const row = new AsOfRow(asOf);
  const recentFrom = asOf - YEAR_MS;
  const inspections = [...history.inspections].sort((a, b) => a.closedAt - b.closedAt);
  const recent = inspections.filter((i) => i.closedAt >= recentFrom);
  const last = inspections.at(-1);
  const times = (list: { closedAt: number }[]) => list.map((i) => i.closedAt);

  row.set('inspections365', recent.length, newest(times(recent), asOf));
  row.set('seriousFindings365', recent.filter((i) => i.serious).length, newest(times(recent), asOf));
  row.set('minorFindings365', recent.filter((i) => i.minor).length, newest(times(recent), asOf));
  row.set('seriousFindingsAll', inspections.filter((i) => i.serious).length, newest(times(inspections), asOf));
  const lastAt = last?.closedAt ?? asOf - 1;
  row.set('lastSerious', last?.serious ? 1 : 0, lastAt);
  row.set('lastMinor', last?.minor ? 1 : 0, lastAt);
  row.set('lastKeyItems', last?.keyNonconforming ?? 0, lastAt);
  row.set('lastGeneralItems', last?.generalNonconforming ?? 0, lastAt);
  row.set('neverInspected', last ? 0 : 1, lastAt);
  row.set('daysSinceInspection', last ? Math.min(DAYS_SINCE_CAP, Math.floor((asOf - last.closedAt) / DAY_MS)) : DAYS_SINCE_CAP, lastAt);

  // A demand counts as open until it is accepted, overdue when its due day has passed unanswered;
  // later answers are not known yet at `asOf`, so they count as not having happened.
  const rectifications = history.rectifications;
  const open = rectifications.filter((r) => r.acceptedAt === null || r.acceptedAt >= asOf);
  const overdue = open.filter((r) => r.dueEndsAt < asOf && (r.answeredAt === null || r.answeredAt >= asOf));
  row.set(
    'openRectifications',
    open.length,
    newest(
      rectifications.map((r) => r.issuedAt),
      asOf,
    ),
  );
  row.set('overdueRectifications', overdue.length, newest([...rectifications.map((r) => r.issuedAt), ...overdue.map((r) => r.dueEndsAt)], asOf));

  for (const [name, facts] of [
    ['failedSamples365', history.failedSamples],
    ['complaints365', history.complaints],
    ['caseLeads365', history.leads],
    ['penalties365', history.penalties],
  ] as const) {
    const inYear = facts.filter((f) => f.at >= recentFrom);
    row.set(
      name,
      inYear.length,
      newest(
        facts.map((f) => f.at),
        asOf,
      ),
    );
  }
  // An exit not yet known at `asOf` has not happened.
  const listed = history.listings.filter((l) => l.exitedAt === null || l.exitedAt >= asOf);
  row.set(
    'onCreditList',
    listed.length ? 1 : 0,
    newest(
      history.listings.map((l) => l.listedAt),
      asOf,
    ),
  );

  const issued = operator.licencesIssuedAt.filter((t) => t < asOf);
  row.set('licenceAgeDays', issued.length ? Math.floor((asOf - Math.min(...issued)) / DAY_MS) : -1, issued.length ? Math.min(...issued) : asOf - 1);

  const rates = (last?.inspectorIds ?? []).map(inspectorRate);
  const overall = inspectorRate('');
  row.set(
    'lastInspectorsRate',
    rates.length ? rates.reduce((s, r) => s + r.rate, 0) / rates.length : overall.rate,
    newest([...rates.map((r) => r.observedAt), overall.observedAt], asOf),
  );

  for (const t of OPERATOR_TYPES) row.set(`type=${t}`, operator.type === t ? 1 : 0, CURRENT_ATTRIBUTE);
  for (const c of OPERATOR_CATEGORIES) row.set(`category=${c}`, operator.categories.includes(c) ? 1 : 0, CURRENT_ATTRIBUTE);
  for (const t of OPERATOR_TAGS) row.set(`tag=${t}`, operator.tags.includes(t) ? 1 : 0, CURRENT_ATTRIBUTE);
  for (const u of unitCodes) row.set(`unit=${u}`, operator.unitCode === u ? 1 : 0, CURRENT_ATTRIBUTE);
  return row;
}

/** Serious-finding rates per inspector as of any moment, from every closed inspection. */
export function inspectorRates(inspections: TInspectionFact[]): (asOf: number) => TInspectorRate {
  const sorted = [...inspections].sort((a, b) => a.closedAt - b.closedAt);
  const overallTimes = sorted.map((i) => i.closedAt);
  const overallSerious = prefixCounts(sorted.map((i) => i.serious));
  const byInspector = new Map<string, TInspectionFact[]>();
  for (const i of sorted) {
    for (const id of i.inspectorIds) {
      const list = byInspector.get(id) ?? [];
      list.push(i);
      byInspector.set(id, list);
    }
  }
  const timelines = new Map([...byInspector].map(([id, list]) => [id, { times: list.map((i) => i.closedAt), serious: prefixCounts(list.map((i) => i.serious)) }]));
  return (asOf) => {
    const n = countBefore(overallTimes, asOf);
    const prior = n ? overallSerious[n] / n : 0.1;
    const priorAt = n ? overallTimes[n - 1] : asOf - 1;
    return (inspectorId) => {
      const timeline = timelines.get(inspectorId);
      if (!inspectorId || !timeline) return { rate: prior, observedAt: priorAt };
      const k = countBefore(timeline.times, asOf);
      return {
        rate: (timeline.serious[k] + prior * INSPECTOR_PRIOR_WEIGHT) / (k + INSPECTOR_PRIOR_WEIGHT),
        observedAt: k ? Math.max(timeline.times[k - 1], priorAt) : priorAt,
      };
    };
  };
}

function prefixCounts(flags: boolean[]): number[] {
  const out = [0];
  for (const f of flags) out.push(out[out.length - 1] + (f ? 1 : 0));
  return out;
}

/** How many of the ascending times are before `t`. */
export function countBefore(times: number[], t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
