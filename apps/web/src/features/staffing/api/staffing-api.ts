import type { TPage } from '@shian/shared/http';
import type { TStaffingGap, TStaffingReminder, TStaffingRules, TStaffingRulesUpdate } from '@shian/shared/staffing';
import { api, type TQuery } from '../../../api/client.ts';

export const listGaps = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TStaffingGap>>('/api/staffing/gaps', query, signal);
export const remindGap = (operatorId: string) => api.post<TStaffingReminder & { notified: number }>(`/api/staffing/gaps/${encodeURIComponent(operatorId)}/remind`);
export const getRules = (signal?: AbortSignal) => api.get<TStaffingRules>('/api/staffing-rules', undefined, signal);
export const updateRules = (body: TStaffingRulesUpdate) => api.put<TStaffingRules>('/api/staffing-rules', body);
