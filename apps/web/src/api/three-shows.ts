import type { TThreeShows } from '@shian/shared/three-shows';
import { api } from './client.ts';

// An operator's 三亮 for staff and the business itself (components/three-shows-card.tsx); the public page
// reads its own endpoint in features/public-profile.
export const getThreeShows = (operatorId: string, signal?: AbortSignal) => api.get<TThreeShows>(`/api/operators/${encodeURIComponent(operatorId)}/three-shows`, undefined, signal);

export const publicPath = (operatorId: string) => `/p/operators/${encodeURIComponent(operatorId)}`;
