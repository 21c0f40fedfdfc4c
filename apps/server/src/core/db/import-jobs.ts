// The table of a file import's job (operators, complaints): uploaded → validated → running → done | failed.
// Each importing module keeps its own table (its counts and settings differ) and reads and moves its jobs
// with these writes, so that a job is claimed once and one cut short by a restart is failed the same way.
import { and, eq } from 'drizzle-orm';
import { integer, jsonb, text, uuid, type PgColumn, type PgInsertValue, type PgTable, type PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { IMPORT_STATUSES, type TImportRowError } from '@shian/shared/import';
import type { TDbOrTx } from './database.ts';
import { timestamps, versionColumn } from './columns.ts';

/**
 * The columns of a dry-run-then-commit import's job table (operators, cadres), after its bureau column: who
 * uploaded which file, the counts, the valid rows kept until the commit (`rows`) and the errors found.
 */
export const importJobColumns = <TParsedRow>() => ({
  userId: uuid('user_id').notNull(),
  fileName: text('file_name').notNull(),
  status: text('status', { enum: IMPORT_STATUSES }).notNull(),
  total: integer('total').notNull().default(0),
  valid: integer('valid').notNull().default(0),
  invalid: integer('invalid').notNull().default(0),
  processed: integer('processed').notNull().default(0),
  created: integer('created').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  rows: jsonb('rows').$type<TParsedRow[]>().notNull(),
  errors: jsonb('errors').$type<TImportRowError[]>().notNull(),
  message: text('message'),
  ...timestamps(),
  version: versionColumn(),
});

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
