import { ZUserCreate } from '@shian/shared/auth';
import type { TApp } from '../../core/http.ts';
import type { TDb } from '../../core/db/database.ts';
import { routeTable } from '../../core/route-table.ts';
import { createUser, listUsers } from './user.service.ts';

export function registerUserRoutes(app: TApp, db: TDb): void {
  const manage = { permission: 'user.manage', scope: 'bureau' } as const;
  const r = routeTable(app, ['users']);

  r.get('/api/users', manage, '用户列表', {}, (_req, user) => listUsers(db, user.bureauId));
  r.create('/api/users', manage, '新建用户', { body: ZUserCreate }, (req, user) => createUser(db, user, user.bureauId, req.body));
}
