import type { TStaffingCheck } from '@shian/shared/staffing';
import { api } from './client.ts';

// The staffing check of one operator on its page (components/operator-staffing-card.tsx).
export const getStaffingCheck = (operatorId: string, signal?: AbortSignal) =>
  api.get<TStaffingCheck>(`/api/staffing/operators/${encodeURIComponent(operatorId)}`, undefined, signal);
