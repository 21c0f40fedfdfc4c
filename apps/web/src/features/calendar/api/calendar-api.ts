import type { TCalendarDay, TCalendarDayInput, TCalendarYear } from '@shian/shared/calendar';
import { api } from '../../../api/client.ts';

export const getCalendarYear = (year: number, signal?: AbortSignal) => api.get<TCalendarYear>('/api/calendar', { year }, signal);
export const setCalendarDay = (date: string, input: TCalendarDayInput) => api.put<TCalendarDay>(`/api/calendar/days/${date}`, input);
export const clearCalendarDay = (date: string) => api.delete<void>(`/api/calendar/days/${date}`);
