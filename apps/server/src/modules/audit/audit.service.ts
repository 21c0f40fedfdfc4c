import type { TAuditListQuery, TAuditEntry } from '@shian/shared/audit';
import type { TPage } from '@shian/shared/http';
import type { TDb } from '../../core/db/database.ts';
import { verifyAuditChain } from '../../core/audit/audit-log.ts';
import * as repo from './audit.repository.ts';
import { presentAuditEntry } from './audit.presenter.ts';

export async function listAudit(db: TDb, bureauId: string, query: TAuditListQuery): Promise<TPage<TAuditEntry>> {
  const [rows, total] = await Promise.all([repo.listAudit(db, bureauId, query), repo.countAudit(db, bureauId, query)]);
  return { items: rows.map(presentAuditEntry), total, page: query.page, pageSize: query.pageSize };
}

export const verifyAudit = (db: TDb) => verifyAuditChain(db);
