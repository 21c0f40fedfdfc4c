// Administrative interviews (行政约谈): the notice (约谈通知书), the meeting record, the operator's
// commitments and their follow-up. Legal basis: 《中华人民共和国食品安全法》第一百一十四条.
import { z } from 'zod';
import { ZPhone } from './operator.ts';

/** draft: being prepared; notified: the notice is issued (the business sees it); held: the meeting took place. */
export const INTERVIEW_STATUSES = ['draft', 'notified', 'held', 'closed'] as const;
export type TInterviewStatus = (typeof INTERVIEW_STATUSES)[number];

export const COMMITMENT_STATUSES = ['open', 'done', 'not_done'] as const;
export type TCommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const INTERVIEW_STEP_KINDS = ['created', 'updated', 'notice_issued', 'held', 'commitment_added', 'followed_up', 'closed'] as const;
export type TInterviewStepKind = (typeof INTERVIEW_STEP_KINDS)[number];

/**
 * The article the notice cites unless staff write another: 'where food production or trade carries a
 * food safety hazard not removed in time, the food safety authority may hold a responsibility interview
 * with the operator's legal representative or principal'.
 */
export const DEFAULT_INTERVIEW_LEGAL_BASIS = '《中华人民共和国食品安全法》第一百一十四条';

const ZId = z.uuid({ message: 'id.invalid' });
const ZDate = z.iso.date({ message: 'date.invalid' });
const ZDateTime = z.iso.datetime({ offset: true, message: 'datetime.invalid' });
const text = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);

const interviewFields = {
  reason: text(2000),
  scheduledAt: ZDateTime,
  place: text(200),
  legalBasis: text(2000),
  attendees: text(500),
  contactName: text(50),
  contactPhone: ZPhone,
};

export const ZInterviewCreate = z
  .strictObject({
    operatorId: ZId,
    ...interviewFields,
    legalBasis: interviewFields.legalBasis.default(DEFAULT_INTERVIEW_LEGAL_BASIS),
    /** The complaint period the notice cites (counts are taken when the interview is created). */
    complaintsFrom: ZDate,
    complaintsTo: ZDate,
  })
  .refine((v) => v.complaintsFrom <= v.complaintsTo, { path: ['complaintsTo'], message: 'hotspot.toBeforeFrom' });
export type TInterviewCreate = z.infer<typeof ZInterviewCreate>;

/** A draft's details can still change; once the notice is issued it is what the business received. */
export const ZInterviewPatch = z.strictObject({
  version: z.number().int().min(1),
  reason: interviewFields.reason.optional(),
  scheduledAt: interviewFields.scheduledAt.optional(),
  place: interviewFields.place.optional(),
  legalBasis: interviewFields.legalBasis.optional(),
  attendees: interviewFields.attendees.optional(),
  contactName: interviewFields.contactName.optional(),
  contactPhone: interviewFields.contactPhone.optional(),
});
export type TInterviewPatch = z.infer<typeof ZInterviewPatch>;

export const ZInterviewVersion = z.strictObject({ version: z.number().int().min(1) });

export const ZInterviewRecord = z.strictObject({
  version: z.number().int().min(1),
  heldAt: ZDateTime,
  /** Who came, for the business and for the bureau. */
  attendance: text(1000),
  /** What was said: the problems put to the business and its answers. */
  minutes: text(10000),
});
export type TInterviewRecord = z.infer<typeof ZInterviewRecord>;

export const ZCommitmentCreate = z.strictObject({ commitment: text(1000), dueOn: ZDate });
export type TCommitmentCreate = z.infer<typeof ZCommitmentCreate>;

export const ZCommitmentFollowUp = z.strictObject({
  version: z.number().int().min(1),
  status: z.enum(['done', 'not_done']),
  /** The evidence seen (a re-inspection, photos, documents) or why it is not done. */
  evidence: text(2000),
});
export type TCommitmentFollowUp = z.infer<typeof ZCommitmentFollowUp>;

export const ZCommitmentParams = z.strictObject({ id: ZId, commitmentId: ZId });

export const ZInterviewListQuery = z.strictObject({
  status: z.enum(INTERVIEW_STATUSES).optional(),
  operatorId: ZId.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TInterviewListQuery = z.infer<typeof ZInterviewListQuery>;

/** The complaints the notice cites, counted when the interview was created. */
export type TInterviewComplaintCounts = { total: number; byIssueType: { issueType: string; complaints: number }[] };

export type TInterview = {
  id: string;
  operatorId: string;
  operatorName: string;
  status: TInterviewStatus;
  noticeNo: string | null;
  reason: string;
  complaintsFrom: string;
  complaintsTo: string;
  complaintCounts: TInterviewComplaintCounts;
  scheduledAt: string;
  place: string;
  legalBasis: string;
  attendees: string;
  contactName: string;
  contactPhone: string;
  noticeIssuedAt: string | null;
  heldAt: string | null;
  attendance: string | null;
  minutes: string | null;
  closedAt: string | null;
  commitmentsOpen: number;
  commitmentsOverdue: number;
  version: number;
};

export type TInterviewCommitment = {
  id: string;
  commitment: string;
  dueOn: string;
  status: TCommitmentStatus;
  overdue: boolean;
  evidence: string | null;
  followedUpAt: string | null;
  followedUpByName: string | null;
  version: number;
};

export type TInterviewStep = { kind: TInterviewStepKind; note: string | null; actorName: string | null; at: string };

export type TInterviewDetail = TInterview & { commitments: TInterviewCommitment[]; steps: TInterviewStep[] };
