import type { TPage } from '@shian/shared/http';
import type { TLawArticleView, TLawDocument, TLawDocumentSummary, TLawImportJob, TLawSearchResult } from '@shian/shared/law';
import { api, type TQuery } from '../../../api/client.ts';

// Reading is public: a 401 never sends a citizen to the sign-in page.
const open = { redirectOn401: false };

export const searchLaws = (query: TQuery, signal?: AbortSignal) => api.get<TLawSearchResult>('/api/laws/search', query, signal, open);
export const listLaws = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TLawDocumentSummary>>('/api/laws', query, signal, open);
export const getLaw = (id: string, signal?: AbortSignal) => api.get<TLawDocument>(`/api/laws/${encodeURIComponent(id)}`, undefined, signal, open);
export const getLawArticle = (id: string, signal?: AbortSignal) => api.get<TLawArticleView>(`/api/laws/articles/${encodeURIComponent(id)}`, undefined, signal, open);
export const resolveLawArticle = (law: string, article: string, signal?: AbortSignal) =>
  api.get<{ articleId: string; documentId: string }>('/api/laws/resolve', { law, article }, signal, open);

/** Files are sent under their path inside a chosen folder, which the corpus metadata is keyed by. */
export function uploadLaws(files: File[], fields: { level?: string; validity?: string; issuingBody?: string }) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value) form.append(key, value);
  for (const file of files) form.append('file', file, file.webkitRelativePath || file.name);
  return api.post<TLawImportJob>('/api/law-imports', form);
}
export const getLawImport = (id: string, signal?: AbortSignal) => api.get<TLawImportJob>(`/api/law-imports/${encodeURIComponent(id)}`, undefined, signal);
