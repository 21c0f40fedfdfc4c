// Case leads (案件线索): where they come from, their assessment within the statutory clock, and the four
// musts. Filing a case on a lead goes through the enforcement-case module, which calls the functions
// marked "for the enforcement-case module" below inside its own transaction.
import {
  brokenMusts,
  leadAssessDueOn,
  POLICE_TRANSFER_DAYS,
  type TLead,
  type TLeadApproval,
  type TLeadAssess,
  type TLeadCreate,
  type TLeadListQuery,
  type TLeadMust,
  type TLeadMustsQuery,
  type TLeadSource,
  type TPoliceReceipt,
  type TPoliceTransfer,
} from '@shian/shared/lead';
import type { TPage } from '@shian/shared/http';
import { chinaToday, workingDaysBetween, type TCalendarDays } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { pageWindow } from '../../core/db/paged.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { getOperator, operatorScopeOf } from '../operator/operator.public.ts';
import * as repo from './lead.repository.ts';
import type { TLeadRow } from './lead.repository.ts';

/** Where a lead's source is shown in the web app. */
function linkOf(source: string, sourceId: string | null): string | null {
  if (!sourceId) return null;
  if (source === 'sampling') return `/disposals?sampleId=${sourceId}`;
  if (source === 'inspection') return `/inspections/${sourceId}`;
  if (source === 'complaint') return `/complaints/${sourceId}`;
  return null;
}

/** The unit a user works in: a station (or the enforcement team) or a department; none for bureau-wide roles. */
export function unitOf(user: TSessionUser) {
  return { handlingStationId: user.stationId ?? null, handlingDepartmentId: user.stationId ? null : (user.departmentId ?? null) };
}

function present(row: TLeadRow, today: string, calendar: TCalendarDays): TLead {
  const assessDueOn = row.assessDueOn!;
  return {
    id: row.id,
    source: row.source,
    sourceId: row.sourceId,
    sourceRef: row.sourceRef,
    link: linkOf(row.source, row.sourceId),
    operatorId: row.operatorId,
    operatorName: row.operatorName,
    summary: row.summary,
    discoveredOn: row.discoveredOn,
    status: row.status,
    assessDueOn,
    daysLeft: row.assessedOn ? null : workingDaysBetween(calendar, today, assessDueOn),
    extended: row.extended,
    extensionRequest:
      row.extensionRequestedAt && !row.extended
        ? { reason: row.extensionReason ?? '', requestedAt: row.extensionRequestedAt.toISOString(), requestedByName: row.extensionRequestedByName }
        : null,
    assessment: row.assessment,
    assessmentReason: row.assessmentReason,
    assessedOn: row.assessedOn,
    assessedByName: row.assessedByName,
    transferTo: row.transferTo,
    caseId: row.caseId,
    filedOn: row.filedOn,
    suspectedCrimeOn: row.suspectedCrimeOn,
    policeTransferredOn: row.policeTransferredOn,
    policeReceiptOn: row.policeReceiptOn,
    policeReceiptNo: row.policeReceiptNo,
    handlingUnitName: row.handlingUnitName,
    musts: brokenMusts({ ...row, assessDueOn, assessment: row.assessment }, today),
    version: row.version,
  };
}

/** Leads recorded before the assessment clock existed get their due date (once; cheap when there are none). */
async function fillMissingDueDates(db: TDbOrTx) {
  const missing = await repo.leadsWithoutDueDate(db);
  if (missing.length === 0) return;
  const calendar = await loadCalendar(db);
  for (const lead of missing) await repo.setDueDate(db, lead.id, leadAssessDueOn(calendar, lead.discoveredOn, lead.extended));
}

type TLeadInput = {
  bureauId: string;
  source: TLeadSource;
  sourceId: string | null;
  // null: a business not in the registry (an unlicensed operator named in complaints).
  operatorId: string | null;
  summary: string;
  discoveredOn: string;
  sourceRef?: string | null;
};

async function insertWithClock(tx: TDbOrTx, actor: TSessionUser | null, input: TLeadInput, unit: ReturnType<typeof unitOf> | null) {
  const calendar = await loadCalendar(tx);
  const row = await repo.insertLead(tx, { ...input, ...unit, assessDueOn: leadAssessDueOn(calendar, input.discoveredOn, false), createdBy: actor?.id ?? null });
  if (!row) throw new AppError('ALREADY_DONE', { what: { zh: '该来源的案件线索', en: 'A lead from this source' } });
  await recordAudit(tx, [
    { actor, action: 'create', entity: 'case_lead', entityId: row.id, after: { source: row.source, sourceId: row.sourceId, summary: row.summary, assessDueOn: row.assessDueOn } },
  ]);
  return row;
}

