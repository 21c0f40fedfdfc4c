import {
  ACTION_FROM,
  CASE_ACTION_NAMES,
  CASE_STATUS_NAMES,
  checkPenalty,
  decisionDueOn,
  mustPublish,
  publicationDueOn,
  statementDueOn,
  type TCaseAction,
  type TCaseApproval,
  type TCaseCreate,
  type TCaseDecision,
  type TCaseDetail,
  type TCaseHearing,
  type TCaseListQuery,
  type TCaseNoticeInput,
  type TCaseTransfer,
  type TCase,
  type TEvidenceFields,
  basisText,
  chineseNumber,
} from '@shian/shared/enforcement-case';
import type { TPage } from '@shian/shared/http';
import { chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { invalidField, invalidFields } from '../../core/field-error.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { readStoredFile } from '../../core/files/files.ts';
import { getOperator, operatorScopeOf } from '../operator/operator.public.ts';
import { getOrganisation } from '../org/org.public.ts';
import { citeArticles, resolveArticle } from '../law/law.public.ts';
import { crimeAwaitingTransfer, leadForFiling, markLeadFiled, markLeadNotFiled, markLeadQualifying, markLeadTransferredToPolice, unitOf } from '../lead/lead.public.ts';
import * as repo from './enforcement-case.repository.ts';
import type { TCaseDetailRow, TCaseRow, TCaseValues } from './enforcement-case.repository.ts';
import { actionsOf, noticeOf, presentCase, presentDetail } from './enforcement-case.presenter.ts';
import { decisionDocx, decisionSummary, decisionText, filingFormDocx } from './case-documents.ts';
import { documentData, redactionContext } from './case-document-data.ts';
import { storeEvidenceFile, type TEvidenceUpload } from './case-evidence-file.ts';
import { redactPersonalData } from './penalty-redaction.ts';

export async function loadCase(db: TDbOrTx, user: TSessionUser, id: string): Promise<TCaseDetailRow> {
  const row = await repo.findCase(db, user.bureauId, operatorScopeOf(user), id);
  if (!row) throw notFound();
  return row;
}

/** A step out of order is refused with the reason: where the case is and where the step belongs. */
function checkOrder(row: TCaseRow, action: TCaseAction) {
  const status = row.status;
  const name = CASE_ACTION_NAMES[action];
  if (!ACTION_FROM[action].includes(status)) {
    const allowed = ACTION_FROM[action].map((s) => CASE_STATUS_NAMES[s]);
    throw invalidField('status', {
      zh: `不能${name.zh}：案件当前为「${CASE_STATUS_NAMES[status].zh}」，该步骤须在「${allowed.map((a) => a.zh).join('」或「')}」时进行`,
      en: `cannot ${name.en}: the case is ${CASE_STATUS_NAMES[status].en}; this step belongs to ${allowed.map((a) => a.en).join(' or ')}`,
    });
  }
  if (!actionsOf(row, chinaToday()).includes(action)) {
    throw invalidField('status', { zh: `当前不能${name.zh}：${whyNot(row, action).zh}`, en: `cannot ${name.en} now: ${whyNot(row, action).en}` });
  }
}

function whyNot(row: TCaseRow, action: TCaseAction): { zh: string; en: string } {
  switch (action) {
    case 'record_hearing':
      return row.hearingHeldOn ? { zh: '听证已登记', en: 'the hearing is recorded' } : { zh: '当事人未要求听证', en: 'the party did not ask for a hearing' };
    case 'execute':
      return { zh: '不予处罚的案件无需执行，可直接结案', en: 'a decision of no penalty has nothing to execute' };
    case 'close':
      return { zh: '处罚决定尚未执行完毕，须先登记执行情况', en: 'record the execution first' };
    case 'request_extension':
      return row.extended || row.extensionRequestedAt
        ? { zh: '办案期限只能延长一次', en: 'the time limit can be extended once' }
        : { zh: `办案期限已于 ${row.decisionDueOn} 届满`, en: `the time limit ended on ${row.decisionDueOn}` };
    case 'approve_extension':
      return { zh: '没有待审批的延期申请', en: 'no extension awaits approval' };
    case 'publish':
      return row.publishedAt
        ? { zh: '该决定已公示', en: 'the decision is published' }
        : { zh: '仅警告或不予处罚的决定不予公示（《市场监督管理行政处罚信息公示规定》第二条）', en: 'a warning only or no penalty is not published' };
    default:
      return { zh: '条件不满足', en: 'conditions not met' };
  }
}

/** The step's date: today, or the date on the paper it is entered from (then the case is not fully online). */
function stepDate(paperOn: string | undefined): { on: string; online: boolean } {
  const today = chinaToday();
  if (!paperOn) return { on: today, online: true };
  if (paperOn > today) throw invalidField('paperOn', { zh: '不能晚于今天', en: 'must not be in the future' });
  return { on: paperOn, online: false };
}

/** Someone other than the one who asked approves (立案, 处罚决定, 延期 — a second pair of eyes). */
function checkOtherApprover(user: TSessionUser, requestedBy: string | null) {
  if (requestedBy === user.id) throw invalidField('approve', { zh: '不能审批本人提出的申请，须由其他负责人审批', en: 'you cannot approve your own request' });
}

type TStepChange = { values: TCaseValues; detail: string | null; audit: Record<string, unknown> };

/**
 * Runs one step: in order, on the version the officer saw (of two officers at once, one wins and the other
 * gets 409), recorded with who, when and whether online, audited, in one transaction.
 */
async function runStep(
  ctx: TContext,
  user: TSessionUser,
  id: string,
  action: TCaseAction,
  input: { version: number; paperOn?: string },
  build: (row: TCaseDetailRow, on: string) => Promise<TStepChange> | TStepChange,
  after?: (tx: TDbOrTx, row: TCaseDetailRow, on: string) => Promise<void>,
): Promise<TCaseDetail> {
  const before = await loadCase(ctx.db, user, id);
  // A stale version is a conflict whatever the step: someone else acted on the case in between.
  if (before.version !== input.version) throw new AppError('VERSION_CONFLICT');
  checkOrder(before, action);
  const { on, online } = stepDate(input.paperOn);
  const change = await build(before, on);
  await ctx.db.transaction(async (tx) => {
    await repo.updateCaseVersioned(tx, id, input.version, change.values);
    await repo.insertStep(tx, { caseId: id, kind: action, on, by: user.id, online, detail: change.detail });
    if (after) await after(tx, before, on);
    await recordAudit(tx, [{ actor: user, action, entity: 'enforcement_case', entityId: id, after: { ...change.audit, on, online } }]);
  });
  return getCase(ctx, user, id);
}

// ---- reading ----

export async function listCases(ctx: TContext, user: TSessionUser, query: TCaseListQuery): Promise<TPage<TCase>> {
  const scope = operatorScopeOf(user);
  const today = chinaToday();
  const { rows, total } = await repo.listCases(ctx.db, user.bureauId, scope, query);
  return { items: rows.map((r) => presentCase(r, today)), total, page: query.page, pageSize: query.pageSize };
}

export async function getCase(ctx: TContext, user: TSessionUser, id: string): Promise<TCaseDetail> {
  const row = await loadCase(ctx.db, user, id);
  const [steps, evidence] = await Promise.all([repo.stepsOf(ctx.db, id), repo.evidenceOf(ctx.db, id)]);
  return presentDetail(row, steps, evidence, chinaToday());
}

// ---- filing ----

/** The lead meets the filing conditions: the case is proposed (立案) and awaits a head's approval. */
export async function createCase(ctx: TContext, user: TSessionUser, input: TCaseCreate): Promise<TCaseDetail> {
  const lead = await leadForFiling(ctx.db, user, input.leadId);
  const { on, online } = stepDate(input.paperOn);
  if (on < lead.discoveredOn) throw invalidField('paperOn', { zh: `不能早于线索发现日期 ${lead.discoveredOn}`, en: `must not be before ${lead.discoveredOn}` });
  let party: Pick<TCaseValues, 'partyName' | 'partyKind' | 'partyCode' | 'partyAddress' | 'partyRepresentative' | 'partyIdEncrypted'> & { partyName: string; partyKind: string };
  if (lead.operatorId) {
    const o = await getOperator(ctx, user, lead.operatorId);
    const principal = o.personnel.find((p) => p.role === 'principal');
    party = {
      partyName: o.name,
      partyKind: 'organisation',
      partyCode: o.uscc,
      partyAddress: o.address,
      partyRepresentative: input.partyRepresentative ?? principal?.name ?? null,
      partyIdEncrypted: null,
    };
  } else {
    if (!input.partyName || !input.partyKind) throw invalidField('partyName', { zh: '线索未关联经营主体，须填写当事人', en: 'the lead names no operator: give the party' });
    party = {
      partyName: input.partyName,
      partyKind: input.partyKind,
      partyCode: null,
      partyAddress: input.partyAddress ?? null,
      partyRepresentative: input.partyRepresentative ?? null,
      partyIdEncrypted: input.partyKind === 'natural_person' && input.partyIdNumber ? ctx.cipher.encrypt(input.partyIdNumber) : null,
    };
  }
  const unit = user.stationId || user.departmentId ? unitOf(user) : { handlingStationId: lead.handlingStationId, handlingDepartmentId: lead.handlingDepartmentId };
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertCase(tx, {
      bureauId: user.bureauId,
      leadId: lead.id,
      operatorId: lead.operatorId,
      ...party,
      cause: input.cause,
      status: 'filing_pending',
      filedBy: user.id,
      ...unit,
    });
    if (!row) throw new AppError('ALREADY_DONE', { what: { zh: '该线索的立案', en: 'Filing this lead' } });
    await markLeadQualifying(tx, user, lead.id, input.leadVersion, { reason: input.assessmentReason, caseId: row.id, on });
    await repo.insertStep(tx, { caseId: row.id, kind: 'propose_filing', on, by: user.id, online, detail: input.assessmentReason });
    await recordAudit(tx, [
      {
        actor: user,
        action: 'propose_filing',
        entity: 'enforcement_case',
        entityId: row.id,
        after: { leadId: lead.id, cause: input.cause, partyName: party.partyName, on, online },
      },
    ]);
    return row.id;
  });
  const created = await getCase(ctx, user, id);
  await publishAwaitingApproval(ctx, user, created, 'filing');
  return created;
}

