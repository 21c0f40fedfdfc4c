import { and, asc, desc, eq, ilike, inArray, ne, or, sql } from 'drizzle-orm';
import { OPERATOR_SCALES } from '@shian/shared/operator';
import { DEFAULT_STAFFING_RULES, type TStaffingGapQuery, type TStaffingPost, type TStaffingRuleInput } from '@shian/shared/staffing';
import type { TDbOrTx } from '../../core/db/database.ts';
import { escapeLike } from '../../core/db/escape-like.ts';
import { pageOf } from '../../core/db/paged.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { operatorEntityKind as entityKind, scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { operator, personnel } from '../operator/operator.schema.ts';
import { station, unit } from '../org/org.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { staffingReminder, staffingRule, staffingRuleSet } from './staffing.schema.ts';

const ruleValues = (bureauId: string, rules: TStaffingRuleInput[]) => rules.map((r, position) => ({ ...r, bureauId, position }));

/** The national defaults as the bureau's rules, written once (the set's unique bureau decides who writes them). */
export async function ensureRules(db: TDbOrTx, bureauId: string) {
  const [created] = await db.insert(staffingRuleSet).values({ bureauId }).onConflictDoNothing({ target: staffingRuleSet.bureauId }).returning({ id: staffingRuleSet.id });
  if (created) await db.insert(staffingRule).values(ruleValues(bureauId, DEFAULT_STAFFING_RULES));
}

/** The bureaus of these operators that have no rules yet get the defaults (risk signals come by operator, not bureau). */
export async function ensureRulesOfOperators(db: TDbOrTx, operatorIds: string[]) {
  if (operatorIds.length === 0) return;
  const bureaus = await db
    .selectDistinct({ bureauId: operator.bureauId })
    .from(operator)
    .leftJoin(staffingRuleSet, eq(staffingRuleSet.bureauId, operator.bureauId))
    .where(and(inArray(operator.id, operatorIds), sql`${staffingRuleSet.id} is null`));
  for (const b of bureaus) await ensureRules(db, b.bureauId);
}

export async function findRuleSet(db: TDbOrTx, bureauId: string) {
  const [set] = await db
    .select({ set: staffingRuleSet, updatedByName: appUser.displayName })
    .from(staffingRuleSet)
    .leftJoin(appUser, eq(appUser.id, staffingRuleSet.updatedBy))
    .where(eq(staffingRuleSet.bureauId, bureauId));
  return set ?? null;
}

export function rulesOf(db: TDbOrTx, bureauId: string) {
  return db.select().from(staffingRule).where(eq(staffingRule.bureauId, bureauId)).orderBy(asc(staffingRule.position));
}
export type TRuleRow = typeof staffingRule.$inferSelect;

/** Replaces the whole set if it is still at `version` (else 409 before anything is written). */
export async function replaceRules(db: TDbOrTx, bureauId: string, version: number, rules: TStaffingRuleInput[], userId: string) {
  await updateVersioned(db, staffingRuleSet, eq(staffingRuleSet.bureauId, bureauId), version, { updatedBy: userId });
  await db.delete(staffingRule).where(eq(staffingRule.bureauId, bureauId));
  await db.insert(staffingRule).values(ruleValues(bureauId, rules));
}

// The rule of @shian/shared/staffing (ruleApplies) in SQL, so that the list of gaps over every operator of a
// district is one query.
// Larger scales first: a smaller position is a larger scale; an unknown scale has none and matches no minimum.
const scaleOrder = sql.raw(`array[${OPERATOR_SCALES.map((s) => `'${s}'`).join(', ')}]::text[]`);
const ruleApplies = sql`${staffingRule.bureauId} = ${operator.bureauId}
  and (${staffingRule.operatorType} is null or ${staffingRule.operatorType} = ${operator.type})
  and ${entityKind} = any(${staffingRule.entityKinds})
  and (${staffingRule.minScale} is null or array_position(${scaleOrder}, ${operator.scale}) <= array_position(${scaleOrder}, ${staffingRule.minScale}))
  and (${staffingRule.tag} is null or ${staffingRule.tag} = any(${operator.tags}))
  and (${staffingRule.category} is null or ${staffingRule.category} = any(${operator.categories}))`;
const requires = (post: TStaffingPost) =>
  sql`exists (select 1 from ${staffingRule} where ${ruleApplies} and ${post === 'director' ? staffingRule.requiresDirector : staffingRule.requiresOfficer})`;
