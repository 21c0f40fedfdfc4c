// The table of a file import's job (operators, complaints): uploaded → validated → running → done | failed.
// Each importing module keeps its own table (its counts and settings differ) and reads and moves its jobs
// with these writes, so that a job is claimed once and one cut short by a restart is failed the same way.
import { and, eq } from 'drizzle-orm';
import type { PgColumn, PgInsertValue, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { TDbOrTx } from './database.ts';

type TImportJobTable = PgTable & { id: PgColumn; bureauId: PgColumn; status: PgColumn; message: PgColumn; updatedAt: PgColumn };

/** The job writes of one module's import table. */
export function importJobs<T extends TImportJobTable>(table: T) {
  type TRow = T['$inferSelect'];
  // Typed by hand: drizzle cannot resolve `returning()` nor a literal `set()` on a table that is still a type parameter.
  const set = (values: Record<string, unknown>) => values as PgUpdateSetSource<T>;
  return {
    async insert(db: TDbOrTx, values: PgInsertValue<T>): Promise<TRow> {
      const [row] = (await db.insert(table).values(values).returning()) as TRow[];
      return row;
    },

    async find(db: TDbOrTx, bureauId: string, id: string): Promise<TRow | null> {
      const [row] = (await db
        .select()
        .from(table as PgTable)
        .where(and(eq(table.bureauId, bureauId), eq(table.id, id)))) as TRow[];
      return row ?? null;
    },

    /** Moves validated -> running exactly once, even if two commits race. */
    async claim(db: TDbOrTx, id: string): Promise<boolean> {
      const [row] = await db
        .update(table)
        .set(set({ status: 'running', updatedAt: new Date() }))
        .where(and(eq(table.id, id), eq(table.status, 'validated')))
        .returning({ id: table.id });
      return Boolean(row);
    },

    async update(db: TDbOrTx, id: string, values: Partial<T['$inferInsert']>): Promise<TRow> {
      const [row] = (await db
        .update(table)
        .set(set({ ...values, updatedAt: new Date() }))
        .where(eq(table.id, id))
        .returning()) as TRow[];
      return row;
    },

    /** At start-up: a job cut short by a restart is failed with this message (re-importing the file finishes it). */
    async failInterrupted(db: TDbOrTx, message: string): Promise<void> {
      await db
        .update(table)
        .set(set({ status: 'failed', message }))
        .where(eq(table.status, 'running'));
    },
  };
}
