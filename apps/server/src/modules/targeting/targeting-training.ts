// Training one version of the targeting model from the platform's facts, without I/O: every closed
// inspection is a row whose features are the operator's signals as of the morning of its day and
// whose label is whether it found a serious problem (a key item nonconforming, result
// `nonconforming`). The latest fifth of the history (by date) is held out to measure the model;
// the version kept is then refitted on all of it. The inspector consistency check and the scores of
// every active operator as of the training moment come out of the same run.
import type { TTargetingEvaluation } from '@shian/shared/targeting';
import type { TDataset } from './model/dataset.ts';
import { contributions, predictRaw, trainBoostingYielding, type TBoostedModel, type TBoostingOptions } from './model/gbdt.ts';
import { sigmoid } from './model/dataset.ts';
import { auc, hitRateByDecile } from './model/metrics.ts';
import {
  DAY_MS,
  featureNames,
  inspectorRates,
  operatorFeatures,
  type TInspectionFact,
  type TInspectorRate,
  type TOperatorFact,
  type TOperatorHistory,
} from './targeting-features.ts';
import { topReasons, type TStoredReason } from './targeting-reasons.ts';

/** Every operator's history at once: the same lists as one operator's, over the whole bureau. */
export type TFacts = TOperatorHistory & {
  operators: (TOperatorFact & { active: boolean })[];
  unitCodes: string[];
};

export const TRAINING_WINDOW_DAYS = 3 * 365;
export const MIN_TRAINING_ROWS = 100;
export const MIN_POSITIVES = 10;
/** An inspector is compared with the model only on this many inspections or more. */
const CONSISTENCY_MIN_INSPECTIONS = 30;
/** |z| at which findings differ from the expectation beyond chance (about 3 in 1,000 by chance). */
export const CONSISTENCY_Z = 3;

export const HUANGPI_BOOSTING: Partial<TBoostingOptions> = {
  rounds: 400,
  learningRate: 0.05,
  maxDepth: 3,
  minChildWeight: 5,
  minSamplesLeaf: 10,
  lambda: 5,
  subsample: 0.8,
  colsample: 0.7,
  maxBins: 32,
  earlyStoppingRounds: 30,
  seed: 1,
};

