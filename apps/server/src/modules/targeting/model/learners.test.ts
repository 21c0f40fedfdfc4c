import { describe, expect, it } from 'vitest';
import { AsOfRow, LeakageError } from './as-of.ts';
import type { TDataset } from './dataset.ts';
import { contributions, predictProbability, predictRaw, trainBoosting } from './gbdt.ts';
import { logisticContributions, logisticRaw, trainLogistic } from './logistic.ts';
import { auc } from './metrics.ts';
import { mulberry32 } from '../../../core/mulberry32.ts';

/** y depends on x0 (strongly) and x1 (weakly); x2 is noise. */
function synthetic(n: number, seed: number): TDataset {
  const random = mulberry32(seed);
  const rows: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = [random(), random(), random()];
    const z = -2 + 4 * (x[0] > 0.6 ? 1 : 0) + 1.5 * x[1];
    rows.push(x);
    labels.push(random() < 1 / (1 + Math.exp(-z)) ? 1 : 0);
  }
  return { features: ['x0', 'x1', 'noise'], rows, labels };
}

describe('boosted trees', () => {
  const train = synthetic(3000, 1);
  const validation = synthetic(1000, 2);
  const holdout = synthetic(2000, 3);
  const model = trainBoosting(train, validation, { rounds: 300, maxDepth: 3, learningRate: 0.1 });

  it('learns the signal and stops early on the validation rows', () => {
    const scores = holdout.rows.map((r) => predictRaw(model, r));
    expect(auc(scores, holdout.labels)).toBeGreaterThan(0.8);
    expect(model.bestRound).toBeGreaterThan(0);
    expect(model.trees).toHaveLength(model.bestRound);
    expect(model.gain[0]).toBeGreaterThan(model.gain[2]);
  });

  it('splits every prediction into contributions that add up to it', () => {
    for (const row of holdout.rows.slice(0, 50)) {
      const c = contributions(model, row);
      const sum = c.values.reduce((s, v) => s + v, c.bias);
      expect(sum).toBeCloseTo(predictRaw(model, row), 10);
    }
    // A row above the x0 threshold owes its height mostly to x0.
    const high = contributions(model, [0.9, 0.5, 0.5]);
    expect(high.values[0]).toBeGreaterThan(Math.abs(high.values[2]));
    expect(predictProbability(model, [0.9, 0.5, 0.5])).toBeGreaterThan(predictProbability(model, [0.1, 0.5, 0.5]));
  });

  it('gives the same model for the same seed', () => {
    const again = trainBoosting(train, validation, { rounds: 300, maxDepth: 3, learningRate: 0.1 });
    expect(again.trees).toEqual(model.trees);
  });

  it('refuses rows that are not finite numbers and a single outcome', () => {
    expect(() => trainBoosting({ features: ['a'], rows: [[NaN], [1]], labels: [0, 1] }, null)).toThrow(/finite/);
    expect(() => trainBoosting({ features: ['a'], rows: [[0], [1]], labels: [1, 1] }, null)).toThrow(/both outcomes/);
  });
});

describe('ridge logistic regression', () => {
  it('finds the direction of each feature and explains predictions additively', () => {
    const train = synthetic(3000, 4);
    const model = trainLogistic(train, { lambda: 0.001 });
    expect(model.coefficients[0]).toBeGreaterThan(2);
    expect(model.coefficients[1]).toBeGreaterThan(0.5);
    expect(Math.abs(model.coefficients[2])).toBeLessThan(0.5);
    const row = [0.8, 0.2, 0.4];
    const c = logisticContributions(model, row);
    expect(c.values.reduce((s, v) => s + v, c.bias)).toBeCloseTo(logisticRaw(model, row), 10);
  });

  it('shrinks only the penalised coefficients', () => {
    const train = synthetic(2000, 5);
    const model = trainLogistic(train, { lambda: 10, penalty: [0, 1, 1] });
    expect(model.coefficients[0]).toBeGreaterThan(2);
    expect(Math.abs(model.coefficients[1])).toBeLessThan(0.2);
  });
});

describe('as-of feature rows (leakage)', () => {
  const inspectionStart = Date.parse('2026-03-10T09:00:00Z');

  it('accepts facts known before the inspection', () => {
    const row = new AsOfRow(inspectionStart).set('pastSerious', 1, Date.parse('2026-01-05T10:00:00Z'));
    expect(row.vector(['pastSerious'])).toEqual([1]);
  });

  it('refuses a feature computed at or after the inspection', () => {
    const row = new AsOfRow(inspectionStart);
    expect(() => row.set('openRectifications', 2, Date.parse('2026-03-11T08:00:00Z'))).toThrow(LeakageError);
    expect(() => row.set('openRectifications', 2, inspectionStart)).toThrow(LeakageError);
    expect(() => row.vector(['openRectifications'])).toThrow(/not set/);
  });
});
