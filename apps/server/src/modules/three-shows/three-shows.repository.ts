import { eq } from 'drizzle-orm';
import type { TDbOrTx } from '../../core/db/database.ts';
import { operator } from '../operator/operator.schema.ts';
import { unit } from '../org/org.schema.ts';

/** An operator by id for the public page, whatever the bureau (citizens have no data scope). */
export async function findPublicOperator(db: TDbOrTx, id: string) {
  const [row] = await db.select({ operator, unitName: unit.name }).from(operator).innerJoin(unit, eq(unit.code, operator.unitCode)).where(eq(operator.id, id));
  return row ? { ...row.operator, unitName: row.unitName } : null;
}
