import {
  ACTION_FROM,
  basisText,
  CASE_ACTIONS,
  deliveryDueOn,
  mustPublish,
  statementDueOn,
  type TCase,
  type TCaseAction,
  type TCaseClock,
  type TCaseDetail,
  type TCaseNoticeView,
  type TCaseStatus,
  type TEvidence,
  type TPenalty,
  type TPenaltyRecord,
  type TPublicPenalty,
} from '@shian/shared/enforcement-case';
import type { TCaseDetailRow, TCaseListRow, TCaseRow, evidenceOf, stepsOf } from './enforcement-case.repository.ts';
import { maskName } from './penalty-redaction.ts';

const OPEN_STATUSES: readonly TCaseStatus[] = ['filing_pending', 'investigating', 'notified', 'decision_pending'];

/** The decision as decided (or proposed), from the case's columns. */
export function decisionOf(row: TCaseRow): TPenalty | null {
  if (row.outcome !== 'penalty' || row.basisArticle === null || row.basisLaw === null) return null;
  const basis = { law: row.basisLaw, article: row.basisArticle, paragraph: row.basisParagraph ?? 1 };
  return {
    kinds: row.penaltyKinds ?? [],
    fineAmount: row.fineAmount,
    goodsValue: row.goodsValue,
    illegalGains: row.illegalGains,
    confiscation: row.confiscation,
    basisLaw: basis.law,
    basisArticle: basis.article,
    basisParagraph: basis.paragraph,
    basisText: basisText(basis),
    basisArticleId: row.basisArticleId,
    facts: row.decisionFacts ?? '',
  };
}

export const noticeOf = (row: TCaseRow) => row.notice as (TPenalty & { hearingRight: boolean }) | null;

function clocksOf(row: TCaseRow, today: string): TCaseClock[] {
  const clocks: TCaseClock[] = [];
  if (row.decisionDueOn) {
    const open = OPEN_STATUSES.includes(row.status);
    clocks.push({
      kind: 'decision',
      dueOn: row.decisionDueOn,
      doneOn: row.decidedOn,
      overdue: row.decidedOn ? row.decidedOn > row.decisionDueOn : open && today > row.decisionDueOn,
    });
  }
  if (row.noticeOn) {
    // The statement window is the party's: it ends, it is never "overdue".
    clocks.push({ kind: 'statement', dueOn: statementDueOn(row.noticeOn), doneOn: row.statementAt ? row.statementAt.toISOString().slice(0, 10) : null, overdue: false });
  }
  if (row.decidedOn) {
    const due = deliveryDueOn(row.decidedOn);
    clocks.push({ kind: 'delivery', dueOn: due, doneOn: row.deliveredOn, overdue: (row.deliveredOn ?? today) > due });
  }
  if (row.publicationDueOn) {
    clocks.push({ kind: 'publication', dueOn: row.publicationDueOn, doneOn: row.publishedOn, overdue: (row.publishedOn ?? today) > row.publicationDueOn });
  }
  return clocks;
}

/** The steps the case allows now: its state, then the step's own conditions. */
export function actionsOf(row: TCaseRow, today: string): TCaseAction[] {
  const status = row.status;
  const kinds = row.penaltyKinds ?? [];
  const extra: Record<TCaseAction, boolean> = {
    approve_filing: true,
    add_evidence: true,
    notify: true,
    record_hearing: row.hearingRequested && !row.hearingHeldOn,
    propose_decision: true,
    approve_decision: true,
    deliver: true,
    execute: row.outcome === 'penalty',
    close: status === 'executed' || row.outcome === 'no_penalty',
    transfer: true,
    request_extension: !row.extended && !row.extensionRequestedAt && !!row.decisionDueOn && today <= row.decisionDueOn,
    approve_extension: !row.extended && !!row.extensionRequestedAt,
    publish: !row.publishedAt && mustPublish(row.outcome ?? 'no_penalty', kinds),
  };
  return CASE_ACTIONS.filter((a) => ACTION_FROM[a].includes(status) && extra[a]);
}

export function presentCase(row: TCaseListRow, today: string): TCase {
  return {
    id: row.id,
    caseNo: row.caseNo,
    leadId: row.leadId,
    operatorId: row.operatorId,
    partyName: row.partyName,
    partyKind: row.partyKind,
    cause: row.cause,
    status: row.status,
    filedOn: row.filedOn,
    decisionDueOn: row.decisionDueOn,
    decidedOn: row.decidedOn,
    decisionNo: row.decisionNo,
    handlingUnitName: row.handlingUnitName,
    online: row.online,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    overdue: clocksOf(row, today).some((c) => c.overdue),
    version: row.version,
  };
}

