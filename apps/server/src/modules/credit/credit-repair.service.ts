// Credit repair (信用修复): the business applies for an early exit in its own account (办法 art. 16-17),
// staff accept the application (2 working days), check the conditions and decide (15 working days); an
// approval ends the listing at once and the public record shows the exit (art. 18).
import {
  REPAIR_ACCEPT_WORKING_DAYS,
  REPAIR_CONDITION_CODES,
  REPAIR_CONDITIONS,
  REPAIR_DECIDE_WORKING_DAYS,
  repairBlockers,
  type TRepair,
  type TRepairAccept,
  type TRepairCreate,
  type TRepairDecide,
  type TRepairListQuery,
} from '@shian/shared/credit';
import type { TLang } from '@shian/shared/messages';
import type { TPage } from '@shian/shared/http';
import { addWorkingDays, chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError, forbidden, notFound } from '../../core/errors.ts';
import { invalidField, invalidFields } from '../../core/field-error.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { findFile, readStoredFile, storeImage } from '../../core/files/files.ts';
import type { TImageUpload } from '../../core/files/image-upload.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { gradeOperators } from '../risk-grade/risk-grade.public.ts';
import * as repo from './credit.repository.ts';
import { presentRepair } from './credit.presenter.ts';
import { getEntry, loadEntry } from './credit.service.ts';

/** Only the business itself applies, for a listing in force. */
async function loadOwnListed(db: TDbOrTx, user: TSessionUser, entryId: string) {
  const entry = await loadEntry(db, user, entryId);
  if (user.operatorId !== entry.operatorId) throw forbidden();
  if (entry.status !== 'listed') throw invalidField('status', { zh: '该记录不在严重违法失信名单中', en: 'this record is not on the list' });
  return entry;
}

/** An evidence photo (payment receipt, rectification) uploaded before the application is sent. */
export async function addRepairEvidence(ctx: TContext, user: TSessionUser, entryId: string, upload: TImageUpload) {
  await loadOwnListed(ctx.db, user, entryId);
  const file = await storeImage(ctx.db, ctx.filesDir, { bureauId: user.bureauId, kind: 'photo', buffer: upload.buffer, originalName: upload.filename, uploadedBy: user.id });
  return { id: file.id };
}

export async function applyForRepair(ctx: TContext, user: TSessionUser, entryId: string, input: TRepairCreate, lang: TLang, today = chinaToday()) {
  const entry = await loadOwnListed(ctx.db, user, entryId);
  const blockers = repairBlockers(entry, today);
  if (blockers.length) throw invalidFields(blockers.map((reason) => ({ path: 'listedOn', reason })));
  for (const [index, fileId] of input.evidenceFileIds.entries()) {
    const file = await findFile(ctx.db, user.bureauId, fileId).catch(() => null);
    if (file?.kind !== 'photo' || file.uploadedBy !== user.id) {
      throw invalidField(`evidenceFileIds.${index}`, { zh: '不是本账号上传的证明材料', en: 'is not evidence uploaded by you' });
    }
  }
  const acceptDueOn = addWorkingDays(await loadCalendar(ctx.db), today, REPAIR_ACCEPT_WORKING_DAYS);
  const repairId = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertRepair(tx, {
      bureauId: entry.bureauId,
      entryId,
      operatorId: entry.operatorId,
      statement: input.statement,
      pledge: input.pledge,
      evidenceFileIds: input.evidenceFileIds,
      submittedBy: user.id,
      acceptDueOn,
    });
    if (!row) throw new AppError('CONFLICT', { what: { zh: '尚未办结的信用修复申请', en: 'A pending credit repair application ' } });
    await recordAudit(tx, [{ actor: user, action: 'apply', entity: 'credit_repair', entityId: row.id, after: { entryId, evidenceFileIds: input.evidenceFileIds, acceptDueOn } }]);
    return row.id;
  });
  await ctx.events.publish('credit.changed', { bureauId: entry.bureauId, operatorId: entry.operatorId, entryId, repairId, step: 'repair-applied' }, user);
  return getEntry(ctx, user, entryId, lang);
}

async function loadRepair(db: TDbOrTx, user: TSessionUser, id: string) {
  const row = await repo.findRepair(db, operatorScopeOf(user), id);
  if (!row) throw notFound();
  return row;
}

export async function listRepairs(ctx: TContext, user: TSessionUser, query: TRepairListQuery): Promise<TPage<TRepair>> {
  const scope = operatorScopeOf(user);
  const { rows, total } = await repo.listRepairs(ctx.db, scope, query);
  return { items: rows.map(presentRepair), total, page: query.page, pageSize: query.pageSize };
}

