import type { TPage } from '@shian/shared/http';
import type { TFoodStandard, TFoodStandardInput, TFoodStandardPut } from '@shian/shared/food-standard';
import { api, type TQuery } from '../../../api/client.ts';

// Standards are public reference data: staff pages read the public list too.
export const listStandards = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TFoodStandard>>('/api/public/food-standards', query, signal, { redirectOn401: false });
export const createStandard = (body: TFoodStandardInput) => api.post<TFoodStandard>('/api/food-standards', body);
export const updateStandard = (id: string, body: TFoodStandardPut) => api.put<TFoodStandard>(`/api/food-standards/${encodeURIComponent(id)}`, body);
