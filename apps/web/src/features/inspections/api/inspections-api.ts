import type { TInspection, TInspectionClose, TInspectionPatch, TInspectionPhoto, TInspectionSummary } from '@shian/shared/inspection';
import type { TPage } from '@shian/shared/http';
import { api, type TQuery } from '../../../api/client.ts';

const BASE = '/api/inspections';
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const listInspections = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TInspectionSummary>>(BASE, query, signal);
export const getInspection = (id: string, signal?: AbortSignal) => api.get<TInspection>(one(id), undefined, signal);
export const patchInspection = (id: string, body: TInspectionPatch) => api.patch<TInspection>(one(id), body);
export const closeInspection = (id: string, body: TInspectionClose) => api.post<TInspection>(`${one(id)}/close`, body);

export function uploadInspectionPhoto(id: string, file: Blob, itemId: string | null) {
  const form = new FormData();
  // Text fields first: the server reads the parts in order.
  if (itemId) form.append('itemId', itemId);
  form.append('file', file, 'photo.jpg');
  return api.post<TInspectionPhoto>(`${one(id)}/photos`, form);
}

export function uploadSignature(id: string, png: Blob) {
  const form = new FormData();
  form.append('file', png, 'signature.png');
  return api.post<TInspection>(`${one(id)}/signature`, form);
}

export const photoUrl = (id: string, photoId: string, size: 'thumb' | 'full') => `${one(id)}/photos/${encodeURIComponent(photoId)}?size=${size}`;
export const signatureUrl = (id: string, stamp: number) => `${one(id)}/signature?v=${stamp}`;
