import type { TPage } from '@shian/shared/http';
import type { TPublicServiceStation, TServiceStation, TServiceStationCreate, TServiceStationPatch } from '@shian/shared/service-station';
import { api, type TQuery } from '../../../api/client.ts';

const BASE = '/api/service-stations';

export const listStations = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TServiceStation>>(BASE, query, signal);
export const listPublicStations = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TPublicServiceStation>>('/api/public/service-stations', query, signal);
export const createStation = (body: TServiceStationCreate) => api.post<TServiceStation>(BASE, body);
export const updateStation = (id: string, body: TServiceStationPatch) => api.patch<TServiceStation>(`${BASE}/${encodeURIComponent(id)}`, body);