/** After the commit: the step now waits for a head's approval (the notifications tell the approvers). */
async function publishAwaitingApproval(ctx: TContext, user: TSessionUser, c: TCaseDetail, step: 'filing' | 'decision') {
  await ctx.events.publish('case.awaiting-approval', { bureauId: user.bureauId, caseId: c.id, version: c.version, operatorId: c.operatorId, partyName: c.partyName, step }, user);
}

const yearOf = (date: string) => Number(date.slice(0, 4));

export async function approveFiling(ctx: TContext, user: TSessionUser, id: string, input: TCaseApproval) {
  if (!input.approve && !input.opinion) throw invalidField('opinion', { zh: '不予立案须写明理由', en: 'give the reason for refusing' });
  let prefix = '';
  return runStep(
    ctx,
    user,
    id,
    'approve_filing',
    input,
    async (row, on) => {
      checkOtherApprover(user, row.filedBy);
      if (!input.approve) return { values: { status: 'filing_rejected' }, detail: `不予立案：${input.opinion}`, audit: { approve: false, opinion: input.opinion } };
      prefix = await bureauPrefix(ctx, row.bureauId);
      return {
        values: { status: 'investigating', filedOn: on, decisionDueOn: decisionDueOn(on, false) },
        detail: `同意立案${input.opinion ? `：${input.opinion}` : ''}`,
        audit: { approve: true, opinion: input.opinion ?? null },
      };
    },
    async (tx, row, on) => {
      if (!input.approve) return markLeadNotFiled(tx, row.leadId, `负责人决定不予立案：${input.opinion}`);
      // The number is taken inside the transaction that approves, under a lock: one number per case.
      const serial = await repo.nextSerial(tx, row.bureauId, 'case_no', yearOf(on));
      await repo.setNumber(tx, row.id, { caseNo: `${prefix}立〔${yearOf(on)}〕${serial}号` });
      await markLeadFiled(tx, row.leadId, on);
    },
  );
}

