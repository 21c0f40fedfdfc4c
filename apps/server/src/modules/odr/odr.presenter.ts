import { settlementRate, type TOdrEnrolment, type TOdrNegotiation } from '@shian/shared/odr';
import { workingDaysBetween, type TCalendarDays } from '@shian/shared/working-days';
import type { TEnrolmentRow, TNegotiationRow } from './odr.repository.ts';

export function presentEnrolment(row: TEnrolmentRow): TOdrEnrolment {
  return {
    id: row.id,
    operatorId: row.operatorId,
    operatorName: row.operatorName,
    unitName: row.unitName,
    status: row.status,
    complaintsAtInvitation: row.complaintsAtInvitation,
    invitedAt: row.invitedAt.toISOString(),
    consentedOn: row.consentedOn,
    signatory: row.signatory,
    note: row.note,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    counts: row.counts,
    settlementRate: settlementRate(row.counts.settled, row.counts.failed),
    version: row.version,
  };
}

export type TComplaintBrief = { registrationNo: string; receivedAt: Date; description: string };

export function presentNegotiation(row: TNegotiationRow, complaint: TComplaintBrief | undefined, today: string, calendar: TCalendarDays): TOdrNegotiation {
  const negotiating = row.status === 'negotiating';
  return {
    id: row.id,
    complaintId: row.complaintId,
    registrationNo: complaint?.registrationNo ?? '',
    receivedAt: complaint?.receivedAt.toISOString() ?? '',
    description: complaint?.description ?? '',
    status: row.status,
    startedOn: row.startedOn,
    dueOn: row.dueOn,
    daysLeft: negotiating ? workingDaysBetween(calendar, today, row.dueOn) : null,
    overdue: negotiating && row.dueOn < today,
    outcomeNote: row.outcomeNote,
    closedAt: row.closedAt?.toISOString() ?? null,
    closedByName: row.closedByName,
    version: row.version,
  };
}
