// Gradient-boosted decision trees for a 0/1 outcome (logistic loss), written here rather than
// taken from a library so that the server trains and explains models with no native or Python
// dependency. The usual recipe: each feature's values are cut into at most `maxBins` quantile
// bins once, every tree is grown depth-wise on gradient/hessian histograms of a row subsample
// and a column subsample, leaves are Newton steps shrunk by the learning rate, and training
// stops when the validation loss has not improved for `earlyStoppingRounds` rounds.
import { assertDataset, logLoss, sigmoid, type TDataset } from './dataset.ts';
import { auc } from './metrics.ts';
import { mulberry32 } from '../../../core/mulberry32.ts';
import { sampleIndices } from './random.ts';

export type TBoostingOptions = {
  rounds: number;
  learningRate: number;
  maxDepth: number;
  /** Smallest hessian sum a child may have (xgboost's min_child_weight). */
  minChildWeight: number;
  minSamplesLeaf: number;
  /** L2 penalty on leaf values. */
  lambda: number;
  /** Smallest loss reduction a split must bring. */
  gamma: number;
  subsample: number;
  colsample: number;
  maxBins: number;
  earlyStoppingRounds: number;
  stoppingMetric: 'logloss' | 'auc';
  seed: number;
};

export const DEFAULT_BOOSTING: TBoostingOptions = {
  rounds: 500,
  learningRate: 0.05,
  maxDepth: 4,
  minChildWeight: 2,
  minSamplesLeaf: 10,
  lambda: 1,
  gamma: 0,
  subsample: 0.8,
  colsample: 0.8,
  maxBins: 64,
  earlyStoppingRounds: 40,
  stoppingMetric: 'logloss',
  seed: 1,
};

/** One tree in flat arrays; `feature[n] === -1` marks a leaf. `value` is every node's own output. */
export type TTree = {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
};

export type TBoostedModel = {
  kind: 'gbdt';
  features: string[];
  baseScore: number;
  trees: TTree[];
  /** Total loss reduction brought by each feature's splits. */
  gain: number[];
  bestRound: number;
  validationHistory: number[];
};

type TBinned = { bins: Uint8Array[]; thresholds: Float64Array[] };

function binColumns(data: TDataset, maxBins: number): TBinned {
  const n = data.rows.length;
  const bins: Uint8Array[] = [];
  const thresholds: Float64Array[] = [];
  for (let j = 0; j < data.features.length; j++) {
    const sorted = Float64Array.from(data.rows, (r) => r[j]).sort();
    const distinct: number[] = [];
    for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]);
    const cuts: number[] = [];
    if (distinct.length <= maxBins) {
      for (let k = 0; k + 1 < distinct.length; k++) cuts.push((distinct[k] + distinct[k + 1]) / 2);
    } else {
      for (let k = 1; k < maxBins; k++) {
        const v = sorted[Math.floor((k * n) / maxBins)];
        const next = distinct.find((d) => d > v);
        if (next === undefined) break;
        const cut = (v + next) / 2;
        if (cuts.length === 0 || cut > cuts[cuts.length - 1]) cuts.push(cut);
      }
    }
    const t = Float64Array.from(cuts);
    const column = new Uint8Array(n);
    for (let i = 0; i < n; i++) column[i] = binOf(t, data.rows[i][j]);
    bins.push(column);
    thresholds.push(t);
  }
  return { bins, thresholds };
}

