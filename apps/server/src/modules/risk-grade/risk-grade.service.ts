// Risk grades: static points from the registry plus the dynamic points of every signal provider
// on ctx.riskSignals (core/risk-signals.ts). A module adds a provider by pushing it onto
// ctx.riskSignals in platform.ts createContext and publishing an event this module reacts to
// (risk-grade.events.ts) when its facts change; nothing here needs to know about it.
import type { TRiskBands, TRiskBandsUpdate, TRiskCounts, TRiskRecomputeResult } from '@shian/shared/risk';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { chinaToday } from '@shian/shared/working-days';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { notFound } from '../../core/errors.ts';
import type { TRiskSignal } from '../../core/risk-signals.ts';
import { findOperator, operatorScopeOf, type TOperatorScope } from '../operator/operator.public.ts';
import * as repo from './risk-grade.repository.ts';
import { DEFAULT_BANDS, scoreOperator } from './risk-grade.scoring.ts';
import { presentAssessment, presentBands, presentDistribution } from './risk-grade.presenter.ts';

const BATCH = 1000;

async function loadBands(db: TDbOrTx, bureauId: string) {
  let rows = await repo.bandsOf(db, bureauId);
  if (rows.length < 3) {
    await repo.insertBands(db, bureauId, DEFAULT_BANDS);
    rows = await repo.bandsOf(db, bureauId);
  }
  return rows;
}

function bandsFrom(rows: repo.TBandRow[]): TRiskBands {
  const min = (grade: string) => rows.find((r) => r.grade === grade)!.minScore;
  return { minScoreB: min('B'), minScoreC: min('C'), minScoreD: min('D') };
}

async function collectSignals(ctx: TContext, db: TDbOrTx, operatorIds: string[]): Promise<TRiskSignal[]> {
  const asOf = chinaToday();
  const signals: TRiskSignal[] = [];
  for (const provider of ctx.riskSignals) signals.push(...(await provider.collect(db, operatorIds, asOf)));
  return signals;
}

type TGradingRow = Awaited<ReturnType<typeof repo.operatorsByIds>>[number];
const emptyCounts = (): TRiskCounts => ({ A: 0, B: 0, C: 0, D: 0 });

/** Grades a batch; writes an assessment only where the score or the grade changed. */
async function gradeRows(ctx: TContext, rows: TGradingRow[], trigger: string, counts: TRiskCounts) {
  if (rows.length === 0) return 0;
  const signals = await collectSignals(
    ctx,
    ctx.db,
    rows.map((r) => r.id),
  );
  const bandsByBureau = new Map<string, TRiskBands>();
  for (const bureauId of new Set(rows.map((r) => r.bureauId))) bandsByBureau.set(bureauId, bandsFrom(await loadBands(ctx.db, bureauId)));
  const changed: { row: TGradingRow; scored: ReturnType<typeof scoreOperator> }[] = [];
  for (const row of rows) {
    const scored = scoreOperator(row, signals, bandsByBureau.get(row.bureauId)!);
    counts[scored.grade] += 1;
    if (row.riskGrade !== scored.grade || row.riskScore !== scored.score) changed.push({ row, scored });
  }
  if (changed.length === 0) return 0;
  await ctx.db.transaction(async (tx) => {
    await repo.insertAssessments(
      tx,
      changed.map(({ row, scored }) => ({
        bureauId: row.bureauId,
        operatorId: row.id,
        staticScore: scored.staticScore,
        dynamicScore: scored.dynamicScore,
        score: scored.score,
        grade: scored.grade,
        breakdown: scored.breakdown,
        trigger,
      })),
    );
    await repo.setOperatorGrades(
      tx,
      changed.map(({ row, scored }) => ({ id: row.id, grade: scored.grade, score: scored.score })),
    );
  });
  return changed.length;
}

/** Regrades these operators now (event handlers, tests). */
export async function gradeOperators(ctx: TContext, operatorIds: string[], trigger: string) {
  const counts = emptyCounts();
  const changed = await gradeRows(ctx, await repo.operatorsByIds(ctx.db, operatorIds), trigger, counts);
  return { operators: operatorIds.length, changed, counts };
}

