import type { TInterviewCreate, TInterviewDetail } from '@shian/shared/interview';
import { api } from './client.ts';

// A new interview, from the interview list or the complaint hotspots (components/interview-create-modal.tsx).
export const createInterview = (body: TInterviewCreate) => api.post<TInterviewDetail>('/api/interviews', body);
