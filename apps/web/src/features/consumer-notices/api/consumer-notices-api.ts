import type { TPage } from '@shian/shared/http';
import type { TConsumerNotice, TNoticeCreate } from '@shian/shared/consumer-notice';
import { api, type TQuery } from '../../../api/client.ts';

export type TPublishedNotice = Pick<TConsumerNotice, 'id' | 'kind' | 'title' | 'body' | 'publishedAt'>;

const one = (id: string) => `/api/consumer-notices/${encodeURIComponent(id)}`;
export const listNotices = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TConsumerNotice>>('/api/consumer-notices', query, signal);
export const draftNotice = (body: TNoticeCreate) => api.post<TConsumerNotice>('/api/consumer-notices', body);
export const approveNotice = (id: string, version: number) => api.post<TConsumerNotice>(`${one(id)}/approve`, { version });
export const publishNotice = (id: string, version: number) => api.post<TConsumerNotice>(`${one(id)}/publish`, { version });
export const listPublishedNotices = (query: TQuery, signal?: AbortSignal) =>
  api.get<TPage<TPublishedNotice>>('/api/public/consumer-notices', query, signal, { redirectOn401: false });
