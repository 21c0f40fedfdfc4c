import type { TExamQuestionInput, TExamQuestionView, TQuestionImportResult } from '@shian/shared/exam-question';
import type { TPage } from '@shian/shared/http';
import type { TLawSearchResult } from '@shian/shared/law';
import type { TCourseAttachment, TCourseDetail, TCourseInput, TCourseSummary, TTrainingRecord } from '@shian/shared/training';
import { api, download, type TQuery } from '../../../api/client.ts';

const question = (id: string) => `/api/exam-questions/${encodeURIComponent(id)}`;
const course = (id: string) => `/api/courses/${encodeURIComponent(id)}`;

export const listQuestions = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TExamQuestionView>>('/api/exam-questions', query, signal);
export const questionCategories = (signal?: AbortSignal) => api.get<{ category: string; count: number }[]>('/api/exam-questions/categories', undefined, signal);
export const createQuestion = (body: TExamQuestionInput) => api.post<TExamQuestionView>('/api/exam-questions', body);
export const updateQuestion = (id: string, body: TExamQuestionInput & { version: number }) => api.put<TExamQuestionView>(question(id), body);
export const setQuestionActive = (id: string, version: number, active: boolean) =>
  api.post<TExamQuestionView>(`${question(id)}/${active ? 'activate' : 'deactivate'}`, { version });
export const downloadQuestionTemplate = () => download('/api/exam-questions/import-template', undefined, '题库导入模板.xlsx');
export function importQuestions(file: File, dryRun: boolean) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post<TQuestionImportResult>(`/api/exam-questions/import?dryRun=${dryRun}`, form);
}

export const searchArticles = (q: string, signal?: AbortSignal) => api.get<TLawSearchResult>('/api/laws/search', { q, pageSize: 20 }, signal);
export const guidanceOptions = (q: string | undefined, signal?: AbortSignal) =>
  api.get<{ id: string; title: string }[]>('/api/courses/guidance-options', q ? { q } : undefined, signal);

export const myCourses = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TCourseSummary>>('/api/courses', query, signal);
export const manageCourses = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TCourseSummary>>('/api/courses/manage', query, signal);
export const getCourse = (id: string, signal?: AbortSignal) => api.get<TCourseDetail>(course(id), undefined, signal);
export const createCourse = (body: TCourseInput) => api.post<TCourseDetail>('/api/courses', body);
export const updateCourse = (id: string, body: TCourseInput & { version: number }) => api.put<TCourseDetail>(course(id), body);
export const markLessonDone = (id: string, key: string) => api.post<TCourseSummary>(`${course(id)}/lessons/${encodeURIComponent(key)}/done`);
export const trainingRecords = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TTrainingRecord>>('/api/training/records', query, signal);
export function uploadCourseAttachment(file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post<TCourseAttachment>('/api/course-attachments', form);
}
export const downloadCourseAttachment = (courseId: string, file: TCourseAttachment) =>
  download(`${course(courseId)}/attachments/${encodeURIComponent(file.id)}`, undefined, file.name);
