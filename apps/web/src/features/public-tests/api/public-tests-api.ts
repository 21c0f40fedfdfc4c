import type { TPage } from '@shian/shared/http';
import type { TNomination, TNominationCreate } from '@shian/shared/public-test';
import { api, type TQuery } from '../../../api/client.ts';

const anonymous = { redirectOn401: false };

export const listPublicNominations = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TNomination>>('/api/public/test-nominations', query, signal, anonymous);
export const proposeNomination = (body: TNominationCreate) => api.post<TNomination>('/api/public/test-nominations', body, anonymous);
export const voteNomination = (id: string) => api.post<TNomination>(`/api/public/test-nominations/${encodeURIComponent(id)}/votes`, undefined, anonymous);

const staff = (id: string) => `/api/test-nominations/${encodeURIComponent(id)}`;
export const listNominations = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TNomination>>('/api/test-nominations', query, signal);
export const selectNomination = (id: string, version: number, planName: string) => api.post<TNomination>(`${staff(id)}/select`, { version, planName });
export const publishResult = (id: string, version: number, resultSummary: string) => api.post<TNomination>(`${staff(id)}/result`, { version, resultSummary });
export const rejectNomination = (id: string, version: number) => api.post<TNomination>(`${staff(id)}/reject`, { version });
