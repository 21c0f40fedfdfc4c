import { importJobs } from '../../core/db/import-jobs.ts';
import { complaintImport } from './complaint.schema.ts';

export type TComplaintImportRow = typeof complaintImport.$inferSelect;

/** The complaint import jobs: insert, find, claim (once), update; the same writes as every import's (core/db/import-jobs.ts). */
export const jobs = importJobs(complaintImport);

/** At start-up: an import cut short by a restart is failed (re-importing the file finishes it). */
export const failInterruptedImports = jobs.failInterrupted;
