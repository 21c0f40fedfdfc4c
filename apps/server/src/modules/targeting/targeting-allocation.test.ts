import { describe, expect, it } from 'vitest';
import { allocateVisits, legalShare, TRAVEL_WEIGHT, type TCandidate, type TLegalDue } from './targeting-allocation.ts';

const probability = new Map<string, number>();
function candidate(id: string, unitCode: string, p: number): TCandidate {
  probability.set(id, p);
  return { operatorId: id, unitCode, probability: p };
}
const probabilityOf = (id: string) => probability.get(id) ?? null;
const week = { weekStart: '2026-03-02', windowEnd: '2026-03-08' };

describe('weekly allocation', () => {
  const candidates = [
    candidate('a1', 'A', 0.9),
    candidate('a2', 'A', 0.5),
    candidate('a3', 'A', 0.2),
    candidate('b1', 'B', 0.6),
    candidate('b2', 'B', 0.55),
    candidate('c1', 'C', 0.45),
  ];

  it('fills the capacity by risk, and never more', () => {
    const result = allocateVisits({ ...week, capacity: 3, legal: [], candidates, alreadyPlanned: new Set(), probabilityOf });
    expect(result.items).toHaveLength(3);
    expect(result.riskCount).toBe(3);
    expect(result.overCapacity).toBe(0);
    // a1 opens unit A; b1 (0.6 x 0.75 = 0.45) loses to a2 (0.5, A already on the list); then b1 (0.45) beats a3 and c1.
    expect(result.items.map((i) => i.operatorId).sort()).toEqual(['a1', 'a2', 'b1']);
  });

  it('weighs travel: a lone unit needs a clearly higher chance', () => {
    const result = allocateVisits({ ...week, capacity: 2, legal: [], candidates, alreadyPlanned: new Set(), probabilityOf });
    expect(0.6 * (1 - TRAVEL_WEIGHT)).toBeLessThan(0.5);
    expect(result.items.map((i) => i.operatorId)).toEqual(['a1', 'a2']);
  });

  it('puts every legal minimum due in the window first and keeps it beyond the capacity', () => {
    const legal: TLegalDue[] = [
      { operatorId: 'c1', unitCode: 'C', existingEntryId: 'e1', dueOn: '2026-03-06' },
      { operatorId: 'a3', unitCode: 'A', existingEntryId: null, dueOn: null },
      { operatorId: 'b2', unitCode: 'B', existingEntryId: 'e2', dueOn: '2026-03-02' },
    ];
    const result = allocateVisits({ ...week, capacity: 2, legal, candidates, alreadyPlanned: new Set(), probabilityOf });
    expect(result.legalCount).toBe(3);
    expect(result.riskCount).toBe(0);
    expect(result.overCapacity).toBe(1);
    expect(result.items.map((i) => i.operatorId).sort()).toEqual(['a3', 'b2', 'c1']);
    expect(result.items.every((i) => i.reason === 'legal_minimum')).toBe(true);
    expect(result.items.find((i) => i.operatorId === 'c1')?.existingEntryId).toBe('e1');
  });

  it('adds risk visits after the legal minimums, skipping operators planned otherwise, grouped by unit', () => {
    const legal: TLegalDue[] = [{ operatorId: 'c1', unitCode: 'C', existingEntryId: null, dueOn: null }];
    const result = allocateVisits({ ...week, capacity: 4, legal, candidates, alreadyPlanned: new Set(['a1']), probabilityOf });
    expect(result.legalCount).toBe(1);
    expect(result.riskCount).toBe(3);
    const ids = result.items.map((i) => i.operatorId);
    expect(ids).not.toContain('a1');
    expect(ids[0]).toBe('c1');
    // Visits of one unit stay together.
    const units = result.items.map((i) => i.unitCode);
    expect(units.filter((u, i) => i > 0 && u !== units[i - 1]).length).toBe(new Set(units).size - 1);
  });

  it('spreads the visits due later in the month over the weeks left, riskiest first', () => {
    // Eight visits due on 27 March: from the week of 2 March, 4 weeks remain, so two belong to this week.
    const legal: TLegalDue[] = ['a1', 'a2', 'a3', 'b1', 'b2', 'c1', 'x1', 'x2'].map((id) => ({
      operatorId: id,
      unitCode: id[0].toUpperCase(),
      existingEntryId: `e-${id}`,
      dueOn: '2026-03-27',
    }));
    const share = legalShare(legal, week.weekStart, week.windowEnd, probabilityOf);
    expect(share.now.map((l) => l.operatorId)).toEqual(['a1', 'b1']);
    expect(share.deferred).toHaveLength(6);
    const result = allocateVisits({ ...week, capacity: 5, legal, candidates, alreadyPlanned: new Set(), probabilityOf });
    expect(result.legalCount).toBe(2);
    expect(result.deferred).toBe(6);
    // Deferred legal visits are not picked again as risk visits; nothing else is left to pick.
    expect(result.riskCount).toBe(0);
    // In the last week before the due date, everything left is due.
    expect(legalShare(legal, '2026-03-23', '2026-03-29', probabilityOf).now).toHaveLength(8);
  });
});
