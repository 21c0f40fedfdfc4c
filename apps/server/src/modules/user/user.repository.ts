import { and, asc, eq, ilike, inArray, or } from 'drizzle-orm';
import type { TRole } from '@shian/shared/access';
import type { TUserListQuery } from '@shian/shared/users';
import type { TDbOrTx } from '../../core/db/database.ts';
import { escapeLike } from '../../core/db/escape-like.ts';
import { pageOf } from '../../core/db/paged.ts';
import { bumpVersion } from '../../core/db/versioned.ts';
import { department, station, unit } from '../org/org.schema.ts';
import { cadre, operator } from '../operator/operator.schema.ts';
import { appUser } from './user.schema.ts';

export type TUserRow = typeof appUser.$inferSelect;

export async function findUserByUsername(db: TDbOrTx, username: string) {
  const [row] = await db.select().from(appUser).where(eq(appUser.username, username));
  return row ?? null;
}

export async function findUserById(db: TDbOrTx, id: string) {
  const [row] = await db.select().from(appUser).where(eq(appUser.id, id));
  return row ?? null;
}

export async function findUsersByIds(db: TDbOrTx, bureauId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(appUser)
    .where(and(eq(appUser.bureauId, bureauId), inArray(appUser.id, ids)));
}

export async function listActiveUsersByRoles(db: TDbOrTx, bureauId: string, roles: TRole[]) {
  return db
    .select()
    .from(appUser)
    .where(and(eq(appUser.bureauId, bureauId), eq(appUser.active, true), inArray(appUser.role, roles)))
    .orderBy(asc(appUser.displayName));
}

export async function insertUsers(db: TDbOrTx, rows: (typeof appUser.$inferInsert)[]) {
  return db.insert(appUser).values(rows).returning();
}

export async function updateUser(db: TDbOrTx, id: string, values: Partial<typeof appUser.$inferInsert>) {
  const [row] = await db
    .update(appUser)
    .set({ ...values, ...bumpVersion(appUser) })
    .where(eq(appUser.id, id))
    .returning();
  return row;
}

/** The sign-in lock does not bump the version: it is not an edit of the account. */
export async function setLockedUntil(db: TDbOrTx, id: string, lockedUntil: Date | null) {
  await db.update(appUser).set({ lockedUntil }).where(eq(appUser.id, id));
}

export function countUsers(db: TDbOrTx): Promise<number> {
  return db.$count(appUser);
}

const withNames = {
  user: appUser,
  stationName: station.name,
  departmentName: department.name,
  operatorName: operator.name,
  cadreName: cadre.name,
};

function selectWithNames(db: TDbOrTx) {
  return db
    .select(withNames)
    .from(appUser)
    .leftJoin(station, eq(station.id, appUser.stationId))
    .leftJoin(department, eq(department.id, appUser.departmentId))
    .leftJoin(operator, eq(operator.id, appUser.operatorId))
    .leftJoin(cadre, eq(cadre.id, appUser.cadreId));
}
export type TUserListRow = Awaited<ReturnType<ReturnType<typeof selectWithNames>['execute']>>[number];

function listCondition(bureauId: string, query: Omit<TUserListQuery, 'page' | 'pageSize'>) {
  const pattern = query.q ? `%${escapeLike(query.q)}%` : null;
  return and(
    eq(appUser.bureauId, bureauId),
    pattern ? or(ilike(appUser.username, pattern), ilike(appUser.displayName, pattern)) : undefined,
    query.role ? eq(appUser.role, query.role) : undefined,
    query.stationId ? eq(appUser.stationId, query.stationId) : undefined,
    query.active ? eq(appUser.active, query.active === 'true') : undefined,
  );
}

export function listUsersPage(db: TDbOrTx, bureauId: string, query: TUserListQuery) {
  return pageOf(db, selectWithNames(db).where(listCondition(bureauId, query)).$dynamic(), [asc(appUser.username)], query);
}

