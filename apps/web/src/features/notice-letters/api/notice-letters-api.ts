import type { TPage } from '@shian/shared/http';
import type { TInterview } from '@shian/shared/interview';
import type { TNoticeLetter, TNoticeLetterAnswer, TNoticeLetterClose, TNoticeLetterCreate, TNoticeLetterPaperDelivery } from '@shian/shared/notice-letter';
import { api, download, type TQuery } from '../../../api/client.ts';

const BASE = '/api/notice-letters';
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const listLetters = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TNoticeLetter>>(BASE, query, signal);
export const getLetter = (id: string, signal?: AbortSignal) => api.get<TNoticeLetter>(one(id), undefined, signal);
export const createLetter = (body: TNoticeLetterCreate) => api.post<TNoticeLetter>(BASE, body);
export const issueLetter = (id: string, version: number) => api.post<TNoticeLetter>(`${one(id)}/issue`, { version });
export const signLetter = (id: string, version: number) => api.post<TNoticeLetter>(`${one(id)}/sign`, { version });
export const deliverOnPaper = (id: string, body: TNoticeLetterPaperDelivery) => api.post<TNoticeLetter>(`${one(id)}/deliver-on-paper`, body);
export const answerLetter = (id: string, body: TNoticeLetterAnswer) => api.post<TNoticeLetter>(`${one(id)}/answer`, body);
export const closeLetter = (id: string, body: TNoticeLetterClose) => api.post<TNoticeLetter>(`${one(id)}/close`, body);
/** An operator's interviews, to pick the one an interview letter cites. */
export const listOperatorInterviews = (operatorId: string, signal?: AbortSignal) => api.get<TPage<TInterview>>('/api/interviews', { operatorId, pageSize: 200 }, signal);
export const downloadLetter = (id: string) => download(`${one(id)}/docx`, undefined, 'notice-letter.docx');
export const attachmentUrl = (id: string, fileId: string, size: 'thumb' | 'full' = 'thumb') => `${one(id)}/attachments/${encodeURIComponent(fileId)}?size=${size}`;

export function uploadAttachment(id: string, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post<{ id: string }>(`${one(id)}/attachments`, form);
}
