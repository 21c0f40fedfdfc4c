import type { TPage } from '@shian/shared/operator';
import type { TFoodStandard, TFoodStandardInput, TFoodStandardPut, TStandardLookup } from '@shian/shared/food-standard';
import { api, type TQuery } from '../../../api/client.ts';

// Standards are public reference data: staff pages read the public list too.
export const listStandards = (query: TQuery, signal?: AbortSignal) =>
  api.get<TPage<TFoodStandard>>('/api/public/food-standards', query, signal, { redirectOn401: false });
export const createStandard = (body: TFoodStandardInput) => api.post<TFoodStandard>('/api/food-standards', body);
export const updateStandard = (id: string, body: TFoodStandardPut) => api.put<TFoodStandard>(`/api/food-standards/${encodeURIComponent(id)}`, body);

/** The standards cited in each text (GB numbers found in it) with their status today, by text. */
export async function lookupCitedStandards(texts: string[], signal?: AbortSignal): Promise<Map<string, TStandardLookup[]>> {
  const distinct = [...new Set(texts.filter((text) => text.trim()))];
  const found = await Promise.all(
    distinct.map((text) => api.get<TStandardLookup[]>('/api/public/food-standards/lookup', { texts: text }, signal, { redirectOn401: false })),
  );
  return new Map(distinct.map((text, i) => [text, found[i]]));
}
