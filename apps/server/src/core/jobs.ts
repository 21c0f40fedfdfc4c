// Long work (imports) runs in the background of this process; shutdown waits for it.
const running = new Set<Promise<unknown>>();

export function runInBackground(task: () => Promise<unknown>, onError: (error: unknown) => void): void {
  const promise = task()
    .catch(onError)
    .finally(() => running.delete(promise));
  running.add(promise);
}

export async function waitForBackgroundJobs(): Promise<void> {
  while (running.size) await Promise.allSettled([...running]);
}
