/**
 * A list's filters, page and page size as they live in the URL. Each filter is a parser from the raw query
 * value: hand-edited or stale URLs must not turn into 400s, so a parser returns undefined (or its default)
 * for anything it does not know. Pure functions, so the URL rules are unit-tested without a browser.
 */
export type TParam = (raw: string | null) => string | undefined;
export type TParams = Record<string, TParam>;
export type TFilters<P extends TParams> = { [K in keyof P]: ReturnType<P[K]> };
export type TListSpec<P extends TParams> = {
  params: P;
  pageSize?: number;
  /** Prefixes every key, for a second list on the same page (e.g. 'repairs.' → ?repairs.page=2). */
  prefix?: string;
};
export type TListState<P extends TParams> = { filters: TFilters<P>; page: number; pageSize: number };

export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZES = [10, 20, 50, 100];

/** One of `values`, else `fallback` (undefined when the filter is optional). */
export function oneOf<T extends string>(values: readonly T[]): (raw: string | null) => T | undefined;
export function oneOf<T extends string>(values: readonly T[], fallback: T): (raw: string | null) => T;
export function oneOf<T extends string>(values: readonly T[], fallback?: T) {
  return (raw: string | null) => (values.includes(raw as T) ? (raw as T) : fallback);
}

/** Free text, trimmed and cut to `max` characters; empty means no filter. */
export const text =
  (max = 100) =>
  (raw: string | null) =>
    raw?.trim().slice(0, max) || undefined;

export const matching = (pattern: RegExp) => (raw: string | null) => (raw !== null && pattern.test(raw) ? raw : undefined);

export const UUID = /^[0-9a-f-]{36}$/i;

export function parseListState<P extends TParams>(search: URLSearchParams, spec: TListSpec<P>): TListState<P> {
  const prefix = spec.prefix ?? '';
  const defaultSize = spec.pageSize ?? DEFAULT_PAGE_SIZE;
  const filters = Object.fromEntries(Object.entries(spec.params).map(([key, parse]) => [key, parse(search.get(prefix + key))]));
  const page = Number(search.get(`${prefix}page`));
  const pageSize = Number(search.get(`${prefix}pageSize`));
  return {
    filters: filters as TFilters<P>,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    // Only the sizes the size changer offers; a page of 20 stays 20.
    pageSize: pageSize !== defaultSize && PAGE_SIZES.includes(pageSize) ? pageSize : defaultSize,
  };
}

/**
 * The URL for `state`: keys of other owners (a page's tab, another list) are kept; defaults are left out
 * so a list without filters has a bare URL.
 */
export function writeListState<P extends TParams>(search: URLSearchParams, spec: TListSpec<P>, state: TListState<P>): URLSearchParams {
  const prefix = spec.prefix ?? '';
  const next = new URLSearchParams(search);
  for (const [key, parse] of Object.entries(spec.params)) {
    const value = state.filters[key];
    if (value && value !== parse(null)) next.set(prefix + key, value);
    else next.delete(prefix + key);
  }
  if (state.page !== 1) next.set(`${prefix}page`, String(state.page));
  else next.delete(`${prefix}page`);
  if (state.pageSize !== (spec.pageSize ?? DEFAULT_PAGE_SIZE)) next.set(`${prefix}pageSize`, String(state.pageSize));
  else next.delete(`${prefix}pageSize`);
  return next;
}
