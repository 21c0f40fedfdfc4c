// Every /api route declares who may call it and which data it may see (config.access);
// a route without a declaration stops the server from starting.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { can, ROLE_SCOPE, type TDataScope, type TPermission, type TRole } from '@shian/shared/access';
import { pickLang, type TLang } from '@shian/shared/messages';
import { AppError } from './errors.ts';

export type TSessionUser = {
  id: string;
  bureauId: string;
  username: string;
  displayName: string;
  role: TRole;
  stationId: string | null;
  departmentId: string | null;
  operatorId: string | null;
  cadreId: string | null;
  /** After a password reset: only routes declared `duringPasswordChange` answer until it is changed. */
  mustChangePassword: boolean;
};

/**
 * - public: anyone, signed in or not; only published data.
 * - permission + scope: the signed-in user needs the permission ('signed-in' = any user);
 *   scope says which data the route serves: 'data-scope' = filtered by the user's data scope
 *   (district, station, cadre or own operator), 'bureau' = bureau-wide reference data,
 *   'self' = the user's own account.
 */
export type TAccess =
  | { public: true }
  | {
      permission: TPermission | 'signed-in';
      scope: 'data-scope' | 'bureau' | 'self';
      /** Answers while the user must still change a password an administrator set (me, change password). */
      duringPasswordChange?: true;
    };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: TAccess;
    /** The route answers an endless stream (route-table.ts `stream`). */
    stream?: true;
  }
  interface FastifyInstance {
    /** Every /api route with its declared access, for the route-table tests and the docs. */
    accessTable: { method: string; url: string; access: TAccess; stream?: true }[];
  }
  interface FastifyRequest {
    user: TSessionUser | null;
    lang: TLang;
    sessionToken: string | null;
  }
}

export type TSessionResolver = (token: string) => Promise<TSessionUser | null>;

export const SESSION_COOKIE = 'shian_sid';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function dataScopeOf(user: TSessionUser): TDataScope {
  return ROLE_SCOPE[user.role];
}

export function registerAccess(app: FastifyInstance, resolveSession: TSessionResolver): void {
  app.decorateRequest('user', null);
  app.decorateRequest('lang', 'zh-CN');
  app.decorateRequest('sessionToken', null);

  const table: FastifyInstance['accessTable'] = [];
  app.decorate('accessTable', table);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`route ${route.method} ${route.url} declares no access`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') table.push({ method, url: route.url, access, ...(route.config?.stream ? { stream: true as const } : {}) });
    // The declaration is part of the OpenAPI description, so API users see it too.
    const note = 'public' in access ? 'Access: public' : `Access: permission ${access.permission}, scope ${access.scope}`;
    route.schema = { ...route.schema, description: [route.schema?.description, note].filter(Boolean).join('\n\n') };
  });

  app.addHook('onRequest', async (request) => {
    request.lang = pickLang(request.headers['accept-language']);
    if (!request.url.startsWith('/api/')) return;
    // With SameSite=Strict cookies, a custom header that cross-site forms cannot send is the CSRF defence.
    if (!SAFE_METHODS.has(request.method) && !request.headers['x-requested-with']) {
      throw new AppError('CSRF_HEADER_MISSING');
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.sessionToken = token;
      request.user = await resolveSession(token);
    }
  });

  // Before validation: without a session or the permission, the caller learns nothing about the body.
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const access = request.routeOptions.config.access;
    if (!access || 'public' in access) return;
    if (!request.user) throw new AppError('UNAUTHENTICATED');
    if (request.user.mustChangePassword && !access.duringPasswordChange) throw new AppError('PASSWORD_CHANGE_REQUIRED');
    if (access.permission !== 'signed-in' && !can(request.user.role, access.permission)) {
      throw new AppError('FORBIDDEN');
    }
  });
}

/** The signed-in user of a route that declared a permission (the preValidation hook guarantees it). */
export function userOf(request: FastifyRequest): TSessionUser {
  if (!request.user) throw new AppError('UNAUTHENTICATED');
  return request.user;
}
