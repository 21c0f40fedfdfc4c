import type { TPage } from '@shian/shared/http';
import type { TControlPoint, TRiskControlAdopt, TRiskControlKind, TRiskControlList, TRiskControlStatus, TRiskControlTemplate } from '@shian/shared/risk-control';
import { api, download, type TQuery } from '../../../api/client.ts';

const list = (operatorId: string) => `/api/risk-control/lists/${encodeURIComponent(operatorId)}`;

export const listTemplates = (signal?: AbortSignal) => api.get<TRiskControlTemplate[]>('/api/risk-control/templates', undefined, signal);
export const saveTemplate = (kind: TRiskControlKind, version: number, points: TControlPoint[]) =>
  api.put<TRiskControlTemplate>(`/api/risk-control/templates/${kind}`, { version, points });
export const listAdoption = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TRiskControlStatus>>('/api/risk-control/lists', query, signal);
export const getList = (operatorId: string, signal?: AbortSignal) => api.get<TRiskControlList>(list(operatorId), undefined, signal);
export const adoptList = (operatorId: string, body: TRiskControlAdopt) => api.put<TRiskControlList>(list(operatorId), body);
export const downloadList = (operatorId: string) => download(`${list(operatorId)}/docx`, undefined, 'risk-control.docx');
