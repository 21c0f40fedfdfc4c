import type { TComplaintHotspots, THotspotChart } from '@shian/shared/complaint-hotspot';
import { api, download, type TQuery } from '../../../api/client.ts';

export type THotspotFilters = { from: string; to: string; trade?: string; issueType?: string; minSpikeCount?: number };

export const getHotspots = (filters: THotspotFilters, signal?: AbortSignal) => api.get<TComplaintHotspots>('/api/complaint-hotspots', filters as TQuery, signal);
export const exportHotspotChart = (filters: THotspotFilters, chart: THotspotChart) =>
  download('/api/complaint-hotspots/export', { ...(filters as TQuery), chart }, `complaint-hotspots-${chart}.xlsx`);
