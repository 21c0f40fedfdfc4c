import type { TApp } from '../../core/http.ts';
import type { TDb } from '../../core/db/database.ts';
import { userOf } from '../../core/access.ts';
import { getOrganisation } from './org.service.ts';

export function registerOrgRoutes(app: TApp, db: TDb): void {
  app.get(
    '/api/org',
    { config: { access: { permission: 'signed-in', scope: 'bureau' } }, schema: { tags: ['org'], summary: '本局组织机构：科室、监管所、街道（乡镇）' } },
    async (request) => getOrganisation(db, userOf(request).bureauId),
  );
}
