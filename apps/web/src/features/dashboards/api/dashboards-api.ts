import type { TDashboardQuery, TInspectionDashboard } from '@shian/shared/dashboard';
import { api, download } from '../../../api/client.ts';

export const getInspectionDashboard = (query: TDashboardQuery, signal?: AbortSignal) => api.get<TInspectionDashboard>('/api/dashboards/inspections', query, signal);

export const exportInspectionDashboard = (query: TDashboardQuery) => download('/api/dashboards/inspections/export', query, 'dashboard.xlsx');
