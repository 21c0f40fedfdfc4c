import { ZAuditListQuery } from '@shian/shared/audit';
import type { TApp } from '../../core/http.ts';
import type { TDb } from '../../core/db/database.ts';
import { userOf } from '../../core/access.ts';
import { listAudit, verifyAudit } from './audit.service.ts';

export function registerAuditRoutes(app: TApp, db: TDb): void {
  const access = { access: { permission: 'audit.read', scope: 'bureau' } } as const;
  app.get(
    '/api/audit',
    { config: access, schema: { tags: ['audit'], summary: '审计日志', querystring: ZAuditListQuery } },
    async (request) => listAudit(db, userOf(request).bureauId, request.query),
  );
  app.get(
    '/api/audit/verify',
    { config: access, schema: { tags: ['audit'], summary: '校验审计链（SM3）' } },
    async () => verifyAudit(db),
  );
}
