import { importJobs } from '../../core/db/import-jobs.ts';
import { operatorImport } from './operator.schema.ts';

export type TImportRow = typeof operatorImport.$inferSelect;

/** The operator import jobs: insert, find, claim (once), update; the same writes as every import's (core/db/import-jobs.ts). */
export const jobs = importJobs(operatorImport);

/** At start-up: an import cut short by a restart is failed (re-importing the file finishes it). */
export const failInterruptedImports = jobs.failInterrupted;
