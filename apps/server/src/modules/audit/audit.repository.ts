import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { TAuditListQuery } from '@shian/shared/audit';
import type { TDbOrTx } from '../../core/db/database.ts';
import { paged } from '../../core/db/paged.ts';
import { auditLog } from '../../core/audit/audit.schema.ts';

function conditions(bureauId: string, query: TAuditListQuery): SQL[] {
  const list: SQL[] = [eq(auditLog.bureauId, bureauId)];
  if (query.entity) list.push(eq(auditLog.entity, query.entity));
  if (query.entityId) list.push(eq(auditLog.entityId, query.entityId));
  if (query.userId) list.push(eq(auditLog.userId, query.userId));
  return list;
}

export async function listAudit(db: TDbOrTx, bureauId: string, query: TAuditListQuery) {
  const list = db
    .select()
    .from(auditLog)
    .where(and(...conditions(bureauId, query)))
    .orderBy(desc(auditLog.seq))
    .$dynamic();
  return paged(list, query);
}

export function countAudit(db: TDbOrTx, bureauId: string, query: TAuditListQuery) {
  return db.$count(auditLog, and(...conditions(bureauId, query)));
}