/** 武汉市黄陂区市场监督管理局 -> 黄陂市监 (the district's short name and 市监, as the bureau numbers its papers). */
async function bureauPrefix(ctx: TContext, bureauId: string) {
  const name = (await getOrganisation(ctx.db, bureauId)).bureau.name;
  const district = /市(.+?)[区县]市场监督管理局$/.exec(name)?.[1] ?? name.replace(/市场监督管理局$/, '');
  return `${district}市监`;
}

// ---- investigation ----

export async function addEvidence(ctx: TContext, user: TSessionUser, id: string, fields: TEvidenceFields, upload: TEvidenceUpload) {
  if (fields.collectedOn > chinaToday()) throw invalidField('collectedOn', { zh: '不能晚于今天', en: 'must not be in the future' });
  // Order first: a file for a case past investigation is refused before it is stored.
  checkOrder(await loadCase(ctx.db, user, id), 'add_evidence');
  const file = await storeEvidenceFile(ctx.db, ctx.filesDir, { bureauId: user.bureauId, buffer: upload.buffer, originalName: upload.filename, uploadedBy: user.id });
  return runStep(
    ctx,
    user,
    id,
    'add_evidence',
    fields,
    () => ({
      values: {},
      detail: `${fields.evidenceTitle}（${file.originalName}）`,
      audit: { title: fields.evidenceTitle, kind: fields.evidenceKind, fileId: file.id, sha256: file.sha256 },
    }),
    async (tx) => {
      await repo.insertEvidence(tx, { caseId: id, title: fields.evidenceTitle, kind: fields.evidenceKind, collectedOn: fields.collectedOn, fileId: file.id, addedBy: user.id });
    },
  );
}

