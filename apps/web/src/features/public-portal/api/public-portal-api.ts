import type { TPublicSearchResult } from '@shian/shared/public-portal';
import { api, type TQuery } from '../../../api/client.ts';

export const searchPublic = (query: TQuery, signal?: AbortSignal) => api.get<TPublicSearchResult>('/api/public/search', query, signal, { redirectOn401: false });
