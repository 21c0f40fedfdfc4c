import type { TCoverage, TCoverageCadreRow } from '@shian/shared/cadre-coverage';
import type {
  TCadreProblem,
  TCadreProblemClose,
  TCadreProblemEscalate,
  TCadreVisit,
  TCadreVisitCreate,
  TCadreVisitRespond,
  TCadreVisitSettings,
  TCadreVisitSettingsUpdate,
  TCadreVisitSummary,
  TVisitFlagReview,
} from '@shian/shared/cadre-visit';
import type { TPage } from '@shian/shared/http';
import { api, download, type TQuery } from '../../../api/client.ts';

const visit = (id: string) => `/api/cadre-visits/${encodeURIComponent(id)}`;
const problem = (id: string) => `/api/cadre-problems/${encodeURIComponent(id)}`;

function uploadTo(url: string, file: Blob) {
  const form = new FormData();
  form.append('file', file, 'photo.jpg');
  return api.post<{ id: string }>(url, form);
}

// The create body as the form sends it: the server fills the defaults the shared schema declares.
type TVisitInput = Omit<TCadreVisitCreate, 'problems'> & { problems: { pointKey: TCadreVisitCreate['problems'][number]['pointKey']; description: string; workingDays: number }[] };

export const listVisits = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TCadreVisitSummary>>('/api/cadre-visits', query, signal);
export const getVisit = (id: string, signal?: AbortSignal) => api.get<TCadreVisit>(visit(id), undefined, signal);
export const createVisit = (body: TVisitInput) => api.post<TCadreVisit>('/api/cadre-visits', body);
export const uploadVisitPhoto = (file: Blob) => uploadTo('/api/cadre-visit-photos', file);
export const uploadBusinessPhoto = (id: string, file: Blob) => uploadTo(`${visit(id)}/business-photos`, file);
export const respondToVisit = (id: string, body: TCadreVisitRespond) => api.post<TCadreVisit>(`${visit(id)}/respond`, body);
export const reviewVisit = (id: string, body: TVisitFlagReview) => api.post<TCadreVisit>(`${visit(id)}/review`, body);
export const visitPhotoUrl = (id: string, fileId: string, size: 'thumb' | 'full') => `${visit(id)}/photos/${encodeURIComponent(fileId)}?size=${size}`;
export const listFlaggedVisits = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TCadreVisitSummary>>('/api/cadre-visit-flags', query, signal);

export const listProblems = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TCadreProblem>>('/api/cadre-problems', query, signal);
export const uploadProblemEvidence = (id: string, file: Blob) => uploadTo(`${problem(id)}/evidence`, file);
export const closeProblem = (id: string, body: TCadreProblemClose) => api.post<TCadreProblem>(`${problem(id)}/close`, body);
export const escalateProblem = (id: string, body: TCadreProblemEscalate) => api.post<TCadreProblem>(`${problem(id)}/escalate`, body);
export const problemPhotoUrl = (id: string, fileId: string, size: 'thumb' | 'full') => `${problem(id)}/photos/${encodeURIComponent(fileId)}?size=${size}`;

export const getCoverage = (query: TQuery, signal?: AbortSignal) => api.get<TCoverage>('/api/cadre-coverage', query, signal);
export const getCoverageByCadre = (query: TQuery, signal?: AbortSignal) => api.get<TPage<TCoverageCadreRow>>('/api/cadre-coverage/cadres', query, signal);
export const downloadBulletin = (query: TQuery) => download('/api/cadre-coverage/bulletin.xlsx', query, 'bulletin.xlsx');

export const getVisitSettings = (signal?: AbortSignal) => api.get<TCadreVisitSettings>('/api/cadre-visit-settings', undefined, signal);
export const updateVisitSettings = (body: TCadreVisitSettingsUpdate) => api.put<TCadreVisitSettings>('/api/cadre-visit-settings', body);
