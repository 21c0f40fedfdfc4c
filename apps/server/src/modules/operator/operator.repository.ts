import { and, asc, desc, eq, exists, gte, ilike, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { TOperatorExportQuery } from '@shian/shared/operator';
import { insertOne } from '../../core/db/insert-one.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { fromExcluded } from '../../core/db/excluded.ts';
import { bumpVersion, updateVersioned } from '../../core/db/versioned.ts';
import { escapeLike } from '../../core/db/escape-like.ts';
import { station, unit } from '../org/org.schema.ts';
import { scopeCondition, unitsOfStation, type TOperatorScope } from './operator-scope.ts';
import { licence, operator, personnel } from './operator.schema.ts';

export type TOperatorRow = typeof operator.$inferSelect;
export type TLicenceRow = typeof licence.$inferSelect;
export type TPersonnelRow = typeof personnel.$inferSelect;
export type TOperatorListRow = TOperatorRow & { unitName: string; stationId: string | null; stationName: string | null };

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
export const EXPIRING_DAYS = 90;

function filterConditions(db: TDbOrTx, scope: TOperatorScope, query: TOperatorExportQuery, today: Date): SQL[] {
  const conditions: SQL[] = [scopeCondition(db, scope)];
  if (query.q) {
    const like = escapeLike(query.q);
    const byLicence = db
      .select({ id: licence.operatorId })
      .from(licence)
      .where(ilike(licence.number, `${like}%`));
    conditions.push(or(ilike(operator.name, `%${like}%`), ilike(operator.uscc, `${like}%`), inArray(operator.id, byLicence))!);
  }
  if (query.type) conditions.push(eq(operator.type, query.type));
  if (query.unitCode) conditions.push(eq(operator.unitCode, query.unitCode));
  if (query.stationId) conditions.push(inArray(operator.unitCode, unitsOfStation(db, query.stationId)));
  if (query.status) conditions.push(eq(operator.status, query.status));
  if (query.licence) {
    const soon = new Date(today.getTime() + EXPIRING_DAYS * 86_400_000);
    const window = query.licence === 'expired' ? lt(licence.expiresOn, isoDate(today)) : and(gte(licence.expiresOn, isoDate(today)), lte(licence.expiresOn, isoDate(soon)));
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(licence)
          .where(and(eq(licence.operatorId, operator.id), window)),
      ),
    );
  }
  return conditions;
}

const SORTS: Record<string, SQL[]> = {
  name: [asc(operator.name), asc(operator.id)],
  '-name': [desc(operator.name), desc(operator.id)],
  createdAt: [asc(operator.createdAt), asc(operator.id)],
  '-createdAt': [desc(operator.createdAt), desc(operator.id)],
  updatedAt: [asc(operator.updatedAt), asc(operator.id)],
  '-updatedAt': [desc(operator.updatedAt), desc(operator.id)],
};

function selectWithNames(db: TDbOrTx) {
  return db
    .select({
      operator,
      unitName: unit.name,
      stationId: station.id,
      stationName: station.name,
    })
    .from(operator)
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .leftJoin(station, eq(station.id, unit.stationId));
}

const flatten = (r: { operator: TOperatorRow; unitName: string; stationId: string | null; stationName: string | null }) => ({
  ...r.operator,
  unitName: r.unitName,
  stationId: r.stationId,
  stationName: r.stationName,
});

export async function listOperators(
  db: TDbOrTx,
  scope: TOperatorScope,
  query: TOperatorExportQuery,
  page: { offset: number; limit: number },
  today = new Date(),
): Promise<TOperatorListRow[]> {
  const rows = await selectWithNames(db)
    .where(and(...filterConditions(db, scope, query, today)))
    .orderBy(...SORTS[query.sort])
    .limit(page.limit)
    .offset(page.offset);
  return rows.map(flatten);
}

export function countOperators(db: TDbOrTx, scope: TOperatorScope, query: TOperatorExportQuery, today = new Date()) {
  return db.$count(operator, and(...filterConditions(db, scope, query, today)));
}

