import { z } from 'zod';

export const IMPORT_STATUSES = ['validated', 'running', 'done', 'failed'] as const;
export type TImportStatus = (typeof IMPORT_STATUSES)[number];

export const ZImportCommit = z.strictObject({
  /** all: write every row or nothing; valid: write only the rows that passed. */
  mode: z.enum(['all', 'valid']),
});
export type TImportCommit = z.infer<typeof ZImportCommit>;

export type TImportRowError = { row: number; field: string; message: string };
export type TImportJob = {
  id: string;
  fileName: string;
  status: TImportStatus;
  total: number;
  valid: number;
  invalid: number;
  processed: number;
  created: number;
  updated: number;
  errors: TImportRowError[];
  message: string | null;
};