/**
 * Records a lead inside the caller's transaction (the disposal opens one for each failed sample, complaints
 * theirs). Such a lead counts for the station of the operator's jurisdiction until someone assesses it.
 */
export async function createLead(tx: TDbOrTx, actor: TSessionUser | null, input: TLeadInput) {
  return insertWithClock(tx, actor, input, null);
}

export async function listLeads(ctx: TContext, user: TSessionUser, query: TLeadListQuery): Promise<TPage<TLead>> {
  await fillMissingDueDates(ctx.db);
  const scope = operatorScopeOf(user);
  const today = chinaToday();
  const [{ rows, total }, calendar] = await Promise.all([repo.listLeads(ctx.db, user.bureauId, scope, query), loadCalendar(ctx.db)]);
  return { items: rows.map((r) => present(r, today, calendar)), total, page: query.page, pageSize: query.pageSize };
}

/** Every lead in scope breaking a must now, optionally one must only. */
export async function listMusts(ctx: TContext, user: TSessionUser, query: TLeadMustsQuery, today = chinaToday()): Promise<TPage<TLead> & { counts: Record<TLeadMust, number> }> {
  await fillMissingDueDates(ctx.db);
  const calendar = await loadCalendar(ctx.db);
  const candidates = await repo.mustCandidates(ctx.db, user.bureauId, operatorScopeOf(user), today, POLICE_TRANSFER_DAYS);
  const breaking = candidates.map((r) => present(r, today, calendar)).filter((l) => l.musts.length > 0);
  const counts = { not_assessed_in_time: 0, qualifying_not_filed: 0, crime_not_transferred: 0, transfer_without_receipt: 0 };
  for (const lead of breaking) for (const must of lead.musts) counts[must] += 1;
  const items = query.must ? breaking.filter((l) => l.musts.includes(query.must!)) : breaking;
  const { offset, limit } = pageWindow(query);
  return { items: items.slice(offset, offset + limit), total: items.length, page: query.page, pageSize: query.pageSize, counts };
}

async function load(db: TDbOrTx, user: TSessionUser, id: string) {
  const row = await repo.findLead(db, user.bureauId, operatorScopeOf(user), id);
  if (!row) throw notFound();
  return row;
}

export async function getLead(ctx: TContext, user: TSessionUser, id: string): Promise<TLead> {
  await fillMissingDueDates(ctx.db);
  const row = await load(ctx.db, user, id);
  return present(row, chinaToday(), await loadCalendar(ctx.db));
}

/** An officer enters a lead found in an inspection or assigned by a higher authority. */
export async function createManualLead(ctx: TContext, user: TSessionUser, input: TLeadCreate): Promise<TLead> {
  if (input.discoveredOn > chinaToday()) throw invalidField('discoveredOn', { zh: '不能晚于今天', en: 'must not be in the future' });
  // The operator must be one the officer may see (404 otherwise, like any out-of-scope id).
  if (input.operatorId) await getOperator(ctx, user, input.operatorId);
  const row = await ctx.db.transaction((tx) =>
    insertWithClock(
      tx,
      user,
      {
        bureauId: user.bureauId,
        source: input.source,
        sourceId: null,
        sourceRef: input.sourceRef || null,
        operatorId: input.operatorId ?? null,
        summary: input.leadSummary,
        discoveredOn: input.discoveredOn,
      },
      unitOf(user),
    ),
  );
  return getLead(ctx, user, row.id);
}

const assessedAlready = (row: TLeadRow) => invalidField('status', { zh: `该线索已于 ${row.assessedOn} 核查处理，不能重复核查`, en: `this lead was assessed on ${row.assessedOn}` });

/** Assesses a lead as not to be filed, or transferred to the police or another authority. */
export async function assessLead(ctx: TContext, user: TSessionUser, id: string, input: TLeadAssess): Promise<TLead> {
  const before = await load(ctx.db, user, id);
  if (before.status !== 'new') throw assessedAlready(before);
  const today = chinaToday();
  await ctx.db.transaction(async (tx) => {
    await repo.updateLeadVersioned(tx, id, input.version, {
      status: 'assessed',
      assessment: input.assessment,
      assessmentReason: input.assessmentReason,
      transferTo: input.transferTo ?? null,
      assessedOn: today,
      assessedBy: user.id,
      // A transfer to the police is a suspected crime: the transfer and its receipt are then due.
      suspectedCrimeOn: input.assessment === 'transfer_police' ? today : before.suspectedCrimeOn,
      ...unitOf(user),
    });
    await recordAudit(tx, [
      {
        actor: user,
        action: 'assess',
        entity: 'case_lead',
        entityId: id,
        after: { assessment: input.assessment, reason: input.assessmentReason, transferTo: input.transferTo ?? null },
      },
    ]);
  });
  return getLead(ctx, user, id);
}

