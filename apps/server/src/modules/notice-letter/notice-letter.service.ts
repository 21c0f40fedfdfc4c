// The register of the two notices and a letter (两书一函): drafts written by staff (bodies prefilled from an
// inspection's demands or an interview), issued with a number per bureau, kind and year, signed for by the addressee
// in its account or recorded as delivered on paper, answered by the addressee, closed by staff. Every step is a
// versioned write in the status it needs (out of order: 409 naming both) and an audit entry.
import { can } from '@shian/shared/access';
import type { TPage } from '@shian/shared/http';
import {
  NOTICE_LETTER_KIND_NAMES,
  NOTICE_LETTER_STATUS_NAMES,
  noticeLetterNumber,
  type TNoticeLetter,
  type TNoticeLetterAnswer,
  type TNoticeLetterClose,
  type TNoticeLetterCreate,
  type TNoticeLetterListQuery,
  type TNoticeLetterPaperDelivery,
  type TNoticeLetterStatus,
} from '@shian/shared/notice-letter';
import { chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { dueAfterWorkingDays } from '../../core/calendar/calendar.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError, forbidden, notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { findFile, readStoredFile, storeImage } from '../../core/files/files.ts';
import type { TImageUpload } from '../../core/files/image-upload.ts';
import { getInspection } from '../inspection/inspection.public.ts';
import { documentPrefix, getInterview } from '../interview/interview.public.ts';
import { notify } from '../notification/notification.public.ts';
import { getOperator, operatorScopeOf } from '../operator/operator.public.ts';
import { getOrganisation } from '../org/org.public.ts';
import { inspectionDemands } from '../rectification/rectification.public.ts';
import { chinaDate, noticeLetterDocx } from './notice-letter-docx.ts';
import { presentLetter } from './notice-letter.presenter.ts';
import * as repo from './notice-letter.repository.ts';

/** The addressees (business, cadre) see a letter once it is issued; drafts are the issuing staff's. */
const hidesDrafts = (user: TSessionUser) => !can(user.role, 'notice-letter.issue');

async function load(db: TDbOrTx, user: TSessionUser, id: string) {
  const row = await repo.findLetter(db, operatorScopeOf(user), hidesDrafts(user), id);
  if (!row) throw notFound();
  return row;
}

type TStep = { zh: string; en: string };

/** 409 naming where the letter is and what the step needs: "该文书为已送达，不能签收（需为已发出）". */
function requireStatus(row: { status: TNoticeLetterStatus }, step: TStep, allowed: readonly TNoticeLetterStatus[]) {
  if (allowed.includes(row.status)) return;
  const current = NOTICE_LETTER_STATUS_NAMES[row.status];
  const needed = allowed.map((s) => NOTICE_LETTER_STATUS_NAMES[s]);
  throw new AppError('WRONG_STATE', {
    what: {
      zh: `该文书为“${current.zh}”，不能${step.zh}（需为“${needed.map((n) => n.zh).join('”或“')}”）`,
      en: `The letter is ${current.en.toLowerCase()}; it cannot be ${step.en} (it must be ${needed.map((n) => n.en.toLowerCase()).join(' or ')})`,
    },
  });
}

/** Only the addressee's own account signs for and answers a letter: the business of its operator, or its cadre. */
function requireAddressee(row: { operatorId: string | null; cadreId: string | null }, user: TSessionUser) {
  const own = (row.operatorId !== null && row.operatorId === user.operatorId) || (row.cadreId !== null && row.cadreId === user.cadreId);
  if (!own) throw forbidden();
}

export async function listLetters(ctx: TContext, user: TSessionUser, query: TNoticeLetterListQuery): Promise<TPage<TNoticeLetter>> {
  const today = chinaToday();
  const { rows, total } = await repo.listLetters(ctx.db, operatorScopeOf(user), hidesDrafts(user), query, today);
  return { items: rows.map((r) => presentLetter(r, today)), total, page: query.page, pageSize: query.pageSize };
}

export async function getLetter(ctx: TContext, user: TSessionUser, id: string): Promise<TNoticeLetter> {
  return presentLetter(await load(ctx.db, user, id), chinaToday());
}

/** The body of a rectification notice: the inspection and each of its demands with its deadline. */
function rectificationBody(inspection: { inspectedOn: string; rectifications: { demand: string; dueOn: string }[] }) {
  const lines = inspection.rectifications.map((d, i) => `${i + 1}. ${d.demand}（整改期限：${chinaDate(d.dueOn)}前）`);
  return [`本局于${chinaDate(inspection.inspectedOn)}对你单位进行了食品安全监督检查，发现存在下列问题，现责令你单位限期整改：`, ...lines].join('\n');
}

function interviewBody(interview: { scheduledAt: string; place: string; attendees: string; reason: string }) {
  const when = chinaDate(chinaToday(new Date(interview.scheduledAt)));
  return [
    `${interview.reason}`,
    `根据《中华人民共和国食品安全法》第一百一十四条的规定，本局决定于${when}在${interview.place}对你单位进行行政约谈，请${interview.attendees}准时参加。`,
  ].join('\n');
}

const reminderBody = (reason: string, toCadre: boolean) =>
  toCadre
    ? `经核查，${reason}。请你单位督促包保干部切实履行包保督导责任，及时整改落实。`
    : `经核查，${reason}。根据《中华人民共和国食品安全法》和《企业落实食品安全主体责任监督管理规定》，请你单位切实履行食品安全主体责任，及时整改落实。`;

/** A draft: the addressee in the user's scope (404 otherwise), the body prefilled from what the kind cites. */
export async function createLetter(ctx: TContext, user: TSessionUser, input: TNoticeLetterCreate): Promise<TNoticeLetter> {
  const today = chinaToday();
  let operatorId = input.operatorId ?? null;
  let body = input.body;
  let answerDueOn = input.answerDueOn;
  const sameOperator = (cited: string) => {
    if (operatorId !== null && operatorId !== cited) throw invalidField('operatorId', { zh: '与所引用记录的经营主体不一致', en: 'is not the operator of the cited record' });
    operatorId = cited;
  };
  if (input.kind === 'rectification') {
    const inspection = await getInspection(ctx, user, input.inspectionId!, inspectionDemands);
    if (inspection.rectifications.length === 0) throw invalidField('inspectionId', { zh: '该检查没有提出整改要求', en: 'the inspection raised no rectification demands' });
    sameOperator(inspection.operatorId);
    body ??= rectificationBody(inspection);
    answerDueOn ??= inspection.rectifications
      .map((d) => d.dueOn)
      .sort()
      .at(-1);
  } else if (input.kind === 'interview') {
    const interview = await getInterview(ctx, user, input.interviewId!);
    sameOperator(interview.operatorId);
    body ??= interviewBody(interview);
    const meetingDay = chinaToday(new Date(interview.scheduledAt));
    if (!answerDueOn && meetingDay >= today) answerDueOn = meetingDay;
  } else if (operatorId !== null) {
    await getOperator(ctx, user, operatorId);
    body ??= reminderBody(input.reason, false);
  } else {
    if (!(await repo.findCadreInScope(ctx.db, operatorScopeOf(user), input.cadreId!))) throw notFound();
    body ??= reminderBody(input.reason, true);
  }
  answerDueOn ??= await dueAfterWorkingDays(ctx.db, today, 10);
  if (answerDueOn < today) throw invalidField('answerDueOn', { zh: `不能早于今天（${today}）`, en: `must not be before today (${today})` });
  const values = {
    bureauId: user.bureauId,
    kind: input.kind,
    operatorId,
    cadreId: input.cadreId ?? null,
    inspectionId: input.inspectionId ?? null,
    interviewId: input.interviewId ?? null,
    reason: input.reason,
    body,
    answerDueOn,
    createdBy: user.id,
  };
  const created = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertLetter(tx, values);
    await recordAudit(tx, [{ actor: user, action: 'create', entity: 'notice_letter', entityId: row.id, after: values }]);
    return row;
  });
  return getLetter(ctx, user, created.id);
}

