import { and, eq } from 'drizzle-orm';
import type { TDbOrTx } from '../../core/db/database.ts';
import { operatorImport } from './operator.schema.ts';

export type TImportRow = typeof operatorImport.$inferSelect;

export async function insertImport(db: TDbOrTx, values: typeof operatorImport.$inferInsert) {
  const [row] = await db.insert(operatorImport).values(values).returning();
  return row;
}

export async function findImport(db: TDbOrTx, bureauId: string, id: string) {
  const [row] = await db
    .select()
    .from(operatorImport)
    .where(and(eq(operatorImport.bureauId, bureauId), eq(operatorImport.id, id)));
  return row ?? null;
}

/** Moves validated -> running exactly once, even if two commits race. */
export async function claimImport(db: TDbOrTx, id: string) {
  const [row] = await db
    .update(operatorImport)
    .set({ status: 'running', updatedAt: new Date() })
    .where(and(eq(operatorImport.id, id), eq(operatorImport.status, 'validated')))
    .returning({ id: operatorImport.id });
  return Boolean(row);
}

export async function updateImport(db: TDbOrTx, id: string, values: Partial<typeof operatorImport.$inferInsert>) {
  await db
    .update(operatorImport)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(operatorImport.id, id));
}

export async function failInterruptedImports(db: TDbOrTx, message: string) {
  await db.update(operatorImport).set({ status: 'failed', message }).where(eq(operatorImport.status, 'running'));
}
