import type { TThreeShows } from '@shian/shared/three-shows';
import { api } from '../../../api/client.ts';

export const getThreeShows = (operatorId: string, signal?: AbortSignal) =>
  api.get<TThreeShows>(`/api/operators/${encodeURIComponent(operatorId)}/three-shows`, undefined, signal);

export const getPublicProfile = (operatorId: string, signal?: AbortSignal) =>
  api.get<TThreeShows>(`/api/public/operators/${encodeURIComponent(operatorId)}`, undefined, signal, { redirectOn401: false });

export const qrUrl = (operatorId: string) => `/api/public/operators/${encodeURIComponent(operatorId)}/qr.svg`;
export const publicPath = (operatorId: string) => `/p/operators/${encodeURIComponent(operatorId)}`;
