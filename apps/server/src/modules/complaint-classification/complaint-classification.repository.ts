import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { TComplaintIssueType, TComplaintTrade } from '@shian/shared/complaint';
import type { TClassificationReviewQuery, TComplaintLabelQuery } from '@shian/shared/complaint-classification';
import { insertOne } from '../../core/db/insert-one.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { toInt } from '../../core/db/database.ts';
import { paged } from '../../core/db/paged.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { complaintScope } from '../complaint/complaint.public.ts';
import type { TOperatorScope } from '../operator/operator.public.ts';
import { appUser } from '../user/user.schema.ts';
import { complaint } from '../complaint/complaint.schema.ts';
import { complaintClassifierModel, complaintLabel } from './complaint-classification.schema.ts';

export type TModelRow = Omit<typeof complaintClassifierModel.$inferSelect, 'model'> & { createdByName: string | null };
export type TLabelRow = typeof complaintLabel.$inferSelect & { registrationNo: string | null; labelledByName: string | null };

// ---- Models ---------------------------------------------------------------------------------

const modelColumns = {
  id: complaintClassifierModel.id,
  bureauId: complaintClassifierModel.bureauId,
  modelVersion: complaintClassifierModel.modelVersion,
  status: complaintClassifierModel.status,
  progress: complaintClassifierModel.progress,
  seedSize: complaintClassifierModel.seedSize,
  labelCount: complaintClassifierModel.labelCount,
  evaluation: complaintClassifierModel.evaluation,
  message: complaintClassifierModel.message,
  reclassified: complaintClassifierModel.reclassified,
  createdBy: complaintClassifierModel.createdBy,
  finishedAt: complaintClassifierModel.finishedAt,
  createdAt: complaintClassifierModel.createdAt,
  updatedAt: complaintClassifierModel.updatedAt,
  version: complaintClassifierModel.version,
  createdByName: appUser.displayName,
};

export async function listModels(db: TDbOrTx, bureauId: string, limit: number): Promise<TModelRow[]> {
  return db
    .select(modelColumns)
    .from(complaintClassifierModel)
    .leftJoin(appUser, eq(appUser.id, complaintClassifierModel.createdBy))
    .where(eq(complaintClassifierModel.bureauId, bureauId))
    .orderBy(desc(complaintClassifierModel.modelVersion))
    .limit(limit);
}

export async function findModel(db: TDbOrTx, bureauId: string, id: string): Promise<TModelRow | null> {
  const [row] = await db
    .select(modelColumns)
    .from(complaintClassifierModel)
    .leftJoin(appUser, eq(appUser.id, complaintClassifierModel.createdBy))
    .where(and(eq(complaintClassifierModel.bureauId, bureauId), eq(complaintClassifierModel.id, id)));
  return row ?? null;
}

/** The newest ready model's id and number (cheap: asked on every classification to notice a retraining). */
export async function latestReadyModel(db: TDbOrTx, bureauId: string) {
  const [row] = await db
    .select({ id: complaintClassifierModel.id, modelVersion: complaintClassifierModel.modelVersion })
    .from(complaintClassifierModel)
    .where(and(eq(complaintClassifierModel.bureauId, bureauId), eq(complaintClassifierModel.status, 'ready')))
    .orderBy(desc(complaintClassifierModel.modelVersion))
    .limit(1);
  return row ?? null;
}

export async function modelData(db: TDbOrTx, id: string) {
  const [row] = await db.select({ model: complaintClassifierModel.model }).from(complaintClassifierModel).where(eq(complaintClassifierModel.id, id));
  return row?.model ?? null;
}

export async function nextModelVersion(db: TDbOrTx, bureauId: string) {
  const [row] = await db
    .select({ n: sql`coalesce(max(${complaintClassifierModel.modelVersion}), 0)` })
    .from(complaintClassifierModel)
    .where(eq(complaintClassifierModel.bureauId, bureauId));
  return toInt(row?.n) + 1;
}

