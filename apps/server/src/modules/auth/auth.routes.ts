import { ZLogin, ZPasswordChange } from '@shian/shared/auth';
import type { TApp } from '../../core/http.ts';
import type { TDb } from '../../core/db/database.ts';
import { SESSION_COOKIE } from '../../core/access.ts';
import { AppError } from '../../core/errors.ts';
import { routeTable } from '../../core/route-table.ts';
import { presentMe } from '../user/user.public.ts';
import { changePassword, login, logout } from './auth.service.ts';

export function registerAuthRoutes(app: TApp, db: TDb, options: { production: boolean }): void {
  const anyone = { public: true } as const;
  const self = { permission: 'signed-in', scope: 'self' } as const;
  // What a user whose password an administrator set may still call: who am I, and the change itself.
  const selfDuringChange = { ...self, duringPasswordChange: true } as const;
  const r = routeTable(app, ['auth']);

  r.post('/api/auth/login', anyone, '登录', { body: ZLogin }, async (req, _user, reply) => {
    const { token, user } = await login(db, req.body, { production: options.production, ip: req.ip });
    reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: options.production, path: '/' });
    return presentMe(user);
  });
  r.post('/api/auth/logout', anyone, '退出登录', {}, async (req, _user, reply) => {
    if (req.sessionToken) await logout(db, req.sessionToken);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });
  r.get('/api/auth/me', selfDuringChange, '当前用户', {}, (_req, user) => presentMe(user));
  r.post('/api/auth/password', selfDuringChange, '修改密码', { body: ZPasswordChange }, async (req, user, reply) => {
    if (!req.sessionToken) throw new AppError('UNAUTHENTICATED');
    await changePassword(db, user, req.sessionToken, req.body);
    return reply.status(204).send();
  });
}
