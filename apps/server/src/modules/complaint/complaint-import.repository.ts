import { and, eq } from 'drizzle-orm';
import type { TDbOrTx } from '../../core/db/database.ts';
import { complaintImport } from './complaint.schema.ts';

export type TComplaintImportRow = typeof complaintImport.$inferSelect;

export async function insertImport(db: TDbOrTx, values: typeof complaintImport.$inferInsert) {
  const [row] = await db.insert(complaintImport).values(values).returning();
  return row;
}

export async function findImport(db: TDbOrTx, bureauId: string, id: string) {
  const [row] = await db
    .select()
    .from(complaintImport)
    .where(and(eq(complaintImport.bureauId, bureauId), eq(complaintImport.id, id)));
  return row ?? null;
}

/** Moves validated -> running exactly once, even if two commits race. */
export async function claimImport(db: TDbOrTx, id: string) {
  const [row] = await db
    .update(complaintImport)
    .set({ status: 'running', updatedAt: new Date() })
    .where(and(eq(complaintImport.id, id), eq(complaintImport.status, 'validated')))
    .returning({ id: complaintImport.id });
  return Boolean(row);
}

export async function updateImport(db: TDbOrTx, id: string, values: Partial<typeof complaintImport.$inferInsert>) {
  const [row] = await db
    .update(complaintImport)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(complaintImport.id, id))
    .returning();
  return row;
}

/** At start-up: an import cut short by a restart is failed (re-importing the file finishes it, keyed by number). */
export async function failInterruptedImports(db: TDbOrTx, message: string) {
  await db.update(complaintImport).set({ status: 'failed', message }).where(eq(complaintImport.status, 'running'));
}
