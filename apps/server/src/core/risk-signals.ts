// How modules feed the risk grade: each provides signals (points with a reason) for operators.
// The risk-grade module sums them into the dynamic score; a new module (sampling, complaints,
// penalties, credit) plugs in by adding a provider in platform.ts.
import type { TDbOrTx } from './db/database.ts';

export type TRiskSignal = {
  operatorId: string;
  /** Positive raises the risk; negative lowers it (a clean record). */
  points: number;
  reason: { zh: string; en: string };
  /** The provider's name and the record it comes from, e.g. inspection:<id>. */
  source: string;
  /** The date of the fact behind the signal (YYYY-MM-DD), when it has one. */
  on: string | null;
};

export type TRiskSignalProvider = {
  name: string;
  /** Signals for these operators as of a date (only facts known by then). */
  collect(db: TDbOrTx, operatorIds: string[], asOf: string): Promise<TRiskSignal[]>;
};
