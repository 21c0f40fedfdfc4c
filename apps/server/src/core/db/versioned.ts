// The optimistic versioned write (docs/conventions.md): an edit names the version it was made on; when
// another write moved the row on meanwhile, nothing is written and the request answers 409 VERSION_CONFLICT.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { AppError } from '../errors.ts';
import type { TDbOrTx } from './database.ts';

type TVersionedTable = PgTable & { version: PgColumn; updatedAt: PgColumn };
/** A row is named by its id, or by a condition on a table keyed otherwise (bureau and grade). */
type TRowKey<T> = T extends { id: PgColumn } ? string | SQL : SQL;

/** What every change of a business row also sets: the time and the next version. */
export function bumpVersion(table: { version: PgColumn }) {
  return { updatedAt: new Date(), version: sql<number>`${table.version} + 1` };
}

/**
 * Updates the row with this id (or the row `key` names) if it is still at `version` and `also` holds;
 * otherwise throws VERSION_CONFLICT. Returns the updated row.
 */
export async function updateVersioned<T extends TVersionedTable>(
  db: TDbOrTx,
  table: T,
  key: TRowKey<T>,
  version: number,
  values: PgUpdateSetSource<T>,
  also?: SQL,
): Promise<T['$inferSelect']> {
  const row = typeof key === 'string' ? eq((table as unknown as { id: PgColumn }).id, key) : key;
  // Typed by hand: drizzle cannot resolve `returning()` on a table that is still a type parameter.
  const [updated] = (await db
    .update(table)
    .set({ ...values, ...bumpVersion(table) })
    .where(and(row, eq(table.version, version), also))
    .returning()) as T['$inferSelect'][];
  if (!updated) throw new AppError('VERSION_CONFLICT');
  return updated;
}
