import type { TRectification } from '@shian/shared/rectification';
import type { TRectificationListRow } from './rectification.repository.ts';

const OUTSTANDING = new Set(['open', 'rejected']);

export function presentRectification(row: TRectificationListRow, today: string): TRectification {
  const answeredOn = row.answeredAt ? new Date(row.answeredAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10) : null;
  return {
    id: row.id,
    operatorId: row.operatorId,
    operatorName: row.operatorName,
    stationName: row.stationName,
    inspectionId: row.inspectionId,
    inspectedOn: row.inspectedOn,
    itemId: row.itemId,
    itemContent: row.itemContent,
    itemKey: row.itemKey ?? false,
    demand: row.demand,
    workingDays: row.workingDays,
    dueOn: row.dueOn,
    status: row.status,
    overdue: OUTSTANDING.has(row.status) && row.dueOn < today,
    late: answeredOn !== null && answeredOn > row.dueOn,
    answer: row.answer,
    answerPhotoIds: row.answerFileIds,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    reviewNote: row.reviewNote,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    escalatedAt: row.escalatedAt?.toISOString() ?? null,
    version: row.version,
  };
}
