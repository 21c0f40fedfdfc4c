import { can } from '@shian/shared/access';
import type {
  TCommitmentCreate,
  TCommitmentFollowUp,
  TInterview,
  TInterviewCreate,
  TInterviewDetail,
  TInterviewListQuery,
  TInterviewPatch,
  TInterviewRecord,
  TInterviewStepKind,
} from '@shian/shared/interview';
import type { TPage } from '@shian/shared/http';
import { chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { maskPhone } from '../../core/crypto.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { getOperator, operatorScopeOf } from '../operator/operator.public.ts';
import { getOrganisation } from '../org/org.public.ts';
import { complaintCountsOf } from '../complaint-hotspot/complaint-hotspot.public.ts';
import * as repo from './interview.repository.ts';
import { presentCommitment, presentInterview, presentStep } from './interview.presenter.ts';
import { chinaDate, interviewNoticeDocx } from './interview-notice.ts';

/** Only staff who handle complaints see drafts; the business (and cadres) see an interview once notified. */
const hidesDrafts = (user: TSessionUser) => !can(user.role, 'complaint.read');

async function load(db: TDbOrTx, user: TSessionUser, id: string) {
  const row = await repo.findInterview(db, operatorScopeOf(user), hidesDrafts(user), id, chinaToday());
  if (!row) throw notFound();
  return row;
}

const STATUS_NAMES = {
  draft: { zh: '草稿', en: 'draft' },
  notified: { zh: '已发通知', en: 'notified' },
  held: { zh: '已约谈', en: 'held' },
  closed: { zh: '已办结', en: 'closed' },
} as const;

/** 400 naming the status the action needs, e.g. "状态：该约谈为已办结，此操作需要已约谈". */
function requireStatus(row: { status: string }, ...allowed: (keyof typeof STATUS_NAMES)[]) {
  if (allowed.includes(row.status as keyof typeof STATUS_NAMES)) return;
  const current = STATUS_NAMES[row.status as keyof typeof STATUS_NAMES] ?? { zh: row.status, en: row.status };
  throw invalidField('status', {
    zh: `该约谈为${current.zh}，此操作需要${allowed.map((s) => STATUS_NAMES[s].zh).join('或')}`,
    en: `the interview is ${current.en}; this needs ${allowed.map((s) => STATUS_NAMES[s].en).join(' or ')}`,
  });
}

async function step(tx: TDbOrTx, user: TSessionUser, interviewId: string, kind: TInterviewStepKind, note: string | null = null) {
  await repo.insertStep(tx, { interviewId, kind, note, actorId: user.id });
}

export async function listInterviews(ctx: TContext, user: TSessionUser, query: TInterviewListQuery): Promise<TPage<TInterview>> {
  const scope = operatorScopeOf(user);
  const { rows, total } = await repo.listInterviews(ctx.db, scope, hidesDrafts(user), query, chinaToday());
  return { items: rows.map((r) => presentInterview(r, ctx.cipher)), total, page: query.page, pageSize: query.pageSize };
}

export async function getInterview(ctx: TContext, user: TSessionUser, id: string): Promise<TInterviewDetail> {
  const row = await load(ctx.db, user, id);
  const today = chinaToday();
  const [commitments, steps] = await Promise.all([repo.commitmentsOf(ctx.db, id), repo.stepsOf(ctx.db, id)]);
  return { ...presentInterview(row, ctx.cipher), commitments: commitments.map((c) => presentCommitment(c, today)), steps: steps.map(presentStep) };
}

/** Creates a draft for an operator in scope, with its complaint counts of the period taken now. */
export async function createInterview(ctx: TContext, user: TSessionUser, input: TInterviewCreate): Promise<TInterviewDetail> {
  const operator = await getOperator(ctx, user, input.operatorId);
  const counts = await complaintCountsOf(ctx, user, operator.id, { from: input.complaintsFrom, to: input.complaintsTo });
  const { contactPhone, scheduledAt, ...rest } = input;
  const created = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertInterview(tx, {
      ...rest,
      bureauId: user.bureauId,
      scheduledAt: new Date(scheduledAt),
      complaintCounts: counts,
      contactPhoneEncrypted: ctx.cipher.encrypt(contactPhone),
      createdBy: user.id,
    });
    await step(tx, user, row.id, 'created', `投诉举报 ${counts.total} 件（${input.complaintsFrom} 至 ${input.complaintsTo}）`);
    await recordAudit(tx, [
      { actor: user, action: 'create', entity: 'interview', entityId: row.id, after: { ...input, contactPhone: maskPhone(contactPhone), complaintCounts: counts } },
    ]);
    return row;
  });
  return getInterview(ctx, user, created.id);
}

