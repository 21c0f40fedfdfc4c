// Online dispute resolution (在线消费纠纷和解, ODR): high-complaint businesses enrol, with their
// consent, to settle complaints with consumers directly; each negotiation has a 10-working-day clock
// and ends settled, or failed and back to regular handling.
import { z } from 'zod';

/** invited: suggested and asked; enrolled: the business consented; withdrawn: left the scheme. */
export const ODR_ENROLMENT_STATUSES = ['invited', 'enrolled', 'withdrawn'] as const;
export type TOdrEnrolmentStatus = (typeof ODR_ENROLMENT_STATUSES)[number];

export const ODR_NEGOTIATION_STATUSES = ['negotiating', 'settled', 'failed'] as const;
export type TOdrNegotiationStatus = (typeof ODR_NEGOTIATION_STATUSES)[number];

/** Working days an enrolled business has to settle a complaint with the consumer (12315 ODR practice). */
export const ODR_NEGOTIATION_WORKING_DAYS = 10;

/** Suggest enrolment from this many complaints in the last `ODR_SUGGESTION_DAYS` days. */
export const ODR_SUGGESTION_MIN_COMPLAINTS = 5;
export const ODR_SUGGESTION_DAYS = 90;

/** Settled share of the closed negotiations, in percent with one decimal; null before any closed. */
export function settlementRate(settled: number, failed: number): number | null {
  const closed = settled + failed;
  return closed > 0 ? Math.round((settled * 1000) / closed) / 10 : null;
}

const ZId = z.uuid({ message: 'id.invalid' });
const ZDate = z.iso.date({ message: 'date.invalid' });
const text = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);

export const ZOdrSuggestionQuery = z.strictObject({
  minComplaints: z.coerce.number().int().min(1).max(1000).default(ODR_SUGGESTION_MIN_COMPLAINTS),
  days: z.coerce.number().int().min(7).max(366).default(ODR_SUGGESTION_DAYS),
});
export type TOdrSuggestionQuery = z.infer<typeof ZOdrSuggestionQuery>;

export const ZOdrEnrolmentCreate = z.strictObject({ operatorId: ZId, note: z.string().trim().max(1000).optional() });
export type TOdrEnrolmentCreate = z.infer<typeof ZOdrEnrolmentCreate>;

export const ZOdrConsent = z.strictObject({
  version: z.number().int().min(1),
  consentedOn: ZDate,
  /** Who signed the consent for the business (its legal representative or principal). */
  signatory: text(50),
  note: z.string().trim().max(1000).optional(),
});
export type TOdrConsent = z.infer<typeof ZOdrConsent>;

export const ZOdrWithdraw = z.strictObject({ version: z.number().int().min(1), note: text(1000) });
export type TOdrWithdraw = z.infer<typeof ZOdrWithdraw>;

export const ZOdrEnrolmentListQuery = z.strictObject({
  status: z.enum(ODR_ENROLMENT_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TOdrEnrolmentListQuery = z.infer<typeof ZOdrEnrolmentListQuery>;

export const ZOdrNegotiationCreate = z.strictObject({
  complaintId: ZId,
  /** The day the complaint went to the business; today unless given (a transfer recorded late). */
  startedOn: ZDate.optional(),
});
export type TOdrNegotiationCreate = z.infer<typeof ZOdrNegotiationCreate>;

export const ZOdrNegotiationClose = z.strictObject({
  version: z.number().int().min(1),
  settlement: z.enum(['settled', 'failed']),
  /** What was agreed (refund, compensation) or why it failed. */
  outcomeNote: text(2000),
});
export type TOdrNegotiationClose = z.infer<typeof ZOdrNegotiationClose>;

export type TOdrSuggestion = { operatorId: string; name: string; unitName: string; complaints: number; enrolmentId: string | null; enrolmentStatus: TOdrEnrolmentStatus | null };

export type TOdrEnrolment = {
  id: string;
  operatorId: string;
  operatorName: string;
  unitName: string;
  status: TOdrEnrolmentStatus;
  complaintsAtInvitation: number;
  invitedAt: string;
  consentedOn: string | null;
  signatory: string | null;
  note: string | null;
  withdrawnAt: string | null;
  counts: { total: number; open: number; overdue: number; settled: number; failed: number };
  settlementRate: number | null;
  version: number;
};

export type TOdrNegotiation = {
  id: string;
  complaintId: string;
  registrationNo: string;
  receivedAt: string;
  description: string;
  status: TOdrNegotiationStatus;
  startedOn: string;
  dueOn: string;
  /** Working days left (negative when overdue) while negotiating. */
  daysLeft: number | null;
  overdue: boolean;
  outcomeNote: string | null;
  closedAt: string | null;
  closedByName: string | null;
  version: number;
};

/** A complaint of the business that can still go to negotiation. */
export type TOdrCandidate = { complaintId: string; registrationNo: string; receivedAt: string; description: string; issueType: string | null };

export type TOdrEnrolmentDetail = TOdrEnrolment & { negotiations: TOdrNegotiation[]; candidates: TOdrCandidate[] };
