import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { asApiError, isAbortError, type ApiError } from './client.ts';

type TState<T> = { data?: T; error?: ApiError; loading: boolean };

/** Loads data when deps change; keeps the previous data while reloading so tables don't flash. */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList) {
  const [state, setState] = useState<TState<T>>({ loading: true });
  const [tick, setTick] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names the dependencies of `load` (deps), like useEffect itself
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ data: s.data, loading: true }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setState((s) => ({ data: s.data, error: asApiError(error), loading: false }));
      },
    );
    return () => controller.abort();
  }, [...deps, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  const setData = useCallback((data: T) => setState({ data, loading: false }), []);
  return { ...state, reload, setData };
}
