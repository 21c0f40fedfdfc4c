import { and, asc, eq, ilike, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { RISK_CONTROL_KINDS, type TControlPoint, type TRiskControlKind, type TRiskControlListQuery } from '@shian/shared/risk-control';
import type { TOperatorType } from '@shian/shared/operator';
import { DEFAULT_RISK_CONTROL_POINTS } from '@shian/shared/risk-control-templates';
import type { TDbOrTx } from '../../core/db/database.ts';
import { escapeLike } from '../../core/db/escape-like.ts';
import { insertOne } from '../../core/db/insert-one.ts';
import { pageOf } from '../../core/db/paged.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { operator, personnel } from '../operator/operator.schema.ts';
import { unit } from '../org/org.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { riskControlList, riskControlTemplate } from './risk-control.schema.ts';

export type TTemplateRow = typeof riskControlTemplate.$inferSelect;
export type TListRow = typeof riskControlList.$inferSelect;

/** The default templates as version 1 of every kind, written the first time they are needed. */
export async function ensureTemplates(db: TDbOrTx, bureauId: string) {
  const values = RISK_CONTROL_KINDS.map((kind) => ({ bureauId, kind, versionNo: 1, status: 'current' as const, points: DEFAULT_RISK_CONTROL_POINTS[kind] }));
  await db.insert(riskControlTemplate).values(values).onConflictDoNothing();
}

const saver = sql<string | null>`(select ${appUser.displayName} from ${appUser} where ${appUser.id} = ${riskControlTemplate.savedBy})`;

export function currentTemplates(db: TDbOrTx, bureauId: string) {
  return db
    .select({ template: riskControlTemplate, savedByName: saver })
    .from(riskControlTemplate)
    .where(and(eq(riskControlTemplate.bureauId, bureauId), eq(riskControlTemplate.status, 'current')))
    .orderBy(asc(riskControlTemplate.kind));
}

export async function currentTemplate(db: TDbOrTx, bureauId: string, kind: TRiskControlKind) {
  const [row] = await db
    .select({ template: riskControlTemplate, savedByName: saver })
    .from(riskControlTemplate)
    .where(and(eq(riskControlTemplate.bureauId, bureauId), eq(riskControlTemplate.kind, kind), eq(riskControlTemplate.status, 'current')));
  return row ?? null;
}

export async function templateVersion(db: TDbOrTx, bureauId: string, kind: TRiskControlKind, versionNo: number) {
  const [row] = await db
    .select()
    .from(riskControlTemplate)
    .where(and(eq(riskControlTemplate.bureauId, bureauId), eq(riskControlTemplate.kind, kind), eq(riskControlTemplate.versionNo, versionNo)));
  return row ?? null;
}

/** Retires the current version (409 when another save retired it first) and adds the next. */
export async function saveTemplate(db: TDbOrTx, current: TTemplateRow, points: TControlPoint[], userId: string) {
  await updateVersioned(db, riskControlTemplate, current.id, current.version, { status: 'retired' }, eq(riskControlTemplate.status, 'current'));
  return insertOne(db, riskControlTemplate, {
    bureauId: current.bureauId,
    kind: current.kind,
    versionNo: current.versionNo + 1,
    status: 'current',
    points,
    savedBy: userId,
  });
}

/** An operator with its bureau and type, when it is in the scope (null also when there is no such operator). */
export async function operatorInScope(db: TDbOrTx, scope: TOperatorScope, operatorId: string) {
  const [row] = await db
    .select({ id: operator.id, bureauId: operator.bureauId, name: operator.name, type: operator.type })
    .from(operator)
    .where(and(eq(operator.id, operatorId), scopeCondition(db, scope)));
  return row ?? null;
}

export async function operatorById(db: TDbOrTx, operatorId: string) {
  const [row] = await db.select({ id: operator.id, bureauId: operator.bureauId, name: operator.name, type: operator.type }).from(operator).where(eq(operator.id, operatorId));
  return row ?? null;
}

export async function findList(db: TDbOrTx, operatorId: string) {
  const [row] = await db.select().from(riskControlList).where(eq(riskControlList.operatorId, operatorId));
  return row ?? null;
}

export function personnelOf(db: TDbOrTx, operatorId: string) {
  return db
    .select({ id: personnel.id, name: personnel.name, role: personnel.role })
    .from(personnel)
    .where(eq(personnel.operatorId, operatorId))
    .orderBy(asc(personnel.role), asc(personnel.name));
}

type TListValues = Pick<TListRow, 'templateKind' | 'templateVersion' | 'notApplicable' | 'ownPoints' | 'officerPersonnelId' | 'directorPersonnelId'>;

/** The first adoption; null when another request adopted first. */
export async function insertList(db: TDbOrTx, bureauId: string, operatorId: string, values: TListValues, userId: string) {
  const [row] = await db
    .insert(riskControlList)
    .values({ bureauId, operatorId, ...values, adoptedBy: userId })
    .onConflictDoNothing({ target: riskControlList.operatorId })
    .returning();
  return row ?? null;
}

export function updateList(db: TDbOrTx, id: string, version: number, values: TListValues, userId: string) {
  return updateVersioned(db, riskControlList, id, version, { ...values, adoptedBy: userId, adoptedAt: new Date() });
}

const officerName = sql<string | null>`(select ${personnel.name} from ${personnel} where ${personnel.id} = ${riskControlList.officerPersonnelId})`;
const directorName = sql<string | null>`(select ${personnel.name} from ${personnel} where ${personnel.id} = ${riskControlList.directorPersonnelId})`;
/** How many points the template version a list was adopted on has. */
const adoptedTemplatePoints = sql<number | null>`(select jsonb_array_length(t.points) from ${riskControlTemplate} t
  where t.bureau_id = ${riskControlList.bureauId} and t.kind = ${riskControlList.templateKind} and t.version_no = ${riskControlList.templateVersion})`;

/** Operators in scope with their list, if any (the staff's adoption status). */
export function adoptionPage(db: TDbOrTx, scope: TOperatorScope, query: TRiskControlListQuery, kindTypes: TOperatorType[] | null) {
  const q = query.q ? `%${escapeLike(query.q)}%` : null;
  const select = db
    .select({
      operatorId: operator.id,
      operatorName: operator.name,
      uscc: operator.uscc,
      type: operator.type,
      unitCode: operator.unitCode,
      unitName: unit.name,
      list: riskControlList,
      officerName,
      directorName,
      adoptedTemplatePoints,
    })
    .from(operator)
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .leftJoin(riskControlList, eq(riskControlList.operatorId, operator.id))
    .where(
      and(
        scopeCondition(db, scope),
        eq(operator.status, 'active'),
        query.unitCode ? eq(operator.unitCode, query.unitCode) : undefined,
        query.adopted === 'true' ? isNotNull(riskControlList.id) : query.adopted === 'false' ? isNull(riskControlList.id) : undefined,
        kindTypes ? inArray(operator.type, kindTypes) : undefined,
        q ? or(ilike(operator.name, q), ilike(operator.uscc, q)) : undefined,
      ),
    )
    .$dynamic();
  return pageOf(db, select, [asc(operator.unitCode), asc(operator.name), asc(operator.id)], query);
}
