import { useEffect, useState } from 'react';
import type { TImportJob } from '@shian/shared/import';
import { asApiError, isAbortError, type ApiError } from '../../../api/client.ts';
import { getImport } from '../api/imports-api.ts';

const POLL_MS = 500;

/** The import job the wizard is on; polled while it runs. */
export function useImportJob() {
  const [job, setJob] = useState<TImportJob>();
  const [pollError, setPollError] = useState<ApiError>();
  const [retry, setRetry] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: polls on each new job state and on retry, not on every field of the job
  useEffect(() => {
    if (job?.status !== 'running') return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      getImport(job.id, controller.signal).then(setJob, (e: unknown) => {
        if (!isAbortError(e)) setPollError(asApiError(e));
      });
    }, POLL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [job, retry]);

  return {
    job,
    setJob: (next: TImportJob | undefined) => {
      setPollError(undefined);
      setJob(next);
    },
    pollError,
    retryPoll: () => {
      setPollError(undefined);
      setRetry((n) => n + 1);
    },
  };
}
