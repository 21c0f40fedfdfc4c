import type { TOperatorSummary } from '@shian/shared/operator';
import type { TPage } from '@shian/shared/http';
import type {
  TLabCommit,
  TLabCommitResult,
  TLabDryRun,
  TLabImport,
  TLabMapping,
  TPlanProgress,
  TPublicSamplingResult,
  TSample,
  TSampleCreate,
  TSampleSummary,
  TSamplingPlan,
  TSamplingPlanCreate,
  TSamplingPlanPatch,
  TSamplingTask,
  TSamplingTaskCreate,
  TTestingInstitution,
  TTestingInstitutionCreate,
  TSampleReportPut,
  TSamplingTaskPatch,
} from '@shian/shared/sampling';
import { api, type TQuery } from '../../../api/client.ts';

export type TPlanDetail = TSamplingPlan & { tasks: TSamplingTask[] };
/** Bodies as the forms send them: fields with a server-side default may be left out. */
type TIn<T> = Partial<T>;

const plan = (id: string) => `/api/sampling-plans/${encodeURIComponent(id)}`;
const sample = (id: string) => `/api/samples/${encodeURIComponent(id)}`;

export const listPlans = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TSamplingPlan>>('/api/sampling-plans', query, signal);
export const getPlan = (id: string, signal?: AbortSignal) => api.get<TPlanDetail>(plan(id), undefined, signal);
export const createPlan = (body: TIn<TSamplingPlanCreate>) => api.post<TPlanDetail>('/api/sampling-plans', body);
export const patchPlan = (id: string, body: TSamplingPlanPatch) => api.patch<TPlanDetail>(plan(id), body);
export const createTask = (id: string, body: TSamplingTaskCreate) => api.post<TSamplingTask>(`${plan(id)}/tasks`, body);
export const updateTask = (id: string, taskId: string, body: TSamplingTaskPatch) => api.patch<TSamplingTask>(`${plan(id)}/tasks/${encodeURIComponent(taskId)}`, body);
export const planProgress = (id: string, signal?: AbortSignal) => api.get<TPlanProgress>(`${plan(id)}/progress`, undefined, signal);

export const listInstitutions = (signal?: AbortSignal) => api.get<TTestingInstitution[]>('/api/testing-institutions', undefined, signal);
export const createInstitution = (body: TIn<TTestingInstitutionCreate>) => api.post<TTestingInstitution>('/api/testing-institutions', body);

export const listSamples = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TSampleSummary>>('/api/samples', query, signal);
export const getSample = (id: string, signal?: AbortSignal) => api.get<TSample>(sample(id), undefined, signal);
export const createSample = (body: TIn<TSampleCreate>) => api.post<TSample>('/api/samples', body);
export const saveReport = (id: string, body: TIn<TSampleReportPut>) => api.put<TSample>(`${sample(id)}/report`, body);
export const labelUrl = (id: string) => `${sample(id)}/label.svg`;
export const samplePhotoUrl = (id: string, fileId: string, size: 'thumb' | 'full') => `${sample(id)}/photos/${encodeURIComponent(fileId)}?size=${size}`;

export function uploadSamplePhoto(id: string, file: Blob) {
  const form = new FormData();
  form.append('file', file, 'photo.jpg');
  return api.post<{ id: string }>(`${sample(id)}/photos`, form);
}

export function uploadLabFile(file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post<TLabImport>('/api/sample-reports/imports', form);
}
export const dryRunLabFile = (id: string, mapping: TLabMapping) => api.post<TLabDryRun>(`/api/sample-reports/imports/${encodeURIComponent(id)}/dry-run`, { mapping });
export const commitLabFile = (id: string, body: TLabCommit) => api.post<TLabCommitResult>(`/api/sample-reports/imports/${encodeURIComponent(id)}/commit`, body);

/** Published results, for anyone (no sign-in). */
export const listPublicResults = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TPublicSamplingResult>>('/api/public/sampling-results', query, signal);

export const searchOperators = (q: string, signal?: AbortSignal) => api.get<TPage<TOperatorSummary>>('/api/operators', { q, pageSize: 20 }, signal);
export const stationStaff = (operatorId: string, signal?: AbortSignal) =>
  api.get<{ id: string; displayName: string; role: string }[]>('/api/inspections/inspectors', { operatorId }, signal);
export const listStations = (signal?: AbortSignal) => api.get<{ stations: { id: string; name: string; kind: string }[] }>('/api/org', undefined, signal);