export async function findUserWithNames(db: TDbOrTx, bureauId: string, id: string): Promise<TUserListRow | null> {
  const [row] = await selectWithNames(db).where(and(eq(appUser.bureauId, bureauId), eq(appUser.id, id)));
  return row ?? null;
}

/** Which of the named links exist in the bureau (a station, a department, an operator, a cadre). */
export async function existingLinks(
  db: TDbOrTx,
  bureauId: string,
  ids: { stationId: string | null; departmentId: string | null; operatorId: string | null; cadreId: string | null },
) {
  const found = async (table: typeof station | typeof department | typeof cadre | typeof operator, id: string | null) =>
    id !== null && (await db.$count(table, and(eq(table.id, id), eq(table.bureauId, bureauId)))) > 0;
  return {
    stationId: await found(station, ids.stationId),
    departmentId: await found(department, ids.departmentId),
    operatorId: await found(operator, ids.operatorId),
    cadreId: await found(cadre, ids.cadreId),
  };
}

export function countAccountsOfOperator(db: TDbOrTx, operatorId: string): Promise<number> {
  return db.$count(appUser, eq(appUser.operatorId, operatorId));
}

/** The bureau's cadres whose name matches, with the account already linked to each (if any). */
export async function cadreOptions(db: TDbOrTx, bureauId: string, q: string | undefined, id?: string) {
  return db
    .select({ id: cadre.id, name: cadre.name, post: cadre.post, unitName: unit.name, userId: appUser.id })
    .from(cadre)
    .innerJoin(unit, eq(unit.code, cadre.unitCode))
    .leftJoin(appUser, eq(appUser.cadreId, cadre.id))
    .where(and(eq(cadre.bureauId, bureauId), q ? ilike(cadre.name, `%${escapeLike(q)}%`) : undefined, id ? eq(cadre.id, id) : undefined))
    .orderBy(asc(cadre.name))
    .limit(50);
}

/** Name look-ups of an import file: stations and departments by name, operators by credit code, cadres by id or name. */
export async function importLookups(db: TDbOrTx, bureauId: string, usccs: string[], cadreKeys: string[]) {
  const uuids = cadreKeys.filter((k) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(k));
  const names = cadreKeys.filter((k) => !uuids.includes(k));
  return {
    stations: await db.select({ id: station.id, name: station.name }).from(station).where(eq(station.bureauId, bureauId)),
    departments: await db.select({ id: department.id, name: department.name }).from(department).where(eq(department.bureauId, bureauId)),
    operators: usccs.length
      ? await db
          .select({ id: operator.id, uscc: operator.uscc })
          .from(operator)
          .where(and(eq(operator.bureauId, bureauId), inArray(operator.uscc, usccs)))
      : [],
    cadres:
      uuids.length || names.length
        ? await db
            .select({ id: cadre.id, name: cadre.name, userId: appUser.id })
            .from(cadre)
            .leftJoin(appUser, eq(appUser.cadreId, cadre.id))
            .where(and(eq(cadre.bureauId, bureauId), or(uuids.length ? inArray(cadre.id, uuids) : undefined, names.length ? inArray(cadre.name, names) : undefined)))
        : [],
  };
}

export async function existingUsernames(db: TDbOrTx, usernames: string[]) {
  if (usernames.length === 0) return new Set<string>();
  const rows = await db.select({ username: appUser.username }).from(appUser).where(inArray(appUser.username, usernames));
  return new Set(rows.map((r) => r.username));
}

/** Row lock on an account until the transaction ends: serialises a business's invitations. */
export async function lockUser(db: TDbOrTx, id: string) {
  await db.select({ id: appUser.id }).from(appUser).where(eq(appUser.id, id)).for('update');
}

export async function accountsOfOperator(db: TDbOrTx, bureauId: string, operatorId: string) {
  return db
    .select()
    .from(appUser)
    .where(and(eq(appUser.bureauId, bureauId), eq(appUser.operatorId, operatorId)))
    .orderBy(asc(appUser.createdAt));
}