export async function evidenceFile(ctx: TContext, user: TSessionUser, id: string, evidenceId: string) {
  await loadCase(ctx.db, user, id);
  const found = await repo.findEvidence(ctx.db, id, evidenceId);
  if (!found) throw notFound();
  return { file: found.file, bytes: await readStoredFile(ctx.filesDir, found.file, false) };
}

function penaltyProblems(input: TCaseNoticeInput | TCaseDecision) {
  const problems = checkPenalty({
    basisLaw: input.basisLaw,
    basisArticle: input.basisArticle,
    basisParagraph: input.basisParagraph,
    penaltyKinds: input.penaltyKinds,
    fineAmount: input.fineAmount,
    goodsValue: input.goodsValue,
  });
  if (problems.length) throw invalidFields(problems);
}

const penaltyColumns = (input: TCaseNoticeInput | TCaseDecision) => ({
  kinds: [...new Set(input.penaltyKinds)],
  fineAmount: input.fineAmount,
  goodsValue: input.goodsValue,
  illegalGains: input.illegalGains,
  confiscation: input.confiscation ?? null,
  basisLaw: input.basisLaw,
  basisArticle: input.basisArticle,
  basisParagraph: input.basisParagraph,
  facts: input.factsFound,
});

/** The law library's article for the basis, when the library holds that law (else the text stands alone). */
async function basisArticleId(db: TDbOrTx, input: { basisLaw: string; basisArticle: number }) {
  return resolveArticle(db, input.basisLaw, `第${chineseNumber(input.basisArticle)}条`);
}

