import type {
  TAdjustmentDue,
  TAssignmentConfirm,
  TAssignmentResult,
  TAssignmentSuggestion,
  TCadre,
  TCadreAccount,
  TCadreCreate,
  TCadreDetail,
  TCadrePatch,
  TCadreSettings,
  TCadreSettingsUpdate,
  TOverloadedCadre,
} from '@shian/shared/cadre';
import type { TPage } from '@shian/shared/http';
import type { TImportCommit, TImportJob } from '@shian/shared/import';
import { api, download, type TQuery } from '../../../api/client.ts';

const one = (id: string) => `/api/cadres/${encodeURIComponent(id)}`;

export const listCadres = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TCadre>>('/api/cadres', query, signal);
export const getCadre = (id: string, signal?: AbortSignal) => api.get<TCadreDetail>(one(id), undefined, signal);
export const createCadre = (body: TCadreCreate) => api.post<TCadreDetail>('/api/cadres', body);
export const updateCadre = (id: string, body: TCadrePatch) => api.patch<TCadreDetail>(one(id), body);
export const createAccount = (id: string, version: number, username: string) => api.post<TCadreAccount>(`${one(id)}/account`, { version, username });

export const downloadTemplate = () => download('/api/cadre-imports/template', undefined, 'cadre-import-template.xlsx');
export function uploadCadreFile(file: File): Promise<TImportJob> {
  const body = new FormData();
  body.append('file', file);
  return api.post<TImportJob>('/api/cadre-imports', body);
}
export const commitCadreImport = (id: string, mode: TImportCommit['mode']) => api.post<TImportJob>(`/api/cadre-imports/${encodeURIComponent(id)}/commit`, { mode });

export const suggestAssignments = () => api.post<{ items: TAssignmentSuggestion[]; total: number; unassignable: number; loadLimit: number }>('/api/cadre-assignments/suggest', {});
export const confirmAssignments = (body: TAssignmentConfirm) => api.post<TAssignmentResult>('/api/cadre-assignments/confirm', body);
export const listDue = (view: 'due' | 'uncovered', query: TQuery, signal?: AbortSignal) => api.get<TPage<TAdjustmentDue>>(`/api/cadre-assignments/${view}`, query, signal);
export const listOverloaded = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TOverloadedCadre>>('/api/cadre-assignments/overloaded', query, signal);
export const getCadreSettings = (signal?: AbortSignal) => api.get<TCadreSettings>('/api/cadre-settings', undefined, signal);
export const updateCadreSettings = (body: TCadreSettingsUpdate) => api.put<TCadreSettings>('/api/cadre-settings', body);
