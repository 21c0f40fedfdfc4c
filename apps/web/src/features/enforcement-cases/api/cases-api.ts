import type { TPage } from '@shian/shared/http';
import type {
  TCase,
  TCaseApproval,
  TCaseDecision,
  TCaseDetail,
  TCaseNoticeInput,
  TCaseNoticeView,
  TCaseStatement,
  TCaseTransfer,
  TEnforcementIndicators,
  TPublicPenalty,
  TPublicPenaltyDetail,
} from '@shian/shared/enforcement-case';
import { api, download, type TQuery } from '../../../api/client.ts';

const one = (id: string) => `/api/cases/${encodeURIComponent(id)}`;
type TStepBody = { version: number; detail?: string; paperOn?: string };

export const listCases = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TCase>>('/api/cases', query, signal);
export const getCase = (id: string, signal?: AbortSignal) => api.get<TCaseDetail>(one(id), undefined, signal);
export const approveFiling = (id: string, body: TCaseApproval) => api.post<TCaseDetail>(`${one(id)}/filing-approval`, body);
export const notify = (id: string, body: TCaseNoticeInput) => api.post<TCaseDetail>(`${one(id)}/notice`, body);
export const recordHearing = (id: string, body: { version: number; hearingHeldOn: string; hearingRecord: string; paperOn?: string }) =>
  api.post<TCaseDetail>(`${one(id)}/hearing`, body);
export const proposeDecision = (id: string, body: TCaseDecision) => api.post<TCaseDetail>(`${one(id)}/decision`, body);
export const approveDecision = (id: string, body: TCaseApproval) => api.post<TCaseDetail>(`${one(id)}/decision-approval`, body);
export const deliver = (id: string, body: TStepBody) => api.post<TCaseDetail>(`${one(id)}/delivery`, body);
export const execute = (id: string, body: TStepBody & { detail: string }) => api.post<TCaseDetail>(`${one(id)}/execution`, body);
export const close = (id: string, body: TStepBody) => api.post<TCaseDetail>(`${one(id)}/closure`, body);
export const transfer = (id: string, body: TCaseTransfer) => api.post<TCaseDetail>(`${one(id)}/transfer`, body);
export const requestExtension = (id: string, body: { version: number; reason: string; paperOn?: string }) => api.post<TCaseDetail>(`${one(id)}/extension`, body);
export const approveExtension = (id: string, body: TCaseApproval) => api.post<TCaseDetail>(`${one(id)}/extension-approval`, body);
export const publish = (id: string, version: number) => api.post<TCaseDetail>(`${one(id)}/publication`, { version });

export function addEvidence(id: string, file: File, fields: { version: number; evidenceTitle: string; evidenceKind: string; collectedOn: string; paperOn?: string }) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) form.append(key, String(value));
  form.append('file', file);
  return api.post<TCaseDetail>(`${one(id)}/evidence`, form);
}

export const downloadEvidence = (id: string, evidenceId: string, name: string) => download(`${one(id)}/evidence/${encodeURIComponent(evidenceId)}/file`, undefined, name);
export const downloadFilingForm = (id: string) => download(`${one(id)}/filing-form.docx`, undefined, '立案审批表.docx');
export const downloadDecision = (id: string) => download(`${one(id)}/decision.docx`, undefined, '行政处罚决定书.docx');

export const getIndicators = (year: number, signal?: AbortSignal) => api.get<TEnforcementIndicators>('/api/cases/indicators', { year }, signal);
export const exportIndicators = (year: number) => download('/api/cases/indicators/export', { year }, `执法考核指标-${year}.xlsx`);

export const listNotices = (signal?: AbortSignal) => api.get<TCaseNoticeView[]>('/api/case-notices', undefined, signal);
export const submitStatement = (id: string, body: TCaseStatement) => api.post<TCaseNoticeView>(`/api/case-notices/${encodeURIComponent(id)}/statement`, body);
export const downloadOwnDecision = (id: string) => download(`/api/case-notices/${encodeURIComponent(id)}/decision.docx`, undefined, '行政处罚决定书.docx');

export const listPublicPenalties = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TPublicPenalty>>('/api/public/penalty-decisions', query, signal);
export const getPublicPenalty = (id: string, signal?: AbortSignal) => api.get<TPublicPenaltyDetail>(`/api/public/penalty-decisions/${encodeURIComponent(id)}`, undefined, signal);
