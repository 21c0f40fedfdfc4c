import type { TApp } from '../../core/http.ts';
import type { TDb } from '../../core/db/database.ts';
import { routeTable } from '../../core/route-table.ts';
import { getOrganisation } from './org.service.ts';

export function registerOrgRoutes(app: TApp, db: TDb): void {
  const read = { permission: 'signed-in', scope: 'bureau' } as const;
  const r = routeTable(app, ['org']);

  r.get('/api/org', read, '本局组织机构：科室、监管所、街道（乡镇）', {}, (_req, user) => getOrganisation(db, user.bureauId));
}
