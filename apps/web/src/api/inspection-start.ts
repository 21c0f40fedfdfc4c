import type { TInspection, TInspectionCreate } from '@shian/shared/inspection';
import { api } from './client.ts';

// Starting an inspection from the operator page (components/start-inspection-button.tsx); the inspection
// itself is then run in features/inspections.
export type TEligibleInspector = { id: string; displayName: string; role: string };

export const eligibleInspectors = (operatorId: string, signal?: AbortSignal) => api.get<TEligibleInspector[]>('/api/inspections/inspectors', { operatorId }, signal);
export const createInspection = (body: TInspectionCreate) => api.post<TInspection>('/api/inspections', body);
