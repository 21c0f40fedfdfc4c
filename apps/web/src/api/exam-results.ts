import type { TExamSummary } from '@shian/shared/exam';
import type { TPage } from '@shian/shared/http';
import { api } from './client.ts';

// A business's managers' exam results on the operator page (components/operator-exam-card.tsx): staff read them by
// operator from the results in their scope, the business from its own results.
export const listOperatorResults = (operatorId: string, signal?: AbortSignal) => api.get<TPage<TExamSummary>>('/api/exams/results', { operatorId, pageSize: 200 }, signal);
export const listOwnResults = (signal?: AbortSignal) => api.get<TPage<TExamSummary>>('/api/exams', { pageSize: 200 }, signal);