/** A draft's details may still change; an issued notice is what the business received and stays as it is. */
export async function updateInterview(ctx: TContext, user: TSessionUser, id: string, patch: TInterviewPatch): Promise<TInterviewDetail> {
  const before = await load(ctx.db, user, id);
  requireStatus(before, 'draft');
  const { version, contactPhone, scheduledAt, ...rest } = patch;
  await ctx.db.transaction(async (tx) => {
    await repo.updateInterviewVersioned(tx, id, version, {
      ...rest,
      ...(scheduledAt ? { scheduledAt: new Date(scheduledAt) } : {}),
      ...(contactPhone ? { contactPhoneEncrypted: ctx.cipher.encrypt(contactPhone) } : {}),
    });
    await step(tx, user, id, 'updated');
    await recordAudit(tx, [
      { actor: user, action: 'update', entity: 'interview', entityId: id, after: { ...rest, scheduledAt, contactPhone: contactPhone && maskPhone(contactPhone) } },
    ]);
  });
  return getInterview(ctx, user, id);
}

/** 武汉市黄陂区市场监督管理局 -> 黄陂: the short name official document numbers start with. */
export function documentPrefix(bureauName: string) {
  const place = bureauName.replace(/市场监督管理局$/, '').replace(/^.*[省市](?=.+[区县]$)/, '');
  return place.length > 2 ? place.replace(/[区县市]$/, '') : place;
}

/** Numbers the notice (黄陂市监约〔2026〕3号) and makes the interview visible to the business. */
export async function issueNotice(ctx: TContext, user: TSessionUser, id: string, version: number): Promise<TInterviewDetail> {
  const before = await load(ctx.db, user, id);
  requireStatus(before, 'draft');
  const { bureau } = await getOrganisation(ctx.db, user.bureauId);
  const year = Number(chinaToday().slice(0, 4));
  await ctx.db.transaction(async (tx) => {
    const serial = await repo.nextNoticeSerial(tx, user.bureauId, year);
    const noticeNo = `${documentPrefix(bureau.name)}市监约〔${year}〕${serial}号`;
    await repo.updateInterviewVersioned(tx, id, version, { status: 'notified', noticeNo, noticeIssuedAt: new Date() });
    await step(tx, user, id, 'notice_issued', noticeNo);
    await recordAudit(tx, [{ actor: user, action: 'issue-notice', entity: 'interview', entityId: id, before: { status: 'draft' }, after: { status: 'notified', noticeNo } }]);
  });
  return getInterview(ctx, user, id);
}

/** The notice as a .docx: the bureau, the business, the complaint counts, when, where, who, the contact. */
export async function interviewNotice(ctx: TContext, user: TSessionUser, id: string) {
  const row = await load(ctx.db, user, id);
  const interview = presentInterview(row, ctx.cipher);
  const [operator, org] = await Promise.all([getOperator(ctx, user, row.operatorId), getOrganisation(ctx.db, user.bureauId)]);
  const issuedOn = row.noticeIssuedAt ? chinaToday(row.noticeIssuedAt) : chinaToday();
  const buffer = await interviewNoticeDocx(interview, { bureauName: org.bureau.name, operatorName: operator.name, uscc: operator.uscc, address: operator.address }, issuedOn);
  return { buffer, fileName: `行政约谈通知书-${operator.name}-${interview.noticeNo ?? chinaDate(issuedOn)}.docx` };
}