export async function getRepair(ctx: TContext, user: TSessionUser, id: string) {
  return presentRepair(await loadRepair(ctx.db, user, id));
}

/** Acceptance (受理, art. 17 para. 2): complete materials in legal form are accepted; a refusal says why. */
export async function acceptRepair(ctx: TContext, user: TSessionUser, id: string, input: TRepairAccept, lang: TLang, today = chinaToday()) {
  const before = await loadRepair(ctx.db, user, id);
  if (before.status !== 'submitted') throw invalidField('status', { zh: '该申请已受理或已办结', en: 'this application was already handled' });
  const values = input.accept
    ? { status: 'accepted' as const, acceptedAt: new Date(), decideDueOn: addWorkingDays(await loadCalendar(ctx.db), today, REPAIR_DECIDE_WORKING_DAYS), handledBy: user.id }
    : { status: 'not_accepted' as const, reason: input.reason!, decidedAt: new Date(), handledBy: user.id };
  await ctx.db.transaction(async (tx) => {
    await repo.updateRepairVersioned(tx, id, input.version, values);
    await recordAudit(tx, [
      {
        actor: user,
        action: input.accept ? 'accept' : 'not-accept',
        entity: 'credit_repair',
        entityId: id,
        before: { status: 'submitted' },
        after: { status: values.status, reason: input.reason ?? null },
      },
    ]);
  });
  return getEntry(ctx, user, before.entryId, lang);
}

/**
 * The decision after checking art. 16's conditions: an approval needs every condition met and the
 * listing still eligible; it ends the listing today ("repaired") and regrades the operator.
 */
export async function decideRepair(ctx: TContext, user: TSessionUser, id: string, input: TRepairDecide, lang: TLang, today = chinaToday()) {
  const before = await loadRepair(ctx.db, user, id);
  if (before.status !== 'accepted') {
    throw invalidField(
      'status',
      before.status === 'submitted'
        ? { zh: '请先受理申请，再核实并作出决定', en: 'accept the application before deciding it' }
        : { zh: '该申请已办结', en: 'this application was already decided' },
    );
  }
  const entry = await loadEntry(ctx.db, user, before.entryId);
  if (input.decision === 'approve') {
    const unmet = REPAIR_CONDITION_CODES.filter((c) => !input.checklist[c]);
    if (unmet.length) {
      throw invalidFields(
        unmet.map((c) => ({
          path: `checklist.${c}`,
          reason: { zh: `未满足（${REPAIR_CONDITIONS[c].article}），不能批准提前移出`, en: `not met (${REPAIR_CONDITIONS[c].article}): no early exit` },
        })),
      );
    }
    const blockers = repairBlockers(entry, today);
    if (blockers.length) throw invalidFields(blockers.map((reason) => ({ path: 'listedOn', reason })));
  }
  const approve = input.decision === 'approve';
  await ctx.db.transaction(async (tx) => {
    await repo.updateRepairVersioned(tx, id, input.version, {
      status: approve ? 'approved' : 'rejected',
      checklist: input.checklist,
      reason: input.reason,
      decidedAt: new Date(),
      handledBy: user.id,
    });
    if (approve) await repo.updateEntryVersioned(tx, entry.id, entry.version, { status: 'exited', exitedOn: today, exitReason: 'repaired' });
    await recordAudit(tx, [
      { actor: user, action: input.decision, entity: 'credit_repair', entityId: id, before: { status: 'accepted' }, after: { checklist: input.checklist, reason: input.reason } },
      ...(approve
        ? [
            {
              actor: user,
              action: 'exit',
              entity: 'credit_list_entry',
              entityId: entry.id,
              before: { status: 'listed' },
              after: { status: 'exited', exitedOn: today, exitReason: 'repaired' },
            },
          ]
        : []),
    ]);
  });
  if (approve) await gradeOperators(ctx, [entry.operatorId], 'credit.repaired');
  return getEntry(ctx, user, entry.id, lang);
}

/** Evidence photos: those of an application of the entry, or the uploader's own not yet sent. */
export async function readRepairEvidence(ctx: TContext, user: TSessionUser, entryId: string, fileId: string, thumbnail: boolean) {
  await loadEntry(ctx.db, user, entryId);
  const file = await findFile(ctx.db, user.bureauId, fileId);
  const attached = (await repo.repairsOf(ctx.db, [entryId])).some((r) => r.evidenceFileIds.includes(fileId));
  if (!attached && file.uploadedBy !== user.id) throw notFound();
  return readStoredFile(ctx.filesDir, file, thumbnail);
}
