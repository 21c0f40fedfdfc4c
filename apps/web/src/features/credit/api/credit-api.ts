import type { TPage } from '@shian/shared/http';
import type {
  TCreditRecord,
  TListEntry,
  TListEntryApprove,
  TListEntryCreate,
  TListEntryDetail,
  TPublicCreditHit,
  TPublicCreditRecord,
  TReasoned,
  TRepair,
  TRepairAccept,
  TRepairCreate,
  TRepairDecide,
} from '@shian/shared/credit';
import { api, download, type TQuery } from '../../../api/client.ts';

const ENTRIES = '/api/credit/list-entries';
const entry = (id: string) => `${ENTRIES}/${encodeURIComponent(id)}`;
const repair = (id: string) => `/api/credit/repairs/${encodeURIComponent(id)}`;

export const getCreditRecord = (operatorId: string, signal?: AbortSignal) => api.get<TCreditRecord>(`/api/operators/${encodeURIComponent(operatorId)}/credit`, undefined, signal);

export const listEntries = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TListEntry>>(ENTRIES, query, signal);
export const getEntry = (id: string, signal?: AbortSignal) => api.get<TListEntryDetail>(entry(id), undefined, signal);
export const proposeEntry = (body: TListEntryCreate) => api.post<TListEntryDetail>(ENTRIES, body);
export const approveEntry = (id: string, body: TListEntryApprove) => api.post<TListEntryDetail>(`${entry(id)}/approve`, body);
export const rejectEntry = (id: string, body: TReasoned) => api.post<TListEntryDetail>(`${entry(id)}/reject`, body);
export const publishEntry = (id: string, version: number) => api.post<TListEntryDetail>(`${entry(id)}/publish`, { version });
export const revokeListing = (id: string, body: TReasoned) => api.post<TListEntryDetail>(`${entry(id)}/revoke`, body);
export const restoreListing = (id: string, body: TReasoned) => api.post<TListEntryDetail>(`${entry(id)}/restore`, body);
export const acknowledgeEntry = (id: string, version: number) => api.post<TListEntryDetail>(`${entry(id)}/acknowledge`, { version });
export const expireListings = () => api.post<{ exited: number }>(`${ENTRIES}/expire`);

export function uploadEvidence(entryId: string, file: Blob) {
  const form = new FormData();
  form.append('file', file, 'evidence.jpg');
  return api.post<{ id: string }>(`${entry(entryId)}/repair-evidence`, form);
}
export const evidenceUrl = (entryId: string, fileId: string, size: 'thumb' | 'full') => `${entry(entryId)}/repair-evidence/${encodeURIComponent(fileId)}?size=${size}`;
export const applyForRepair = (entryId: string, body: TRepairCreate) => api.post<TListEntryDetail>(`${entry(entryId)}/repairs`, body);

export const listRepairs = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TRepair>>('/api/credit/repairs', query, signal);
export const acceptRepair = (id: string, body: TRepairAccept) => api.post<TListEntryDetail>(`${repair(id)}/accept`, body);
export const decideRepair = (id: string, body: TRepairDecide) => api.post<TListEntryDetail>(`${repair(id)}/decide`, body);

export const exportCredit = (from: string, to: string) => download('/api/credit/export', { from, to }, `credit-${from}-${to}.xlsx`);

const publicOptions = { redirectOn401: false };
export const searchPublicCredit = (q: string, signal?: AbortSignal) => api.get<TPublicCreditHit[]>('/api/public/credit', { q }, signal, publicOptions);
export const getPublicCredit = (id: string, signal?: AbortSignal) => api.get<TPublicCreditRecord>(`/api/public/credit/${encodeURIComponent(id)}`, undefined, signal, publicOptions);
