// The random inspection draw (双随机), written so that anyone can re-run it from what is stored:
// 1. Random numbers: block i of the stream is SHA-256(seed + ":" + i); each block gives eight
//    unsigned 32-bit big-endian integers, used in order.
// 2. A number below n is drawn by rejection: integers at or above the largest multiple of n
//    below 2^32 are skipped, so every value is equally likely.
// 3. Operators: a partial Fisher–Yates shuffle of the pool (ids sorted): for i = 0 … k-1, swap
//    position i with i + below(pool length - i); the first k are drawn, k = min(count, pool).
// 4. Inspectors, for each drawn operator in draw order: the pool (sorted) minus inspectors who
//    made that operator's last inspection, shuffled the same way; the first `perOperator` go.
import { createHash } from 'node:crypto';

export type TInspectorPoolEntry = { id: string; lastInspectedOperatorIds: string[] };
export type TDrawInput = {
  seed: string;
  operatorPool: string[];
  inspectorPool: TInspectorPoolEntry[];
  operatorCount: number;
  inspectorsPerOperator: number;
};
export type TDrawn = { operatorId: string; inspectorIds: string[] };

export function randomStream(seed: string) {
  let block = 0;
  let words: number[] = [];
  const next = () => {
    if (words.length === 0) {
      const digest = createHash('sha256').update(`${seed}:${block++}`).digest();
      words = Array.from({ length: 8 }, (_, i) => digest.readUInt32BE(i * 4));
    }
    return words.shift()!;
  };
  return {
    below(n: number): number {
      const limit = Math.floor(2 ** 32 / n) * n;
      for (;;) {
        const value = next();
        if (value < limit) return value % n;
      }
    },
  };
}

function pick<T>(items: T[], count: number, random: ReturnType<typeof randomStream>): T[] {
  const pool = [...items];
  const k = Math.min(count, pool.length);
  for (let i = 0; i < k; i++) {
    const j = i + random.below(pool.length - i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, k);
}

export function runDraw(input: TDrawInput): TDrawn[] {
  const random = randomStream(input.seed);
  const operators = pick(input.operatorPool, input.operatorCount, random);
  return operators.map((operatorId) => {
    const eligible = input.inspectorPool.filter((i) => !i.lastInspectedOperatorIds.includes(operatorId)).map((i) => i.id);
    return { operatorId, inspectorIds: pick(eligible, input.inspectorsPerOperator, random) };
  });
}