/** Midnight of a date in China (UTC+8): an inspection's features are as of the start of its day. */
export function startOfChinaDay(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00+08:00`);
}

function groupByOperator<T extends { operatorId: string }>(list: T[], time: (item: T) => number): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of list) {
    const group = out.get(item.operatorId) ?? [];
    group.push(item);
    out.set(item.operatorId, group);
  }
  for (const group of out.values()) group.sort((a, b) => time(a) - time(b));
  return out;
}

/** Each operator's facts by time, sliced to what was known before a moment. */
export class HistoryIndex {
  private readonly inspections;
  private readonly rectifications;
  private readonly failedSamples;
  private readonly complaints;
  private readonly leads;
  private readonly penalties;
  private readonly listings;
  private readonly rates;
  readonly operators: Map<string, TOperatorFact & { active: boolean }>;
  readonly names: string[];

  constructor(readonly facts: TFacts) {
    this.inspections = groupByOperator(facts.inspections, (i) => i.closedAt);
    this.rectifications = groupByOperator(facts.rectifications, (r) => r.issuedAt);
    this.failedSamples = groupByOperator(facts.failedSamples, (f) => f.at);
    this.complaints = groupByOperator(facts.complaints, (f) => f.at);
    this.leads = groupByOperator(facts.leads, (f) => f.at);
    this.penalties = groupByOperator(facts.penalties, (f) => f.at);
    this.listings = groupByOperator(facts.listings, (l) => l.listedAt);
    this.rates = inspectorRates(facts.inspections);
    this.operators = new Map(facts.operators.map((o) => [o.id, o]));
    this.names = featureNames(facts.unitCodes);
  }

  historyAsOf(operatorId: string, asOf: number): TOperatorHistory {
    const before = <T>(map: Map<string, T[]>, time: (item: T) => number) => (map.get(operatorId) ?? []).filter((item) => time(item) < asOf);
    return {
      inspections: before(this.inspections, (i) => i.closedAt),
      rectifications: before(this.rectifications, (r) => r.issuedAt),
      failedSamples: before(this.failedSamples, (f) => f.at),
      complaints: before(this.complaints, (f) => f.at),
      leads: before(this.leads, (f) => f.at),
      penalties: before(this.penalties, (f) => f.at),
      listings: before(this.listings, (l) => l.listedAt),
    };
  }

  inspectorRate(asOf: number): TInspectorRate {
    return this.rates(asOf);
  }

  vector(operatorId: string, asOf: number): number[] {
    const operator = this.operators.get(operatorId);
    if (!operator) throw new Error(`unknown operator ${operatorId}`);
    return operatorFeatures(operator, this.historyAsOf(operatorId, asOf), asOf, this.rates(asOf), this.facts.unitCodes).vector(this.names);
  }
}

export type TConsistencyRow = { inspectorId: string; inspections: number; observed: number; expected: number; z: number; flagged: boolean };
export type TOperatorScoreRow = { operatorId: string; probability: number; rank: number; reasons: TStoredReason[] };

export type TTrainingResult = {
  model: TBoostedModel;
  evaluation: TTargetingEvaluation;
  consistency: TConsistencyRow[];
  scores: TOperatorScoreRow[];
  trainingRows: number;
  positives: number;
};

type TRow = { inspection: TInspectionFact; x: number[]; y: number };

function datasetOf(names: string[], rows: TRow[]): TDataset {
  return { features: names, rows: rows.map((r) => r.x), labels: rows.map((r) => r.y) };
}

/** The first index at or after `at` whose day differs from the one before, so a day is never split. */
function dayBoundary(rows: TRow[], at: number): number {
  let i = Math.min(Math.max(at, 1), rows.length - 1);
  while (i < rows.length && rows[i].inspection.inspectedOn === rows[i - 1].inspection.inspectedOn) i++;
  return i;
}

/**
 * An inspector whose serious findings differ from what the model expects for the operators they
 * inspected: z = (observed - expected) / sqrt(sum p(1 - p)), a binomial comparison. A flag asks for
 * a review of the records; it says nothing about the person's work on its own.
 */
export function inspectorConsistency(rows: { inspectorIds: string[]; serious: boolean; probability: number }[]): TConsistencyRow[] {
  const totals = new Map<string, { n: number; observed: number; expected: number; variance: number }>();
  for (const r of rows) {
    for (const id of r.inspectorIds) {
      const t = totals.get(id) ?? { n: 0, observed: 0, expected: 0, variance: 0 };
      t.n++;
      t.observed += r.serious ? 1 : 0;
      t.expected += r.probability;
      t.variance += r.probability * (1 - r.probability);
      totals.set(id, t);
    }
  }
  return [...totals]
    .map(([inspectorId, t]) => {
      const z = t.variance > 0 ? (t.observed - t.expected) / Math.sqrt(t.variance) : 0;
      return {
        inspectorId,
        inspections: t.n,
        observed: t.observed,
        expected: Math.round(t.expected * 100) / 100,
        z: Math.round(z * 100) / 100,
        flagged: t.n >= CONSISTENCY_MIN_INSPECTIONS && Math.abs(z) >= CONSISTENCY_Z,
      };
    })
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.inspectorId.localeCompare(b.inspectorId));
}

export async function trainTargeting(facts: TFacts, asOf: number): Promise<TTrainingResult | null> {
  const index = new HistoryIndex(facts);
  const from = asOf - TRAINING_WINDOW_DAYS * DAY_MS;
  const rows: TRow[] = facts.inspections
    .filter((i) => i.closedAt < asOf && startOfChinaDay(i.inspectedOn) >= from && index.operators.has(i.operatorId))
    .sort((a, b) => a.inspectedOn.localeCompare(b.inspectedOn) || a.id.localeCompare(b.id))
    .map((inspection) => ({ inspection, x: index.vector(inspection.operatorId, startOfChinaDay(inspection.inspectedOn)), y: inspection.serious ? 1 : 0 }));
  const positives = rows.reduce((s, r) => s + r.y, 0);
  if (rows.length < MIN_TRAINING_ROWS || positives < MIN_POSITIVES) return null;

  const split = dayBoundary(rows, Math.floor(rows.length * 0.8));
  const fit = rows.slice(0, split);
  const held = rows.slice(split);
  const stop = dayBoundary(fit, Math.floor(fit.length * 0.85));
  const fitPositives = fit.reduce((s, r) => s + r.y, 0);
  if (fitPositives === 0 || fitPositives === fit.length || held.length === 0 || stop >= fit.length) return null;
  const measured = await trainBoostingYielding(datasetOf(index.names, fit.slice(0, stop)), datasetOf(index.names, fit.slice(stop)), HUANGPI_BOOSTING);
  const heldScores = held.map((r) => predictRaw(measured, r.x));
  const heldLabels = held.map((r) => r.y);
  const heldAuc = auc(heldScores, heldLabels);
  const evaluation: TTargetingEvaluation = {
    splitOn: held[0].inspection.inspectedOn,
    trainRows: fit.length,
    testRows: held.length,
    testPositives: heldLabels.reduce((s, y) => s + y, 0),
    baseRate: heldLabels.reduce((s, y) => s + y, 0) / held.length,
    auc: Number.isNaN(heldAuc) ? null : Math.round(heldAuc * 1000) / 1000,
    deciles: hitRateByDecile(heldScores, heldLabels),
    rounds: measured.bestRound,
  };

  const model = await trainBoostingYielding(datasetOf(index.names, rows), null, {
    ...HUANGPI_BOOSTING,
    rounds: Math.max(1, Math.round(measured.bestRound / 0.85)),
  });

  const lastYear = rows.filter((r) => startOfChinaDay(r.inspection.inspectedOn) >= asOf - 365 * DAY_MS);
  const consistency = inspectorConsistency(lastYear.map((r) => ({ inspectorIds: r.inspection.inspectorIds, serious: r.y === 1, probability: sigmoid(predictRaw(model, r.x)) })));

  const scored = facts.operators
    .filter((o) => o.active)
    .map((o) => {
      const x = index.vector(o.id, asOf);
      const c = contributions(model, x);
      const raw = c.values.reduce((s, v) => s + v, c.bias);
      return { operatorId: o.id, probability: sigmoid(raw), reasons: topReasons(index.names, x, c.values) };
    })
    .sort((a, b) => b.probability - a.probability || a.operatorId.localeCompare(b.operatorId));
  const scores = scored.map((s, i) => ({ ...s, rank: i + 1 }));
  return { model, evaluation, consistency, scores, trainingRows: rows.length, positives };
}
