import type { TComplainant, TComplaint, TComplaintClock, TComplaintDetail, TComplaintPublicStatus, TComplaintStep } from '@shian/shared/complaint';
import { complaintNextActions } from '@shian/shared/complaint';
import { chinaToday, workingDaysBetween, type TCalendarDays } from '@shian/shared/working-days';
import { maskPhone } from '../../core/crypto.ts';
import type { TComplaintListRow, TComplaintRow, TComplaintStepRow } from './complaint.repository.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;
const day = (d: Date | null) => (d ? chinaToday(d) : null);

export function presentClocks(row: TComplaintRow, today: string, calendar: TCalendarDays): TComplaintClock[] {
  const open = row.status !== 'closed';
  const clock = (kind: TComplaintClock['kind'], dueOn: string | null, done: Date | null): TComplaintClock[] =>
    dueOn ? [{ kind, dueOn, doneAt: iso(done), daysLeft: workingDaysBetween(calendar, today, dueOn), overdue: open && !done && dueOn < today }] : [];
  return [
    ...clock('accept', row.acceptDueOn, row.decidedAt),
    // A rejected complaint has nothing more to complete.
    ...(row.status === 'rejected' ? [] : clock('complete', row.completeDueOn, row.resolvedAt)),
    ...clock('reply', row.replyDueOn, row.closedAt),
  ];
}

export function presentComplaint(row: TComplaintListRow, today: string, calendar: TCalendarDays): TComplaint {
  const clocks = presentClocks(row, today, calendar);
  return {
    id: row.id,
    registrationNo: row.registrationNo,
    kind: row.kind,
    channel: row.channel,
    receivedAt: row.receivedAt.toISOString(),
    anonymous: row.anonymous,
    namedBusiness: row.namedBusiness,
    namedAddress: row.namedAddress,
    namedUscc: row.namedUscc,
    description: row.description,
    operatorId: row.operatorId,
    operatorName: row.operatorName,
    matchStatus: row.matchStatus,
    matchConfidence: row.matchConfidence,
    matchCandidates: row.matchCandidates ?? [],
    unitCode: row.unitCode,
    unitName: row.unitName,
    stationId: row.stationId,
    stationName: row.stationName,
    trade: row.trade,
    issueType: row.issueType,
    classificationConfidence: row.classificationConfidence,
    classifiedBy: row.classifiedBy,
    status: row.status,
    outcome: row.outcome,
    result: row.result,
    violationVerified: row.violationVerified,
    leadId: row.leadId,
    acceptDueOn: row.acceptDueOn,
    completeDueOn: row.completeDueOn,
    replyDueOn: row.replyDueOn,
    decidedAt: iso(row.decidedAt),
    resolvedAt: iso(row.resolvedAt),
    closedAt: iso(row.closedAt),
    extended: row.extended,
    escalatedAt: iso(row.escalatedAt),
    overdue: clocks.some((c) => c.overdue),
    clocks,
    version: row.version,
  };
}

/** 王小明 -> 王**; the first character says enough to tell two complainants apart on a call. */
export const maskName = (name: string) => (name.length <= 1 ? '*' : name[0] + '*'.repeat(Math.min(name.length - 1, 3)));
const maskEmail = (email: string) => email.replace(/^(.)[^@]*(@.*)$/, '$1***$2');
/** The address up to its township, nothing of the street or house number. */
const maskAddress = (address: string) => (address.length <= 6 ? '***' : `${address.slice(0, 6)}***`);

export function presentComplainant(complainant: TComplainant | null, mayRead: boolean): TComplaintDetail['complainant'] {
  if (!complainant) return null;
  const full = { name: complainant.name, phone: complainant.phone, email: complainant.email ?? null, address: complainant.address ?? null };
  if (mayRead) return full;
  return {
    name: maskName(full.name),
    phone: maskPhone(full.phone),
    email: full.email && maskEmail(full.email),
    address: full.address && maskAddress(full.address),
  };
}

export function presentStep(row: TComplaintStepRow): TComplaintStep {
  return { id: row.id, kind: row.kind, note: row.note, actorName: row.actorName, at: row.at.toISOString() };
}

export function presentDetail(
  row: TComplaintListRow,
  steps: TComplaintStepRow[],
  complainant: TComplainant | null,
  mayReadContacts: boolean,
  today: string,
  calendar: TCalendarDays,
): TComplaintDetail {
  const complaint = presentComplaint(row, today, calendar);
  return {
    ...complaint,
    complainant: presentComplainant(complainant, mayReadContacts),
    complainantMasked: complainant !== null && !mayReadContacts,
    steps: steps.map(presentStep),
    nextActions: complaintNextActions(complaint.kind, complaint.status, complaint.extended),
  };
}

export function presentPublicStatus(row: TComplaintRow): TComplaintPublicStatus {
  return {
    registrationNo: row.registrationNo,
    kind: row.kind,
    receivedOn: chinaToday(row.receivedAt),
    status: row.status,
    acceptDueOn: row.acceptDueOn,
    decidedOn: day(row.decidedAt),
    resolvedOn: day(row.resolvedAt),
    closedOn: day(row.closedAt),
  };
}
