import type { TPage } from '@shian/shared/http';
import type { TFoodStandard } from '@shian/shared/food-standard';
import type { TLawSearchResult } from '@shian/shared/law';
import type { TPublicRumour, TRumour, TRumourHit, TRumourInput, TRumourScreenResult } from '@shian/shared/rumour';
import { api, type TQuery } from '../../../api/client.ts';

const one = (id: string) => `/api/rumours/${encodeURIComponent(id)}`;
const open = { redirectOn401: false };

export const listRumours = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TRumour>>('/api/rumours', query, signal);
export const getRumour = (id: string, signal?: AbortSignal) => api.get<TRumour>(one(id), undefined, signal);
export const createRumour = (body: TRumourInput) => api.post<TRumour>('/api/rumours', body);
export const updateRumour = (id: string, body: TRumourInput & { version: number }) => api.put<TRumour>(one(id), body);
export const reviewRumour = (id: string, version: number) => api.post<TRumour>(`${one(id)}/review`, { version });
export const publishRumour = (id: string, version: number) => api.post<TRumour>(`${one(id)}/publish`, { version });
export const screenPost = (text: string) => api.post<TRumourScreenResult>('/api/rumours/screen', { text });

export const searchPublicRumours = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TRumourHit>>('/api/public/rumours', query, signal, open);
export const getPublicRumour = (id: string, signal?: AbortSignal) => api.get<TPublicRumour>(`/api/public/rumours/${encodeURIComponent(id)}`, undefined, signal, open);

// What a rebuttal may cite: standards from the registry, articles from the law library.
export const findStandards = (q: string) => api.get<TPage<TFoodStandard>>('/api/public/food-standards', { q, pageSize: 20 }, undefined, open);
export const findArticles = (q: string) => api.get<TLawSearchResult>('/api/laws/search', { q, pageSize: 20 }, undefined, open);
