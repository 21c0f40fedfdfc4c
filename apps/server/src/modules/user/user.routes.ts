import type { TApp } from '../../core/http.ts';
import { ZUserCreate } from '@shian/shared/auth';
import type { TDb } from '../../core/db/database.ts';
import { userOf } from '../../core/access.ts';
import { createUser, listUsers } from './user.service.ts';

export function registerUserRoutes(app: TApp, db: TDb): void {
  app.get(
    '/api/users',
    { config: { access: { permission: 'user.manage', scope: 'bureau' } }, schema: { tags: ['users'], summary: '用户列表' } },
    async (request) => listUsers(db, userOf(request).bureauId),
  );
  app.post(
    '/api/users',
    {
      config: { access: { permission: 'user.manage', scope: 'bureau' } },
      schema: { tags: ['users'], summary: '新建用户', body: ZUserCreate },
    },
    async (request, reply) => {
      const user = userOf(request);
      return reply.status(201).send(await createUser(db, user, user.bureauId, request.body));
    },
  );
}
