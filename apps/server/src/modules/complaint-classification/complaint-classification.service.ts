// Classification of complaints (投诉举报分类): the bureau's active model, classifying texts and stored
// complaints, staff corrections, retraining.
//
// For other modules:
//   classifyComplaint(ctx: TContext, complaintId: string): Promise<TComplaintClassification | null>
//     classifies one stored complaint with its bureau's active model and writes trade, issue_type,
//     classification_confidence and classified_by = 'model'; a complaint a person classified is left as it
//     is; null for an unknown id.
//   classifyUnclassified(ctx: TContext, bureauId: string): Promise<number>
//     the same for every complaint of the bureau without a classification, 500 at a time; answers how many.
//   classifyText(ctx: TContext, bureauId: string, text: string): Promise<{ trade, issueType, confidence }>
//     the labels alone, nothing written.
// Call them after the transaction that stored the complaints has committed: the 'complaint.received'
// event already does so for every intake and import batch (complaint-classification.events.ts).
import type { TComplaintIssueType, TComplaintTrade } from '@shian/shared/complaint';
import type {
  TClassificationCorrection,
  TClassificationReviewItem,
  TClassificationReviewQuery,
  TClassifierModel,
  TClassifierOverview,
  TClassifyResult,
  TComplaintClassification,
  TComplaintLabel,
  TComplaintLabelQuery,
  THeadExplanation,
  TModelEvaluation,
} from '@shian/shared/complaint-classification';
import type { TPage } from '@shian/shared/http';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { runInBackground } from '../../core/jobs.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { loadComplaint, matchOperators } from '../complaint/complaint.public.ts';
import { loadModel, predict, type THeadPrediction, type TLoadedModel, type TModelData } from './classifier-model.ts';
import { seedExamples } from './classifier-seed.data.ts';
import { trainModel, type TTrainingExample } from './classifier-training.ts';
import { addressIn, businessNameIn } from './business-name.ts';
import * as repo from './complaint-classification.repository.ts';
import { presentClassification, presentLabel, presentModel, presentReviewItem, presentSeedModel } from './complaint-classification.presenter.ts';

// ---- The active model -----------------------------------------------------------------------

type TActive = { id: string | null; version: number; model: TLoadedModel };
type TSeedModel = { model: TLoadedModel; evaluation: TModelEvaluation; size: number };

let seedModel: Promise<TSeedModel> | null = null;

/** The model trained from the built-in seed set: the same in every process, trained once per process. */
export function builtInModel(): Promise<TSeedModel> {
  seedModel ??= (async () => {
    const examples = seedExamples();
    const { data, evaluation } = await trainModel(examples);
    return { model: loadModel(data, 0), evaluation, size: examples.length };
  })();
  return seedModel;
}

// Loaded models per database handle and bureau: a model is read from its row once, not per complaint.
const loaded = new WeakMap<object, Map<string, TActive>>();

async function activeModel(db: TDbOrTx, bureauId: string): Promise<TActive> {
  const latest = await repo.latestReadyModel(db, bureauId);
  if (!latest) return { id: null, version: 0, model: (await builtInModel()).model };
  const cache = loaded.get(db) ?? new Map<string, TActive>();
  loaded.set(db, cache);
  const cached = cache.get(bureauId);
  if (cached?.id === latest.id) return cached;
  const data = (await repo.modelData(db, latest.id)) as TModelData;
  const active = { id: latest.id, version: latest.modelVersion, model: loadModel(data, latest.modelVersion) };
  cache.set(bureauId, active);
  return active;
}

const round = (x: number) => Math.round(x * 10000) / 10000;
const confidenceOf = (trade: THeadPrediction, issueType: THeadPrediction) => round(trade.probability * issueType.probability);

function explanationOf(head: THeadPrediction): THeadExplanation {
  const { probabilities: _p, labels: _l, ...explanation } = head;
  return explanation;
}

// ---- Classifying ----------------------------------------------------------------------------

export async function classifyText(ctx: TContext, bureauId: string, text: string) {
  const { model } = await activeModel(ctx.db, bureauId);
  const p = predict(model, text);
  return { trade: p.trade.label, issueType: p.issueType.label, confidence: confidenceOf(p.trade, p.issueType) };
}

