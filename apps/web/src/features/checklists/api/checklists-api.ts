import type { TChecklist, TChecklistItemsPut, TChecklistSummary } from '@shian/shared/checklist';
import { api } from '../../../api/client.ts';

const BASE = '/api/checklists';
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const listChecklists = (signal?: AbortSignal) => api.get<TChecklistSummary[]>(BASE, undefined, signal);
export const getChecklist = (id: string, signal?: AbortSignal) => api.get<TChecklist>(one(id), undefined, signal);
export const createDraft = (id: string) => api.post<TChecklist>(`${one(id)}/draft`);
export const putItems = (id: string, body: TChecklistItemsPut) => api.put<TChecklist>(`${one(id)}/items`, body);
export const publishChecklist = (id: string, version: number) => api.post<TChecklist>(`${one(id)}/publish`, { version });
