// A list's total, counted over the list's own select (its joins and filters, without order or page), so the
// total and the page cannot disagree about which rows match.
import { count } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import type { TDbOrTx } from './database.ts';

/**
 * How many rows `select` answers. PostgreSQL flattens the subquery, so the columns it selects (even
 * correlated counts) are never computed for the total.
 */
export async function countRows(db: TDbOrTx, select: PgSelect): Promise<number> {
  const [row] = await db.select({ n: count() }).from(select.as('counted'));
  return row?.n ?? 0;
}
