import type { TPage } from '@shian/shared/operator';
import type { TLead } from '@shian/shared/lead';
import { api, type TQuery } from '../../../api/client.ts';

export const listLeads = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TLead>>('/api/leads', query, signal);
