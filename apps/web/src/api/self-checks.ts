import type { TPage } from '@shian/shared/http';
import type { TSelfCheckSummary } from '@shian/shared/self-check';
import { api } from './client.ts';

// The last days' self-check records of one operator on its page (components/operator-self-check-card.tsx).
export const recentSelfChecks = (operatorId: string, from: string, signal?: AbortSignal) =>
  api.get<TPage<TSelfCheckSummary>>('/api/self-checks', { operatorId, from, pageSize: 100 }, signal);