/** Numbers the letter (黄陂市监提醒〔2026〕0001号) and shows it to the addressee, who is told. */
export async function issueLetter(ctx: TContext, user: TSessionUser, id: string, version: number): Promise<TNoticeLetter> {
  const before = await load(ctx.db, user, id);
  requireStatus(before, { zh: '发出', en: 'issued' }, ['draft']);
  const { bureau } = await getOrganisation(ctx.db, user.bureauId);
  const year = Number(chinaToday().slice(0, 4));
  const issued = await ctx.db.transaction(async (tx) => {
    const seq = await repo.nextSeq(tx, before.bureauId, before.kind, year);
    const number = noticeLetterNumber(documentPrefix(bureau.name), before.kind, year, seq);
    const row = await repo.updateLetter(tx, id, version, ['draft'], { status: 'issued', number, year, seq, issuedBy: user.id, issuedAt: new Date() });
    await recordAudit(tx, [{ actor: user, action: 'issue', entity: 'notice_letter', entityId: id, before: { status: 'draft' }, after: { status: 'issued', number } }]);
    return row;
  });
  const recipients = await repo.addresseeAccounts(ctx.db, issued);
  const kindName = NOTICE_LETTER_KIND_NAMES[issued.kind];
  await notify(
    ctx,
    recipients.map((r) => ({
      bureauId: issued.bureauId,
      recipientId: r.id,
      kind: 'assigned' as const,
      title: { zh: `收到${kindName.zh}：${issued.number}`, en: `${kindName.en} received: ${issued.number}` },
      body: { zh: `请签收，并于 ${issued.answerDueOn} 前回复。`, en: `Sign for it and answer by ${issued.answerDueOn}.` },
      link: `/my-notice-letters/${id}`,
      module: 'notice-letter',
      dedupeKey: `notice-letter:${id}:issued`,
    })),
  );
  return getLetter(ctx, user, id);
}

