import { describe, expect, it } from 'vitest';
import { assignInspectors, entriesDue, visitMonths } from './inspection-plan.spreading.ts';

const ids = Array.from({ length: 200 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

/** Twelve monthly generations; what was created counts as planned the next month. */
function yearOfGeneration(id: string, perYear: number, fromMonth = 1) {
  const months: number[] = [];
  for (let month = fromMonth; month <= 12; month++) {
    const n = entriesDue(id, perYear, month, months.length);
    for (let i = 0; i < n; i++) months.push(month);
  }
  return months;
}

describe('inspection plan spreading', () => {
  it('never drops the legal minimum: a D operator gets at least 3 visits a year, months apart', () => {
    for (const id of ids) {
      const months = yearOfGeneration(id, 3);
      expect(months).toHaveLength(3);
      expect(months[1] - months[0]).toBe(4);
      expect(months[2] - months[1]).toBe(4);
    }
  });

  it('gives every grade its minimum, even when planning starts late in the year', () => {
    for (const id of ids.slice(0, 50)) {
      for (const perYear of [1, 2, 3, 4]) {
        expect(yearOfGeneration(id, perYear)).toHaveLength(perYear);
        expect(yearOfGeneration(id, perYear, 11)).toHaveLength(perYear);
      }
    }
  });

  it('spreads operators over the year by their id, deterministically', () => {
    expect(visitMonths(ids[0], 3)).toEqual(visitMonths(ids[0], 3));
    const firstMonths = new Set(ids.map((id) => visitMonths(id, 1)[0]));
    expect(firstMonths.size).toBe(12);
  });

  it('counts visits already planned or done: none is created twice', () => {
    const [month] = visitMonths(ids[0], 1);
    expect(entriesDue(ids[0], 1, month, 0)).toBe(1);
    expect(entriesDue(ids[0], 1, month, 1)).toBe(0);
    expect(entriesDue(ids[0], 1, 12, 1)).toBe(0);
  });

  it('assigns two inspectors by load, round-robin on ties', () => {
    const load = new Map<string, number>([['c', 1]]);
    expect(assignInspectors(['a', 'b', 'c', 'd'], load, 2)).toEqual(['a', 'b']);
    expect(assignInspectors(['a', 'b', 'c', 'd'], load, 2)).toEqual(['d', 'a']);
    expect(assignInspectors(['a', 'b', 'c', 'd'], load, 2)).toEqual(['b', 'c']);
  });
});
