import type { TPage } from '@shian/shared/http';
import type {
  TComplaint,
  TComplaintAccept,
  TComplaintCreate,
  TComplaintDetail,
  TComplaintExtend,
  TComplaintHandle,
  TComplaintImport,
  TComplaintImportDryRun,
  TComplaintMatch,
  TComplaintPublicCreate,
  TComplaintPublicStatus,
  TComplaintReceipt,
  TComplaintReject,
  TComplaintReply,
  TComplaintResult,
  TComplaintRoute,
  TComplaintTicket,
  TUnmatchedBusiness,
} from '@shian/shared/complaint';
import { api, download, type TQuery } from '../../../api/client.ts';

const BASE = '/api/complaints';
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const listComplaints = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TComplaint>>(BASE, query, signal);
export const exportComplaints = (query: TQuery) => download(`${BASE}/export`, query, 'complaints.xlsx');
export const getComplaint = (id: string, signal?: AbortSignal) => api.get<TComplaintDetail>(one(id), undefined, signal);
export const createComplaint = (body: TComplaintCreate) => api.post<TComplaintDetail>(BASE, body);
export const escalateComplaints = () => api.post<{ escalated: number }>(`${BASE}/escalate`);

export const acceptComplaint = (id: string, body: TComplaintAccept) => api.post<TComplaintDetail>(`${one(id)}/accept`, body);
export const rejectComplaint = (id: string, body: TComplaintReject) => api.post<TComplaintDetail>(`${one(id)}/reject`, body);
export const routeComplaint = (id: string, body: TComplaintRoute) => api.post<TComplaintDetail>(`${one(id)}/route`, body);
export const handleComplaint = (id: string, body: TComplaintHandle) => api.post<TComplaintDetail>(`${one(id)}/handle`, body);
export const extendComplaint = (id: string, body: TComplaintExtend) => api.post<TComplaintDetail>(`${one(id)}/extend`, body);
export const recordResult = (id: string, body: Omit<TComplaintResult, 'violationVerified'> & { violationVerified?: boolean }) =>
  api.post<TComplaintDetail>(`${one(id)}/result`, body);
export const replyComplaint = (id: string, body: TComplaintReply) => api.post<TComplaintDetail>(`${one(id)}/reply`, body);
export const confirmMatch = (id: string, body: TComplaintMatch) => api.post<TComplaintDetail>(`${one(id)}/match`, body);

export const listUnmatched = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TUnmatchedBusiness>>(`${BASE}/unmatched-businesses`, query, signal);
export const openUnlicensedLead = (namedBusiness: string) => api.post<{ leadId: string; complaints: number }>(`${BASE}/unmatched-businesses/leads`, { namedBusiness });

const IMPORTS = '/api/complaint-imports';
export function uploadComplaintFile(file: File) {
  const form = new FormData();
  form.append('file', file);
  return api.post<TComplaintImport>(IMPORTS, form);
}
export const getComplaintImport = (id: string, signal?: AbortSignal) => api.get<TComplaintImport>(`${IMPORTS}/${encodeURIComponent(id)}`, undefined, signal);
export const dryRunComplaintImport = (id: string, body: TComplaintImportDryRun) => api.post<TComplaintImport>(`${IMPORTS}/${encodeURIComponent(id)}/dry-run`, body);
export const commitComplaintImport = (id: string, mode: 'all' | 'valid') => api.post<TComplaintImport>(`${IMPORTS}/${encodeURIComponent(id)}/commit`, { mode });

export const getTicket = () => api.get<TComplaintTicket>('/api/public/complaint-tickets');
export const submitPublicComplaint = (body: TComplaintPublicCreate) => api.post<TComplaintReceipt>('/api/public/complaints', body);
export const getPublicStatus = (registrationNo: string, signal?: AbortSignal) =>
  api.get<TComplaintPublicStatus>(`/api/public/complaints/${encodeURIComponent(registrationNo)}`, undefined, signal, { redirectOn401: false });
