// Uploads from the web page run as jobs in this process: the page polls the job for its progress.
// Jobs live in memory, bound to the uploader, for 30 minutes after they end (the architecture's
// rule for short-lived imports); the library itself is in the database, and re-uploading the same
// files after a restart finishes an interrupted import without duplicates.
import { randomUUID } from 'node:crypto';
import type { TLawImportJob, TLawUploadFields } from '@shian/shared/law';
import type { TLang } from '@shian/shared/messages';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { runInBackground } from '../../core/jobs.ts';
import { importLawFiles, type TLawFile } from './law-import.service.ts';

const KEEP_MS = 30 * 60 * 1000;
const jobs = new Map<string, { userId: string; job: TLawImportJob; endedAt: number | null }>();

function forgetOldJobs(now: number) {
  for (const [id, entry] of jobs) if (entry.endedAt !== null && now - entry.endedAt > KEEP_MS) jobs.delete(id);
}

export function startLawUpload(ctx: TContext, user: TSessionUser, files: TLawFile[], fields: TLawUploadFields, lang: TLang): TLawImportJob {
  if (files.length === 0) throw invalidField('file', { zh: '不能为空', en: 'is required' });
  forgetOldJobs(Date.now());
  const job: TLawImportJob = { id: randomUUID(), status: 'running', total: files.length, processed: 0, summary: null, message: null };
  const entry = { userId: user.id, job, endedAt: null as number | null };
  jobs.set(job.id, entry);
  runInBackground(
    async () => {
      const summary = await importLawFiles(ctx, user, files, {
        overrides: fields,
        lang,
        onProgress: (processed, total) => {
          job.processed = processed;
          job.total = total;
        },
      });
      job.summary = summary;
      job.status = summary.errors.length ? 'failed' : 'done';
      entry.endedAt = Date.now();
    },
    (error) => {
      job.status = 'failed';
      job.message = String(error instanceof Error ? error.message : error);
      entry.endedAt = Date.now();
    },
  );
  return { ...job };
}

export function getLawUpload(user: TSessionUser, id: string): TLawImportJob {
  const entry = jobs.get(id);
  if (!entry || entry.userId !== user.id) throw notFound();
  return { ...entry.job };
}