/** POST /api/complaints/classify: the labels, why, and the registry operators the text may name. */
export async function classifyForUser(ctx: TContext, user: TSessionUser, text: string): Promise<TClassifyResult> {
  const active = await activeModel(ctx.db, user.bureauId);
  const p = predict(active.model, text);
  const businessName = businessNameIn(text);
  const address = addressIn(text);
  const operatorMatches = businessName || address ? await matchOperators(ctx.db, user.bureauId, { name: businessName, address }) : [];
  return {
    trade: p.trade.label as TComplaintTrade,
    issueType: p.issueType.label as TComplaintIssueType,
    confidence: confidenceOf(p.trade, p.issueType),
    operatorMatches,
    explanation: { modelVersion: active.version, tokens: p.tokens, trade: explanationOf(p.trade), issueType: explanationOf(p.issueType), businessName },
  };
}

function classificationsOf(model: TLoadedModel, rows: { id: string; description: string }[]): repo.TModelClassification[] {
  return rows.map((row) => {
    const p = predict(model, row.description);
    return { id: row.id, trade: p.trade.label, issueType: p.issueType.label, confidence: confidenceOf(p.trade, p.issueType) };
  });
}

export async function classifyComplaint(ctx: TContext, complaintId: string): Promise<TComplaintClassification | null> {
  const [row] = await repo.complaintsByIds(ctx.db, [complaintId]);
  if (!row) return null;
  if (row.classifiedBy !== 'staff') {
    const { model } = await activeModel(ctx.db, row.bureauId);
    await repo.setModelClassifications(ctx.db, classificationsOf(model, [row]));
  }
  return presentClassification((await repo.findClassification(ctx.db, complaintId))!);
}

/** New complaints of one intake or import batch (the 'complaint.received' event). */
export async function classifyNewComplaints(ctx: TContext, bureauId: string, complaintIds: string[]) {
  const { model } = await activeModel(ctx.db, bureauId);
  for (let i = 0; i < complaintIds.length; i += BATCH) {
    const rows = (await repo.complaintsByIds(ctx.db, complaintIds.slice(i, i + BATCH))).filter((r) => r.bureauId === bureauId && r.classifiedBy !== 'staff');
    await repo.setModelClassifications(ctx.db, classificationsOf(model, rows));
  }
}

const BATCH = 500;

async function classifyAll(db: TDbOrTx, bureauId: string, model: TLoadedModel, onlyUnclassified: boolean, onBatch: (done: number) => void = () => {}) {
  let done = 0;
  for (let afterId: string | null = null; ; ) {
    const rows = await repo.complaintsToClassify(db, bureauId, { afterId, onlyUnclassified, limit: BATCH });
    if (rows.length === 0) return done;
    await repo.setModelClassifications(db, classificationsOf(model, rows));
    done += rows.length;
    onBatch(done);
    afterId = rows[rows.length - 1].id;
  }
}

export async function classifyUnclassified(ctx: TContext, bureauId: string): Promise<number> {
  const { model } = await activeModel(ctx.db, bureauId);
  return classifyAll(ctx.db, bureauId, model, true);
}

// ---- Staff corrections ----------------------------------------------------------------------

/** A person's classification wins over the model's and is kept as training data for the next model. */
export async function correctClassification(ctx: TContext, user: TSessionUser, complaintId: string, input: TClassificationCorrection): Promise<TComplaintClassification> {
  const before = await loadComplaint(ctx.db, user, complaintId);
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await repo.setStaffClassification(tx, complaintId, input.version, { trade: input.trade, issueType: input.issueType });
    const label = await repo.insertLabel(tx, {
      bureauId: before.bureauId,
      complaintId,
      text: before.description,
      trade: input.trade,
      issueType: input.issueType,
      previousTrade: before.trade,
      previousIssueType: before.issueType,
      labelledBy: user.id,
    });
    await recordAudit(tx, [
      {
        actor: user,
        action: 'classify',
        entity: 'complaint',
        entityId: complaintId,
        before: { trade: before.trade, issueType: before.issueType, classifiedBy: before.classifiedBy },
        after: { trade: input.trade, issueType: input.issueType, classifiedBy: 'staff', labelId: label.id },
      },
    ]);
    return row;
  });
  return presentClassification(updated);
}

export async function listCorrections(ctx: TContext, user: TSessionUser, query: TComplaintLabelQuery): Promise<TPage<TComplaintLabel>> {
  const scope = operatorScopeOf(user);
  const [rows, total] = await Promise.all([repo.listLabels(ctx.db, scope, query), repo.countLabels(ctx.db, scope)]);
  return { items: rows.map(presentLabel), total, page: query.page, pageSize: query.pageSize };
}

