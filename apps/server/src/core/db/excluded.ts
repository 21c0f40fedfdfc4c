// An upsert's update takes the values of the row it tried to insert: `excluded.<column>` in SQL.
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/** `set` entries of an upsert that copy these columns (by their property names) from the conflicting insert. */
export function fromExcluded<T extends PgTable, K extends keyof T['_']['columns'] & string>(table: T, keys: K[]): Record<K, SQL> {
  const columns = getTableColumns(table);
  return Object.fromEntries(keys.map((key) => [key, sql`excluded.${sql.identifier(columns[key].name)}`])) as Record<K, SQL>;
}
