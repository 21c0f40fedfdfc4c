// How modules feed the risk grade: each provides signals (points with a reason) for operators.
// The risk-grade module sums them into the dynamic score; a new module (sampling, complaints,
// penalties, credit) plugs in by adding a provider in platform.ts.
import type { TRiskGrade } from '@shian/shared/risk';
import type { TDbOrTx } from './db/database.ts';

export type TRiskSignal = {
  operatorId: string;
  /** Positive raises the risk; negative lowers it (a clean record). */
  points: number;
  /** The fact without the points ("2026-03-02 日常检查结果为不符合"): the risk grade shows "+8：" before it. */
  reason: { zh: string; en: string };
  /** The provider's name and the record it comes from, e.g. inspection:<id>. */
  source: string;
  /** The date of the fact behind the signal (YYYY-MM-DD), when it has one. */
  on: string | null;
  /**
   * The lowest grade the operator may have while the fact holds, whatever its score: a rule, not a
   * weight (a business on the serious-violation list is a key supervision target, graded D).
   */
  minGrade?: TRiskGrade;
};

export type TRiskSignalProvider = {
  name: string;
  /** Signals for these operators as of a date (only facts known by then). */
  collect(db: TDbOrTx, operatorIds: string[], asOf: string): Promise<TRiskSignal[]>;
};
