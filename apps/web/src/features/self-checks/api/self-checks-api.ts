import type { TPage } from '@shian/shared/http';
import type {
  TComplianceRow,
  TComplianceUnit,
  TSelfCheck,
  TSelfCheckCreate,
  TSelfCheckSettings,
  TSelfCheckSettingsUpdate,
  TSelfCheckSummary,
  TSelfCheckToday,
  TSelfCheckUpdate,
} from '@shian/shared/self-check';
import { api, download, type TQuery } from '../../../api/client.ts';

const record = (id: string) => `/api/self-checks/${encodeURIComponent(id)}`;

export const getToday = (signal?: AbortSignal) => api.get<TSelfCheckToday>('/api/self-checks/today', undefined, signal);
export const listSelfChecks = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TSelfCheckSummary>>('/api/self-checks', query, signal);
export const getSelfCheck = (id: string, signal?: AbortSignal) => api.get<TSelfCheck>(record(id), undefined, signal);
export const createSelfCheck = (body: TSelfCheckCreate) => api.post<TSelfCheck>('/api/self-checks', body);
export const updateSelfCheck = (id: string, body: TSelfCheckUpdate) => api.put<TSelfCheck>(record(id), body);
export const addCorrection = (id: string, text: string) => api.post<TSelfCheck>(`${record(id)}/corrections`, { text });
export const downloadSelfCheck = (id: string) => download(`${record(id)}/docx`, undefined, 'self-check.docx');
export const fileUrl = (id: string, fileId: string, size: 'thumb' | 'full') => `${record(id)}/files/${encodeURIComponent(fileId)}?size=${size}`;

function uploadImage(url: string, file: Blob, name: string) {
  const form = new FormData();
  form.append('file', file, name);
  return api.post<{ id: string }>(url, form);
}
export const uploadPhoto = (file: File) => uploadImage('/api/self-check-photos', file, file.name);
export const uploadSignature = (png: Blob) => uploadImage('/api/self-check-signatures', png, 'signature.png');

export const listCompliance = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TComplianceRow>>('/api/self-checks/compliance', query, signal);
export const complianceSummary = (query: TQuery, signal?: AbortSignal) => api.get<TComplianceUnit[]>('/api/self-checks/compliance/summary', query, signal);
export const getSettings = (signal?: AbortSignal) => api.get<TSelfCheckSettings>('/api/self-check-settings', undefined, signal);
export const updateSettings = (body: TSelfCheckSettingsUpdate) => api.put<TSelfCheckSettings>('/api/self-check-settings', body);
