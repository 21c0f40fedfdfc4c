import { and, asc, desc, eq, exists, ilike, ne, or, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../../core/db/database.ts';
import { escapeLike } from '../../core/db/escape-like.ts';
import { pageOf, type TPageQuery } from '../../core/db/paged.ts';
import { licence, operator } from '../operator/operator.schema.ts';
import { unit } from '../org/org.schema.ts';

/** An operator by id for the public page, whatever the bureau (citizens have no data scope). */
export async function findPublicOperator(db: TDbOrTx, id: string) {
  const [row] = await db.select({ operator, unitName: unit.name }).from(operator).innerJoin(unit, eq(unit.code, operator.unitCode)).where(eq(operator.id, id));
  return row ? { ...row.operator, unitName: row.unitName } : null;
}

/**
 * Operators with a public page (not deactivated) by what that page shows: a part of the name, or a licence
 * number as printed (spaces and case ignored). An exact licence number comes first, then the closest names.
 */
export async function searchPublicOperators(db: TDbOrTx, q: string, page: TPageQuery) {
  const number = q.replace(/\s+/g, '').toUpperCase();
  const licensed = exists(
    db
      .select({ one: sql`1` })
      .from(licence)
      .where(and(eq(licence.operatorId, operator.id), eq(licence.number, number))),
  );
  const select = db
    .select({ id: operator.id, name: operator.name, type: operator.type, address: operator.address, unitName: unit.name })
    .from(operator)
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(and(ne(operator.status, 'deactivated'), or(ilike(operator.name, `%${escapeLike(q)}%`), licensed)))
    .$dynamic();
  return pageOf(db, select, [desc(licensed), desc(sql`similarity(${operator.name}, ${q})`), asc(operator.name), asc(operator.id)], page);
}
