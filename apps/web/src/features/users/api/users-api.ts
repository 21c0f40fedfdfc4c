import type { TUserCreate } from '@shian/shared/auth';
import type { TPage } from '@shian/shared/http';
import type { TCadreOption, TOfficerInvite, TPasswordResetResult, TUser, TUserImportDryRun, TUserImportResult, TUserPatch, TUserSession } from '@shian/shared/users';
import { api, download, type TQuery } from '../../../api/client.ts';

const BASE = '/api/users';
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const listUsers = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TUser>>(BASE, query, signal);
export const getUser = (id: string, signal?: AbortSignal) => api.get<TUser>(one(id), undefined, signal);
export const createUser = (body: TUserCreate) => api.post<TUser>(BASE, body);
export const updateUser = (id: string, body: TUserPatch) => api.patch<TUser>(one(id), body);
export const resetPassword = (id: string, password?: string) => api.post<TPasswordResetResult>(`${one(id)}/reset-password`, password ? { password } : {});
export const userAction = (id: string, action: 'lock' | 'unlock' | 'deactivate' | 'activate') => api.post<TUser>(`${one(id)}/${action}`);
export const listSessions = (id: string, signal?: AbortSignal) => api.get<TUserSession[]>(`${one(id)}/sessions`, undefined, signal);
export const endSessions = (id: string) => api.delete<{ ended: number }>(`${one(id)}/sessions`);
export const listCadres = (q: string, signal?: AbortSignal) => api.get<TCadreOption[]>(`${BASE}/cadres`, { q }, signal);

export const downloadUserTemplate = () => download(`${BASE}/import-template`, undefined, 'user-import-template.xlsx');
export function uploadUserImport(file: File): Promise<TUserImportDryRun> {
  const body = new FormData();
  body.append('file', file);
  return api.post<TUserImportDryRun>(`${BASE}/imports`, body);
}
export const commitUserImport = (id: string, rows: number[]) => api.post<TUserImportResult>(`${BASE}/imports/${encodeURIComponent(id)}/commit`, { rows });

export const listOwnAccounts = (signal?: AbortSignal) => api.get<{ id: string; username: string; displayName: string; active: boolean }[]>(`${BASE}/officers`, undefined, signal);
export const inviteOfficer = (body: TOfficerInvite) => api.post<TUser>(`${BASE}/invite-officer`, body);