/** The notice of proposed penalty (行政处罚事先告知): it needs evidence, and a penalty the cited paragraph allows. */
export async function notifyCase(ctx: TContext, user: TSessionUser, id: string, input: TCaseNoticeInput) {
  return runStep(ctx, user, id, 'notify', input, async (row, on) => {
    if ((await repo.countEvidence(ctx.db, id)) === 0) {
      throw invalidField('status', { zh: '尚未登记任何证据，不能告知拟处罚（行政处罚法第五十四条：必须调查、收集有关证据）', en: 'no evidence is recorded yet' });
    }
    if (row.filedOn && on < row.filedOn) throw invalidField('paperOn', { zh: `不能早于立案日期 ${row.filedOn}`, en: `must not be before the filing on ${row.filedOn}` });
    penaltyProblems(input);
    const columns = penaltyColumns(input);
    const notice = {
      ...columns,
      basisText: basisText({ law: input.basisLaw, article: input.basisArticle, paragraph: input.basisParagraph }),
      basisArticleId: await basisArticleId(ctx.db, input),
      hearingRight: input.hearingRight,
    };
    return { values: { status: 'notified', noticeOn: on, notice }, detail: `告知拟处罚：${notice.basisText}；陈述申辩期限至 ${statementDueOn(on)}`, audit: notice };
  });
}

/** The party's hearing (听证) was held: its record goes into the case. */
export async function recordHearing(ctx: TContext, user: TSessionUser, id: string, input: TCaseHearing) {
  return runStep(ctx, user, id, 'record_hearing', input, (row) => {
    if (input.hearingHeldOn > chinaToday()) throw invalidField('hearingHeldOn', { zh: '不能晚于今天', en: 'must not be in the future' });
    if (row.noticeOn && input.hearingHeldOn < row.noticeOn)
      throw invalidField('hearingHeldOn', { zh: `不能早于告知日期 ${row.noticeOn}`, en: `must not be before the notice on ${row.noticeOn}` });
    return {
      values: { hearingHeldOn: input.hearingHeldOn, hearingRecord: input.hearingRecord },
      detail: `听证：${input.hearingHeldOn}`,
      audit: { hearingHeldOn: input.hearingHeldOn },
    };
  });
}

/** Heavier than the notice? 行政处罚法 第四十五条: no heavier penalty because the party spoke up. */
function checkNotHeavier(row: TCaseRow, input: TCaseDecision) {
  const notice = noticeOf(row);
  if (!notice || input.decisionOutcome !== 'penalty') return;
  const added = input.penaltyKinds.filter((k) => !notice.kinds.includes(k));
  if (added.length || (input.fineAmount ?? 0) > (notice.fineAmount ?? 0)) {
    throw invalidField('penaltyKinds', {
      zh: '处罚决定不得重于告知的拟处罚（行政处罚法第四十五条：不得因当事人陈述、申辩而给予更重的处罚；加重须重新告知）',
      en: 'the decision must not be heavier than the notice (a heavier penalty needs a new notice)',
    });
  }
}

/** The handler proposes the decision (处罚决定审批): after the statement window or the statement, with the hearing held when asked. */
export async function proposeDecision(ctx: TContext, user: TSessionUser, id: string, input: TCaseDecision) {
  const proposed = await runStep(ctx, user, id, 'propose_decision', input, async (row, on) => {
    const due = statementDueOn(row.noticeOn!);
    if (!row.statementAt && on <= due) {
      throw invalidField('status', {
        zh: `陈述、申辩期限至 ${due} 届满前不能作出决定（当事人已提交陈述的除外；行政处罚法第六十二条）`,
        en: `the statement window runs until ${due}; no decision before it ends unless the party has answered`,
      });
    }
    if (row.hearingRequested && !row.hearingHeldOn)
      throw invalidField('status', { zh: '当事人要求听证，须先组织听证并登记', en: 'the party asked for a hearing: hold and record it first' });
    if (await crimeAwaitingTransfer(ctx.db, row.leadId)) {
      throw invalidField('status', {
        zh: '该案线索涉嫌犯罪尚未移送公安，不得以行政处罚代替移送（行政执法机关移送涉嫌犯罪案件的规定第十一条）',
        en: 'a suspected crime must be transferred to the police, not replaced by a penalty',
      });
    }
    if (input.decisionOutcome === 'penalty') penaltyProblems(input);
    checkNotHeavier(row, input);
    const columns = input.decisionOutcome === 'penalty' ? penaltyColumns(input) : null;
    return {
      values: {
        status: 'decision_pending',
        outcome: input.decisionOutcome,
        penaltyKinds: columns?.kinds ?? [],
        fineAmount: columns?.fineAmount ?? null,
        goodsValue: columns?.goodsValue ?? null,
        illegalGains: columns?.illegalGains ?? null,
        confiscation: columns?.confiscation ?? null,
        basisLaw: columns?.basisLaw ?? null,
        basisArticle: columns?.basisArticle ?? null,
        basisParagraph: columns?.basisParagraph ?? null,
        basisArticleId: columns ? await basisArticleId(ctx.db, input) : null,
        decisionFacts: input.factsFound,
        noPenaltyReason: input.decisionOutcome === 'no_penalty' ? (input.noPenaltyReason ?? null) : null,
        decisionProposedBy: user.id,
      },
      detail:
        input.decisionOutcome === 'penalty'
          ? `拟处罚：${basisText({ law: input.basisLaw, article: input.basisArticle, paragraph: input.basisParagraph })}`
          : `拟不予处罚：${input.noPenaltyReason}`,
      audit: { outcome: input.decisionOutcome, ...columns },
    };
  });
  await publishAwaitingApproval(ctx, user, proposed, 'decision');
  return proposed;
}