export async function findOperator(db: TDbOrTx, scope: TOperatorScope, id: string): Promise<TOperatorListRow | null> {
  const [row] = await selectWithNames(db).where(and(scopeCondition(db, scope), eq(operator.id, id)));
  return row ? flatten(row) : null;
}

export async function findOperatorsByUscc(db: TDbOrTx, bureauId: string, usccs: string[]) {
  if (usccs.length === 0) return [];
  return db
    .select()
    .from(operator)
    .where(and(eq(operator.bureauId, bureauId), inArray(operator.uscc, usccs)));
}

/** Which of these operators (by id) the scope covers. */
export async function idsInScope(db: TDbOrTx, scope: TOperatorScope, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: operator.id })
    .from(operator)
    .where(and(scopeCondition(db, scope), inArray(operator.id, ids)));
  return new Set(rows.map((r) => r.id));
}

/** Licences issued in [from, to] to operators in scope, with the holder's name and credit code (credit export). */
export async function licencesIssuedBetween(db: TDbOrTx, scope: TOperatorScope, from: string, to: string) {
  return db
    .select({ licence, operatorName: operator.name, uscc: operator.uscc })
    .from(licence)
    .innerJoin(operator, eq(operator.id, licence.operatorId))
    .where(and(scopeCondition(db, scope), gte(licence.issuedOn, from), lte(licence.issuedOn, to)))
    .orderBy(asc(licence.issuedOn), asc(licence.number));
}

/** Operators not deactivated, by exact credit code or a name fragment (the trigram index), best match first. */
export async function searchByNameOrUscc(db: TDbOrTx, q: string, limit: number) {
  const columns = { id: operator.id, name: operator.name, uscc: operator.uscc, unitName: unit.name };
  const base = db.select(columns).from(operator).innerJoin(unit, eq(unit.code, operator.unitCode));
  const active = sql`${operator.status} <> 'deactivated'`;
  if (/^[0-9A-Z]{18}$/i.test(q)) return base.where(and(active, eq(operator.uscc, q.toUpperCase()))).limit(limit);
  return base
    .where(and(active, ilike(operator.name, `%${escapeLike(q)}%`)))
    .orderBy(sql`similarity(${operator.name}, ${q}) desc`, asc(operator.name), asc(operator.id))
    .limit(limit);
}

/** Names and credit codes of operators by id (no personal data). */
export async function identitiesOf(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: operator.id, name: operator.name, uscc: operator.uscc }).from(operator).where(inArray(operator.id, ids));
}

/** One keyset page of the ids of operators in scope (work over every operator in batches). */
export async function idsInScopeAfter(db: TDbOrTx, scope: TOperatorScope, afterId: string | null, limit: number) {
  const rows = await db
    .select({ id: operator.id })
    .from(operator)
    .where(and(scopeCondition(db, scope), afterId ? sql`${operator.id} > ${afterId}` : undefined))
    .orderBy(asc(operator.id))
    .limit(limit);
  return rows.map((r) => r.id);
}

export async function licencesOf(db: TDbOrTx, operatorIds: string[]) {
  if (operatorIds.length === 0) return [];
  return db.select().from(licence).where(inArray(licence.operatorId, operatorIds)).orderBy(asc(licence.expiresOn));
}

export async function personnelOf(db: TDbOrTx, operatorId: string) {
  return db.select().from(personnel).where(eq(personnel.operatorId, operatorId)).orderBy(asc(personnel.role));
}

export async function findLicencesByNumber(db: TDbOrTx, numbers: string[]) {
  if (numbers.length === 0) return [];
  return db.select().from(licence).where(inArray(licence.number, numbers));
}

export function insertOperator(db: TDbOrTx, values: typeof operator.$inferInsert) {
  return insertOne(db, operator, values);
}

