import type { TExam, TExamSummary } from '@shian/shared/exam';
import { api } from './client.ts';

// Spot exams on the inspection page (components/spot-exam-card.tsx): the ones given during an inspection, and a new one.
export const listSpotExams = (inspectionId: string, signal?: AbortSignal) =>
  api.get<TExamSummary[]>(`/api/inspections/${encodeURIComponent(inspectionId)}/spot-exams`, undefined, signal);
export const startSpotExam = (inspectionId: string, personnelId: string) => api.post<TExam>(`/api/inspections/${encodeURIComponent(inspectionId)}/spot-exams`, { personnelId });
