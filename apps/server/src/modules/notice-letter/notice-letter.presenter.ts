import type { TNoticeLetter } from '@shian/shared/notice-letter';
import type { TNoticeLetterRow } from './notice-letter.repository.ts';

/** A letter to a cadre goes to the cadre's work unit (提醒敦促函 to the unit), naming the cadre. */
export function addresseeOf(row: Pick<TNoticeLetterRow, 'operatorName' | 'cadreName' | 'cadreWorkUnit'>): string {
  if (row.operatorName) return row.operatorName;
  return row.cadreWorkUnit ? `${row.cadreWorkUnit}（${row.cadreName ?? ''}）` : (row.cadreName ?? '');
}

export function presentLetter(row: TNoticeLetterRow, today: string): TNoticeLetter {
  return {
    id: row.id,
    kind: row.kind,
    number: row.number,
    year: row.year,
    seq: row.seq,
    operatorId: row.operatorId,
    operatorName: row.operatorName,
    cadreId: row.cadreId,
    cadreName: row.cadreName,
    addressee: addresseeOf(row),
    inspectionId: row.inspectionId,
    interviewId: row.interviewId,
    reason: row.reason,
    body: row.body,
    status: row.status,
    issuedByName: row.issuedByName,
    issuedAt: row.issuedAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    deliveryMethod: row.deliveryMethod,
    signerName: row.signerName,
    answerDueOn: row.answerDueOn,
    answer: row.answer,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    attachmentIds: row.attachmentIds,
    closedAt: row.closedAt?.toISOString() ?? null,
    closeNote: row.closeNote,
    overdue: (row.status === 'issued' || row.status === 'delivered') && row.answerDueOn < today,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}
