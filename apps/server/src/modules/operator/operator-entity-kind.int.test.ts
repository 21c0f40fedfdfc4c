import { afterAll, beforeAll, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import { entityKindOf, withUsccCheck } from '@shian/shared/uscc';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { createTestPlatform } from '../../testing/test-platform.ts';
import { operator } from './operator.schema.ts';
import { operatorEntityKind } from './operator-entity-kind.ts';

let platform: TTestPlatform;

beforeAll(async () => {
  platform = await createTestPlatform({ operators: 60 });
});
afterAll(() => platform.close());

it('answers in SQL what entityKindOf answers for every kind of credit code', async () => {
  const db = platform.ctx.db;
  const [any] = await db.select().from(operator).limit(1);
  const codes = ['91', '92', '93', '12', '11', '51', 'N1'].map((head) => withUsccCheck(`${head}420116MA4K0000${head}1`.slice(0, 17)));
  await db.insert(operator).values(codes.map((uscc, i) => ({ ...any, id: crypto.randomUUID(), uscc, name: `主体${i}` })));
  const rows = await db.select({ uscc: operator.uscc, kind: operatorEntityKind }).from(operator).where(inArray(operator.uscc, codes));
  expect(rows).toHaveLength(codes.length);
  for (const r of rows) expect(r.kind, r.uscc).toBe(entityKindOf(r.uscc));
  expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['enterprise', 'individual', 'institution', 'other']));
});
