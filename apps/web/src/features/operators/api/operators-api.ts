import type { TOperator, TOperatorCreate, TOperatorPatch, TOperatorSummary } from '@shian/shared/operator';
import type { TPage } from '@shian/shared/http';
import { api, download } from '../../../api/client.ts';
import type { TListFilters, TListParams } from '../components/operator-list-filters.ts';

const BASE = '/api/operators';
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const listOperators = (params: TListParams, signal?: AbortSignal) => api.get<TPage<TOperatorSummary>>(BASE, params, signal);

export const getOperator = (id: string, signal?: AbortSignal) => api.get<TOperator>(one(id), undefined, signal);

export const createOperator = (body: TOperatorCreate) => api.post<TOperator>(BASE, body);

export const patchOperator = (id: string, body: TOperatorPatch) => api.patch<TOperator>(one(id), body);

export const exportOperators = (filters: TListFilters) => download(`${BASE}/export`, filters, 'operators.xlsx');
