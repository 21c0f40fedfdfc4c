import type { TWorkbench, TWorkbenchDue, TWorkbenchModule } from '@shian/shared/workbench';
import { api } from '../../../api/client.ts';

export type TWorkbenchFilters = { module?: TWorkbenchModule; due?: TWorkbenchDue; page: number; pageSize: number };

export const getWorkbench = (query: TWorkbenchFilters, signal?: AbortSignal) => api.get<TWorkbench>('/api/workbench', query, signal);
