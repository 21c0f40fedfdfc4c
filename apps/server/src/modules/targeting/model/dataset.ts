// The shape both learners take: named numeric columns, one row per inspection, 0/1 labels.
// Categorical signals arrive already one-hot encoded (see `oneHot`), so a model is plain numbers.

export type TDataset = {
  features: string[];
  /** rows[i][j] is feature j of row i; every value finite. */
  rows: number[][];
  labels: number[];
};

export function assertDataset(data: TDataset): void {
  if (data.rows.length !== data.labels.length) throw new Error('rows and labels differ in length');
  for (const [i, row] of data.rows.entries()) {
    if (row.length !== data.features.length) throw new Error(`row ${i} has ${row.length} values, expected ${data.features.length}`);
    for (const [j, v] of row.entries()) {
      if (!Number.isFinite(v)) throw new Error(`row ${i}, feature ${data.features[j]}: not a finite number`);
    }
  }
  for (const y of data.labels) if (y !== 0 && y !== 1) throw new Error('labels must be 0 or 1');
}

/** Names of the 0/1 columns for a categorical value: `prefix=value`, one per level seen. */
export function oneHotLevels(values: string[], minCount = 1): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= minCount)
    .map(([v]) => v)
    .sort();
}

export function oneHot(value: string, levels: string[]): number[] {
  return levels.map((l) => (l === value ? 1 : 0));
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Mean logistic loss of raw scores (log-odds) against 0/1 labels. */
export function logLoss(raw: ArrayLike<number>, labels: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < labels.length; i++) {
    const z = raw[i];
    // log(1 + e^-z) for y = 1, log(1 + e^z) for y = 0, computed without overflow.
    const m = labels[i] === 1 ? -z : z;
    sum += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
  }
  return sum / labels.length;
}
