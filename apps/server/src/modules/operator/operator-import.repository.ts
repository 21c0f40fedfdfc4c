import { and, eq, inArray } from 'drizzle-orm';
import type { TDbOrTx } from '../../core/db/database.ts';
import { importJobs } from '../../core/db/import-jobs.ts';
import { operator, operatorImport } from './operator.schema.ts';

export type TImportRow = typeof operatorImport.$inferSelect;

/** The operator import jobs: insert, find, claim (once), update; the same writes as every import's (core/db/import-jobs.ts). */
export const jobs = importJobs(operatorImport);

/** At start-up: an import cut short by a restart is failed (re-importing the file finishes it). */
export const failInterruptedImports = jobs.failInterrupted;

/** The operators of these credit codes, locked until the transaction ends: the commit's check holds for its write. */
export async function lockOperatorsByUscc(db: TDbOrTx, bureauId: string, usccs: string[]) {
  if (usccs.length === 0) return [];
  return db
    .select()
    .from(operator)
    .where(and(eq(operator.bureauId, bureauId), inArray(operator.uscc, usccs)))
    .for('update');
}