async function gradeScope(ctx: TContext, scope: TOperatorScope, trigger: string) {
  const counts = emptyCounts();
  let total = 0;
  let changed = 0;
  for (let afterId: string | null = null; ; ) {
    const rows = await repo.operatorsToGrade(ctx.db, scope, afterId, BATCH);
    if (rows.length === 0) break;
    total += rows.length;
    changed += await gradeRows(ctx, rows, trigger, counts);
    afterId = rows[rows.length - 1].id;
  }
  return { operators: total, changed, counts };
}

/** Every operator of the bureau (the demo seed, band changes). */
export function gradeAllOperators(ctx: TContext, bureauId: string, trigger: string) {
  return gradeScope(ctx, { kind: 'district', bureauId }, trigger);
}

// Recomputing a district takes seconds: calls for the same scope while one runs share its result instead of
// stacking runs. Keyed by the context, so that each platform (and each test's) has its own.
const recomputing = new WeakMap<TContext, Map<string, Promise<TRiskRecomputeResult>>>();

/** Regrades every operator of the user's data scope; joins the run already under way for that scope. */
export function recomputeGrades(ctx: TContext, user: TSessionUser): Promise<TRiskRecomputeResult> {
  const scope = operatorScopeOf(user);
  const key = JSON.stringify(scope);
  const runs = recomputing.get(ctx) ?? new Map<string, Promise<TRiskRecomputeResult>>();
  recomputing.set(ctx, runs);
  const running = runs.get(key);
  if (running) return running;
  const run = (async () => {
    const result = await gradeScope(ctx, scope, 'recompute');
    await recordAudit(ctx.db, [{ actor: user, action: 'recompute', entity: 'risk_grade', entityId: null, after: result }]);
    return result;
  })().finally(() => runs.delete(key));
  runs.set(key, run);
  return run;
}

export async function getBands(ctx: TContext, user: TSessionUser) {
  return presentBands(await loadBands(ctx.db, user.bureauId));
}

export async function updateBands(ctx: TContext, user: TSessionUser, input: TRiskBandsUpdate) {
  const before = presentBands(await loadBands(ctx.db, user.bureauId));
  const { version, ...bands } = input;
  const after = await ctx.db.transaction(async (tx) => {
    await repo.updateBandsVersioned(tx, user.bureauId, version, bands);
    const view = presentBands(await repo.bandsOf(tx, user.bureauId));
    await recordAudit(tx, [{ actor: user, action: 'update', entity: 'risk_band', entityId: null, before, after: view }]);
    return view;
  });
  const regraded = await gradeAllOperators(ctx, user.bureauId, 'bands-changed');
  return { bands: after, regraded };
}

export async function getOperatorRisk(ctx: TContext, user: TSessionUser, operatorId: string, lang: 'zh-CN' | 'en') {
  const found = await findOperator(ctx.db, operatorScopeOf(user), operatorId);
  if (!found) throw notFound();
  const [history, bands] = await Promise.all([repo.assessmentsOf(ctx.db, operatorId, 50), loadBands(ctx.db, found.bureauId)]);
  const current = history[0] ? presentAssessment(history[0], lang) : null;
  return {
    operatorId,
    grade: found.riskGrade ?? null,
    score: found.riskScore,
    current,
    history: history.map((h) => ({ ...presentAssessment(h, lang), breakdown: undefined })),
    bands: bandsFrom(bands),
  };
}

/** The current grade and score of operators (the credit record shows them). */
export async function currentGradesOf(db: TDbOrTx, operatorIds: string[]) {
  const rows = await repo.operatorsByIds(db, operatorIds);
  return new Map(rows.map((r) => [r.id, { grade: r.riskGrade ?? null, score: r.riskScore }]));
}

export async function riskDistribution(ctx: TContext, user: TSessionUser) {
  return presentDistribution(await repo.distribution(ctx.db, operatorScopeOf(user)));
}