/** Updates only if the stored version is `version`; null means stale (or gone). */
export async function updateOperatorVersioned(db: TDbOrTx, id: string, version: number, values: Partial<typeof operator.$inferInsert>) {
  return updateVersioned(db, operator, id, version, values);
}

/**
 * Insert-or-update by credit code in one statement. `inserted` tells which (xmax = 0 on a
 * freshly inserted row, in PostgreSQL and PGlite alike).
 */
export async function upsertOperators(db: TDbOrTx, rows: (typeof operator.$inferInsert)[]) {
  if (rows.length === 0) return [];
  const result = await db
    .insert(operator)
    .values(rows)
    .onConflictDoUpdate({
      target: operator.uscc,
      set: {
        ...fromExcluded(operator, ['name', 'type', 'categories', 'address', 'unitCode', 'longitude', 'latitude', 'tags']),
        // A row without a scale (an empty cell) keeps the stored one.
        scale: sql`coalesce(excluded.${sql.identifier(operator.scale.name)}, ${operator.scale})`,
        ...bumpVersion(operator),
        // The statement's time, the one the inserted rows of the same batch get by default.
        updatedAt: sql`now()`,
      },
    })
    .returning({ id: operator.id, uscc: operator.uscc, inserted: sql<boolean>`(xmax = 0)` });
  return result;
}

export async function replaceLicences(db: TDbOrTx, operatorId: string, rows: Omit<typeof licence.$inferInsert, 'operatorId'>[]) {
  await db.delete(licence).where(eq(licence.operatorId, operatorId));
  if (rows.length) await db.insert(licence).values(rows.map((r) => ({ ...r, operatorId })));
}

export async function upsertLicences(db: TDbOrTx, rows: (typeof licence.$inferInsert)[]) {
  if (rows.length === 0) return;
  await db
    .insert(licence)
    .values(rows)
    .onConflictDoUpdate({
      target: licence.number,
      set: {
        ...fromExcluded(licence, ['operatorId', 'kind', 'scope', 'issuedOn', 'expiresOn']),
        ...bumpVersion(licence),
        updatedAt: sql`now()`,
      },
    });
}

/**
 * Sets the operators' key personnel to `rows`. A person still listed (same operator, role and name) keeps their
 * row, so what names them (a spot exam, a risk control list) still does; the others are removed, the new added.
 */
export async function replacePersonnel(db: TDbOrTx, operatorIds: string[], rows: (typeof personnel.$inferInsert)[]) {
  if (operatorIds.length === 0) return;
  const keyOf = (p: { operatorId: string; role: string; name: string }) => `${p.operatorId}|${p.role}|${p.name}`;
  const stored = await db
    .select({ id: personnel.id, operatorId: personnel.operatorId, role: personnel.role, name: personnel.name })
    .from(personnel)
    .where(inArray(personnel.operatorId, operatorIds));
  const idOf = new Map(stored.map((p) => [keyOf(p), p.id]));
  const kept: { id: string; phoneEncrypted: string }[] = [];
  const added: (typeof personnel.$inferInsert)[] = [];
  for (const row of rows) {
    const id = idOf.get(keyOf(row));
    idOf.delete(keyOf(row));
    if (id) kept.push({ id, phoneEncrypted: row.phoneEncrypted });
    else added.push(row);
  }
  const gone = [...idOf.values()];
  for (let i = 0; i < gone.length; i += 1000) await db.delete(personnel).where(inArray(personnel.id, gone.slice(i, i + 1000)));
  for (let i = 0; i < kept.length; i += 1000) {
    const values = sql.join(
      kept.slice(i, i + 1000).map((k) => sql`(${k.id}::uuid, ${k.phoneEncrypted})`),
      sql`, `,
    );
    await db.execute(sql`update ${personnel} set phone_encrypted = v.phone, updated_at = now() from (values ${values}) as v(id, phone) where ${personnel.id} = v.id`);
  }
  for (let i = 0; i < added.length; i += 1000) await db.insert(personnel).values(added.slice(i, i + 1000));
}
