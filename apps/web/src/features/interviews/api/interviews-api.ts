import type { TPage } from '@shian/shared/http';
import type { TCommitmentCreate, TCommitmentFollowUp, TInterview, TInterviewDetail, TInterviewRecord } from '@shian/shared/interview';
import { api, download, type TQuery } from '../../../api/client.ts';

const BASE = '/api/interviews';
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const listInterviews = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TInterview>>(BASE, query, signal);
export const getInterview = (id: string, signal?: AbortSignal) => api.get<TInterviewDetail>(one(id), undefined, signal);
export const issueNotice = (id: string, version: number) => api.post<TInterviewDetail>(`${one(id)}/notice`, { version });
export const downloadNotice = (id: string) => download(`${one(id)}/notice.docx`, undefined, 'interview-notice.docx');
export const recordMeeting = (id: string, body: TInterviewRecord) => api.put<TInterviewDetail>(`${one(id)}/record`, body);
export const addCommitment = (id: string, body: TCommitmentCreate) => api.post<TInterviewDetail>(`${one(id)}/commitments`, body);
export const followUpCommitment = (id: string, commitmentId: string, body: TCommitmentFollowUp) =>
  api.patch<TInterviewDetail>(`${one(id)}/commitments/${encodeURIComponent(commitmentId)}`, body);
export const closeInterview = (id: string, version: number) => api.post<TInterviewDetail>(`${one(id)}/close`, { version });
