// A station's list for the coming week(s), without I/O. Operators due by their legal minimum come
// first and are never dropped, even beyond the capacity: every visit due within the window, and of
// the visits due later this month a share in proportion to the weeks left before their due date
// (the riskiest first), so the month's minimum is spread over its weeks and done by its due date.
// The remaining visits go by predicted risk, but a visit to a township unit that has no other visit
// on the list must be worth the trip: its risk counts (1 - TRAVEL_WEIGHT) times, so a lone
// far-away operator needs a clearly higher chance than one next to planned visits. The list is
// grouped by unit for the route.

/** The share of a visit's value lost to travelling to a unit with no other visit on the list. */
export const TRAVEL_WEIGHT = 0.25;

/** `dueOn` null: behind its schedule with no plan entry, so due now. */
export type TLegalDue = { operatorId: string; unitCode: string; existingEntryId: string | null; dueOn: string | null };
export type TCandidate = { operatorId: string; unitCode: string; probability: number };
export type TAllocated = {
  operatorId: string;
  unitCode: string;
  reason: 'legal_minimum' | 'risk';
  probability: number | null;
  existingEntryId: string | null;
};

export type TAllocationResult = {
  items: TAllocated[];
  legalCount: number;
  riskCount: number;
  overCapacity: number;
  /** Legal-minimum visits due after the window, left to the following weeks. */
  deferred: number;
};

const dayOf = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/** The legal-minimum visits that belong to this window. */
export function legalShare(legal: TLegalDue[], weekStart: string, windowEnd: string, probabilityOf: (operatorId: string) => number | null) {
  const now = legal.filter((l) => l.dueOn === null || l.dueOn <= windowEnd);
  const later = new Map<string, TLegalDue[]>();
  for (const l of legal) {
    if (l.dueOn === null || l.dueOn <= windowEnd) continue;
    const group = later.get(l.dueOn) ?? [];
    group.push(l);
    later.set(l.dueOn, group);
  }
  const windowWeeks = Math.ceil((dayOf(windowEnd) - dayOf(weekStart) + 1) / 7);
  const deferred: TLegalDue[] = [];
  for (const [dueOn, group] of later) {
    const weeksToDue = Math.ceil((dayOf(dueOn) - dayOf(weekStart) + 1) / 7);
    const take = Math.ceil((group.length * windowWeeks) / weeksToDue);
    group.sort((a, b) => (probabilityOf(b.operatorId) ?? 0) - (probabilityOf(a.operatorId) ?? 0) || a.operatorId.localeCompare(b.operatorId));
    now.push(...group.slice(0, take));
    deferred.push(...group.slice(take));
  }
  return { now, deferred };
}

export function allocateVisits(input: {
  capacity: number;
  weekStart: string;
  windowEnd: string;
  legal: TLegalDue[];
  candidates: TCandidate[];
  /** Operators already on another open plan entry: visited anyway, never picked twice. */
  alreadyPlanned: Set<string>;
  probabilityOf: (operatorId: string) => number | null;
}): TAllocationResult {
  const { now, deferred } = legalShare(input.legal, input.weekStart, input.windowEnd, input.probabilityOf);
  const legalIds = new Set(input.legal.map((l) => l.operatorId));
  const chosen: TAllocated[] = now.map((l) => ({
    operatorId: l.operatorId,
    unitCode: l.unitCode,
    reason: 'legal_minimum',
    probability: input.probabilityOf(l.operatorId),
    existingEntryId: l.existingEntryId,
  }));
  const openUnits = new Set(now.map((l) => l.unitCode));
  const free = Math.max(0, input.capacity - now.length);

  // Per unit, the candidates from the most to the least likely; the best of each unit competes.
  const queues = new Map<string, TCandidate[]>();
  for (const c of input.candidates) {
    if (legalIds.has(c.operatorId) || input.alreadyPlanned.has(c.operatorId)) continue;
    const queue = queues.get(c.unitCode) ?? [];
    queue.push(c);
    queues.set(c.unitCode, queue);
  }
  for (const queue of queues.values()) queue.sort((a, b) => b.probability - a.probability || a.operatorId.localeCompare(b.operatorId));
  const heads = new Map([...queues.keys()].map((u) => [u, 0]));

  let picked = 0;
  while (picked < free) {
    let best: { unit: string; value: number; candidate: TCandidate } | null = null;
    for (const [unit, queue] of queues) {
      const candidate = queue[heads.get(unit)!];
      if (!candidate) continue;
      const value = candidate.probability * (openUnits.has(unit) ? 1 : 1 - TRAVEL_WEIGHT);
      if (!best || value > best.value || (value === best.value && candidate.operatorId < best.candidate.operatorId)) best = { unit, value, candidate };
    }
    if (!best) break;
    heads.set(best.unit, heads.get(best.unit)! + 1);
    openUnits.add(best.unit);
    chosen.push({ operatorId: best.candidate.operatorId, unitCode: best.unit, reason: 'risk', probability: best.candidate.probability, existingEntryId: null });
    picked++;
  }

  // Units in the order of their most pressing visit; within a unit legal minimums, then risk.
  const unitRank = new Map<string, number>();
  for (const item of chosen) {
    const weight = item.reason === 'legal_minimum' ? 2 : (item.probability ?? 0);
    unitRank.set(item.unitCode, Math.max(unitRank.get(item.unitCode) ?? 0, weight));
  }
  const items = [...chosen].sort(
    (a, b) =>
      unitRank.get(b.unitCode)! - unitRank.get(a.unitCode)! ||
      a.unitCode.localeCompare(b.unitCode) ||
      (a.reason === b.reason ? 0 : a.reason === 'legal_minimum' ? -1 : 1) ||
      (b.probability ?? 0) - (a.probability ?? 0) ||
      a.operatorId.localeCompare(b.operatorId),
  );
  return {
    items,
    legalCount: now.length,
    riskCount: picked,
    overCapacity: Math.max(0, now.length - input.capacity),
    deferred: deferred.length,
  };
}
