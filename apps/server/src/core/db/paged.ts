// One page of a list: `page` counts from 1, as in every list query of @shian/shared.
import type { SQL } from 'drizzle-orm';
import type { PgColumn, PgSelect } from 'drizzle-orm/pg-core';
import type { TDbOrTx } from './database.ts';
import { countRows } from './count-rows.ts';

export type TPageQuery = { page: number; pageSize: number };

/** The rows a page spans, for a list that is not a drizzle select (raw SQL, an array in memory). */
export function pageWindow({ page, pageSize }: TPageQuery): { limit: number; offset: number } {
  return { limit: pageSize, offset: (page - 1) * pageSize };
}

/** The page's rows of a select made dynamic (`.$dynamic()`), which must already be ordered. */
export function paged<T extends PgSelect>(select: T, query: TPageQuery): T {
  const { limit, offset } = pageWindow(query);
  return select.limit(limit).offset(offset);
}

/**
 * One page of a list and its total from the same filtered select (made dynamic, not yet ordered), so the
 * filters and joins are written once and the total cannot disagree with the page. The total is counted
 * first: ordering mutates the select.
 */
export async function pageOf<T extends PgSelect>(db: TDbOrTx, select: T, order: (PgColumn | SQL | SQL.Aliased)[], query: TPageQuery) {
  const total = await countRows(db, select);
  const rows: Awaited<T> = await paged(select.orderBy(...order), query);
  return { rows, total };
}
