import type { TImportCommit, TImportJob } from '@shian/shared/import';
import { api, download } from '../../../api/client.ts';

const BASE = '/api/operator-imports';

export const downloadImportTemplate = () => download(`${BASE}/template`, undefined, 'operator-import-template.xlsx');

export function uploadImport(file: File): Promise<TImportJob> {
  const body = new FormData();
  body.append('file', file);
  return api.post<TImportJob>(BASE, body);
}

export const commitImport = (id: string, mode: TImportCommit['mode']) => api.post<TImportJob>(`${BASE}/${encodeURIComponent(id)}/commit`, { mode } satisfies TImportCommit);

export const getImport = (id: string, signal?: AbortSignal) => api.get<TImportJob>(`${BASE}/${encodeURIComponent(id)}`, undefined, signal);
