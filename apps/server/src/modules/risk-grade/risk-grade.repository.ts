import { and, asc, desc, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import type { TRiskBands, TRiskGrade } from '@shian/shared/risk';
import type { TDbOrTx } from '../../core/db/database.ts';
import { toInt } from '../../core/db/database.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { station, unit } from '../org/org.schema.ts';
import { operator } from '../operator/operator.schema.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { riskAssessment, riskBand } from './risk-grade.schema.ts';

export type TBandRow = typeof riskBand.$inferSelect;
export type TAssessmentRow = typeof riskAssessment.$inferSelect;

export async function bandsOf(db: TDbOrTx, bureauId: string): Promise<TBandRow[]> {
  return db.select().from(riskBand).where(eq(riskBand.bureauId, bureauId)).orderBy(asc(riskBand.grade));
}

export async function insertBands(db: TDbOrTx, bureauId: string, bands: TRiskBands) {
  await db
    .insert(riskBand)
    .values([
      { bureauId, grade: 'B', minScore: bands.minScoreB },
      { bureauId, grade: 'C', minScore: bands.minScoreC },
      { bureauId, grade: 'D', minScore: bands.minScoreD },
    ])
    .onConflictDoNothing();
}

/** All three rows move together; VERSION_CONFLICT when any of them was changed since `version`. */
export async function updateBandsVersioned(db: TDbOrTx, bureauId: string, version: number, bands: TRiskBands) {
  const values: [TRiskGrade, number][] = [
    ['B', bands.minScoreB],
    ['C', bands.minScoreC],
    ['D', bands.minScoreD],
  ];
  for (const [grade, minScore] of values) {
    await updateVersioned(db, riskBand, and(eq(riskBand.bureauId, bureauId), eq(riskBand.grade, grade))!, version, { minScore });
  }
}

const gradingColumns = {
  id: operator.id,
  bureauId: operator.bureauId,
  type: operator.type,
  categories: operator.categories,
  tags: operator.tags,
  riskGrade: operator.riskGrade,
  riskScore: operator.riskScore,
};

/** Keyset pages of the operators to grade (all but deactivated ones). */
export async function operatorsToGrade(db: TDbOrTx, scope: TOperatorScope, afterId: string | null, limit: number) {
  return db
    .select(gradingColumns)
    .from(operator)
    .where(and(scopeCondition(db, scope), ne(operator.status, 'deactivated'), afterId ? gt(operator.id, afterId) : undefined))
    .orderBy(asc(operator.id))
    .limit(limit);
}

export async function operatorsByIds(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select(gradingColumns).from(operator).where(inArray(operator.id, ids));
}

export async function insertAssessments(db: TDbOrTx, rows: (typeof riskAssessment.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 500) await db.insert(riskAssessment).values(rows.slice(i, i + 500));
}

/** The grade lives on the operator for filters and plans; it is not a user edit, so version stays. */
export async function setOperatorGrades(db: TDbOrTx, rows: { id: string; grade: string; score: number }[]) {
  for (let i = 0; i < rows.length; i += 500) {
    const values = sql.join(
      rows.slice(i, i + 500).map((r) => sql`(${r.id}::uuid, ${r.grade}, ${r.score}::double precision)`),
      sql`, `,
    );
    await db.execute(sql`update ${operator} set risk_grade = v.grade, risk_score = v.score from (values ${values}) as v(id, grade, score) where ${operator.id} = v.id`);
  }
}

export async function assessmentsOf(db: TDbOrTx, operatorId: string, limit: number) {
  return db.select().from(riskAssessment).where(eq(riskAssessment.operatorId, operatorId)).orderBy(desc(riskAssessment.assessedAt), desc(riskAssessment.id)).limit(limit);
}

export async function distribution(db: TDbOrTx, scope: TOperatorScope) {
  return db
    .select({
      unitCode: unit.code,
      unitName: unit.name,
      stationName: station.name,
      grade: operator.riskGrade,
      n: sql`count(*)`.mapWith(toInt),
    })
    .from(operator)
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .leftJoin(station, eq(station.id, unit.stationId))
    .where(and(scopeCondition(db, scope), eq(operator.status, 'active')))
    .groupBy(unit.code, unit.name, station.name, operator.riskGrade)
    .orderBy(asc(unit.code));
}
