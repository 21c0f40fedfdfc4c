import { describe, expect, it } from 'vitest';
import { randomStream, runDraw } from './random-draw.algorithm.ts';

const operatorPool = Array.from({ length: 40 }, (_, i) => `op-${String(i).padStart(2, '0')}`);
const inspectorPool = ['i1', 'i2', 'i3', 'i4', 'i5'].map((id) => ({ id, lastInspectedOperatorIds: [] as string[] }));
const input = { seed: 'abc', operatorPool, inspectorPool, operatorCount: 10, inspectorsPerOperator: 2 };

describe('random inspection draw', () => {
  it('gives the same result for the same seed and pools', () => {
    expect(runDraw(input)).toEqual(runDraw(structuredClone(input)));
  });

  it('gives a different result for a different seed', () => {
    expect(runDraw({ ...input, seed: 'abd' })).not.toEqual(runDraw(input));
  });

  it('draws distinct operators, and distinct inspectors per operator', () => {
    const result = runDraw(input);
    expect(new Set(result.map((r) => r.operatorId)).size).toBe(10);
    for (const r of result) {
      expect(r.inspectorIds).toHaveLength(2);
      expect(new Set(r.inspectorIds).size).toBe(2);
    }
  });

  it('never sends an inspector to the operator they inspected last', () => {
    const target = runDraw(input)[0];
    const excluded = target.inspectorIds[0];
    const pool = inspectorPool.map((i) => (i.id === excluded ? { ...i, lastInspectedOperatorIds: [target.operatorId] } : i));
    for (const seed of ['abc', 'x', 'y', 'z', '1', '2']) {
      for (const r of runDraw({ ...input, seed, operatorCount: 40, inspectorPool: pool })) {
        if (r.operatorId === target.operatorId) expect(r.inspectorIds).not.toContain(excluded);
      }
    }
  });

  it('never draws more operators than the pool holds', () => {
    const result = runDraw({ ...input, operatorCount: 100 });
    expect(result).toHaveLength(40);
    expect(new Set(result.map((r) => r.operatorId))).toEqual(new Set(operatorPool));
  });

  it('draws numbers below n uniformly enough', () => {
    const random = randomStream('uniform');
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[random.below(3)] += 1;
    for (const c of counts) expect(c).toBeGreaterThan(900);
  });
});
