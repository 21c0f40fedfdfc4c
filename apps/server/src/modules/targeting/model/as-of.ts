// A prediction for an inspection may only use what was known before it started. Every feature
// value is set together with the moment its fact became known, and a value observed at or after
// the row's as-of moment is refused: a leak then fails loudly in training instead of making the
// model look better than it can be.

export class LeakageError extends Error {
  constructor(
    readonly feature: string,
    readonly observedAt: number,
    readonly asOf: number,
  ) {
    super(`feature ${feature} was observed at ${new Date(observedAt).toISOString()}, not before ${new Date(asOf).toISOString()}`);
  }
}

export class AsOfRow {
  private readonly values = new Map<string, { value: number; observedAt: number }>();

  /** `asOf` in epoch milliseconds: the start of the inspection (or of the period being ranked). */
  constructor(readonly asOf: number) {
    if (!Number.isFinite(asOf)) throw new Error('as-of moment must be a finite time');
  }

  set(feature: string, value: number, observedAt: number): this {
    if (!(observedAt < this.asOf)) throw new LeakageError(feature, observedAt, this.asOf);
    if (!Number.isFinite(value)) throw new Error(`feature ${feature}: not a finite number`);
    this.values.set(feature, { value, observedAt });
    return this;
  }

  /** When the newest fact behind a feature became known. */
  observedAt(feature: string): number | undefined {
    return this.values.get(feature)?.observedAt;
  }

  get(feature: string): number {
    const entry = this.values.get(feature);
    if (!entry) throw new Error(`feature ${feature} was not set`);
    return entry.value;
  }

  /** Names in the order they were first set. */
  features(): string[] {
    return [...this.values.keys()];
  }

  /** The values in the model's feature order; every feature must have been set. */
  vector(features: string[]): number[] {
    return features.map((f) => this.get(f));
  }
}
