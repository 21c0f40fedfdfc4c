import type { TLogin, TMe } from '@shian/shared/auth';
import { api } from '../api/client.ts';

export const fetchMe = (signal?: AbortSignal) => api.get<TMe>('/api/auth/me', undefined, signal, { redirectOn401: false });

export const login = (credentials: TLogin) => api.post<TMe>('/api/auth/login', credentials, { redirectOn401: false });

export const logout = () => api.post<void>('/api/auth/logout', undefined, { redirectOn401: false });
