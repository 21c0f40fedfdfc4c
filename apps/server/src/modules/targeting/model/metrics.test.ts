import { describe, expect, it } from 'vitest';
import { auc, backtest, dayNumber, hitRateByDecile, simulatedDays } from './metrics.ts';

describe('Chicago backtest arithmetic', () => {
  // Four inspections on 1, 2, 3 and 5 September; the two with a critical violation came last.
  const items = [
    { day: dayNumber('2014-09-01'), positive: false, score: 0.1 },
    { day: dayNumber('2014-09-02'), positive: false, score: 0.2 },
    { day: dayNumber('2014-09-03'), positive: true, score: 0.9 },
    { day: dayNumber('2014-09-05'), positive: true, score: 0.5 },
  ];

  it('gives the slots in date order to the inspections in score order', () => {
    // By score: third (0.9) gets 1 Sep, fourth (0.5) 2 Sep, second (0.2) 3 Sep, first (0.1) 5 Sep.
    expect(simulatedDays(items).map((d) => d - dayNumber('2014-09-01'))).toEqual([4, 2, 0, 1]);
  });

  it('counts the days earlier of the positives only', () => {
    const result = backtest(items);
    // 3 Sep -> 1 Sep is 2 days earlier, 5 Sep -> 2 Sep is 3 days earlier: mean 2.5.
    expect(result.meanDaysEarlier).toBe(2.5);
    expect(result.medianDaysEarlier).toBe(2.5);
    expect(result.foundLater).toBe(0);
    expect(result.positives).toBe(2);
    // The first half is 1-2 Sep (2 of 4 inspections): none of the positives really, both when ranked.
    expect(result.firstHalfShareActual).toBe(0);
    expect(result.firstHalfShareRanked).toBe(1);
    expect(result.auc).toBe(1);
  });

  it('counts a positive moved to a later slot as negative days and keeps input order on ties', () => {
    const result = backtest([
      { day: 10, positive: true, score: 0.3 },
      { day: 11, positive: false, score: 0.3 },
      { day: 12, positive: false, score: 0.8 },
      { day: 14, positive: true, score: 0.1 },
    ]);
    // Order: third -> 10, first -> 11 (ties keep input order), second -> 12, fourth -> 14.
    // Positives: 10 -> 11 is -1, 14 -> 14 is 0: mean -0.5, one found later.
    expect(result.meanDaysEarlier).toBe(-0.5);
    expect(result.foundLater).toBe(1);
  });

  it('the best possible ordering puts every positive first', () => {
    const best = backtest(items.map((it) => ({ ...it, score: it.positive ? 1 : 0 })));
    // Positives take 1 and 2 Sep: (3 - 1 + 5 - 2) / 2 = 2.5, the same here as the model above.
    expect(best.meanDaysEarlier).toBe(2.5);
  });
});

describe('auc', () => {
  it('is the share of positive-negative pairs ranked the right way', () => {
    // Pairs: 0.35>0.1 yes, 0.35>0.4 no, 0.8>0.1 yes, 0.8>0.4 yes: 3 of 4.
    expect(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBe(0.75);
  });

  it('counts a tie as half a pair', () => {
    // Pairs: 0.5=0.5 half, 0.5>0.2, 0.9>0.5, 0.9>0.2: 3.5 of 4.
    expect(auc([0.5, 0.5, 0.2, 0.9], [1, 0, 0, 1])).toBe(0.875);
  });

  it('is undefined without both outcomes', () => {
    expect(auc([0.1, 0.2], [1, 1])).toBeNaN();
  });
});

describe('hitRateByDecile', () => {
  it('splits the ranking into tenths from the highest score', () => {
    const scores = Array.from({ length: 20 }, (_, i) => i);
    const labels = scores.map((s) => (s >= 18 ? 1 : 0));
    const deciles = hitRateByDecile(scores, labels);
    expect(deciles).toHaveLength(10);
    expect(deciles[0]).toEqual({ decile: 1, count: 2, positives: 2, rate: 1 });
    expect(deciles.slice(1).every((d) => d.positives === 0 && d.count === 2)).toBe(true);
  });
});
