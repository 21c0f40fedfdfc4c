// L2-regularised logistic regression (ridge, as glmnet with alpha = 0): the features are
// standardised on the training rows, the objective is the mean log loss plus
// lambda/2 * sum(penalty_j * beta_j^2), and Newton steps solve it (a few dozen features, so the
// Hessian is small). A feature's contribution to one prediction is beta_j * (x_j - mean_j).
import { assertDataset, sigmoid, type TDataset } from './dataset.ts';

export type TLogisticModel = {
  kind: 'logistic';
  features: string[];
  intercept: number;
  /** Coefficients on the original (unstandardised) scale. */
  coefficients: number[];
  /** Training means, the reference point of the contributions. */
  means: number[];
  lambda: number;
};

export type TLogisticOptions = {
  lambda: number;
  /** Per-feature penalty factor (glmnet's penalty.factor); 1 when absent. */
  penalty?: number[];
  maxIterations?: number;
};

function solve(a: number[][], b: number[]): number[] {
  // Cholesky: the penalised Hessian is symmetric positive definite.
  const n = b.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
      if (i === j) l[i][i] = Math.sqrt(Math.max(s, 1e-12));
      else l[i][j] = s / l[j][j];
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i][k] * y[k];
    y[i] = s / l[i][i];
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= l[k][i] * x[k];
    x[i] = s / l[i][i];
  }
  return x;
}

export function trainLogistic(data: TDataset, options: TLogisticOptions): TLogisticModel {
  assertDataset(data);
  const n = data.rows.length;
  const p = data.features.length;
  const means = new Array<number>(p).fill(0);
  const scales = new Array<number>(p).fill(0);
  for (const row of data.rows) for (let j = 0; j < p; j++) means[j] += row[j] / n;
  for (const row of data.rows) for (let j = 0; j < p; j++) scales[j] += (row[j] - means[j]) ** 2 / n;
  for (let j = 0; j < p; j++) scales[j] = Math.sqrt(scales[j]) || 1;
  const z = data.rows.map((row) => row.map((v, j) => (v - means[j]) / scales[j]));
  const penalty = options.penalty ?? new Array<number>(p).fill(1);

  // beta[0] is the intercept (never penalised), beta[1..p] the standardised coefficients.
  const beta = new Array<number>(p + 1).fill(0);
  const rate = data.labels.reduce((s, y) => s + y, 0) / n;
  beta[0] = Math.log(rate / (1 - rate));
  for (let iteration = 0; iteration < (options.maxIterations ?? 50); iteration++) {
    const gradient = new Array<number>(p + 1).fill(0);
    const hessian = Array.from({ length: p + 1 }, () => new Array<number>(p + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const x = z[i];
      let eta = beta[0];
      for (let j = 0; j < p; j++) eta += beta[j + 1] * x[j];
      const prob = sigmoid(eta);
      const r = (prob - data.labels[i]) / n;
      const w = (prob * (1 - prob)) / n;
      gradient[0] += r;
      hessian[0][0] += w;
      for (let j = 0; j < p; j++) {
        gradient[j + 1] += r * x[j];
        const wx = w * x[j];
        hessian[j + 1][0] += wx;
        for (let k = 0; k <= j; k++) hessian[j + 1][k + 1] += wx * x[k];
      }
    }
    for (let j = 0; j < p; j++) {
      gradient[j + 1] += options.lambda * penalty[j] * beta[j + 1];
      hessian[j + 1][j + 1] += options.lambda * penalty[j];
    }
    for (let j = 0; j <= p; j++) for (let k = j + 1; k <= p; k++) hessian[j][k] = hessian[k][j];
    const step = solve(hessian, gradient);
    let largest = 0;
    for (let j = 0; j <= p; j++) {
      beta[j] -= step[j];
      largest = Math.max(largest, Math.abs(step[j]));
    }
    if (largest < 1e-8) break;
  }

  const coefficients = beta.slice(1).map((b, j) => b / scales[j]);
  const intercept = beta[0] - coefficients.reduce((s, c, j) => s + c * means[j], 0);
  return { kind: 'logistic', features: data.features, intercept, coefficients, means, lambda: options.lambda };
}

export function logisticRaw(model: TLogisticModel, row: number[]): number {
  return model.coefficients.reduce((s, c, j) => s + c * row[j], model.intercept);
}

/** `bias + sum(values)` equals the raw score: bias is the score of an average row. */
export function logisticContributions(model: TLogisticModel, row: number[]): { bias: number; values: number[] } {
  const bias = model.coefficients.reduce((s, c, j) => s + c * model.means[j], model.intercept);
  return { bias, values: model.coefficients.map((c, j) => c * (row[j] - model.means[j])) };
}
