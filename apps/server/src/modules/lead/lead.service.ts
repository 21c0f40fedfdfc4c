import type { TLead, TLeadListQuery, TLeadSource } from '@shian/shared/lead';
import type { TPage } from '@shian/shared/operator';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { operatorScopeOf } from '../operator/operator.service.ts';
import * as repo from './lead.repository.ts';

/** Where a lead's source is shown in the web app. */
function linkOf(source: string, sourceId: string | null): string | null {
  if (!sourceId) return null;
  if (source === 'sampling') return `/disposals?sampleId=${sourceId}`;
  if (source === 'inspection') return `/inspections/${sourceId}`;
  return null;
}

/** Records a lead inside the caller's transaction (the disposal opens one for each failed sample). */
export async function createLead(
  tx: TDbOrTx,
  actor: TSessionUser | null,
  input: { bureauId: string; source: TLeadSource; sourceId: string; operatorId: string; summary: string; discoveredOn: string },
) {
  const row = await repo.insertLead(tx, input);
  await recordAudit(tx, [{ actor, action: 'create', entity: 'case_lead', entityId: row.id, after: { source: row.source, sourceId: row.sourceId, summary: row.summary } }]);
  return row;
}

export async function listLeads(ctx: TContext, user: TSessionUser, query: TLeadListQuery): Promise<TPage<TLead>> {
  const scope = operatorScopeOf(user);
  const [rows, total] = await Promise.all([repo.listLeads(ctx.db, user.bureauId, scope, query), repo.countLeads(ctx.db, user.bureauId, scope, query)]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      source: r.source as TLeadSource,
      sourceId: r.sourceId,
      link: linkOf(r.source, r.sourceId),
      operatorId: r.operatorId,
      operatorName: r.operatorName,
      summary: r.summary,
      discoveredOn: r.discoveredOn,
      status: r.status,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
