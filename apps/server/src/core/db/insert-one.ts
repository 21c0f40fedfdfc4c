// The insert every repository writes for a new record: one row in, the stored row (defaults, id) back.
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { TDbOrTx } from './database.ts';

export async function insertOne<T extends PgTable>(db: TDbOrTx, table: T, values: PgInsertValue<T>): Promise<T['$inferSelect']> {
  const [row] = await db.insert(table).values(values).returning();
  return row as T['$inferSelect'];
}
