import type { TExam, TExamPassRate, TExamSettings, TExamSettingsUpdate, TExamStart, TExamSummary, TExamGroupBy } from '@shian/shared/exam';
import type { TPage } from '@shian/shared/http';
import { api, type TQuery } from '../../../api/client.ts';

const exam = (id: string) => `/api/exams/${encodeURIComponent(id)}`;

export const startExam = (body: TExamStart) => api.post<TExam>('/api/exams', body);
export const getExam = (id: string, signal?: AbortSignal) => api.get<TExam>(exam(id), undefined, signal);
export const saveAnswers = (id: string, version: number, choices: Record<string, number[]>) => api.put<TExam>(`${exam(id)}/answers`, { version, choices });
export const submitExam = (id: string, version: number, choices: Record<string, number[]>) => api.post<TExam>(`${exam(id)}/submit`, { version, choices });
export const listMyExams = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TExamSummary>>('/api/exams', query, signal);
export const listResults = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TExamSummary>>('/api/exams/results', query, signal);
export const passRates = (groupBy: TExamGroupBy, signal?: AbortSignal) => api.get<TExamPassRate[]>('/api/exams/pass-rates', { groupBy }, signal);
export const getExamSettings = (signal?: AbortSignal) => api.get<TExamSettings>('/api/exam-settings', undefined, signal);
export const updateExamSettings = (body: TExamSettingsUpdate) => api.put<TExamSettings>('/api/exam-settings', body);
