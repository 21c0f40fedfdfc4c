import type { TOperator } from '@shian/shared/operator';
import { api } from './client.ts';

// One operator as its detail page reads it: features that work on a given operator (a cadre's visit) name it.
export const getOperator = (operatorId: string, signal?: AbortSignal) => api.get<TOperator>(`/api/operators/${encodeURIComponent(operatorId)}`, undefined, signal);
