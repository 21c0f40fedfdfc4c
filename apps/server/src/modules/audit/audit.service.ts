import type { TAuditListQuery, TAuditEntry, TAuditVerify } from '@shian/shared/audit';
import type { TPage } from '@shian/shared/http';
import type { TContext } from '../../core/context.ts';
import type { TDb } from '../../core/db/database.ts';
import { verifyAuditChain } from '../../core/audit/audit-log.ts';
import { checkAuditAnchor } from '../../core/audit/audit-checkpoint.ts';
import * as repo from './audit.repository.ts';
import { presentAuditEntry } from './audit.presenter.ts';

export async function listAudit(db: TDb, bureauId: string, query: TAuditListQuery): Promise<TPage<TAuditEntry>> {
  const [rows, total] = await Promise.all([repo.listAudit(db, bureauId, query), repo.countAudit(db, bureauId, query)]);
  return { items: rows.map(presentAuditEntry), total, page: query.page, pageSize: query.pageSize };
}

/**
 * The chain walked whole and checked against its signed checkpoints: rows deleted from the end with the head
 * rewritten leave an intact chain, which only the checkpoints show. A read writes no checkpoint (the server
 * writes them hourly, `shian audit verify` after a clean check).
 */
export async function verifyAudit(ctx: TContext): Promise<TAuditVerify> {
  const chain = await verifyAuditChain(ctx.db);
  const anchor = await checkAuditAnchor(ctx.db, ctx.cipher, ctx.auditCheckpointFile);
  return { ...chain, ok: chain.ok && (anchor.state === 'none' || anchor.state === 'reached'), anchor };
}
