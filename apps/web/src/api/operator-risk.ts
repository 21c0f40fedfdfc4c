import type { TOperatorRisk } from '@shian/shared/risk';
import { api } from './client.ts';

// An operator's risk grade with its breakdown: shown on the operator page (components/risk-grade-card.tsx).
export const getOperatorRisk = (operatorId: string, signal?: AbortSignal) => api.get<TOperatorRisk>(`/api/operators/${encodeURIComponent(operatorId)}/risk`, undefined, signal);
