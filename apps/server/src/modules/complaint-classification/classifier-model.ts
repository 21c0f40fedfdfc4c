// The trained half of the classifier: multinomial naive Bayes over word and word-pair features (each
// counted once per text), one per head, combined with the rules' log-odds:
//
//   score(label) = nbScale · log P_nb(label | text) + ruleScale · Σ weights of the label's fired rules
//   P(label | text) = softmax(score)
//
// nbScale and ruleScale are fitted on held-out texts (classifier-training.ts), so that the probability is
// calibrated: naive Bayes alone is famously over-confident, the rules alone know no data.
import type { TClassifierHead, THeadExplanation, TRuleHit } from '@shian/shared/complaint-classification';
import { firedRules, ruleScores } from './classifier-rules.ts';
import { featuresOf, tokenise } from './classifier-text.ts';

/** Counts, not probabilities, are stored: a reader can check them, and they are small and sparse. */
export type THeadData = {
  labels: string[];
  /** Weighted number of training texts per label. */
  docCounts: number[];
  /** Weighted number of feature occurrences per label. */
  featureTotals: number[];
  /** feature → [labelIndex, count, labelIndex, count, …] */
  counts: Record<string, number[]>;
  alpha: number;
  nbScale: number;
  ruleScale: number;
};
export type TModelData = { format: 1; heads: Record<TClassifierHead, THeadData> };

type TLoadedHead = { data: THeadData; logPrior: number[]; logLikelihood: Map<string, Float64Array> };
export type TLoadedModel = { version: number; heads: Record<TClassifierHead, TLoadedHead> };

export type THeadPrediction = THeadExplanation & { probabilities: number[]; labels: string[] };
export type TPrediction = { tokens: string[]; trade: THeadPrediction; issueType: THeadPrediction };

function logSumExp(values: number[]): number {
  const max = Math.max(...values);
  return max + Math.log(values.reduce((sum, v) => sum + Math.exp(v - max), 0));
}

export function softmax(scores: number[]): number[] {
  const norm = logSumExp(scores);
  return scores.map((s) => Math.exp(s - norm));
}

/** Trains one head's counts from feature sets with labels and weights (a staff correction weighs more). */
export function countHead(labels: readonly string[], examples: { features: string[]; label: string; weight: number }[], alpha = 0.5): THeadData {
  const index = new Map(labels.map((l, i) => [l, i]));
  const docCounts = labels.map(() => 0);
  const featureTotals = labels.map(() => 0);
  const dense = new Map<string, number[]>();
  for (const example of examples) {
    const c = index.get(example.label);
    if (c === undefined) continue;
    docCounts[c] += example.weight;
    for (const f of example.features) {
      let row = dense.get(f);
      if (!row) {
        row = labels.map(() => 0);
        dense.set(f, row);
      }
      row[c] += example.weight;
      featureTotals[c] += example.weight;
    }
  }
  const counts: Record<string, number[]> = {};
  for (const [f, row] of dense) counts[f] = row.flatMap((n, c) => (n > 0 ? [c, n] : []));
  return { labels: [...labels], docCounts, featureTotals, counts, alpha, nbScale: 1, ruleScale: 1 };
}

export function loadHead(data: THeadData): TLoadedHead {
  const vocabulary = Object.keys(data.counts).length;
  const total = data.docCounts.reduce((a, b) => a + b, 0);
  // Priors are smoothed too: a label without texts stays possible (the rules may still point at it).
  const logPrior = data.docCounts.map((n) => Math.log((n + 1) / (total + data.labels.length)));
  const denominators = data.featureTotals.map((n) => Math.log(n + data.alpha * vocabulary));
  const logLikelihood = new Map<string, Float64Array>();
  for (const [feature, pairs] of Object.entries(data.counts)) {
    const row = new Float64Array(data.labels.length);
    for (let c = 0; c < row.length; c++) row[c] = Math.log(data.alpha) - denominators[c];
    for (let i = 0; i < pairs.length; i += 2) row[pairs[i]] = Math.log(pairs[i + 1] + data.alpha) - denominators[pairs[i]];
    logLikelihood.set(feature, row);
  }
  return { data, logPrior, logLikelihood };
}

export function loadModel(data: TModelData, version: number): TLoadedModel {
  return { version, heads: { trade: loadHead(data.heads.trade), issueType: loadHead(data.heads.issueType) } };
}

/** log P_nb(label | features), normalised over the labels. */
export function naiveBayesLogPosterior(head: TLoadedHead, features: string[]): number[] {
  const scores = [...head.logPrior];
  for (const f of features) {
    const row = head.logLikelihood.get(f);
    if (!row) continue;
    for (let c = 0; c < scores.length; c++) scores[c] += row[c];
  }
  const norm = logSumExp(scores);
  return scores.map((s) => s - norm);
}

export function ruleVector(labels: string[], scores: Map<string, number>): number[] {
  return labels.map((l) => scores.get(l) ?? 0);
}

export function combine(nb: number[], rules: number[], nbScale: number, ruleScale: number): number[] {
  return softmax(nb.map((v, c) => nbScale * v + ruleScale * rules[c]));
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

function predictHead(head: TLoadedHead, features: string[], hits: (TRuleHit & { head: TClassifierHead })[], name: TClassifierHead): THeadPrediction {
  const { labels, nbScale, ruleScale } = head.data;
  const nb = naiveBayesLogPosterior(head, features);
  const probabilities = combine(nb, ruleVector(labels, ruleScores(hits, name)), nbScale, ruleScale);
  const order = labels.map((_, c) => c).sort((a, b) => probabilities[b] - probabilities[a]);
  const [best, second] = order;
  // The words that pushed the chosen label ahead of the runner-up, in the same log-odds as the rules.
  const tokens = features
    .flatMap((f) => {
      const row = head.logLikelihood.get(f);
      return row ? [{ token: f, weight: round(nbScale * (row[best] - row[second]), 3) }] : [];
    })
    .filter((t) => t.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 8);
  return {
    label: labels[best],
    probability: round(probabilities[best]),
    runnerUp: second === undefined ? null : { label: labels[second], probability: round(probabilities[second]) },
    rules: hits.filter((h) => h.head === name).map(({ head: _head, ...hit }) => hit),
    tokens,
    probabilities,
    labels,
  };
}

export function predict(model: TLoadedModel, text: string): TPrediction {
  const tokens = tokenise(text);
  const features = featuresOf(tokens);
  const hits = firedRules(text);
  return {
    tokens,
    trade: predictHead(model.heads.trade, features, hits, 'trade'),
    issueType: predictHead(model.heads.issueType, features, hits, 'issueType'),
  };
}
