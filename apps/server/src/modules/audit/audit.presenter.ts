import type { TAuditEntry } from '@shian/shared/audit';
import type { auditLog } from '../../core/audit/audit.schema.ts';

export function presentAuditEntry(row: typeof auditLog.$inferSelect): TAuditEntry {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    userId: row.userId,
    username: row.username,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    before: row.before,
    after: row.after,
    hash: row.hash,
  };
}
