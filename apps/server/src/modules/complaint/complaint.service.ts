// Complaints and reports (投诉举报): intake, matching to the registry, reading and export.
// The handling workflow and its clocks are in complaint-workflow.service.ts, 12315 imports in
// complaint-import.service.ts.
//
// For other modules (the classifier's operatorMatches calls this):
//   matchOperators(db: TDbOrTx, bureauId: string, query: { name?: string | null; address?: string | null; uscc?: string | null })
//     : Promise<{ operatorId: string; name: string; address: string; confidence: number }[]>
// best first, at most 5; confidence 1 for a credit code found in the registry, else 0..1 from the name
// (pg_trgm + jieba tokens) and the address (jieba tokens, house numbers). See MATCH_THRESHOLDS.
import { randomInt } from 'node:crypto';
import {
  receiptDueDates,
  type TComplainant,
  type TComplaint,
  type TComplaintChannel,
  type TComplaintCreate,
  type TComplaintDetail,
  type TComplaintExportQuery,
  type TComplaintKind,
  type TComplaintListQuery,
  type TComplaintPublicCreate,
  type TComplaintReceipt,
  type TOperatorMatch,
  type TUnmatchedBusiness,
  type TUnmatchedLead,
  type TUnmatchedListQuery,
} from '@shian/shared/complaint';
import type { TPage } from '@shian/shared/http';
import { usccProblem } from '@shian/shared/uscc';
import { chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { createLead } from '../lead/lead.public.ts';
import * as repo from './complaint.repository.ts';
import { presentComplaint, presentPublicStatus } from './complaint.presenter.ts';
import { loadComplaint, presentComplaintDetail } from './complaint-detail.ts';
import { addressCore, matchDecision, nameCore, rankCandidates, routeOf, type TMatchQuery, type TUnit } from './complaint-matching.ts';
import type { TTicketChecker } from './complaint-proof.ts';
import { createRegistryMatcher, type TRegistryMatcher } from './complaint-registry-matcher.ts';
import type { TWindowLimiter } from '../../core/rate-limit.ts';

// ---- Matching -------------------------------------------------------------------------------

/** A credit code worth looking up: well-formed (a typo in an export is kept as given but not matched on). */
export const validUscc = (uscc: string | null | undefined) => (uscc && !usccProblem(uscc.trim().toUpperCase()) ? uscc.trim().toUpperCase() : null);

/**
 * Registry operators a complaint may name, best first (see the signature at the top of this file): the
 * credit code, else pg_trgm candidates by name, and by road and house number when the name finds nothing likely.
 */
export async function matchOperators(db: TDbOrTx, bureauId: string, query: TMatchQuery): Promise<TOperatorMatch[]> {
  const code = validUscc(query.uscc);
  const found = code ? await repo.operatorByUscc(db, bureauId, code) : null;
  if (found) return [{ operatorId: found.id, name: found.name, address: found.address, confidence: 1 }];
  const named = query.name?.trim()
    ? ((await repo.candidatesByName(db, bureauId, [{ name: query.name.trim(), nameCore: nameCore(query.name), address: query.address?.trim() ?? '' }])).get(0) ?? [])
    : [];
  const ranked = rankCandidates({ ...query, uscc: code }, named);
  const core = addressCore(query.address);
  if (!core || (ranked[0]?.confidence ?? 0) >= 0.5) return ranked;
  const seen = new Set(named.map((c) => c.operatorId));
  const byAddress = (await repo.candidatesByAddress(db, bureauId, core, query.address!.trim())).filter((c) => !seen.has(c.operatorId));
  return rankCandidates({ ...query, uscc: code }, [...named, ...byAddress]);
}

/** The matcher an import uses for all its rows: the registry in memory, the same scoring. */
export async function loadRegistryMatcher(db: TDbOrTx, bureauId: string): Promise<TRegistryMatcher> {
  return createRegistryMatcher(await repo.registryOf(db, bureauId));
}

/** The match fields of complaint rows from their ranked candidates (one query for the operators' units). */
export async function matchFieldsMany(db: TDbOrTx, items: { ranked: TOperatorMatch[]; address: string | null | undefined }[], units: TUnit[]) {
  const decisions = items.map((item) => matchDecision(item.ranked));
  const ids = [...new Set(decisions.flatMap((d) => (d.operatorId ? [d.operatorId] : [])))];
  const unitOf = new Map((await repo.operatorsByIds(db, ids)).map((o) => [o.id, o.unitCode]));
  return items.map((item, k) => ({
    operatorId: decisions[k].operatorId,
    matchStatus: decisions[k].status,
    matchConfidence: decisions[k].confidence,
    matchCandidates: item.ranked,
    ...routeOf(decisions[k].operatorId ? (unitOf.get(decisions[k].operatorId!) ?? null) : null, item.address, units),
  }));
}

export function matchNote(fields: { matchStatus: string; matchConfidence: number | null; matchCandidates: TOperatorMatch[] }): string {
  const top = fields.matchCandidates[0];
  const confidence = fields.matchConfidence === null ? '' : `（置信度 ${fields.matchConfidence.toFixed(2)}）`;
  if (fields.matchStatus === 'matched') return `自动匹配：${top.name}${confidence}`;
  if (fields.matchStatus === 'pending_review') return `待人工确认：最可能为 ${top.name}${confidence}`;
  return '登记库中未找到该经营者';
}

// ---- Intake ---------------------------------------------------------------------------------

const NUMBER_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** W (web form) or S (staff) + the China date + 6 random characters: not guessable, not a 12315 number. */
export function newRegistrationNo(channel: 'web' | 'staff', receivedAt: Date): string {
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += NUMBER_CHARS[randomInt(NUMBER_CHARS.length)];
  return `${channel === 'web' ? 'W' : 'S'}${chinaToday(receivedAt).replaceAll('-', '')}${suffix}`;
}

type TContacts = { name: string; phone: string; email?: string; address?: string };

export const encryptComplainant = (ctx: TContext, complainant: TContacts | undefined | null, anonymous: boolean) =>
  anonymous || !complainant ? null : ctx.cipher.encrypt(JSON.stringify(complainant));

type TIntake = {
  bureauId: string;
  channel: TComplaintChannel;
  receivedAt: Date;
  kind: TComplaintKind;
  anonymous: boolean;
  complainant?: TComplainant;
  namedBusiness?: string;
  namedAddress?: string;
  namedUscc?: string;
};

async function intake(ctx: TContext, input: TIntake & { description: string }, actor: TSessionUser | null) {
  const units = await repo.unitsOf(ctx.db, input.bureauId);
  const ranked = await matchOperators(ctx.db, input.bureauId, { name: input.namedBusiness, address: input.namedAddress, uscc: input.namedUscc });
  const [match] = await matchFieldsMany(ctx.db, [{ ranked, address: input.namedAddress }], units);
  const calendar = await loadCalendar(ctx.db);
  const clocks = receiptDueDates(calendar, input.kind, chinaToday(input.receivedAt));
  const registrationNo = newRegistrationNo(input.channel === 'web' ? 'web' : 'staff', input.receivedAt);
  const row = await ctx.db.transaction(async (tx) => {
    const [created] = await repo.insertComplaints(tx, [
      {
        bureauId: input.bureauId,
        registrationNo,
        kind: input.kind,
        channel: input.channel,
        receivedAt: input.receivedAt,
        anonymous: input.anonymous,
        complainantEnc: encryptComplainant(ctx, input.complainant, input.anonymous),
        namedBusiness: input.namedBusiness ?? null,
        namedAddress: input.namedAddress ?? null,
        namedUscc: input.namedUscc ?? null,
        description: input.description,
        ...match,
        ...clocks,
      },
    ]);
    // A station may register only what is routed to it: the match decides, so the check follows the insert and undoes it.
    if (actor && !(await repo.findComplaint(tx, operatorScopeOf(actor), created.id))) throw notFound();
    await repo.insertSteps(tx, [
      { complaintId: created.id, kind: 'received', note: input.channel === 'web' ? '网上提交' : '工作人员登记', actorId: actor?.id ?? null },
      { complaintId: created.id, kind: 'match', note: matchNote(match), actorId: null },
    ]);
    await recordAudit(tx, [
      {
        actor,
        action: 'create',
        entity: 'complaint',
        entityId: created.id,
        // The complainant's contacts never enter the audit trail, not even encrypted.
        after: { registrationNo, kind: input.kind, channel: input.channel, anonymous: input.anonymous, namedBusiness: input.namedBusiness ?? null, matchStatus: match.matchStatus },
      },
    ]);
    return created;
  });
  await ctx.events.publish('complaint.received', { bureauId: input.bureauId, complaintIds: [row.id] }, actor);
  return row;
}

const receipt = (row: repo.TComplaintRow): TComplaintReceipt => ({
  registrationNo: row.registrationNo,
  status: row.status,
  receivedAt: row.receivedAt.toISOString(),
  acceptDueOn: row.acceptDueOn,
});

async function publicBureau(ctx: TContext) {
  const id = await repo.publicBureauId(ctx.db);
  if (!id) throw notFound();
  return id;
}

/** The public form: rate-limited per IP, a proof of work per submission; answers the registration number. */
export async function submitPublicComplaint(ctx: TContext, limiter: TWindowLimiter, tickets: TTicketChecker, ip: string, input: TComplaintPublicCreate) {
  if (!limiter.hit(`complaint:${ip}`)) throw new AppError('RATE_LIMITED');
  tickets.check(ctx, input.proof);
  const { proof, description, ...rest } = input;
  const row = await intake(ctx, { ...rest, description, bureauId: await publicBureau(ctx), channel: 'web', receivedAt: new Date() }, null);
  return receipt(row);
}

export async function createComplaint(ctx: TContext, user: TSessionUser, input: TComplaintCreate): Promise<TComplaintDetail> {
  const { receivedAt, description, ...rest } = input;
  const when = receivedAt ? new Date(receivedAt) : new Date();
  if (when.getTime() > Date.now() + 60_000) throw invalidReceivedAt();
  const row = await intake(ctx, { ...rest, description, bureauId: user.bureauId, channel: 'staff', receivedAt: when }, user);
  return getComplaint(ctx, user, row.id);
}

const invalidReceivedAt = () =>
  new AppError('VALIDATION_FAILED', {}, (lang) => [{ path: 'receivedAt', message: lang === 'en' ? 'Received at: must not be in the future' : '登记时间：不能晚于现在' }]);

export async function publicStatus(ctx: TContext, registrationNo: string) {
  const row = await repo.findByRegistrationNo(ctx.db, await publicBureau(ctx), registrationNo.toUpperCase());
  if (!row) throw notFound();
  return presentPublicStatus(row);
}

// ---- Reading --------------------------------------------------------------------------------

export async function listComplaints(ctx: TContext, user: TSessionUser, query: TComplaintListQuery): Promise<TPage<TComplaint>> {
  const scope = operatorScopeOf(user);
  const today = chinaToday();
  const [{ rows, total }, calendar] = await Promise.all([repo.listComplaints(ctx.db, scope, query, today), loadCalendar(ctx.db)]);
  return { items: rows.map((r) => presentComplaint(r, today, calendar)), total, page: query.page, pageSize: query.pageSize };
}

export async function getComplaint(ctx: TContext, user: TSessionUser, id: string): Promise<TComplaintDetail> {
  return presentComplaintDetail(ctx, user, await loadComplaint(ctx.db, user, id));
}

const EXPORT_BATCH = 500;

/** Pages of the list for the .xlsx export: the complainant is never part of it, whatever the role. */
export async function* exportComplaints(ctx: TContext, user: TSessionUser, query: TComplaintExportQuery) {
  const scope = operatorScopeOf(user);
  const today = chinaToday();
  const calendar = await loadCalendar(ctx.db);
  let after: { receivedAt: Date; id: string } | null = null;
  for (;;) {
    const rows = await repo.exportPage(ctx.db, scope, query, today, after, EXPORT_BATCH);
    if (rows.length === 0) return;
    yield rows.map((r) => presentComplaint(r, today, calendar));
    const last = rows[rows.length - 1];
    after = { receivedAt: last.receivedAt, id: last.id };
    if (rows.length < EXPORT_BATCH) return;
  }
}

// ---- Unmatched businesses -------------------------------------------------------------------

export async function listUnmatchedBusinesses(ctx: TContext, user: TSessionUser, query: TUnmatchedListQuery): Promise<TPage<TUnmatchedBusiness>> {
  const { rows, total } = await repo.unmatchedBusinesses(ctx.db, operatorScopeOf(user), query);
  return {
    items: rows.map((r) => ({
      namedBusiness: r.named_business,
      namedAddress: r.named_address,
      unitCode: r.unit_code,
      unitName: r.unit_name,
      complaints: Number(r.complaints),
      lastReceivedAt: new Date(r.last_received_at).toISOString(),
      leadId: r.lead_id,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * A "suspected unlicensed operator" lead for inspection, for every unmatched complaint naming the business. Its
 * source is the latest complaint without a lead: of two concurrent requests, the lead index refuses the second.
 */
export async function openUnlicensedLead(ctx: TContext, user: TSessionUser, input: TUnmatchedLead) {
  return ctx.db.transaction(async (tx) => {
    const rows = await repo.unmatchedOfBusiness(tx, operatorScopeOf(user), input.namedBusiness);
    if (rows.length === 0) throw notFound();
    const latest = rows.find((r) => !r.leadId);
    if (!latest) throw new AppError('ALREADY_DONE', { what: { zh: '该经营者的线索', en: 'A lead for this business' } });
    const address = rows.find((r) => r.namedAddress)?.namedAddress;
    const summary = `疑似无证无照经营：${input.namedBusiness}${address ? `（${address}）` : ''}，${rows.length} 件投诉举报未匹配到登记主体${input.note ? `；${input.note}` : ''}`;
    const lead = await createLead(tx, user, { bureauId: user.bureauId, source: 'complaint', sourceId: latest.id, operatorId: null, summary, discoveredOn: chinaToday() });
    await repo.setLead(
      tx,
      rows.map((r) => r.id),
      lead.id,
    );
    await repo.insertSteps(
      tx,
      rows.map((r) => ({ complaintId: r.id, kind: 'lead', note: '已移送疑似无证无照经营线索', actorId: user.id })),
    );
    await recordAudit(tx, [
      { actor: user, action: 'open-lead', entity: 'complaint', entityId: latest.id, after: { leadId: lead.id, namedBusiness: input.namedBusiness, complaints: rows.length } },
    ]);
    return { leadId: lead.id, complaints: rows.length };
  });
}

/** Verified violations of these operators resolved in [from, to] (the risk signal provider). */
export const verifiedViolationsOf = (db: TDbOrTx, operatorIds: string[], from: Date, to: Date) => repo.verifiedViolationsOf(db, operatorIds, from, to);