export async function approveDecision(ctx: TContext, user: TSessionUser, id: string, input: TCaseApproval) {
  if (!input.approve && !input.opinion) throw invalidField('opinion', { zh: '退回须写明理由', en: 'give the reason for sending it back' });
  const calendar = await loadCalendar(ctx.db);
  let prefix = '';
  return runStep(
    ctx,
    user,
    id,
    'approve_decision',
    input,
    async (row, on) => {
      checkOtherApprover(user, row.decisionProposedBy);
      if (!input.approve)
        return { values: { status: 'notified', outcome: null, decisionProposedBy: null }, detail: `退回：${input.opinion}`, audit: { approve: false, opinion: input.opinion } };
      if (on < row.noticeOn!) throw invalidField('paperOn', { zh: `不能早于告知日期 ${row.noticeOn}`, en: `must not be before the notice on ${row.noticeOn}` });
      prefix = await bureauPrefix(ctx, row.bureauId);
      const published = mustPublish(row.outcome!, row.penaltyKinds ?? []);
      return {
        values: { status: 'decided', decidedOn: on, decidedBy: user.id, publicationDueOn: published ? publicationDueOn(calendar, on) : null },
        detail: `同意${input.opinion ? `：${input.opinion}` : ''}`,
        audit: { approve: true, opinion: input.opinion ?? null },
      };
    },
    async (tx, row, on) => {
      if (!input.approve) return;
      const serial = await repo.nextSerial(tx, row.bureauId, 'decision_no', yearOf(on));
      await repo.setNumber(tx, row.id, { decisionNo: `${prefix}处罚〔${yearOf(on)}〕${serial}号` });
      if (row.basisArticleId) {
        await citeArticles(tx, { kind: 'penalty_decision', id: row.id, label: `行政处罚决定（${row.cause}）`, link: null }, [row.basisArticleId]);
      }
    },
  );
}

// ---- after the decision ----

export async function deliverDecision(ctx: TContext, user: TSessionUser, id: string, input: { version: number; detail?: string; paperOn?: string }) {
  return runStep(ctx, user, id, 'deliver', input, (row, on) => {
    if (on < row.decidedOn!) throw invalidField('paperOn', { zh: `不能早于决定日期 ${row.decidedOn}`, en: `must not be before the decision on ${row.decidedOn}` });
    return { values: { status: 'delivered', deliveredOn: on }, detail: input.detail ?? '决定书已送达当事人', audit: { detail: input.detail ?? null } };
  });
}

export async function executeDecision(ctx: TContext, user: TSessionUser, id: string, input: { version: number; detail: string; paperOn?: string }) {
  return runStep(ctx, user, id, 'execute', input, (_row, on) => ({
    values: { status: 'executed', executedOn: on, executionDetail: input.detail },
    detail: input.detail,
    audit: { detail: input.detail },
  }));
}

