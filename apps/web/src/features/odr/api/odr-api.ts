import type { TPage } from '@shian/shared/http';
import type { TOdrConsent, TOdrEnrolment, TOdrEnrolmentDetail, TOdrNegotiationClose, TOdrNegotiationCreate, TOdrSuggestion, TOdrWithdraw } from '@shian/shared/odr';
import { api, type TQuery } from '../../../api/client.ts';

const BASE = '/api/odr/enrolments';
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const listSuggestions = (query: TQuery, signal?: AbortSignal) => api.get<TOdrSuggestion[]>('/api/odr/suggestions', query, signal);
export const listEnrolments = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TOdrEnrolment>>(BASE, query, signal);
export const getEnrolment = (id: string, signal?: AbortSignal) => api.get<TOdrEnrolmentDetail>(one(id), undefined, signal);
export const recordConsent = (id: string, body: TOdrConsent) => api.post<TOdrEnrolmentDetail>(`${one(id)}/consent`, body);
export const withdraw = (id: string, body: TOdrWithdraw) => api.post<TOdrEnrolmentDetail>(`${one(id)}/withdraw`, body);
export const startNegotiation = (id: string, body: TOdrNegotiationCreate) => api.post<TOdrEnrolmentDetail>(`${one(id)}/negotiations`, body);
export const closeNegotiation = (id: string, body: TOdrNegotiationClose) => api.patch<TOdrEnrolmentDetail>(`/api/odr/negotiations/${encodeURIComponent(id)}`, body);
