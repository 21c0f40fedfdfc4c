// Classification of complaints (投诉举报分类): the API of POST /api/complaints/classify, staff corrections
// and the versioned classifier models. Trades and issue types are the fixed code names of ./complaint.ts.
import { z } from 'zod';
import { COMPLAINT_ISSUE_TYPES, COMPLAINT_TRADES, type TComplaintIssueType, type TComplaintTrade, type TOperatorMatch } from './complaint.ts';

/** A complaint description longer than this is refused (12315 exports stay well below it). */
export const CLASSIFY_TEXT_MAX = 2000;

export const ZClassifyRequest = z.strictObject({
  text: z.string().trim().min(1, { message: 'required' }).max(CLASSIFY_TEXT_MAX, { message: 'classify.text.tooLong' }),
});
export type TClassifyRequest = z.infer<typeof ZClassifyRequest>;

export const CLASSIFIER_HEADS = ['trade', 'issueType'] as const;
export type TClassifierHead = (typeof CLASSIFIER_HEADS)[number];

/** A keyword or phrase rule that fired: its weight is in log-odds (2 ≈ multiplies the odds by 7.4). */
export type TRuleHit = { id: string; label: string; weight: number; matched: string[] };
/** A token (or token pair "a b") and how far it pushed the chosen label ahead of the runner-up, in log-odds. */
export type TTokenPush = { token: string; weight: number };

export type THeadExplanation = {
  label: string;
  /** Calibrated probability of this head's label. */
  probability: number;
  runnerUp: { label: string; probability: number } | null;
  rules: TRuleHit[];
  tokens: TTokenPush[];
};

export type TClassificationExplanation = {
  /** The model version that answered; 0 is the built-in seed model. */
  modelVersion: number;
  tokens: string[];
  trade: THeadExplanation;
  issueType: THeadExplanation;
  /** The business name read from the text ("在XX店"), used to look the operator up. */
  businessName: string | null;
};

export type TClassifyResult = {
  trade: TComplaintTrade;
  issueType: TComplaintIssueType;
  /** P(trade) × P(issue type): the calibrated probability that the pair is right. */
  confidence: number;
  /** Registry operators the business named in the text may be, best first (the complaint module's matching). */
  operatorMatches: TOperatorMatch[];
  explanation: TClassificationExplanation;
};

export const ZClassificationCorrection = z.strictObject({
  trade: z.enum(COMPLAINT_TRADES),
  issueType: z.enum(COMPLAINT_ISSUE_TYPES),
  version: z.number().int().min(1),
});
export type TClassificationCorrection = z.infer<typeof ZClassificationCorrection>;

export const CLASSIFIED_BY = ['model', 'staff'] as const;
export type TClassifiedBy = (typeof CLASSIFIED_BY)[number];

export type TComplaintClassification = {
  id: string;
  trade: TComplaintTrade | null;
  issueType: TComplaintIssueType | null;
  classificationConfidence: number | null;
  classifiedBy: TClassifiedBy | null;
  version: number;
};

const page = z.coerce.number().int().min(1).max(100000).default(1);
const pageSize = z.coerce.number().int().min(1).max(200).default(20);

/** Complaints to review: the model's least confident classifications first. */
export const ZClassificationReviewQuery = z.strictObject({
  classifiedBy: z.enum(CLASSIFIED_BY).optional(),
  page,
  pageSize,
});
export type TClassificationReviewQuery = z.infer<typeof ZClassificationReviewQuery>;

export type TClassificationReviewItem = TComplaintClassification & {
  registrationNo: string;
  receivedAt: string;
  description: string;
  namedBusiness: string | null;
};

export const ZComplaintLabelQuery = z.strictObject({ page, pageSize });
export type TComplaintLabelQuery = z.infer<typeof ZComplaintLabelQuery>;

/** A staff correction, kept as training data. */
export type TComplaintLabel = {
  id: string;
  complaintId: string;
  registrationNo: string | null;
  text: string;
  trade: TComplaintTrade;
  issueType: TComplaintIssueType;
  previousTrade: TComplaintTrade | null;
  previousIssueType: TComplaintIssueType | null;
  labelledByName: string | null;
  createdAt: string;
};

export const CLASSIFIER_MODEL_STATUSES = ['training', 'ready', 'failed'] as const;
export type TClassifierModelStatus = (typeof CLASSIFIER_MODEL_STATUSES)[number];

export type TClassMetrics = { label: string; precision: number; recall: number; f1: number; support: number };
export type THeadEvaluation = {
  accuracy: number;
  macroF1: number;
  trainSize: number;
  testSize: number;
  perClass: TClassMetrics[];
  /** Rows: the true label, columns: the predicted label, both in the order of `labels`. */
  labels: string[];
  confusion: number[][];
};
export type TModelEvaluation = Record<TClassifierHead, THeadEvaluation>;

export type TClassifierModel = {
  /** null for the built-in seed model, which lives in code and is never stored. */
  id: string | null;
  version: number;
  status: TClassifierModelStatus;
  /** 0-100 while training. */
  progress: number;
  seedSize: number;
  labelCount: number;
  evaluation: TModelEvaluation | null;
  message: string | null;
  /** Complaints classified again with this model once it was trained (those no person had classified). */
  reclassified: number | null;
  createdByName: string | null;
  createdAt: string | null;
  finishedAt: string | null;
  active: boolean;
};

export type TClassifierOverview = { active: TClassifierModel; models: TClassifierModel[] };
