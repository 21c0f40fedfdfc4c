import type { TRiskBandsUpdate, TRiskBandsView, TRiskDistribution, TRiskRecomputeResult } from '@shian/shared/risk';
import { api } from '../../../api/client.ts';

export const getRiskBands = (signal?: AbortSignal) => api.get<TRiskBandsView>('/api/risk/bands', undefined, signal);

export const putRiskBands = (body: TRiskBandsUpdate) => api.put<{ bands: TRiskBandsView; regraded: TRiskRecomputeResult }>('/api/risk/bands', body);

export const recomputeRisk = () => api.post<TRiskRecomputeResult>('/api/risk/recompute');

export const getRiskDistribution = (signal?: AbortSignal) => api.get<TRiskDistribution>('/api/risk/distribution', undefined, signal);
