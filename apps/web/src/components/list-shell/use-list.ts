import { useSearchParams } from 'react-router-dom';
import type { ApiError } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { parseListState, writeListState, type TFilters, type TListSpec, type TListState, type TParams } from './list-params.ts';

/** What the shell needs of a list: its page, its data and how to page and reload. */
export type TList<T> = {
  page: number;
  pageSize: number;
  setPage: (page: number, pageSize?: number) => void;
  data?: { items: T[]; total: number } | null;
  loading: boolean;
  error?: ApiError;
  reload: () => void;
};

/**
 * A list's state in the URL (so reload, back and a shared link keep it) and its data, loaded again whenever
 * that state changes. `set` changes filters and goes back to page 1, `reset` clears them; `setPage` pages.
 */
export function useList<P extends TParams, D>(spec: TListSpec<P>, load: (state: TListState<P>, signal: AbortSignal) => Promise<D>) {
  const [search, setSearch] = useSearchParams();
  const state = parseListState(search, spec);
  const api = useApi((signal) => load(state, signal), [JSON.stringify(state)]);

  // Every change reads the URL as it is when it runs, so two changes in one event do not undo each other.
  const update = (change: (now: TListState<P>) => TListState<P>) => setSearch((current) => writeListState(current, spec, change(parseListState(current, spec))));
  // Another filter makes the old page number meaningless.
  const set = (patch: Partial<TFilters<P>>) => update((now) => ({ ...now, filters: { ...now.filters, ...patch }, page: 1 }));
  const setPage = (page: number, pageSize?: number) => update((now) => ({ ...now, page, pageSize: pageSize ?? now.pageSize }));
  const reset = () => update((now) => ({ ...now, filters: parseListState(new URLSearchParams(), spec).filters, page: 1 }));
  return { ...state, ...api, set, setPage, reset };
}