/** The handler asks for the one extension of 15 working days, before the due date passes. */
export async function requestLeadExtension(ctx: TContext, user: TSessionUser, id: string, input: { version: number; reason: string }): Promise<TLead> {
  const before = await load(ctx.db, user, id);
  if (before.status !== 'new') throw assessedAlready(before);
  if (before.extended || before.extensionRequestedAt) throw new AppError('ALREADY_DONE', { what: { zh: '延期申请', en: 'The extension request' } });
  if (chinaToday() > before.assessDueOn!) {
    throw invalidField('reason', {
      zh: `核查期限已于 ${before.assessDueOn} 届满，不能再申请延期`,
      en: `the assessment was due on ${before.assessDueOn}; it is too late to extend`,
    });
  }
  await ctx.db.transaction(async (tx) => {
    await repo.updateLeadVersioned(tx, id, input.version, { extensionReason: input.reason, extensionRequestedBy: user.id, extensionRequestedAt: new Date() });
    await recordAudit(tx, [{ actor: user, action: 'request_extension', entity: 'case_lead', entityId: id, after: { reason: input.reason } }]);
  });
  return getLead(ctx, user, id);
}

/** A head (someone other than the requester) approves or refuses the extension; approval moves the due date. */
export async function decideLeadExtension(ctx: TContext, user: TSessionUser, id: string, input: TLeadApproval): Promise<TLead> {
  const before = await load(ctx.db, user, id);
  if (!before.extensionRequestedAt || before.extended) throw invalidField('status', { zh: '该线索没有待审批的延期申请', en: 'this lead has no extension awaiting approval' });
  if (before.extensionRequestedBy === user.id) throw invalidField('approve', { zh: '不能审批本人提出的延期申请，须由其他负责人审批', en: 'you cannot approve your own request' });
  const calendar = await loadCalendar(ctx.db);
  const values = input.approve
    ? { extended: true, assessDueOn: leadAssessDueOn(calendar, before.discoveredOn, true) }
    : { extensionReason: null, extensionRequestedBy: null, extensionRequestedAt: null };
  await ctx.db.transaction(async (tx) => {
    await repo.updateLeadVersioned(tx, id, input.version, values);
    await recordAudit(tx, [
      {
        actor: user,
        action: input.approve ? 'approve_extension' : 'refuse_extension',
        entity: 'case_lead',
        entityId: id,
        before: { assessDueOn: before.assessDueOn },
        after: { ...values, opinion: input.opinion ?? null },
      },
    ]);
  });
  return getLead(ctx, user, id);
}

/** Records the handover of a suspected crime to the police, with the receipt when the police signed at once. */
export async function recordPoliceTransfer(ctx: TContext, user: TSessionUser, id: string, input: TPoliceTransfer): Promise<TLead> {
  const before = await load(ctx.db, user, id);
  if (!before.suspectedCrimeOn) {
    throw invalidField('status', { zh: '该线索未认定涉嫌犯罪，应先核查为“移送公安”或在案件中移送', en: 'this lead is not a suspected crime' });
  }
  if (before.policeTransferredOn) throw new AppError('ALREADY_DONE', { what: { zh: '移送', en: 'The transfer' } });
  const today = chinaToday();
  if (input.transferredOn > today) throw invalidField('transferredOn', { zh: '不能晚于今天', en: 'must not be in the future' });
  if (input.transferredOn < before.suspectedCrimeOn)
    throw invalidField('transferredOn', { zh: `不能早于认定涉嫌犯罪的日期 ${before.suspectedCrimeOn}`, en: `must not be before ${before.suspectedCrimeOn}` });
  checkReceipt(input.receiptOn, input.transferredOn);
  await ctx.db.transaction(async (tx) => {
    await repo.updateLeadVersioned(tx, id, input.version, {
      policeTransferredOn: input.transferredOn,
      transferTo: input.policeUnit,
      policeReceiptOn: input.receiptOn ?? null,
      policeReceiptNo: input.receiptNo || null,
    });
    await recordAudit(tx, [{ actor: user, action: 'police_transfer', entity: 'case_lead', entityId: id, after: input }]);
  });
  return getLead(ctx, user, id);
}

function checkReceipt(receiptOn: string | undefined, transferredOn: string) {
  if (!receiptOn) return;
  if (receiptOn > chinaToday()) throw invalidField('receiptOn', { zh: '不能晚于今天', en: 'must not be in the future' });
  if (receiptOn < transferredOn) throw invalidField('receiptOn', { zh: '不能早于移送日期', en: 'must not be before the transfer' });
}

