import type { TNotification, TNotificationPage, TNotificationPreferences, TNotificationPreferencesUpdate } from '@shian/shared/notification';
import { api, type TQuery } from '../../../api/client.ts';

const BASE = '/api/notifications';

export const listNotifications = (query: TQuery, signal?: AbortSignal) => api.get<TNotificationPage>(BASE, query, signal);
export const readNotification = (id: string) => api.post<TNotification>(`${BASE}/${encodeURIComponent(id)}/read`);
export const readAllNotifications = () => api.post<{ read: number; unread: number }>(`${BASE}/read-all`);
export const getPreferences = (signal?: AbortSignal) => api.get<TNotificationPreferences>(`${BASE}/preferences`, undefined, signal);
export const savePreferences = (body: TNotificationPreferencesUpdate) => api.put<TNotificationPreferences>(`${BASE}/preferences`, body);
/** The live stream (Server-Sent Events), opened by notification-live.ts. */
export const STREAM_URL = `${BASE}/stream`;