/** Index of the first cut >= x: values at or below cut b fall in bins 0..b. */
function binOf(cuts: Float64Array, x: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function predictTree(tree: TTree, row: number[]): number {
  let n = 0;
  while (tree.feature[n] !== -1) n = row[tree.feature[n]] <= tree.threshold[n] ? tree.left[n] : tree.right[n];
  return tree.value[n];
}

/** Raw score (log-odds). */
export function predictRaw(model: TBoostedModel, row: number[]): number {
  let z = model.baseScore;
  for (const tree of model.trees) z += predictTree(tree, row);
  return z;
}

export function predictProbability(model: TBoostedModel, row: number[]): number {
  return sigmoid(predictRaw(model, row));
}

/**
 * Path contributions (Saabas): walking down each tree, the change in the node's output at a split
 * is credited to the split's feature. `bias + sum(contributions)` equals the raw score exactly.
 */
export function contributions(model: TBoostedModel, row: number[]): { bias: number; values: number[] } {
  const values = new Array<number>(model.features.length).fill(0);
  let bias = model.baseScore;
  for (const tree of model.trees) {
    let n = 0;
    bias += tree.value[0];
    while (tree.feature[n] !== -1) {
      const next = row[tree.feature[n]] <= tree.threshold[n] ? tree.left[n] : tree.right[n];
      values[tree.feature[n]] += tree.value[next] - tree.value[n];
      n = next;
    }
  }
  return { bias, values };
}

type TGrowContext = {
  binned: TBinned;
  grad: Float64Array;
  hess: Float64Array;
  columns: number[];
  options: TBoostingOptions;
  tree: TTree;
  gain: number[];
  histG: Float64Array;
  histH: Float64Array;
  histN: Uint32Array;
};

function addNode(tree: TTree, value: number): number {
  tree.feature.push(-1);
  tree.threshold.push(0);
  tree.left.push(-1);
  tree.right.push(-1);
  tree.value.push(value);
  return tree.value.length - 1;
}

function grow(ctx: TGrowContext, rows: Uint32Array, depth: number): number {
  const { grad, hess, options, binned } = ctx;
  const count = rows.length;
  let G = 0;
  let H = 0;
  for (let r = 0; r < count; r++) {
    G += grad[rows[r]];
    H += hess[rows[r]];
  }
  const node = addNode(ctx.tree, (-G / (H + options.lambda)) * options.learningRate);
  if (depth >= options.maxDepth || count < 2 * options.minSamplesLeaf) return node;

  const parentScore = (G * G) / (H + options.lambda);
  let bestGain = options.gamma;
  let bestFeature = -1;
  let bestBin = -1;
  for (const j of ctx.columns) {
    const nb = binned.thresholds[j].length + 1;
    if (nb < 2) continue;
    const column = binned.bins[j];
    const { histG, histH, histN } = ctx;
    histG.fill(0, 0, nb);
    histH.fill(0, 0, nb);
    histN.fill(0, 0, nb);
    // Indexed loops: iterating typed arrays with for-of is several times slower here.
    for (let r = 0; r < count; r++) {
      const i = rows[r];
      const b = column[i];
      histG[b] += grad[i];
      histH[b] += hess[i];
      histN[b]++;
    }
    let GL = 0;
    let HL = 0;
    let NL = 0;
    for (let b = 0; b < nb - 1; b++) {
      GL += histG[b];
      HL += histH[b];
      NL += histN[b];
      const HR = H - HL;
      const NR = count - NL;
      if (NL < options.minSamplesLeaf || HL < options.minChildWeight) continue;
      if (NR < options.minSamplesLeaf || HR < options.minChildWeight) break;
      const GR = G - GL;
      const gain = 0.5 * ((GL * GL) / (HL + options.lambda) + (GR * GR) / (HR + options.lambda) - parentScore);
      if (gain > bestGain) {
        bestGain = gain;
        bestFeature = j;
        bestBin = b;
      }
    }
  }
  if (bestFeature === -1) return node;

  const column = binned.bins[bestFeature];
  let nLeft = 0;
  for (let k = 0; k < count; k++) if (column[rows[k]] <= bestBin) nLeft++;
  const leftRows = new Uint32Array(nLeft);
  const rightRows = new Uint32Array(count - nLeft);
  let l = 0;
  let r = 0;
  for (let k = 0; k < count; k++) {
    const i = rows[k];
    if (column[i] <= bestBin) leftRows[l++] = i;
    else rightRows[r++] = i;
  }
  ctx.gain[bestFeature] += bestGain;
  ctx.tree.feature[node] = bestFeature;
  ctx.tree.threshold[node] = binned.thresholds[bestFeature][bestBin];
  ctx.tree.left[node] = grow(ctx, leftRows, depth + 1);
  ctx.tree.right[node] = grow(ctx, rightRows, depth + 1);
  return node;
}

/**
 * The boosting loop, one round per step, so that a server can yield between rounds and keep
 * answering requests while a model trains. `validation` (never the test set) decides when to stop.
 */
export function* boostingRounds(train: TDataset, validation: TDataset | null, overrides: Partial<TBoostingOptions> = {}): Generator<number, TBoostedModel> {
  const options = { ...DEFAULT_BOOSTING, ...overrides };
  assertDataset(train);
  if (validation) assertDataset(validation);
  if (options.maxBins < 2 || options.maxBins > 256) throw new Error('maxBins must be within 2..256');
  const n = train.rows.length;
  const positives = train.labels.reduce((s, y) => s + y, 0);
  if (positives === 0 || positives === n) throw new Error('both outcomes must occur in the training rows');

  const random = mulberry32(options.seed);
  const binned = binColumns(train, options.maxBins);
  const baseScore = Math.log(positives / (n - positives));
  const raw = new Float64Array(n).fill(baseScore);
  const validRaw = new Float64Array(validation?.rows.length ?? 0).fill(baseScore);
  const grad = new Float64Array(n);
  const hess = new Float64Array(n);
  const f = train.features.length;
  const model: TBoostedModel = {
    kind: 'gbdt',
    features: train.features,
    baseScore,
    trees: [],
    gain: new Array<number>(f).fill(0),
    bestRound: 0,
    validationHistory: [],
  };
  const histG = new Float64Array(256);
  const histH = new Float64Array(256);
  const histN = new Uint32Array(256);
  const gainAtBest = [...model.gain];
  let best = Infinity;

  for (let round = 0; round < options.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(raw[i]);
      grad[i] = p - train.labels[i];
      hess[i] = Math.max(p * (1 - p), 1e-12);
    }
    const rows = sampleIndices(n, Math.max(1, Math.round(n * options.subsample)), random);
    const columns = [...sampleIndices(f, Math.max(1, Math.round(f * options.colsample)), random)];
    const tree: TTree = { feature: [], threshold: [], left: [], right: [], value: [] };
    grow({ binned, grad, hess, columns, options, tree, gain: model.gain, histG, histH, histN }, rows, 0);
    model.trees.push(tree);
    for (let i = 0; i < n; i++) raw[i] += predictTree(tree, train.rows[i]);
    yield round;
    if (!validation) continue;

    for (let i = 0; i < validRaw.length; i++) validRaw[i] += predictTree(tree, validation.rows[i]);
    // Lower is better for both metrics, so AUC is negated.
    const metric = options.stoppingMetric === 'auc' ? -auc(validRaw, validation.labels) : logLoss(validRaw, validation.labels);
    model.validationHistory.push(metric);
    if (metric < best - 1e-12) {
      best = metric;
      model.bestRound = round + 1;
      gainAtBest.splice(0, f, ...model.gain);
    } else if (round + 1 - model.bestRound >= options.earlyStoppingRounds) {
      break;
    }
  }
  if (validation) {
    model.trees = model.trees.slice(0, model.bestRound);
    model.gain = gainAtBest;
  } else {
    model.bestRound = model.trees.length;
  }
  return model;
}

export function trainBoosting(train: TDataset, validation: TDataset | null, overrides: Partial<TBoostingOptions> = {}): TBoostedModel {
  const rounds = boostingRounds(train, validation, overrides);
  for (;;) {
    const step = rounds.next();
    if (step.done) return step.value;
  }
}

/** The same training, giving the event loop a turn every few rounds. */
export async function trainBoostingYielding(train: TDataset, validation: TDataset | null, overrides: Partial<TBoostingOptions> = {}): Promise<TBoostedModel> {
  const rounds = boostingRounds(train, validation, overrides);
  for (;;) {
    const step = rounds.next();
    if (step.done) return step.value;
    if (step.value % 5 === 4) await new Promise((resolve) => setImmediate(resolve));
  }
}
