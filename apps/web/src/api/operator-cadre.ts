import type { TAssignmentSet, TCadre, TOperatorCadre } from '@shian/shared/cadre';
import type { TPage } from '@shian/shared/http';
import { api } from './client.ts';

// The subject's assigned cadre (包保干部) on the operator page (components/operator-cadre-card.tsx).
const url = (operatorId: string) => `/api/operators/${encodeURIComponent(operatorId)}/cadre`;

export const getOperatorCadre = (operatorId: string, signal?: AbortSignal) => api.get<TOperatorCadre>(url(operatorId), undefined, signal);
export const setOperatorCadre = (operatorId: string, body: TAssignmentSet) => api.put<TOperatorCadre>(url(operatorId), body);
/** The active cadres of the subject's unit to pick from (a unit has about a hundred; the page size covers them). */
export const listUnitCadres = (unitCode: string, signal?: AbortSignal) => api.get<TPage<TCadre>>('/api/cadres', { unitCode, active: 'true', pageSize: 200 }, signal);