export async function closeCase(ctx: TContext, user: TSessionUser, id: string, input: { version: number; detail?: string; paperOn?: string }) {
  return runStep(ctx, user, id, 'close', input, (_row, on) => ({
    values: { status: 'closed', closedOn: on },
    detail: input.detail ?? '结案',
    audit: { detail: input.detail ?? null },
  }));
}

/** The investigation found a suspected crime (行政处罚法 第五十七条（四）): the case goes to the police. */
export async function transferCase(ctx: TContext, user: TSessionUser, id: string, input: TCaseTransfer) {
  return runStep(
    ctx,
    user,
    id,
    'transfer',
    input,
    (_row, on) => ({
      values: { status: 'transferred', transferredOn: on, policeUnit: input.policeUnit },
      detail: `移送${input.policeUnit}：${input.reason}`,
      audit: { policeUnit: input.policeUnit, reason: input.reason },
    }),
    (tx, row, on) => markLeadTransferredToPolice(tx, row.leadId, on, input.policeUnit),
  );
}

export async function requestExtension(ctx: TContext, user: TSessionUser, id: string, input: { version: number; reason: string; paperOn?: string }) {
  return runStep(ctx, user, id, 'request_extension', input, () => ({
    values: { extensionReason: input.reason, extensionRequestedBy: user.id, extensionRequestedAt: new Date() },
    detail: input.reason,
    audit: { reason: input.reason },
  }));
}

/** A head approves the 30 more days (程序规定 第六十四条), or refuses them. */
export async function approveExtension(ctx: TContext, user: TSessionUser, id: string, input: TCaseApproval) {
  return runStep(ctx, user, id, 'approve_extension', input, (row) => {
    checkOtherApprover(user, row.extensionRequestedBy);
    if (!input.approve)
      return {
        values: { extensionReason: null, extensionRequestedBy: null, extensionRequestedAt: null },
        detail: `不同意延期${input.opinion ? `：${input.opinion}` : ''}`,
        audit: { approve: false },
      };
    const due = decisionDueOn(row.filedOn!, true);
    return { values: { extended: true, decisionDueOn: due }, detail: `同意延期至 ${due}`, audit: { approve: true, decisionDueOn: due } };
  });
}

// ---- documents and publication ----

export async function filingFormDocument(ctx: TContext, user: TSessionUser, id: string) {
  const row = await loadCase(ctx.db, user, id);
  return { fileName: `立案审批表-${row.caseNo ?? row.partyName}.docx`, bytes: await filingFormDocx(await documentData(ctx, row)) };
}

export async function decisionDocument(ctx: TContext, user: TSessionUser, id: string) {
  const row = await loadCase(ctx.db, user, id);
  if (!row.outcome) throw invalidField('status', { zh: '尚未拟定处罚决定', en: 'no decision has been proposed yet' });
  return { fileName: `行政处罚决定书-${row.decisionNo ?? '审批稿'}.docx`, bytes: await decisionDocx(await documentData(ctx, row)) };
}

/** Publishes the decision with personal data masked (within 20 working days of the decision: 公示规定 第九条). */
export async function publishDecision(ctx: TContext, user: TSessionUser, id: string, input: { version: number }) {
  return runStep(ctx, user, id, 'publish', input, async (row, on) => {
    const data = await documentData(ctx, row);
    const context = redactionContext(data);
    const late = row.publicationDueOn && on > row.publicationDueOn;
    return {
      values: {
        publishedAt: new Date(),
        publishedOn: on,
        publishedBy: user.id,
        publishedText: redactPersonalData(decisionText(data), context),
        publishedSummary: redactPersonalData(decisionSummary(data), context),
      },
      detail: late ? `公示（已超过 ${row.publicationDueOn} 的公示期限）` : '公示',
      audit: { publishedOn: on, publicationDueOn: row.publicationDueOn },
    };
  });
}
