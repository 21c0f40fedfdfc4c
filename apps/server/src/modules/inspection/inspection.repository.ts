import { and, desc, eq, inArray } from 'drizzle-orm';
import type { TDbOrTx } from '../../core/db/database.ts';
import { inspection } from './inspection.schema.ts';

/** The inspectors of each operator's most recent closed inspection. */
export async function lastInspectorsByOperator(db: TDbOrTx, operatorIds: string[]): Promise<Map<string, string[]>> {
  const last = new Map<string, string[]>();
  for (let i = 0; i < operatorIds.length; i += 5000) {
    const rows = await db
      .selectDistinctOn([inspection.operatorId], { operatorId: inspection.operatorId, inspectorIds: inspection.inspectorIds })
      .from(inspection)
      .where(and(inArray(inspection.operatorId, operatorIds.slice(i, i + 5000)), eq(inspection.status, 'closed')))
      .orderBy(inspection.operatorId, desc(inspection.inspectedOn), desc(inspection.closedAt));
    for (const row of rows) last.set(row.operatorId, row.inspectorIds);
  }
  return last;
}
