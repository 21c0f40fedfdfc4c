import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  OPERATOR_SORTS,
  OPERATOR_STATUSES,
  OPERATOR_TYPES,
  type TOperatorStatus,
  type TOperatorType,
} from '@shian/shared/operator';

export const LICENCE_FILTERS = ['expiring', 'expired'] as const;
export type TLicenceFilter = (typeof LICENCE_FILTERS)[number];
export type TOperatorSort = (typeof OPERATOR_SORTS)[number];
export const PAGE_SIZES = [10, 20, 50, 100];

const DEFAULT_SORT: TOperatorSort = 'name';
const DEFAULT_PAGE_SIZE = 20;

export type TListFilters = {
  q?: string;
  type?: TOperatorType;
  unitCode?: string;
  stationId?: string;
  status?: TOperatorStatus;
  licence?: TLicenceFilter;
  sort: TOperatorSort;
};
export type TListParams = TListFilters & { page: number; pageSize: number };

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.includes(value as T) ? (value as T) : undefined;
}

function matching(pattern: RegExp, value: string | null): string | undefined {
  return value !== null && pattern.test(value) ? value : undefined;
}

// Hand-edited or stale URLs must not turn into 400s: unknown values are dropped.
export function parseListParams(search: URLSearchParams): TListParams {
  const page = Number(search.get('page'));
  const pageSize = Number(search.get('pageSize'));
  return {
    q: search.get('q')?.trim().slice(0, 100) || undefined,
    type: oneOf(OPERATOR_TYPES, search.get('type')),
    unitCode: matching(/^\d{12}$/, search.get('unitCode')),
    stationId: matching(/^[0-9a-f-]{36}$/i, search.get('stationId')),
    status: oneOf(OPERATOR_STATUSES, search.get('status')),
    licence: oneOf(LICENCE_FILTERS, search.get('licence')),
    sort: oneOf(OPERATOR_SORTS, search.get('sort')) ?? DEFAULT_SORT,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

function toSearchParams(params: TListParams): URLSearchParams {
  const search = new URLSearchParams();
  const { page, pageSize, sort, ...filters } = params;
  for (const [key, value] of Object.entries(filters)) if (value) search.set(key, value);
  if (sort !== DEFAULT_SORT) search.set('sort', sort);
  if (page !== 1) search.set('page', String(page));
  if (pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(pageSize));
  return search;
}

export function exportFilters({ page: _page, pageSize: _pageSize, ...filters }: TListParams): TListFilters {
  return filters;
}

/** The list's filters, sort and page live in the URL so reload and back keep them. */
export function useListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseListParams(search), [search]);
  const update = useCallback(
    (patch: Partial<TListParams>) => {
      const next = { ...params, ...patch };
      // Another filter or sort makes the old page number meaningless.
      if (!('page' in patch)) next.page = 1;
      setSearch(toSearchParams(next));
    },
    [params, setSearch],
  );
  return { params, update };
}