type TStepRows = Awaited<ReturnType<typeof stepsOf>>;
type TEvidenceRows = Awaited<ReturnType<typeof evidenceOf>>;

export function presentEvidence(rows: TEvidenceRows): TEvidence[] {
  return rows.map(({ evidence, file, addedByName }) => ({
    id: evidence.id,
    title: evidence.title,
    kind: evidence.kind,
    collectedOn: evidence.collectedOn,
    fileName: file.originalName,
    mime: file.mime,
    size: file.size,
    addedByName,
    addedAt: evidence.createdAt.toISOString(),
  }));
}

export function presentDetail(row: TCaseDetailRow, steps: TStepRows, evidence: TEvidenceRows, today: string): TCaseDetail {
  return {
    ...presentCase(row, today),
    partyAddress: row.partyAddress,
    partyCode: row.partyCode,
    partyRepresentative: row.partyRepresentative,
    leadSummary: row.leadSummary,
    leadSource: row.leadSource,
    assessmentReason: row.assessmentReason,
    filedByName: row.filedByName,
    extended: row.extended,
    extensionRequest:
      row.extensionRequestedAt && !row.extended
        ? { reason: row.extensionReason ?? '', requestedAt: row.extensionRequestedAt.toISOString(), requestedByName: row.extensionRequestedByName }
        : null,
    noticeOn: row.noticeOn,
    notice: noticeOf(row),
    statement: row.statement,
    statementAt: row.statementAt?.toISOString() ?? null,
    hearingRequested: row.hearingRequested,
    hearingHeldOn: row.hearingHeldOn,
    hearingRecord: row.hearingRecord,
    outcome: row.outcome,
    decision: decisionOf(row),
    noPenaltyReason: row.noPenaltyReason,
    deliveredOn: row.deliveredOn,
    executedOn: row.executedOn,
    executionDetail: row.executionDetail,
    closedOn: row.closedOn,
    transferredOn: row.transferredOn,
    policeUnit: row.policeUnit,
    publicationDueOn: row.publicationDueOn,
    publishedText: row.publishedText,
    clocks: clocksOf(row, today),
    steps: steps.map(({ step, byName }) => ({ id: step.id, kind: step.kind, on: step.on, at: step.at.toISOString(), byName, online: step.online, detail: step.detail })),
    evidence: presentEvidence(evidence),
    actions: actionsOf(row, today),
  };
}

export function presentNotice(row: TCaseRow, today: string): TCaseNoticeView {
  const due = statementDueOn(row.noticeOn!);
  const delivered = row.deliveredOn !== null && row.outcome === 'penalty';
  return {
    id: row.id,
    caseNo: row.caseNo,
    cause: row.cause,
    status: row.status,
    noticeOn: row.noticeOn!,
    statementDueOn: due,
    proposed: noticeOf(row)!,
    statement: row.statement,
    statementAt: row.statementAt?.toISOString() ?? null,
    hearingRequested: row.hearingRequested,
    decision: delivered ? { ...decisionOf(row)!, decisionNo: row.decisionNo!, decidedOn: row.decidedOn! } : null,
    mayRespond: row.status === 'notified' && !row.statementAt && today <= due,
    version: row.version,
  };
}

/** A natural person's name is masked wherever a published decision is listed. */
const publicPartyName = (row: TCaseRow) => (row.partyKind === 'natural_person' ? maskName(row.partyName) : row.partyName);

export function presentPenaltyRecord(row: TCaseRow): TPenaltyRecord {
  return {
    caseId: row.id,
    operatorId: row.operatorId!,
    decisionNo: row.decisionNo!,
    decidedOn: row.decidedOn!,
    kinds: row.penaltyKinds ?? [],
    fineAmount: row.fineAmount,
    legalBasis: decisionOf(row)?.basisText ?? '',
    publishedAt: row.publishedAt?.toISOString() ?? null,
    summary: row.publishedSummary ?? '',
  };
}

export function presentPublicPenalty(row: TCaseRow): TPublicPenalty {
  return {
    id: row.id,
    decisionNo: row.decisionNo!,
    partyName: publicPartyName(row),
    decidedOn: row.decidedOn!,
    kinds: row.penaltyKinds ?? [],
    fineAmount: row.fineAmount,
    legalBasis: decisionOf(row)?.basisText ?? '',
    publishedAt: row.publishedAt!.toISOString(),
    summary: row.publishedSummary ?? '',
  };
}
