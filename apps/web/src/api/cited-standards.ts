import type { TStandardLookup } from '@shian/shared/food-standard';
import { api } from './client.ts';

/** The standards cited in each text (GB numbers found in it) with their status today, by text. */
export async function lookupCitedStandards(texts: string[], signal?: AbortSignal): Promise<Map<string, TStandardLookup[]>> {
  const distinct = [...new Set(texts.filter((text) => text.trim()))];
  const found = await Promise.all(distinct.map((text) => api.get<TStandardLookup[]>('/api/public/food-standards/lookup', { texts: text }, signal, { redirectOn401: false })));
  return new Map(distinct.map((text, i) => [text, found[i]]));
}
