// How the yearly minimum of inspections is spread over the months, without I/O.
// Each operator gets a fixed phase (a hash of its id), and its n visits fall 12/n months apart
// from it, so the work is spread evenly over the stations' year and a D operator (3 a year)
// is visited about every four months. The schedule is only a target: what is already planned
// or done this year counts against it, and what is behind is caught up, never dropped.
import { createHash } from 'node:crypto';

export function phaseOf(operatorId: string): number {
  return createHash('sha256').update(operatorId).digest().readUInt32BE(0) % 12;
}

/** The months (1-12) in which the operator's `perYear` visits fall. */
export function visitMonths(operatorId: string, perYear: number): number[] {
  const n = Math.max(0, Math.min(12, perYear));
  const phase = phaseOf(operatorId);
  return Array.from({ length: n }, (_, k) => ((phase + Math.floor((k * 12) / n)) % 12) + 1).sort((a, b) => a - b);
}

/**
 * How many entries to create in `month`: one when the operator is behind its schedule; more only
 * when the months left in the year could not hold the rest of the legal minimum.
 */
export function entriesDue(operatorId: string, perYear: number, month: number, alreadyCounted: number): number {
  const scheduled = visitMonths(operatorId, perYear).filter((m) => m <= month).length;
  const behind = scheduled - alreadyCounted;
  if (behind <= 0 && perYear - alreadyCounted <= 12 - month) return 0;
  return Math.max(Math.min(behind, 1), perYear - alreadyCounted - (12 - month), 0);
}

/** Picks the least-loaded inspectors (ties by pool order) and counts the new load. */
export function assignInspectors(pool: string[], load: Map<string, number>, count: number): string[] {
  const chosen = [...pool]
    .map((id, index) => ({ id, index, load: load.get(id) ?? 0 }))
    .sort((a, b) => a.load - b.load || a.index - b.index)
    .slice(0, count)
    .map((c) => c.id);
  for (const id of chosen) load.set(id, (load.get(id) ?? 0) + 1);
  return chosen;
}