export async function listForReview(ctx: TContext, user: TSessionUser, query: TClassificationReviewQuery): Promise<TPage<TClassificationReviewItem>> {
  const scope = operatorScopeOf(user);
  const [rows, total] = await Promise.all([repo.listForReview(ctx.db, scope, query), repo.countForReview(ctx.db, scope, query)]);
  return { items: rows.map(presentReviewItem), total, page: query.page, pageSize: query.pageSize };
}

// ---- Models and retraining ------------------------------------------------------------------

// Trainings this process runs, with their progress (0-100): the bar moves without a write per step.
const progress = new Map<string, number>();

export async function classifierOverview(ctx: TContext, user: TSessionUser): Promise<TClassifierOverview> {
  const [rows, latest, seed] = await Promise.all([repo.listModels(ctx.db, user.bureauId, 20), repo.latestReadyModel(ctx.db, user.bureauId), builtInModel()]);
  const activeId = latest?.id ?? null;
  const models = [...rows.map((r) => presentModel(r, activeId, progress.get(r.id))), presentSeedModel(seed.size, seed.evaluation, activeId === null)];
  let active = models.find((m) => m.active);
  if (!active) {
    // The active model is older than the listed ones (many failed trainings since).
    const row = await repo.findModel(ctx.db, user.bureauId, activeId!);
    active = presentModel(row!, activeId, undefined);
  }
  return { active, models };
}

export async function getModel(ctx: TContext, user: TSessionUser, id: string): Promise<TClassifierModel> {
  const row = await repo.findModel(ctx.db, user.bureauId, id);
  if (!row) throw notFound();
  const latest = await repo.latestReadyModel(ctx.db, user.bureauId);
  return presentModel(row, latest?.id ?? null, progress.get(id));
}

const trainingRunning = () => new AppError('CONFLICT', { what: { zh: '正在进行的模型训练', en: 'A model training in progress ' } });

/**
 * Trains a new model version from the seed set and every complaint's latest correction, in the
 * background: 0-70% training and evaluation, then the complaints the model classified (and the
 * unclassified ones) are classified again with it, and it becomes the active model.
 */
export async function startTraining(ctx: TContext, user: TSessionUser): Promise<TClassifierModel> {
  await repo.failInterrupted(ctx.db, user.bureauId, [...progress.keys()], 'interrupted');
  if ((await repo.trainingModels(ctx.db, user.bureauId)).length > 0) throw trainingRunning();
  const seed = seedExamples();
  const corrections = await repo.correctionsForTraining(ctx.db, user.bureauId);
  const examples: TTrainingExample[] = [...seed, ...corrections.map((c) => ({ text: c.text, trade: c.trade, issueType: c.issueType, source: 'correction' as const }))];
  const id = await ctx.db.transaction(async (tx) => {
    const modelVersion = await repo.nextModelVersion(tx, user.bureauId);
    const created = await repo.insertModel(tx, { bureauId: user.bureauId, modelVersion, seedSize: seed.length, labelCount: corrections.length, createdBy: user.id });
    if (!created) throw trainingRunning();
    await recordAudit(tx, [
      { actor: user, action: 'train', entity: 'complaint_classifier_model', entityId: created.id, after: { modelVersion, seedSize: seed.length, labelCount: corrections.length } },
    ]);
    return created.id;
  });
  progress.set(id, 0);
  runInBackground(
    async () => {
      try {
        await train(ctx, user.bureauId, id, examples);
      } finally {
        progress.delete(id);
      }
    },
    // The database may be gone too (shutdown): then the row stays 'training' and reads as interrupted.
    (error) =>
      void repo
        .updateModel(ctx.db, id, { status: 'failed', message: error instanceof Error ? error.message : String(error) })
        .catch(() => console.error(`complaint classifier training ${id} failed:`, error)),
  );
  return getModel(ctx, user, id);
}

const TRAINING_SHARE = 70;

async function train(ctx: TContext, bureauId: string, id: string, examples: TTrainingExample[]) {
  const { data, evaluation } = await trainModel(examples, (fraction) => progress.set(id, Math.round(TRAINING_SHARE * fraction)));
  await repo.updateModel(ctx.db, id, { model: data, evaluation, progress: TRAINING_SHARE });
  const model = loadModel(data, 0);
  const total = Math.max(1, await repo.countToClassify(ctx.db, bureauId));
  const reclassified = await classifyAll(ctx.db, bureauId, model, false, (done) =>
    progress.set(id, TRAINING_SHARE + Math.floor(((100 - TRAINING_SHARE - 1) * Math.min(done, total)) / total)),
  );
  await repo.updateModel(ctx.db, id, { status: 'ready', progress: 100, reclassified, finishedAt: new Date() });
}
