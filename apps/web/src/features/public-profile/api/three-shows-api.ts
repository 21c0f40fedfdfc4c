import type { TThreeShows } from '@shian/shared/three-shows';
import { api } from '../../../api/client.ts';

export const getPublicProfile = (operatorId: string, signal?: AbortSignal) =>
  api.get<TThreeShows>(`/api/public/operators/${encodeURIComponent(operatorId)}`, undefined, signal, { redirectOn401: false });

export const qrUrl = (operatorId: string) => `/api/public/operators/${encodeURIComponent(operatorId)}/qr.svg`;
