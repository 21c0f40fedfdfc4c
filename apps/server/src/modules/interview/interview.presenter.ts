import type { TInterview, TInterviewCommitment, TInterviewStep } from '@shian/shared/interview';
import type { TCipher } from '../../core/crypto.ts';
import type { TCommitmentRow, TInterviewRow, TStepRow } from './interview.repository.ts';

/** The bureau contact's phone is printed on the notice the business receives: it is shown in full to every reader. */
export function presentInterview(row: TInterviewRow, cipher: TCipher): TInterview {
  return {
    id: row.id,
    operatorId: row.operatorId,
    operatorName: row.operatorName,
    status: row.status,
    noticeNo: row.noticeNo,
    reason: row.reason,
    complaintsFrom: row.complaintsFrom,
    complaintsTo: row.complaintsTo,
    complaintCounts: row.complaintCounts,
    scheduledAt: row.scheduledAt.toISOString(),
    place: row.place,
    legalBasis: row.legalBasis,
    attendees: row.attendees,
    contactName: row.contactName,
    contactPhone: cipher.decrypt(row.contactPhoneEncrypted),
    noticeIssuedAt: row.noticeIssuedAt?.toISOString() ?? null,
    heldAt: row.heldAt?.toISOString() ?? null,
    attendance: row.attendance,
    minutes: row.minutes,
    closedAt: row.closedAt?.toISOString() ?? null,
    commitmentsOpen: row.commitmentsOpen,
    commitmentsOverdue: row.commitmentsOverdue,
    version: row.version,
  };
}

export function presentCommitment(row: TCommitmentRow, today: string): TInterviewCommitment {
  return {
    id: row.id,
    commitment: row.commitment,
    dueOn: row.dueOn,
    status: row.status,
    overdue: row.status === 'open' && row.dueOn < today,
    evidence: row.evidence,
    followedUpAt: row.followedUpAt?.toISOString() ?? null,
    followedUpByName: row.followedUpByName,
    version: row.version,
  };
}

export function presentStep(row: TStepRow): TInterviewStep {
  return { kind: row.kind, note: row.note, actorName: row.actorName, at: row.at.toISOString() };
}