/** Inserts the model unless its number is taken (a concurrent start): null then. */
export async function insertModel(db: TDbOrTx, values: typeof complaintClassifierModel.$inferInsert) {
  const [row] = await db
    .insert(complaintClassifierModel)
    .values(values)
    .onConflictDoNothing({ target: [complaintClassifierModel.bureauId, complaintClassifierModel.modelVersion] })
    .returning({ id: complaintClassifierModel.id });
  return row ?? null;
}

/** Training bookkeeping (status, progress, result): the version stays, nobody edits a model. */
export async function updateModel(db: TDbOrTx, id: string, values: Partial<typeof complaintClassifierModel.$inferInsert>) {
  await db
    .update(complaintClassifierModel)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(complaintClassifierModel.id, id));
}

export async function trainingModels(db: TDbOrTx, bureauId: string) {
  return db
    .select({ id: complaintClassifierModel.id })
    .from(complaintClassifierModel)
    .where(and(eq(complaintClassifierModel.bureauId, bureauId), eq(complaintClassifierModel.status, 'training')));
}

/** Trainings this process is not running were cut short by a restart. */
export async function failInterrupted(db: TDbOrTx, bureauId: string, running: string[], message: string) {
  const where = [eq(complaintClassifierModel.bureauId, bureauId), eq(complaintClassifierModel.status, 'training')];
  if (running.length) where.push(notInArray(complaintClassifierModel.id, running));
  await db
    .update(complaintClassifierModel)
    .set({ status: 'failed', message, updatedAt: new Date() })
    .where(and(...where));
}

// ---- Corrections (labels) -------------------------------------------------------------------

export function insertLabel(db: TDbOrTx, values: typeof complaintLabel.$inferInsert) {
  return insertOne(db, complaintLabel, values);
}

/** The latest correction of each complaint of the bureau: what retraining learns from. */
export async function correctionsForTraining(db: TDbOrTx, bureauId: string) {
  return db
    .selectDistinctOn([complaintLabel.complaintId], { text: complaintLabel.text, trade: complaintLabel.trade, issueType: complaintLabel.issueType })
    .from(complaintLabel)
    .where(eq(complaintLabel.bureauId, bureauId))
    .orderBy(complaintLabel.complaintId, desc(complaintLabel.createdAt), desc(complaintLabel.id));
}

export async function listLabels(db: TDbOrTx, scope: TOperatorScope, query: TComplaintLabelQuery): Promise<TLabelRow[]> {
  const list = db
    .select({ label: complaintLabel, registrationNo: complaint.registrationNo, labelledByName: appUser.displayName })
    .from(complaintLabel)
    .innerJoin(complaint, eq(complaint.id, complaintLabel.complaintId))
    .leftJoin(appUser, eq(appUser.id, complaintLabel.labelledBy))
    .where(complaintScope(db, scope))
    .orderBy(desc(complaintLabel.createdAt), desc(complaintLabel.id))
    .$dynamic();
  const rows = await paged(list, query);
  return rows.map((r) => ({ ...r.label, registrationNo: r.registrationNo, labelledByName: r.labelledByName }));
}

export async function countLabels(db: TDbOrTx, scope: TOperatorScope) {
  const [row] = await db.select({ n: sql`count(*)` }).from(complaintLabel).innerJoin(complaint, eq(complaint.id, complaintLabel.complaintId)).where(complaintScope(db, scope));
  return toInt(row?.n);
}

// ---- Classifications on the complaint table -------------------------------------------------

const classificationColumns = {
  id: complaint.id,
  registrationNo: complaint.registrationNo,
  receivedAt: complaint.receivedAt,
  description: complaint.description,
  namedBusiness: complaint.namedBusiness,
  trade: complaint.trade,
  issueType: complaint.issueType,
  classificationConfidence: complaint.classificationConfidence,
  classifiedBy: complaint.classifiedBy,
  version: complaint.version,
};
export type TClassificationRow = Pick<typeof complaint.$inferSelect, keyof typeof classificationColumns>;

