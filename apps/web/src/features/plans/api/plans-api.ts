import type { TPage } from '@shian/shared/http';
import type { TPlanEntry, TPlanEntryPatch, TPlanGenerate, TPlanGenerateResult, TPlanInspector } from '@shian/shared/plan';
import { api } from '../../../api/client.ts';

export type TPlanQuery = { year: number; month?: number; stationId?: string; status?: string; overdue?: string; page?: number; pageSize?: number };

export const listPlanEntries = (query: TPlanQuery, signal?: AbortSignal) => api.get<TPage<TPlanEntry>>('/api/inspection-plans', query, signal);

export const generatePlan = (body: TPlanGenerate) => api.post<TPlanGenerateResult>('/api/inspection-plans/generate', body);

export const patchPlanEntry = (id: string, body: TPlanEntryPatch) => api.patch<TPlanEntry>(`/api/inspection-plans/${encodeURIComponent(id)}`, body);

export const listAssignable = (stationId: string, signal?: AbortSignal) => api.get<{ items: TPlanInspector[] }>('/api/inspection-plans/inspectors', { stationId }, signal);
