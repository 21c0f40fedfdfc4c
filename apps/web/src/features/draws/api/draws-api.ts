import type { TDrawCreate, TDrawDetail, TDrawPlanResult, TDrawSummary, TDrawVerify } from '@shian/shared/draw';
import type { TPage } from '@shian/shared/http';
import { api } from '../../../api/client.ts';

const one = (id: string) => `/api/random-draws/${encodeURIComponent(id)}`;

export const listDraws = (signal?: AbortSignal) => api.get<TPage<TDrawSummary>>('/api/random-draws', { pageSize: 50 }, signal);
export const createDraw = (body: Partial<TDrawCreate>) => api.post<TDrawDetail>('/api/random-draws', body);
export const getDraw = (id: string, signal?: AbortSignal) => api.get<TDrawDetail>(one(id), undefined, signal);
export const verifyDraw = (id: string) => api.post<TDrawVerify>(`${one(id)}/verify`);
export const publishDraw = (id: string) => api.post<TDrawDetail>(`${one(id)}/publish`);
export const planDraw = (id: string) => api.post<TDrawPlanResult>(`${one(id)}/plan`);
