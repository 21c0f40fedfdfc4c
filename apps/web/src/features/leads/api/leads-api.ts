import type { TPage } from '@shian/shared/http';
import type { TLead, TLeadAssess, TLeadCreate, TLeadMust, TPoliceReceipt, TPoliceTransfer } from '@shian/shared/lead';
import type { TCaseCreate, TCaseDetail } from '@shian/shared/enforcement-case';
import { api, type TQuery } from '../../../api/client.ts';

const one = (id: string) => `/api/leads/${encodeURIComponent(id)}`;

export const listLeads = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TLead>>('/api/leads', query, signal);
export const listMusts = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TLead> & { counts: Record<TLeadMust, number> }>('/api/leads/musts', query, signal);
export const getLead = (id: string, signal?: AbortSignal) => api.get<TLead>(one(id), undefined, signal);
export const createLead = (body: TLeadCreate) => api.post<TLead>('/api/leads', body);
export const assessLead = (id: string, body: TLeadAssess) => api.post<TLead>(`${one(id)}/assess`, body);
export const requestExtension = (id: string, version: number, reason: string) => api.post<TLead>(`${one(id)}/extension`, { version, reason });
export const decideExtension = (id: string, version: number, approve: boolean) => api.post<TLead>(`${one(id)}/extension/decision`, { version, approve });
export const recordTransfer = (id: string, body: TPoliceTransfer) => api.post<TLead>(`${one(id)}/police-transfer`, body);
export const recordReceipt = (id: string, body: TPoliceReceipt) => api.post<TLead>(`${one(id)}/police-receipt`, body);
/** Assessing a lead as qualifying opens its case (awaiting the filing approval). */
export const proposeCase = (body: TCaseCreate) => api.post<TCaseDetail>('/api/cases', body);

export type TOperatorOption = { id: string; name: string; uscc: string };
/** Operators in the user's scope by name or credit code, for picking a lead's operator. */
export const searchOperators = async (q: string, signal?: AbortSignal) => (await api.get<TPage<TOperatorOption>>('/api/operators', { q, pageSize: 10 }, signal)).items;
