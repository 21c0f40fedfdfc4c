import { currentLang, i18n } from '../lib/i18n.ts';

export type TFieldError = { path: string; message: string };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: TFieldError[];

  constructor(status: number, code: string, message: string, fields: TFieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

type TQueryValue = string | number | boolean | null | undefined;
export type TQuery = Record<string, TQueryValue>;

type TOptions = {
  query?: TQuery;
  body?: unknown;
  signal?: AbortSignal;
  accept?: string;
  /** false where a 401 is an expected answer (the login itself, the session probe). */
  redirectOn401?: boolean;
};

export function toSearch(query: TQuery | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Any thrown value as an ApiError, so callers have one shape to show. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'UNEXPECTED', i18n.t('errors.unexpected'));
}

function redirectToLogin(): void {
  const { pathname, search } = window.location;
  if (pathname === '/login') return;
  window.location.assign(`/login?from=${encodeURIComponent(pathname + search)}`);
}

async function errorOf(res: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | undefined)?.error;
  const code = typeof error?.code === 'string' ? error.code : `HTTP_${res.status}`;
  const message = typeof error?.message === 'string' && error.message ? error.message : i18n.t('errors.unexpected');
  const fields = Array.isArray(error?.fields)
    ? (error.fields as unknown[]).filter(
        (f): f is TFieldError => typeof f === 'object' && f !== null && typeof (f as TFieldError).path === 'string' && typeof (f as TFieldError).message === 'string',
      )
    : [];
  return new ApiError(res.status, code, message, fields);
}

async function send(method: string, path: string, options: TOptions = {}): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: options.accept ?? 'application/json',
    'Accept-Language': currentLang(),
  };
  // The server refuses state-changing requests without it (a cheap CSRF guard).
  if (method !== 'GET') headers['X-Requested-With'] = 'XMLHttpRequest';
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let res: Response;
  try {
    res = await fetch(path + toSearch(options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError(0, 'NETWORK_ERROR', i18n.t('errors.network'));
  }
  if (res.ok) return res;
  const error = await errorOf(res);
  if (res.status === 401 && options.redirectOn401 !== false) redirectToLogin();
  throw error;
}

async function json<T>(method: string, path: string, options?: TOptions): Promise<T> {
  const res = await send(method, path, options);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: TQuery, signal?: AbortSignal, options?: TOptions) => json<T>('GET', path, { ...options, query, signal }),
  post: <T>(path: string, body?: unknown, options?: TOptions) => json<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: TOptions) => json<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: TOptions) => json<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: TOptions) => json<T>('DELETE', path, options),
};

function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const extended = /filename\*\s*=\s*[\w-]+'[^']*'([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // Malformed encoding: fall back to the plain filename parameter.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(disposition);
  const name = plain?.[1] ?? plain?.[2];
  return name?.trim() || undefined;
}

/** GETs a file and hands it to the browser as a download named by Content-Disposition. */
export async function download(path: string, query?: TQuery, fallbackName = 'download'): Promise<void> {
  const res = await send('GET', path, { query, accept: '*/*' });
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(res.headers.get('Content-Disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
