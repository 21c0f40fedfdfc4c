import { ZAuditListQuery } from '@shian/shared/audit';
import type { TApp } from '../../core/http.ts';
import type { TContext } from '../../core/context.ts';
import { routeTable } from '../../core/route-table.ts';
import { listAudit, verifyAudit } from './audit.service.ts';

export function registerAuditRoutes(app: TApp, ctx: TContext): void {
  const access = { permission: 'audit.read', scope: 'bureau' } as const;
  const r = routeTable(app, ['audit']);

  r.get('/api/audit', access, '审计日志', { querystring: ZAuditListQuery }, (req, user) => listAudit(ctx.db, user.bureauId, req.query));
  r.get('/api/audit/verify', access, '校验审计链（SM3）及其签名检查点（发现末尾记录被删除）', {}, () => verifyAudit(ctx));
}
