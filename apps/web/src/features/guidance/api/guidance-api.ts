import type { TPage } from '@shian/shared/http';
import type { TGuidanceAttachment, TGuidanceDocument, TGuidanceInput } from '@shian/shared/guidance';
import { api, download, type TQuery } from '../../../api/client.ts';

const one = (id: string) => `/api/guidance/${encodeURIComponent(id)}`;
const publicOne = (id: string) => `/api/public/guidance/${encodeURIComponent(id)}`;

export const listGuidance = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TGuidanceDocument>>('/api/guidance', query, signal);
export const listPublicGuidance = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TGuidanceDocument>>('/api/public/guidance', query, signal, { redirectOn401: false });
export const createGuidance = (body: TGuidanceInput) => api.post<TGuidanceDocument>('/api/guidance', body);
export const updateGuidance = (id: string, body: TGuidanceInput & { version: number }) => api.put<TGuidanceDocument>(one(id), body);

export function uploadAttachment(id: string, file: File) {
  const form = new FormData();
  form.append('file', file);
  return api.post<TGuidanceDocument>(`${one(id)}/attachments`, form);
}
export const removeAttachment = (id: string, fileId: string) => api.delete<TGuidanceDocument>(`${one(id)}/attachments/${encodeURIComponent(fileId)}`);

export const downloadAttachment = (documentId: string, file: TGuidanceAttachment) =>
  download(`${one(documentId)}/attachments/${encodeURIComponent(file.fileId)}`, undefined, file.name);
export const downloadPublicAttachment = (documentId: string, file: TGuidanceAttachment) =>
  download(`${publicOne(documentId)}/attachments/${encodeURIComponent(file.fileId)}`, undefined, file.name);
