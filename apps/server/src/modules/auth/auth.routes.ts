import { ZLogin, ZPasswordChange } from '@shian/shared/auth';
import type { TApp } from '../../core/http.ts';
import type { TDb } from '../../core/db/database.ts';
import { SESSION_COOKIE, userOf } from '../../core/access.ts';
import { AppError } from '../../core/errors.ts';
import { presentMe } from '../user/user.public.ts';
import { changePassword, login, logout } from './auth.service.ts';

export function registerAuthRoutes(app: TApp, db: TDb, options: { production: boolean }): void {
  app.post(
    '/api/auth/login',
    { config: { access: { public: true } }, schema: { tags: ['auth'], summary: '登录', body: ZLogin } },
    async (request, reply) => {
      const { token, user } = await login(db, request.body, options);
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: options.production,
        path: '/',
      });
      return presentMe(user);
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { access: { public: true } }, schema: { tags: ['auth'], summary: '退出登录' } },
    async (request, reply) => {
      if (request.sessionToken) await logout(db, request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/auth/me',
    { config: { access: { permission: 'signed-in', scope: 'self' } }, schema: { tags: ['auth'], summary: '当前用户' } },
    async (request) => presentMe(userOf(request)),
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: { permission: 'signed-in', scope: 'self' } },
      schema: { tags: ['auth'], summary: '修改密码', body: ZPasswordChange },
    },
    async (request, reply) => {
      if (!request.sessionToken) throw new AppError('UNAUTHENTICATED');
      await changePassword(db, userOf(request), request.sessionToken, request.body);
      return reply.status(204).send();
    },
  );
}
