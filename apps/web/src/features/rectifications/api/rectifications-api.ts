import type { TPage } from '@shian/shared/http';
import type { TRectification, TRectificationAnswer, TRectificationReview } from '@shian/shared/rectification';
import { api, type TQuery } from '../../../api/client.ts';

const BASE = '/api/rectifications';
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const listRectifications = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TRectification>>(BASE, query, signal);
export const answerRectification = (id: string, body: TRectificationAnswer) => api.post<TRectification>(`${one(id)}/answer`, body);
export const reviewRectification = (id: string, body: TRectificationReview) => api.post<TRectification>(`${one(id)}/review`, body);
export const escalateOverdue = () => api.post<{ escalated: number }>(`${BASE}/escalate`);

export function uploadEvidence(id: string, file: Blob) {
  const form = new FormData();
  form.append('file', file, 'evidence.jpg');
  return api.post<{ id: string }>(`${one(id)}/photos`, form);
}

export const evidenceUrl = (id: string, photoId: string, size: 'thumb' | 'full') => `${one(id)}/photos/${encodeURIComponent(photoId)}?size=${size}`;
