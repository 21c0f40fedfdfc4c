import { earliestRepairOn, repairBlockers, type TListEntry, type TPublicListEntry, type TRepair, type TRepairCondition } from '@shian/shared/credit';
import type { TLang } from '@shian/shared/messages';
import type { TEntryListRow, TRepairListRow } from './credit.repository.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function presentEntry(row: TEntryListRow, today: string, lang: TLang): TListEntry {
  const listed = row.status === 'listed';
  return {
    id: row.id,
    operatorId: row.operatorId,
    operatorName: row.operatorName,
    uscc: row.uscc,
    status: row.status,
    grounds: row.grounds,
    heavierPenalties: row.heavierPenalties,
    penaltyDecisionNo: row.penaltyDecisionNo,
    penaltyDecidedOn: row.penaltyDecidedOn,
    caseId: row.caseId,
    facts: row.facts,
    priorNoticeOn: row.priorNoticeOn,
    restrictionEndsOn: row.restrictionEndsOn,
    proposedAt: row.proposedAt.toISOString(),
    proposedBy: row.proposedBy,
    proposedByName: row.proposedByName,
    decidedAt: iso(row.decidedAt),
    decidedByName: row.decidedByName,
    superiorConsent: row.superiorConsent,
    rejectReason: row.rejectReason,
    listedOn: row.listedOn,
    lastDay: row.lastDay,
    publishDueOn: row.publishDueOn,
    publishedAt: iso(row.publishedAt),
    noticeAcknowledgedAt: iso(row.noticeAcknowledgedAt),
    exitedOn: row.exitedOn,
    exitReason: row.exitReason,
    exitNote: row.exitNote,
    restoredAt: iso(row.restoredAt),
    restoreReason: row.restoreReason,
    earliestRepairOn: listed && row.listedOn ? earliestRepairOn(row.listedOn) : null,
    repairBlockers: listed ? repairBlockers(row, today).map((b) => (lang === 'en' ? b.en : b.zh)) : [],
    authority: row.authority,
    version: row.version,
  };
}

/** What the public sees of a published entry: dates, grounds and the authority; never the facts. */
export function presentPublicEntry(row: TEntryListRow): TPublicListEntry {
  return {
    listedOn: row.listedOn!,
    grounds: row.grounds,
    authority: row.authority,
    status: row.status === 'listed' ? 'listed' : 'exited',
    exitedOn: row.exitedOn,
    exitReason: row.exitReason,
  };
}

export function presentRepair(row: TRepairListRow): TRepair {
  return {
    id: row.id,
    entryId: row.entryId,
    operatorId: row.operatorId,
    operatorName: row.operatorName,
    status: row.status,
    statement: row.statement,
    evidenceFileIds: row.evidenceFileIds,
    submittedAt: row.submittedAt.toISOString(),
    submittedByName: row.submittedByName,
    acceptDueOn: row.acceptDueOn,
    acceptedAt: iso(row.acceptedAt),
    decideDueOn: row.decideDueOn,
    checklist: row.checklist as Partial<Record<TRepairCondition, boolean>> | null,
    reason: row.reason,
    decidedAt: iso(row.decidedAt),
    handledByName: row.handledByName,
    version: row.version,
  };
}