/** Online delivery: the addressee signs for the letter in its own account. */
export async function signLetter(ctx: TContext, user: TSessionUser, id: string, version: number): Promise<TNoticeLetter> {
  const before = await load(ctx.db, user, id);
  requireAddressee(before, user);
  requireStatus(before, { zh: '签收', en: 'signed for' }, ['issued']);
  await ctx.db.transaction(async (tx) => {
    await repo.updateLetter(tx, id, version, ['issued'], {
      status: 'delivered',
      deliveryMethod: 'online',
      deliveredAt: new Date(),
      signedBy: user.id,
      signerName: user.displayName,
    });
    await recordAudit(tx, [
      { actor: user, action: 'sign', entity: 'notice_letter', entityId: id, before: { status: 'issued' }, after: { status: 'delivered', deliveryMethod: 'online' } },
    ]);
  });
  return getLetter(ctx, user, id);
}

/** Paper delivery recorded by staff: the day it was handed over (between the issue and today) and the signer. */
export async function deliverOnPaper(ctx: TContext, user: TSessionUser, id: string, input: TNoticeLetterPaperDelivery): Promise<TNoticeLetter> {
  const before = await load(ctx.db, user, id);
  requireStatus(before, { zh: '登记纸质送达', en: 'recorded as delivered on paper' }, ['issued']);
  const today = chinaToday();
  const issuedOn = chinaToday(before.issuedAt!);
  if (input.deliveredOn < issuedOn || input.deliveredOn > today) {
    throw invalidField('deliveredOn', { zh: `应在发出日期（${issuedOn}）和今天之间`, en: `must be between the issue date (${issuedOn}) and today` });
  }
  // Today's delivery keeps its time; an earlier day is recorded at noon of that China date.
  const deliveredAt = input.deliveredOn === today ? new Date() : new Date(`${input.deliveredOn}T12:00:00+08:00`);
  await ctx.db.transaction(async (tx) => {
    await repo.updateLetter(tx, id, input.version, ['issued'], { status: 'delivered', deliveryMethod: 'paper', deliveredAt, signedBy: null, signerName: input.signerName });
    await recordAudit(tx, [
      {
        actor: user,
        action: 'deliver-on-paper',
        entity: 'notice_letter',
        entityId: id,
        before: { status: 'issued' },
        after: { status: 'delivered', deliveryMethod: 'paper', deliveredOn: input.deliveredOn, signerName: input.signerName },
      },
    ]);
  });
  return getLetter(ctx, user, id);
}

