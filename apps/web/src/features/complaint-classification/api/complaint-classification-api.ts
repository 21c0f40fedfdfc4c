import type { TPage } from '@shian/shared/http';
import type {
  TClassificationCorrection,
  TClassificationReviewItem,
  TClassifierModel,
  TClassifierOverview,
  TClassifyResult,
  TComplaintClassification,
  TComplaintLabel,
} from '@shian/shared/complaint-classification';
import { api, type TQuery } from '../../../api/client.ts';

const BASE = '/api/complaint-classification';

export const classifyText = (text: string) => api.post<TClassifyResult>('/api/complaints/classify', { text });
export const correctClassification = (complaintId: string, body: TClassificationCorrection) =>
  api.put<TComplaintClassification>(`/api/complaints/${encodeURIComponent(complaintId)}/classification`, body);
export const getClassifierOverview = (signal?: AbortSignal) => api.get<TClassifierOverview>(`${BASE}/models`, undefined, signal);
export const startRetraining = () => api.post<TClassifierModel>(`${BASE}/models`);
export const getClassifierModel = (id: string, signal?: AbortSignal) => api.get<TClassifierModel>(`${BASE}/models/${encodeURIComponent(id)}`, undefined, signal);
export const listForReview = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TClassificationReviewItem>>(`${BASE}/review`, query, signal);
export const listCorrections = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TComplaintLabel>>(`${BASE}/labels`, query, signal);
