// One page of a list: `page` counts from 1, as in every list query of @shian/shared.
import type { PgSelect } from 'drizzle-orm/pg-core';

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