const holds = (post: TStaffingPost) => sql`exists (select 1 from ${personnel} where ${personnel.operatorId} = ${operator.id} and ${personnel.role} = ${post})`;
const missing = (post: TStaffingPost) => sql<boolean>`(${requires(post)} and not ${holds(post)})`;
const lastReminder = (column: typeof staffingReminder.remindedOn | typeof staffingReminder.dueOn) =>
  sql<string | null>`(select ${column} from ${staffingReminder} where ${staffingReminder.operatorId} = ${operator.id} order by ${staffingReminder.remindedOn} desc limit 1)`;

function selectGaps(db: TDbOrTx) {
  return db
    .select({
      id: operator.id,
      name: operator.name,
      uscc: operator.uscc,
      type: operator.type,
      scale: operator.scale,
      tags: operator.tags,
      unitCode: operator.unitCode,
      unitName: unit.name,
      stationName: station.name,
      missingDirector: missing('director'),
      missingOfficer: missing('officer'),
      remindedOn: lastReminder(staffingReminder.remindedOn),
      reminderDueOn: lastReminder(staffingReminder.dueOn),
    })
    .from(operator)
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .leftJoin(station, eq(station.id, unit.stationId));
}
export type TGapRow = Awaited<ReturnType<ReturnType<typeof selectGaps>['execute']>>[number];

/** Operators still trading (not deactivated) that miss a required post; `post` narrows to one. */
const gapCondition = (post: TStaffingPost | undefined) => and(ne(operator.status, 'deactivated'), post ? missing(post) : or(missing('director'), missing('officer')));

export function gapsPage(db: TDbOrTx, scope: TOperatorScope, query: TStaffingGapQuery) {
  const where = and(
    scopeCondition(db, scope),
    gapCondition(query.missing),
    query.unitCode ? eq(operator.unitCode, query.unitCode) : undefined,
    query.q ? or(ilike(operator.name, `%${escapeLike(query.q)}%`), ilike(operator.uscc, `${escapeLike(query.q)}%`)) : undefined,
  );
  return pageOf(db, selectGaps(db).where(where).$dynamic(), [asc(operator.unitCode), asc(operator.name), asc(operator.id)], query);
}

/** The gaps of these operators (risk signals, the business's workbench, a reminder in scope). */
export function gapsOf(db: TDbOrTx, operatorIds: string[], scope?: TOperatorScope) {
  if (operatorIds.length === 0) return Promise.resolve([]);
  return selectGaps(db).where(and(inArray(operator.id, operatorIds), scope ? scopeCondition(db, scope) : undefined, gapCondition(undefined)));
}

/** One operator in the scope with what the check needs, or null. */
export async function findOperatorForCheck(db: TDbOrTx, scope: TOperatorScope, id: string) {
  const [row] = await db
    .select({
      id: operator.id,
      bureauId: operator.bureauId,
      name: operator.name,
      uscc: operator.uscc,
      type: operator.type,
      scale: operator.scale,
      tags: operator.tags,
      categories: operator.categories,
    })
    .from(operator)
    .where(and(scopeCondition(db, scope), eq(operator.id, id)));
  return row ?? null;
}

export function personnelOf(db: TDbOrTx, operatorId: string) {
  return db.select({ role: personnel.role, name: personnel.name }).from(personnel).where(eq(personnel.operatorId, operatorId)).orderBy(asc(personnel.createdAt), asc(personnel.id));
}

function selectReminders(db: TDbOrTx) {
  return db.select({ reminder: staffingReminder, remindedByName: appUser.displayName }).from(staffingReminder).leftJoin(appUser, eq(appUser.id, staffingReminder.remindedBy));
}
export type TReminderRow = Awaited<ReturnType<ReturnType<typeof selectReminders>['execute']>>[number];

export async function lastReminderOf(db: TDbOrTx, operatorId: string) {
  const [row] = await selectReminders(db).where(eq(staffingReminder.operatorId, operatorId)).orderBy(desc(staffingReminder.remindedOn)).limit(1);
  return row ?? null;
}

/** The day's reminder, or null when the operator was already reminded that day. */
export async function insertReminder(db: TDbOrTx, values: typeof staffingReminder.$inferInsert) {
  const [row] = await db
    .insert(staffingReminder)
    .values(values)
    .onConflictDoNothing({ target: [staffingReminder.operatorId, staffingReminder.remindedOn] })
    .returning({ id: staffingReminder.id });
  if (!row) return null;
  const [stored] = await selectReminders(db).where(eq(staffingReminder.id, row.id));
  return stored;
}

/** Every gap of a bureau (the demo fills most of them). */
export function gapsOfBureau(db: TDbOrTx, bureauId: string) {
  return selectGaps(db).where(and(eq(operator.bureauId, bureauId), gapCondition(undefined)));
}
