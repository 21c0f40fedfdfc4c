import type { TPage } from '@shian/shared/http';
import type { TDisposal, TDisposalAcknowledge, TDisposalClockSettings, TDisposalClockSettingsUpdate, TDisposalDetail, TDisposalStepPatch } from '@shian/shared/disposal';
import type { TSamplingDashboard } from '@shian/shared/sampling-analytics';
import { api, download, type TQuery } from '../../../api/client.ts';

const BASE = '/api/disposals';
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const listDisposals = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TDisposal>>(BASE, query, signal);
export const getDisposal = (id: string, signal?: AbortSignal) => api.get<TDisposalDetail>(one(id), undefined, signal);
export const deliverDisposal = (id: string, version: number) => api.post<TDisposalDetail>(`${one(id)}/deliver`, { version });
export const acknowledgeDisposal = (id: string, body: TDisposalAcknowledge) => api.post<TDisposalDetail>(`${one(id)}/acknowledge`, body);
export const completeStep = (id: string, stepId: string, body: TDisposalStepPatch) => api.patch<TDisposalDetail>(`${one(id)}/steps/${encodeURIComponent(stepId)}`, body);
export const closeDisposal = (id: string, version: number) => api.post<TDisposalDetail>(`${one(id)}/close`, { version });
export const escalateDisposals = () => api.post<{ escalated: number }>(`${BASE}/escalate`);

export const getSamplingDashboard = (year: number, signal?: AbortSignal) => api.get<TSamplingDashboard>('/api/dashboards/sampling', { year }, signal);
export const exportSamplingDashboard = (year: number) => download('/api/dashboards/sampling/export', { year }, `sampling-${year}.xlsx`);

export const getClockSettings = (signal?: AbortSignal) => api.get<TDisposalClockSettings>('/api/disposal-clock-settings', undefined, signal);
export const updateClockSettings = (body: TDisposalClockSettingsUpdate) => api.put<TDisposalClockSettings>('/api/disposal-clock-settings', body);