/** The police's signed receipt of a transfer (行政执法机关移送涉嫌犯罪案件的规定 第七条). */
export async function recordPoliceReceipt(ctx: TContext, user: TSessionUser, id: string, input: TPoliceReceipt): Promise<TLead> {
  const before = await load(ctx.db, user, id);
  if (!before.policeTransferredOn) throw invalidField('status', { zh: '尚未登记移送，不能登记回执', en: 'record the transfer first' });
  if (before.policeReceiptOn) throw new AppError('ALREADY_DONE', { what: { zh: '回执登记', en: 'The receipt' } });
  checkReceipt(input.receiptOn, before.policeTransferredOn);
  await ctx.db.transaction(async (tx) => {
    await repo.updateLeadVersioned(tx, id, input.version, { policeReceiptOn: input.receiptOn, policeReceiptNo: input.receiptNo || null });
    await recordAudit(tx, [{ actor: user, action: 'police_receipt', entity: 'case_lead', entityId: id, after: input }]);
  });
  return getLead(ctx, user, id);
}

// ---- for the enforcement-case module (inside its transactions) ----

/** The lead a case is proposed on, in the user's scope; refused when already assessed. */
export async function leadForFiling(db: TDbOrTx, user: TSessionUser, leadId: string) {
  const row = await load(db, user, leadId);
  if (row.status !== 'new') throw assessedAlready(row);
  return row;
}

/** The assessment "meets the filing conditions": the case is proposed and awaits its filing approval. */
export async function markLeadQualifying(tx: TDbOrTx, user: TSessionUser, leadId: string, version: number, input: { reason: string; caseId: string; on: string }) {
  await repo.updateLeadVersioned(tx, leadId, version, {
    status: 'assessed',
    assessment: 'file',
    assessmentReason: input.reason,
    assessedOn: input.on,
    assessedBy: user.id,
    caseId: input.caseId,
    ...unitOf(user),
  });
  await recordAudit(tx, [{ actor: user, action: 'assess', entity: 'case_lead', entityId: leadId, after: { assessment: 'file', reason: input.reason, caseId: input.caseId } }]);
}

/** The head approved the filing: the lead's qualifying assessment is fulfilled. */
export async function markLeadFiled(tx: TDbOrTx, leadId: string, filedOn: string) {
  await repo.updateLead(tx, leadId, { filedOn });
}

/** The head refused the filing: the head's decision is the lead's assessment, not to file. */
export async function markLeadNotFiled(tx: TDbOrTx, leadId: string, reason: string) {
  await repo.updateLead(tx, leadId, { assessment: 'not_file', assessmentReason: reason, caseId: null });
}

/** The case went to the police (行政处罚法 第五十七条（四）): the lead records the transfer; its receipt is then due. */
export async function markLeadTransferredToPolice(tx: TDbOrTx, leadId: string, on: string, policeUnit: string) {
  const [lead] = await repo.leadsByIds(tx, [leadId]);
  await repo.updateLead(tx, leadId, { suspectedCrimeOn: lead?.suspectedCrimeOn ?? on, policeTransferredOn: on, transferTo: policeUnit });
}

/** A suspected crime on the lead not yet handed to the police: no penalty may take its place. */
export async function crimeAwaitingTransfer(db: TDbOrTx, leadId: string): Promise<boolean> {
  const [lead] = await repo.leadsByIds(db, [leadId]);
  return !!lead?.suspectedCrimeOn && !lead.policeTransferredOn;
}

export type TLeadIndicatorFacts = {
  unitStationId: string | null;
  unitDepartmentId: string | null;
  musts: TLeadMust[];
};

/** Leads discovered in the year in scope, with the unit they count for and the musts they break as of `today`. */
export async function leadIndicatorFacts(ctx: TContext, user: TSessionUser, year: number, today: string): Promise<TLeadIndicatorFacts[]> {
  await fillMissingDueDates(ctx.db);
  const rows = await repo.leadsOfPeriod(ctx.db, user.bureauId, operatorScopeOf(user), `${year}-01-01`, `${year}-12-31`);
  return rows.map(({ lead, jurisdictionStationId }) => {
    const handled = lead.handlingStationId || lead.handlingDepartmentId;
    return {
      unitStationId: handled ? lead.handlingStationId : jurisdictionStationId,
      unitDepartmentId: handled ? lead.handlingDepartmentId : null,
      musts: brokenMusts({ ...lead, assessDueOn: lead.assessDueOn!, assessment: lead.assessment }, today),
    };
  });
}
