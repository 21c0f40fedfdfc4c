import type { TPage } from '@shian/shared/http';
import type {
  TAllocation,
  TAllocationCreate,
  TAllocationPlanResult,
  TMonitoring,
  TStationCapacityDefault,
  TTargetingModel,
  TTargetingScore,
  TTargetingTrain,
} from '@shian/shared/targeting';
import { api, download, type TQuery } from '../../../api/client.ts';

const BASE = '/api/targeting';
const allocation = (id: string) => `${BASE}/allocations/${encodeURIComponent(id)}`;

export const listModels = (signal?: AbortSignal) => api.get<{ items: TTargetingModel[] }>(`${BASE}/models`, undefined, signal);
export const trainModel = (body: TTargetingTrain) => api.post<TTargetingModel>(`${BASE}/models`, body);
export const listScores = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TTargetingScore> & { model: TTargetingModel | null }>(`${BASE}/scores`, query, signal);
export const capacityDefaults = (weeks: number, signal?: AbortSignal) => api.get<{ items: TStationCapacityDefault[] }>(`${BASE}/capacities`, { weeks }, signal);
export const listAllocations = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TAllocation>>(`${BASE}/allocations`, query, signal);
export const createAllocations = (body: TAllocationCreate) => api.post<{ items: TAllocation[] }>(`${BASE}/allocations`, body);
export const planAllocation = (id: string, version: number) => api.post<TAllocationPlanResult>(`${allocation(id)}/plan`, { version });
export const exportAllocation = (a: TAllocation) => download(`${allocation(a.id)}/export`, undefined, `inspection-list-${a.weekStart}.xlsx`);
export const getMonitoring = (weeks: number, signal?: AbortSignal) => api.get<TMonitoring>(`${BASE}/monitoring`, { weeks }, signal);
