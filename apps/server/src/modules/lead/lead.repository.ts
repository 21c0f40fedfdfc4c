import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { TLeadListQuery } from '@shian/shared/lead';
import type { TDbOrTx } from '../../core/db/database.ts';
import { toInt } from '../../core/db/database.ts';
import { operator } from '../operator/operator.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator-scope.ts';
import { caseLead } from './lead.schema.ts';

export type TLeadRow = typeof caseLead.$inferSelect & { operatorName: string | null };

function conditions(db: TDbOrTx, bureauId: string, scope: TOperatorScope, query: TLeadListQuery): SQL[] {
  const list: SQL[] = [eq(caseLead.bureauId, bureauId), scopeCondition(db, scope)];
  if (query.source) list.push(eq(caseLead.source, query.source));
  if (query.operatorId) list.push(eq(caseLead.operatorId, query.operatorId));
  return list;
}

// Leads without an operator cannot be placed in a data scope: the inner join leaves them out.
export async function listLeads(db: TDbOrTx, bureauId: string, scope: TOperatorScope, query: TLeadListQuery): Promise<TLeadRow[]> {
  const rows = await db
    .select({ lead: caseLead, operatorName: operator.name })
    .from(caseLead)
    .innerJoin(operator, eq(operator.id, caseLead.operatorId))
    .where(and(...conditions(db, bureauId, scope, query)))
    .orderBy(desc(caseLead.discoveredOn), desc(caseLead.createdAt))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return rows.map((r) => ({ ...r.lead, operatorName: r.operatorName }));
}

export async function countLeads(db: TDbOrTx, bureauId: string, scope: TOperatorScope, query: TLeadListQuery) {
  const [row] = await db
    .select({ n: sql`count(*)` })
    .from(caseLead)
    .innerJoin(operator, eq(operator.id, caseLead.operatorId))
    .where(and(...conditions(db, bureauId, scope, query)));
  return toInt(row?.n);
}

export async function insertLead(db: TDbOrTx, values: typeof caseLead.$inferInsert) {
  const [row] = await db.insert(caseLead).values(values).returning();
  return row;
}
