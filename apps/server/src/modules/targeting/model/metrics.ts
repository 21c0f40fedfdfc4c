// How a ranking is judged. `auc` is the usual rank statistic; `simulateOrder` is the Chicago
// protocol (food-inspections-evaluation, simulated_date_diff_mean.R): the inspections of a period
// keep their real dates as slots, the ranking decides who gets which slot, and a positive found
// on an earlier slot than it really was is found that many days earlier.

/** Area under the ROC curve, ties counted as half (Mann-Whitney with average ranks). */
export function auc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = labels.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let rankSumPositives = 0;
  let positives = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]] === scores[order[i]]) j++;
    const averageRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[order[k]] === 1) {
        rankSumPositives += averageRank;
        positives++;
      }
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSumPositives - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export type TSlotted = {
  /** The inspection's real date, as a day number (days since 1970-01-01, UTC). */
  day: number;
  positive: boolean;
  score: number;
};

export function dayNumber(isoDate: string): number {
  const ms = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`not a date: ${isoDate}`);
  return ms / 86_400_000;
}

/**
 * The day each inspection would have had: sorted by score, highest first (ties keep input order),
 * they take the real dates sorted ascending.
 */
export function simulatedDays(items: TSlotted[]): number[] {
  const slots = items.map((it) => it.day).sort((a, b) => a - b);
  const byScore = items.map((_, i) => i).sort((a, b) => items[b].score - items[a].score || a - b);
  const simulated = new Array<number>(items.length);
  byScore.forEach((item, slot) => {
    simulated[item] = slots[slot];
  });
  return simulated;
}

export type TBacktest = {
  inspections: number;
  positives: number;
  /** Mean of (real day - simulated day) over the positives. */
  meanDaysEarlier: number;
  medianDaysEarlier: number;
  /** Positives that the ranking would have found later than they really were. */
  foundLater: number;
  /** Share of all positives found in the first half of the period, in real and in ranked order. */
  firstHalfShareActual: number;
  firstHalfShareRanked: number;
  auc: number;
};

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * The first half is the first half of the inspections in date order, counted by whole days as
 * the published bin summary does: the days whose cumulative inspection count stays within half
 * of all inspections.
 */
function firstHalfShare(days: number[], positive: boolean[]): number {
  const perDay = new Map<number, { n: number; pos: number }>();
  days.forEach((d, i) => {
    const bin = perDay.get(d) ?? { n: 0, pos: 0 };
    bin.n++;
    if (positive[i]) bin.pos++;
    perDay.set(d, bin);
  });
  const total = days.length;
  const totalPositives = positive.filter(Boolean).length;
  let cumulative = 0;
  let found = 0;
  for (const d of [...perDay.keys()].sort((a, b) => a - b)) {
    const bin = perDay.get(d)!;
    if (cumulative + bin.n > total / 2) break;
    cumulative += bin.n;
    found += bin.pos;
  }
  return totalPositives === 0 ? NaN : found / totalPositives;
}

export function backtest(items: TSlotted[]): TBacktest {
  const simulated = simulatedDays(items);
  const earlier: number[] = [];
  items.forEach((it, i) => {
    if (it.positive) earlier.push(it.day - simulated[i]);
  });
  const positive = items.map((it) => it.positive);
  return {
    inspections: items.length,
    positives: earlier.length,
    meanDaysEarlier: earlier.length ? earlier.reduce((s, d) => s + d, 0) / earlier.length : NaN,
    medianDaysEarlier: median(earlier),
    foundLater: earlier.filter((d) => d < 0).length,
    firstHalfShareActual: firstHalfShare(
      items.map((it) => it.day),
      positive,
    ),
    firstHalfShareRanked: firstHalfShare(simulated, positive),
    auc: auc(
      items.map((it) => it.score),
      items.map((it) => (it.positive ? 1 : 0)),
    ),
  };
}

/** Share of positives in each tenth of the ranking, highest scores first. */
export function hitRateByDecile(scores: number[], labels: number[]): { decile: number; count: number; positives: number; rate: number }[] {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  const out = [];
  for (let d = 0; d < 10; d++) {
    const slice = order.slice(Math.floor((d * order.length) / 10), Math.floor(((d + 1) * order.length) / 10));
    const positives = slice.reduce((s, i) => s + labels[i], 0);
    out.push({ decile: d + 1, count: slice.length, positives, rate: slice.length ? positives / slice.length : 0 });
  }
  return out;
}
