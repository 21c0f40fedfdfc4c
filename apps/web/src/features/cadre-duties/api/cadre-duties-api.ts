import type { TCampaign, TCampaignCreate, TDuty, TDutyGenerated, TDutySettings, TDutySettingsUpdate, TDutySummary, TDutyTemplate, TDutyUnitStatus } from '@shian/shared/cadre-duty';
import type { TPage } from '@shian/shared/http';
import { api, download, type TQuery } from '../../../api/client.ts';

const duty = (id: string) => `/api/cadre-duties/${encodeURIComponent(id)}`;

export const getMyDuty = (year: number, signal?: AbortSignal) => api.get<TDuty>('/api/cadre-duties/mine', { year }, signal);
export const listDuties = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TDutySummary>>('/api/cadre-duties', query, signal);
export const dutyUnits = (year: number, signal?: AbortSignal) => api.get<TDutyUnitStatus[]>('/api/cadre-duties/by-unit', { year }, signal);
export const generateDuties = (year: number) => api.post<TDutyGenerated>(`/api/cadre-duties/generate?year=${year}`);
export const downloadPledge = (id: string) => download(`${duty(id)}/pledge.docx`, undefined, 'pledge.docx');

export function signPledge(id: string, version: number, png: Blob) {
  const form = new FormData();
  form.append('version', String(version));
  form.append('file', png, 'signature.png');
  return api.post<TDuty>(`${duty(id)}/sign`, form);
}

export const listTemplates = (signal?: AbortSignal) => api.get<TDutyTemplate[]>('/api/cadre-duty-templates', undefined, signal);
export const publishTemplate = (id: string, version: number, lines: string[]) =>
  api.post<TDutyTemplate>(`/api/cadre-duty-templates/${encodeURIComponent(id)}/publish`, { version, lines });
export const listCampaigns = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TCampaign>>('/api/cadre-campaigns', query, signal);
export const createCampaign = (body: TCampaignCreate) => api.post<TCampaign>('/api/cadre-campaigns', body);
export const getDutySettings = (signal?: AbortSignal) => api.get<TDutySettings>('/api/cadre-duty-settings', undefined, signal);
export const updateDutySettings = (body: TDutySettingsUpdate) => api.put<TDutySettings>('/api/cadre-duty-settings', body);