/** A photo for the answer, uploaded before the answer names it; only the addressee, while an answer is awaited. */
export async function addAttachment(ctx: TContext, user: TSessionUser, id: string, upload: TImageUpload) {
  const row = await load(ctx.db, user, id);
  requireAddressee(row, user);
  requireStatus(row, { zh: '上传回复附件', en: 'given attachments' }, ['issued', 'delivered']);
  const file = await storeImage(ctx.db, ctx.filesDir, { bureauId: user.bureauId, kind: 'photo', buffer: upload.buffer, originalName: upload.filename, uploadedBy: user.id });
  return { id: file.id };
}

/** The addressee's answer once it has the letter (signed for, or delivered on paper). */
export async function answerLetter(ctx: TContext, user: TSessionUser, id: string, input: TNoticeLetterAnswer): Promise<TNoticeLetter> {
  const before = await load(ctx.db, user, id);
  requireAddressee(before, user);
  requireStatus(before, { zh: '回复', en: 'answered' }, ['delivered']);
  for (const [index, fileId] of input.attachmentIds.entries()) {
    const file = await findFile(ctx.db, user.bureauId, fileId).catch(() => null);
    if (file?.kind !== 'photo' || file.uploadedBy !== user.id) {
      throw invalidField(`attachmentIds.${index}`, { zh: '不是本账号上传的附件', en: 'is not an attachment uploaded by you' });
    }
  }
  await ctx.db.transaction(async (tx) => {
    await repo.updateLetter(tx, id, input.version, ['delivered'], {
      status: 'answered',
      answer: input.answer,
      attachmentIds: input.attachmentIds,
      answeredAt: new Date(),
      answeredBy: user.id,
    });
    await recordAudit(tx, [
      { actor: user, action: 'answer', entity: 'notice_letter', entityId: id, before: { status: 'delivered' }, after: { status: 'answered', attachmentIds: input.attachmentIds } },
    ]);
  });
  return getLetter(ctx, user, id);
}

/** Staff close a delivered letter: answered, or handled otherwise (the note says how). */
export async function closeLetter(ctx: TContext, user: TSessionUser, id: string, input: TNoticeLetterClose): Promise<TNoticeLetter> {
  const before = await load(ctx.db, user, id);
  requireStatus(before, { zh: '办结', en: 'closed' }, ['delivered', 'answered']);
  await ctx.db.transaction(async (tx) => {
    await repo.updateLetter(tx, id, input.version, ['delivered', 'answered'], { status: 'closed', closedAt: new Date(), closedBy: user.id, closeNote: input.note || null });
    await recordAudit(tx, [
      { actor: user, action: 'close', entity: 'notice_letter', entityId: id, before: { status: before.status }, after: { status: 'closed', note: input.note } },
    ]);
  });
  return getLetter(ctx, user, id);
}

/** The letter as a .docx in the official layout (a draft prints unnumbered). */
export async function letterDocx(ctx: TContext, user: TSessionUser, id: string) {
  const row = await load(ctx.db, user, id);
  const letter = presentLetter(row, chinaToday());
  const { bureau } = await getOrganisation(ctx.db, row.bureauId);
  const issuedOn = row.issuedAt ? chinaToday(row.issuedAt) : chinaToday();
  const buffer = await noticeLetterDocx(letter, bureau.name, issuedOn);
  return { buffer, fileName: `${NOTICE_LETTER_KIND_NAMES[letter.kind].zh}-${letter.addressee}-${letter.number ?? chinaDate(issuedOn)}.docx` };
}

/** An attachment of the answer, or the addressee's own upload not yet attached. */
export async function readAttachment(ctx: TContext, user: TSessionUser, id: string, fileId: string, thumbnail: boolean) {
  const row = await load(ctx.db, user, id);
  const file = await findFile(ctx.db, user.bureauId, fileId);
  if (!row.attachmentIds.includes(fileId) && file.uploadedBy !== user.id) throw notFound();
  return readStoredFile(ctx.filesDir, file, thumbnail);
}