/** The meeting record: who attended and what was said. It can be completed until the interview is closed. */
export async function recordMeeting(ctx: TContext, user: TSessionUser, id: string, input: TInterviewRecord): Promise<TInterviewDetail> {
  const before = await load(ctx.db, user, id);
  requireStatus(before, 'notified', 'held');
  await ctx.db.transaction(async (tx) => {
    await repo.updateInterviewVersioned(tx, id, input.version, { status: 'held', heldAt: new Date(input.heldAt), attendance: input.attendance, minutes: input.minutes });
    await step(tx, user, id, 'held', input.attendance);
    await recordAudit(tx, [
      { actor: user, action: 'record', entity: 'interview', entityId: id, before: { status: before.status }, after: { status: 'held', heldAt: input.heldAt } },
    ]);
  });
  return getInterview(ctx, user, id);
}

export async function addCommitment(ctx: TContext, user: TSessionUser, id: string, input: TCommitmentCreate): Promise<TInterviewDetail> {
  const before = await load(ctx.db, user, id);
  requireStatus(before, 'held');
  const heldOn = chinaToday(before.heldAt!);
  if (input.dueOn < heldOn) throw invalidField('dueOn', { zh: `不能早于约谈日期 ${heldOn}`, en: `must not be before the interview (${heldOn})` });
  await ctx.db.transaction(async (tx) => {
    const row = await repo.insertCommitment(tx, { interviewId: id, commitment: input.commitment, dueOn: input.dueOn });
    await step(tx, user, id, 'commitment_added', `${input.commitment}（期限 ${input.dueOn}）`);
    await recordAudit(tx, [{ actor: user, action: 'add-commitment', entity: 'interview_commitment', entityId: row.id, after: { interviewId: id, ...input } }]);
  });
  return getInterview(ctx, user, id);
}

/** Follow-up of one commitment: done or not done, with the evidence seen. */
export async function followUpCommitment(ctx: TContext, user: TSessionUser, id: string, commitmentId: string, input: TCommitmentFollowUp): Promise<TInterviewDetail> {
  const before = await load(ctx.db, user, id);
  requireStatus(before, 'held');
  const commitment = (await repo.commitmentsOf(ctx.db, id)).find((c) => c.id === commitmentId);
  if (!commitment) throw notFound();
  await ctx.db.transaction(async (tx) => {
    await repo.updateCommitmentVersioned(tx, commitmentId, input.version, { status: input.status, evidence: input.evidence, followedUpAt: new Date(), followedUpBy: user.id });
    await step(tx, user, id, 'followed_up', `${commitment.commitment}：${input.status === 'done' ? '已完成' : '未完成'}。${input.evidence}`);
    await recordAudit(tx, [
      {
        actor: user,
        action: 'follow-up',
        entity: 'interview_commitment',
        entityId: commitmentId,
        before: { status: commitment.status },
        after: { status: input.status, evidence: input.evidence },
      },
    ]);
  });
  return getInterview(ctx, user, id);
}

/** Closes a held interview once every commitment has been followed up. */
export async function closeInterview(ctx: TContext, user: TSessionUser, id: string, version: number): Promise<TInterviewDetail> {
  const before = await load(ctx.db, user, id);
  requireStatus(before, 'held');
  const open = (await repo.commitmentsOf(ctx.db, id)).filter((c) => c.status === 'open');
  if (open.length > 0) {
    throw invalidField('status', { zh: `还有 ${open.length} 项承诺未跟踪核实`, en: `${open.length} commitment(s) not followed up yet` });
  }
  await ctx.db.transaction(async (tx) => {
    await repo.updateInterviewVersioned(tx, id, version, { status: 'closed', closedAt: new Date() });
    await step(tx, user, id, 'closed');
    await recordAudit(tx, [{ actor: user, action: 'close', entity: 'interview', entityId: id, before: { status: 'held' }, after: { status: 'closed' } }]);
  });
  return getInterview(ctx, user, id);
}