function reviewConditions(db: TDbOrTx, scope: TOperatorScope, query: TClassificationReviewQuery): SQL[] {
  const list = [complaintScope(db, scope), isNotNull(complaint.classifiedBy)];
  if (query.classifiedBy) list.push(eq(complaint.classifiedBy, query.classifiedBy));
  return list;
}

/** Classified complaints, the model's least confident first: those most worth a person's look. */
export async function listForReview(db: TDbOrTx, scope: TOperatorScope, query: TClassificationReviewQuery): Promise<TClassificationRow[]> {
  const list = db
    .select(classificationColumns)
    .from(complaint)
    .where(and(...reviewConditions(db, scope, query)))
    .orderBy(sql`${complaint.classifiedBy} = 'staff'`, asc(complaint.classificationConfidence), desc(complaint.receivedAt), asc(complaint.id))
    .$dynamic();
  return paged(list, query);
}

export function countForReview(db: TDbOrTx, scope: TOperatorScope, query: TClassificationReviewQuery) {
  return db.$count(complaint, and(...reviewConditions(db, scope, query)));
}

export async function findClassification(db: TDbOrTx, id: string): Promise<TClassificationRow | null> {
  const [row] = await db.select(classificationColumns).from(complaint).where(eq(complaint.id, id));
  return row ?? null;
}

/** A person's classification: a change of the complaint, so its version moves. */
export async function setStaffClassification(db: TDbOrTx, id: string, version: number, values: { trade: TComplaintTrade; issueType: TComplaintIssueType }) {
  await updateVersioned(db, complaint, id, version, { ...values, classificationConfidence: 1, classifiedBy: 'staff' });
  return (await findClassification(db, id))!;
}

export type TModelClassification = { id: string; trade: string; issueType: string; confidence: number };

/**
 * The model's classifications of many complaints in one statement. Bookkeeping like a match: the version
 * stays, and a complaint a person has classified in the meantime is left alone.
 */
export async function setModelClassifications(db: TDbOrTx, rows: TModelClassification[]) {
  if (rows.length === 0) return;
  const values = sql.join(
    rows.map((r) => sql`(${r.id}::uuid, ${r.trade}, ${r.issueType}, ${r.confidence}::double precision)`),
    sql`, `,
  );
  await db.execute(sql`
    update complaint set trade = v.trade, issue_type = v.issue_type, classification_confidence = v.confidence,
      classified_by = 'model', updated_at = now()
    from (values ${values}) as v(id, trade, issue_type, confidence)
    where complaint.id = v.id and (complaint.classified_by is null or complaint.classified_by = 'model')`);
}

/** The next batch after `afterId` of a bureau's complaints the model may (re)classify. */
export async function complaintsToClassify(db: TDbOrTx, bureauId: string, options: { afterId: string | null; onlyUnclassified: boolean; limit: number }) {
  const where = [
    eq(complaint.bureauId, bureauId),
    options.onlyUnclassified ? isNull(complaint.classifiedBy) : or(isNull(complaint.classifiedBy), eq(complaint.classifiedBy, 'model'))!,
  ];
  if (options.afterId) where.push(gt(complaint.id, options.afterId));
  return db
    .select({ id: complaint.id, description: complaint.description })
    .from(complaint)
    .where(and(...where))
    .orderBy(asc(complaint.id))
    .limit(options.limit);
}

export function countToClassify(db: TDbOrTx, bureauId: string) {
  return db.$count(complaint, and(eq(complaint.bureauId, bureauId), or(isNull(complaint.classifiedBy), eq(complaint.classifiedBy, 'model'))));
}

export async function complaintsByIds(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: complaint.id, bureauId: complaint.bureauId, description: complaint.description, classifiedBy: complaint.classifiedBy })
    .from(complaint)
    .where(inArray(complaint.id, ids));
}
