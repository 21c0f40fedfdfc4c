import type { TCadre } from '@shian/shared/cadre';
import type { TPage } from '@shian/shared/http';
import { api } from './client.ts';

// Active cadres of the user's scope found by name, post or work unit (a reminder letter to a cadre's unit, features/notice-letters).
export const searchCadres = (q: string, signal?: AbortSignal) => api.get<TPage<TCadre>>('/api/cadres', { q: q || undefined, active: 'true', pageSize: 20 }, signal);
