import type { TClassificationReviewItem, TClassifierModel, TComplaintClassification, TComplaintLabel, TModelEvaluation } from '@shian/shared/complaint-classification';
import type { TClassificationRow, TLabelRow, TModelRow } from './complaint-classification.repository.ts';

/** live: the progress of a training this process runs; a training row without it was cut short by a restart. */
export function presentModel(row: TModelRow, activeId: string | null, live: number | undefined): TClassifierModel {
  const interrupted = row.status === 'training' && live === undefined;
  return {
    id: row.id,
    version: row.modelVersion,
    status: interrupted ? 'failed' : row.status,
    progress: row.status === 'training' ? (live ?? row.progress) : row.progress,
    seedSize: row.seedSize,
    labelCount: row.labelCount,
    evaluation: (row.evaluation as TModelEvaluation | null) ?? null,
    message: interrupted ? 'interrupted' : row.message,
    reclassified: row.reclassified,
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    active: row.id === activeId,
  };
}

/** The built-in model, trained from the seed set in code: version 0, never stored. */
export function presentSeedModel(seedSize: number, evaluation: TModelEvaluation, active: boolean): TClassifierModel {
  return {
    id: null,
    version: 0,
    status: 'ready',
    progress: 100,
    seedSize,
    labelCount: 0,
    evaluation,
    message: null,
    reclassified: null,
    createdByName: null,
    createdAt: null,
    finishedAt: null,
    active,
  };
}

export function presentClassification(row: TClassificationRow): TComplaintClassification {
  return {
    id: row.id,
    trade: row.trade,
    issueType: row.issueType,
    classificationConfidence: row.classificationConfidence,
    classifiedBy: row.classifiedBy,
    version: row.version,
  };
}

export function presentReviewItem(row: TClassificationRow): TClassificationReviewItem {
  return {
    ...presentClassification(row),
    registrationNo: row.registrationNo,
    receivedAt: row.receivedAt.toISOString(),
    description: row.description,
    namedBusiness: row.namedBusiness,
  };
}

export function presentLabel(row: TLabelRow): TComplaintLabel {
  return {
    id: row.id,
    complaintId: row.complaintId,
    registrationNo: row.registrationNo,
    text: row.text,
    trade: row.trade,
    issueType: row.issueType,
    previousTrade: row.previousTrade,
    previousIssueType: row.previousIssueType,
    labelledByName: row.labelledByName,
    createdAt: row.createdAt.toISOString(),
  };
}
