// What the case documents say, gathered from the case, its lead, steps and evidence; and who is personal in it.
import { mustPublish } from '@shian/shared/enforcement-case';
import type { TContext } from '../../core/context.ts';
import { getOrganisation } from '../org/org.public.ts';
import * as repo from './enforcement-case.repository.ts';
import type { TCaseDetailRow, TCaseRow } from './enforcement-case.repository.ts';
import { decisionOf, noticeOf } from './enforcement-case.presenter.ts';
import type { TCaseDocumentData } from './case-documents.ts';

const LEAD_SOURCE_NAMES: Record<string, string> = { sampling: '抽检不合格', complaint: '投诉举报', inspection: '监督检查', higher_authority: '上级交办' };

/** The decision's part of the documents, the same for the full data and the summary. */
function decisionData(row: TCaseRow) {
  return {
    outcome: row.outcome,
    decision: decisionOf(row),
    decisionFacts: row.decisionFacts,
    noPenaltyReason: row.noPenaltyReason,
    decisionNo: row.decisionNo,
    decidedOn: row.decidedOn,
  };
}

export async function documentData(ctx: TContext, row: TCaseDetailRow): Promise<TCaseDocumentData> {
  const [steps, evidence, org] = await Promise.all([repo.stepsOf(ctx.db, row.id), repo.evidenceOf(ctx.db, row.id), getOrganisation(ctx.db, row.bureauId)]);
  const proposal = steps.find((s) => s.step.kind === 'propose_filing');
  const approval = steps.find((s) => s.step.kind === 'approve_filing');
  const kinds = row.penaltyKinds ?? [];
  return {
    bureauName: org.bureau.name,
    caseNo: row.caseNo,
    cause: row.cause,
    partyName: row.partyName,
    partyKind: row.partyKind,
    partyCode: row.partyCode,
    partyIdNumber: row.partyIdEncrypted ? ctx.cipher.decrypt(row.partyIdEncrypted) : null,
    partyAddress: row.partyAddress,
    partyRepresentative: row.partyRepresentative,
    leadSourceName: LEAD_SOURCE_NAMES[row.leadSource] ?? row.leadSource,
    leadDiscoveredOn: row.leadDiscoveredOn,
    leadSummary: row.leadSummary,
    assessmentReason: row.assessmentReason,
    filedByName: row.filedByName,
    proposedOn: proposal?.step.on ?? row.createdAt.toISOString().slice(0, 10),
    filingApproval: approval ? { text: approval.step.detail ?? '', byName: approval.byName, on: approval.step.on } : null,
    filedOn: row.filedOn,
    evidence: evidence.map((e) => ({ title: e.evidence.title, kind: e.evidence.kind })),
    noticeOn: row.noticeOn,
    notice: noticeOf(row),
    statement: row.statement,
    hearingHeldOn: row.hearingHeldOn,
    ...decisionData(row),
    published: row.outcome === 'penalty' && mustPublish('penalty', kinds),
  };
}

/** Who and where is personal in this case: the redaction masks these on top of its patterns. */
export function redactionContext(data: TCaseDocumentData) {
  const natural = data.partyKind === 'natural_person';
  return {
    personNames: [natural ? data.partyName : null, data.partyRepresentative].filter((n): n is string => !!n),
    addresses: natural && data.partyAddress ? [data.partyAddress] : [],
  };
}

/** The summary's data from the case row alone (for decisions not yet published). */
export function summaryData(row: TCaseRow, bureauName: string): TCaseDocumentData {
  return {
    bureauName,
    caseNo: row.caseNo,
    cause: row.cause,
    partyName: row.partyName,
    partyKind: row.partyKind,
    partyCode: row.partyCode,
    partyIdNumber: null,
    partyAddress: row.partyAddress,
    partyRepresentative: row.partyRepresentative,
    leadSourceName: '',
    leadDiscoveredOn: row.createdAt.toISOString().slice(0, 10),
    leadSummary: '',
    assessmentReason: null,
    filedByName: null,
    proposedOn: row.createdAt.toISOString().slice(0, 10),
    filingApproval: null,
    filedOn: row.filedOn,
    evidence: [],
    noticeOn: row.noticeOn,
    notice: noticeOf(row),
    statement: null,
    hearingHeldOn: null,
    ...decisionData(row),
    published: true,
  };
}
