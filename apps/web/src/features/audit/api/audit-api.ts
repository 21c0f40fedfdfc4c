import type { TAuditEntry, TAuditVerify } from '@shian/shared/audit';
import type { TPage } from '@shian/shared/http';
import { api } from '../../../api/client.ts';

export type TAuditQuery = { entity?: string; entityId?: string; userId?: string; page: number; pageSize: number };

export const listAudit = (query: TAuditQuery, signal?: AbortSignal) => api.get<TPage<TAuditEntry>>('/api/audit', query, signal);

export const verifyAudit = () => api.get<TAuditVerify>('/api/audit/verify');
