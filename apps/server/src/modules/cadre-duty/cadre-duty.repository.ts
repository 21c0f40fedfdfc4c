import type { TSessionUser } from '../../core/access.ts';
import { findBureauSetting, saveBureauSetting } from '../../core/db/bureau-setting.ts';
import { and, asc, count, desc, eq, gte, ilike, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { CADRE_LEVELS, type TCadreLevel } from '@shian/shared/cadre';
import { DEFAULT_DUTY_TEXTS, DUTY_TEMPLATE_KINDS, type TDutyListQuery, type TDutyTemplateKind } from '@shian/shared/cadre-duty';
import type { TDbOrTx } from '../../core/db/database.ts';
import { escapeLike } from '../../core/db/escape-like.ts';
import { insertOne } from '../../core/db/insert-one.ts';
import { pageOf } from '../../core/db/paged.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { cadreScopeCondition } from '../cadre/cadre.public.ts';
import { cadre, cadreAssignment } from '../cadre/cadre.schema.ts';
import { cadreVisit } from '../cadre-visit/cadre-visit.schema.ts';
import type { TOperatorScope } from '../operator/operator.public.ts';
import { operator } from '../operator/operator.schema.ts';
import { unit } from '../org/org.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { cadreCampaign, cadreDuty, cadreDutySetting, cadreDutyTemplate } from './cadre-duty.schema.ts';

/** The default texts as version 1 of every level's templates, written the first time they are needed. */
export async function ensureTemplates(db: TDbOrTx, bureauId: string) {
  const values = CADRE_LEVELS.flatMap((level) =>
    DUTY_TEMPLATE_KINDS.map((kind) => ({ bureauId, level, kind, versionNo: 1, status: 'published' as const, lines: DEFAULT_DUTY_TEXTS[level][kind] })),
  );
  await db.insert(cadreDutyTemplate).values(values).onConflictDoNothing();
}

const publisher = sql<string | null>`(select ${appUser.displayName} from ${appUser} where ${appUser.id} = ${cadreDutyTemplate.publishedBy})`;

export function listTemplates(db: TDbOrTx, bureauId: string, filter: { level?: TCadreLevel; kind?: TDutyTemplateKind }) {
  return db
    .select({ template: cadreDutyTemplate, publishedByName: publisher })
    .from(cadreDutyTemplate)
    .where(
      and(
        eq(cadreDutyTemplate.bureauId, bureauId),
        filter.level ? eq(cadreDutyTemplate.level, filter.level) : undefined,
        filter.kind ? eq(cadreDutyTemplate.kind, filter.kind) : undefined,
      ),
    )
    .orderBy(asc(cadreDutyTemplate.level), asc(cadreDutyTemplate.kind), desc(cadreDutyTemplate.versionNo));
}
export type TTemplateRow = Awaited<ReturnType<typeof listTemplates>>[number];

export async function findTemplate(db: TDbOrTx, bureauId: string, id: string) {
  const [row] = await db
    .select({ template: cadreDutyTemplate, publishedByName: publisher })
    .from(cadreDutyTemplate)
    .where(and(eq(cadreDutyTemplate.bureauId, bureauId), eq(cadreDutyTemplate.id, id)));
  return row ?? null;
}

export function currentTemplates(db: TDbOrTx, bureauId: string) {
  return db
    .select()
    .from(cadreDutyTemplate)
    .where(and(eq(cadreDutyTemplate.bureauId, bureauId), eq(cadreDutyTemplate.status, 'published')));
}

export function templatesById(db: TDbOrTx, ids: string[]) {
  return db.select().from(cadreDutyTemplate).where(inArray(cadreDutyTemplate.id, ids));
}

/** Retires the current version (409 when it is no longer the one the editor saw) and adds the next. */
export async function publishTemplate(db: TDbOrTx, current: typeof cadreDutyTemplate.$inferSelect, version: number, lines: string[], userId: string) {
  await updateVersioned(db, cadreDutyTemplate, current.id, version, { status: 'retired' }, eq(cadreDutyTemplate.status, 'published'));
  return insertOne(db, cadreDutyTemplate, {
    bureauId: current.bureauId,
    level: current.level,
    kind: current.kind,
    versionNo: current.versionNo + 1,
    status: 'published',
    lines,
    publishedBy: userId,
  });
}

export function findSetting(db: TDbOrTx, bureauId: string) {
  return findBureauSetting(db, cadreDutySetting, bureauId);
}

type TSettingValues = Pick<typeof cadreDutySetting.$inferInsert, 'visitsPerQuarter' | 'pledgeWorkingDays' | 'updatedBy'>;

/** Saves the bureau's setting at the version the edit was made on (0: the first save), audited. */
export function saveSetting(db: TDbOrTx, user: TSessionUser, version: number, values: TSettingValues) {
  return saveBureauSetting(db, cadreDutySetting, 'cadre_duty_setting', user, version, values);
}

export function insertCampaign(db: TDbOrTx, values: typeof cadreCampaign.$inferInsert) {
  return insertOne(db, cadreCampaign, values);
}

export function campaignsPage(db: TDbOrTx, bureauId: string, query: { year?: number; page: number; pageSize: number }) {
  const select = db
    .select()
    .from(cadreCampaign)
    .where(
      and(eq(cadreCampaign.bureauId, bureauId), query.year ? and(gte(cadreCampaign.fromOn, `${query.year}-01-01`), lte(cadreCampaign.fromOn, `${query.year}-12-31`)) : undefined),
    )
    .$dynamic();
  return pageOf(db, select, [desc(cadreCampaign.fromOn), asc(cadreCampaign.id)], query);
}

/** The campaigns of a year that name this level, earliest first. */
export function campaignsFor(db: TDbOrTx, bureauId: string, year: number, level: TCadreLevel) {
  return db
    .select()
    .from(cadreCampaign)
    .where(
      and(
        eq(cadreCampaign.bureauId, bureauId),
        gte(cadreCampaign.fromOn, `${year}-01-01`),
        lte(cadreCampaign.fromOn, `${year}-12-31`),
        sql`${level} = any(${cadreCampaign.levels})`,
      ),
    )
    .orderBy(asc(cadreCampaign.fromOn), asc(cadreCampaign.id));
}

/** The bureau's active cadres that have no lists for the year yet. */
export function cadresWithoutDuty(db: TDbOrTx, bureauId: string, year: number) {
  return db
    .select({ id: cadre.id, level: cadre.level, unitCode: cadre.unitCode })
    .from(cadre)
    .leftJoin(cadreDuty, and(eq(cadreDuty.cadreId, cadre.id), eq(cadreDuty.year, year)))
    .where(and(eq(cadre.bureauId, bureauId), eq(cadre.active, true), isNull(cadreDuty.id)));
}

/** Every current assignment of the bureau's cadres with what the lists name of the subject. */
export function assignedSubjects(db: TDbOrTx, bureauId: string) {
  return db
    .select({ cadreId: cadreAssignment.cadreId, operatorId: operator.id, operatorName: operator.name, riskGrade: operator.riskGrade })
    .from(cadreAssignment)
    .innerJoin(operator, eq(operator.id, cadreAssignment.operatorId))
    .where(eq(operator.bureauId, bureauId))
    .orderBy(asc(operator.name), asc(operator.id));
}

/** Inserts the lists in chunks of 1,000; a cadre given lists meanwhile is skipped. Answers how many were made. */
export async function insertDuties(db: TDbOrTx, values: (typeof cadreDuty.$inferInsert)[]) {
  let created = 0;
  for (let i = 0; i < values.length; i += 1000) {
    const rows = await db
      .insert(cadreDuty)
      .values(values.slice(i, i + 1000))
      .onConflictDoNothing({ target: [cadreDuty.cadreId, cadreDuty.year] })
      .returning({ id: cadreDuty.id });
    created += rows.length;
  }
  return created;
}

export function countDuties(db: TDbOrTx, bureauId: string, year: number) {
  return db.$count(cadreDuty, and(eq(cadreDuty.bureauId, bureauId), eq(cadreDuty.year, year)));
}

function selectDuties(db: TDbOrTx) {
  return db
    .select({ duty: cadreDuty, cadreName: cadre.name, post: cadre.post, unitName: unit.name })
    .from(cadreDuty)
    .innerJoin(cadre, eq(cadre.id, cadreDuty.cadreId))
    .innerJoin(unit, eq(unit.code, cadreDuty.unitCode));
}
export type TDutyRow = Awaited<ReturnType<ReturnType<typeof selectDuties>['execute']>>[number];

export function listDuties(db: TDbOrTx, scope: TOperatorScope, query: TDutyListQuery) {
  const where = and(
    cadreScopeCondition(db, scope),
    eq(cadreDuty.year, query.year),
    query.unitCode ? eq(cadreDuty.unitCode, query.unitCode) : undefined,
    query.signed === 'true' ? isNotNull(cadreDuty.signedAt) : query.signed === 'false' ? isNull(cadreDuty.signedAt) : undefined,
    query.q ? ilike(cadre.name, `%${escapeLike(query.q)}%`) : undefined,
  );
  return pageOf(db, selectDuties(db).where(where).$dynamic(), [asc(cadreDuty.unitCode), asc(cadre.name), asc(cadreDuty.id)], query);
}

/** Signing status per township unit in the user's scope: how many cadres have lists, how many signed. */
export function unitStatus(db: TDbOrTx, scope: TOperatorScope, year: number) {
  return db
    .select({ unitCode: cadreDuty.unitCode, unitName: unit.name, cadres: count(), signed: count(cadreDuty.signedAt) })
    .from(cadreDuty)
    .innerJoin(cadre, eq(cadre.id, cadreDuty.cadreId))
    .innerJoin(unit, eq(unit.code, cadreDuty.unitCode))
    .where(and(cadreScopeCondition(db, scope), eq(cadreDuty.year, year)))
    .groupBy(cadreDuty.unitCode, unit.name)
    .orderBy(asc(cadreDuty.unitCode));
}

export async function findDuty(db: TDbOrTx, scope: TOperatorScope, id: string) {
  const [row] = await selectDuties(db).where(and(cadreScopeCondition(db, scope), eq(cadreDuty.id, id)));
  return row ?? null;
}

export async function findDutyOfCadre(db: TDbOrTx, cadreId: string, year: number) {
  const [row] = await selectDuties(db).where(and(eq(cadreDuty.cadreId, cadreId), eq(cadreDuty.year, year)));
  return row ?? null;
}

/** The cadre's visits of a year (date, subject, mode): what the task list counts. */
export function visitsOfYear(db: TDbOrTx, cadreId: string, year: number) {
  return db
    .select({ operatorId: cadreVisit.operatorId, visitedOn: cadreVisit.visitedOn, mode: cadreVisit.mode })
    .from(cadreVisit)
    .where(and(eq(cadreVisit.cadreId, cadreId), gte(cadreVisit.visitedOn, `${year}-01-01`), lte(cadreVisit.visitedOn, `${year}-12-31`)));
}

export function signDuty(db: TDbOrTx, id: string, version: number, values: { signedAt: Date; signedBy: string }) {
  return updateVersioned(db, cadreDuty, id, version, values, isNull(cadreDuty.signedAt));
}

/** The signature stored after the versioned sign, in the same transaction: part of that one change, not another. */
export async function setSignatureFile(db: TDbOrTx, id: string, fileId: string) {
  await db.update(cadreDuty).set({ signatureFileId: fileId }).where(eq(cadreDuty.id, id));
}

/** The cadre's pledges of this year or before not yet signed (the workbench); lists made ahead wait for their year. */
export function unsignedOfCadre(db: TDbOrTx, cadreId: string, year: number) {
  return db
    .select({ id: cadreDuty.id, year: cadreDuty.year, pledgeDueOn: cadreDuty.pledgeDueOn })
    .from(cadreDuty)
    .where(and(eq(cadreDuty.cadreId, cadreId), lte(cadreDuty.year, year), isNull(cadreDuty.signedAt)));
}
