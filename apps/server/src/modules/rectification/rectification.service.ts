import type { TRectification, TRectificationAnswer, TRectificationListQuery, TRectificationReview } from '@shian/shared/rectification';
import type { TPage } from '@shian/shared/http';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { forbidden, notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { chinaToday } from '@shian/shared/working-days';
import { dueAfterWorkingDays } from '../../core/calendar/calendar.ts';
import { findFile, readStoredFile, storeImage } from '../../core/files/files.ts';
import type { TImageUpload } from '../../core/files/image-upload.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import type { TInspectionDemands } from '../inspection/inspection.public.ts';
import * as repo from './rectification.repository.ts';
import { presentRectification } from './rectification.presenter.ts';

export const rectificationsOfInspection = (db: TDbOrTx, inspectionId: string) => repo.rectificationsOfInspection(db, inspectionId);
export const outstandingRectificationsOf = (db: TDbOrTx, operatorIds: string[]) => repo.outstandingOf(db, operatorIds);

/** The demands of a closing inspection, each due `workingDays` working days after the inspection. */
export async function createRectifications(
  tx: TDbOrTx,
  user: TSessionUser,
  inspection: { id: string; bureauId: string; operatorId: string; inspectedOn: string },
  demands: { itemId: string; demand: string; workingDays: number }[],
) {
  const rows = [];
  for (const d of demands) {
    rows.push({
      bureauId: inspection.bureauId,
      operatorId: inspection.operatorId,
      inspectionId: inspection.id,
      itemId: d.itemId,
      demand: d.demand,
      workingDays: d.workingDays,
      dueOn: await dueAfterWorkingDays(tx, inspection.inspectedOn, d.workingDays),
    });
  }
  const created = await repo.insertRectifications(tx, rows);
  await recordAudit(
    tx,
    created.map((r) => ({
      actor: user,
      action: 'create',
      entity: 'rectification',
      entityId: r.id,
      after: { inspectionId: r.inspectionId, itemId: r.itemId, demand: r.demand, dueOn: r.dueOn },
    })),
  );
  return created;
}

/** The rectification side of closing an inspection: the port inspection declares, wired by app.ts. */
export const inspectionDemands: TInspectionDemands = { raise: createRectifications, of: rectificationsOfInspection };

export async function listRectifications(ctx: TContext, user: TSessionUser, query: TRectificationListQuery): Promise<TPage<TRectification>> {
  const scope = operatorScopeOf(user);
  const today = chinaToday();
  const { rows, total } = await repo.listRectifications(ctx.db, scope, query, today);
  return { items: rows.map((r) => presentRectification(r, today)), total, page: query.page, pageSize: query.pageSize };
}

async function load(db: TDbOrTx, user: TSessionUser, id: string) {
  const row = await repo.findRectification(db, operatorScopeOf(user), id);
  if (!row) throw notFound();
  return row;
}

export async function getRectification(ctx: TContext, user: TSessionUser, id: string) {
  return presentRectification(await load(ctx.db, user, id), chinaToday());
}

const notAwaiting = (what: { zh: string; en: string }) => invalidField('status', what);

/** Only the operator itself answers its demands (not staff on its behalf). */
async function loadOwnOutstanding(db: TDbOrTx, user: TSessionUser, id: string) {
  const row = await load(db, user, id);
  if (user.operatorId !== row.operatorId) throw forbidden();
  if (row.status !== 'open' && row.status !== 'rejected') {
    throw notAwaiting({ zh: '该整改已提交或已验收，不能再次提交', en: 'this demand was already answered or accepted' });
  }
  return row;
}

export async function addEvidencePhoto(ctx: TContext, user: TSessionUser, id: string, upload: TImageUpload) {
  await loadOwnOutstanding(ctx.db, user, id);
  const file = await storeImage(ctx.db, ctx.filesDir, { bureauId: user.bureauId, kind: 'photo', buffer: upload.buffer, originalName: upload.filename, uploadedBy: user.id });
  return { id: file.id };
}

async function publishChange(ctx: TContext, user: TSessionUser, row: { id: string; operatorId: string; status: string }) {
  await ctx.events.publish('rectification.changed', { operatorId: row.operatorId, rectificationId: row.id, status: row.status }, user);
}

export async function answerRectification(ctx: TContext, user: TSessionUser, id: string, input: TRectificationAnswer) {
  const before = await loadOwnOutstanding(ctx.db, user, id);
  for (const [index, photoId] of input.photoIds.entries()) {
    const file = await findFile(ctx.db, user.bureauId, photoId).catch(() => null);
    const alreadyAttached = before.answerFileIds.includes(photoId);
    if (file?.kind !== 'photo' || (file.uploadedBy !== user.id && !alreadyAttached)) {
      throw invalidField(`photoIds.${index}`, { zh: '不是本账号上传的整改照片', en: 'is not an evidence photo uploaded by you' });
    }
  }
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await repo.updateRectificationVersioned(tx, id, input.version, {
      status: 'answered',
      answer: input.answer,
      answerFileIds: input.photoIds,
      answeredAt: new Date(),
      answeredBy: user.id,
    });
    await recordAudit(tx, [
      {
        actor: user,
        action: 'answer',
        entity: 'rectification',
        entityId: id,
        before: { status: before.status },
        after: { status: row.status, answer: input.answer, photoIds: input.photoIds },
      },
    ]);
    return row;
  });
  await publishChange(ctx, user, updated);
  return getRectification(ctx, user, id);
}

export async function reviewRectification(ctx: TContext, user: TSessionUser, id: string, input: TRectificationReview) {
  const before = await load(ctx.db, user, id);
  if (before.status !== 'answered') {
    throw notAwaiting({ zh: '只有已提交整改情况的整改可以审核', en: 'only an answered demand can be reviewed' });
  }
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await repo.updateRectificationVersioned(tx, id, input.version, {
      status: input.decision === 'accept' ? 'accepted' : 'rejected',
      reviewNote: input.note || null,
      reviewedAt: new Date(),
      reviewedBy: user.id,
    });
    await recordAudit(tx, [
      { actor: user, action: input.decision, entity: 'rectification', entityId: id, before: { status: before.status }, after: { status: row.status, note: input.note } },
    ]);
    return row;
  });
  await publishChange(ctx, user, updated);
  return getRectification(ctx, user, id);
}

/** Evidence photos: those attached to the answer, or the uploader's own pending ones. */
export async function readEvidencePhoto(ctx: TContext, user: TSessionUser, id: string, photoId: string, thumbnail: boolean) {
  const row = await load(ctx.db, user, id);
  const file = await findFile(ctx.db, user.bureauId, photoId);
  if (!row.answerFileIds.includes(photoId) && file.uploadedBy !== user.id) throw notFound();
  return readStoredFile(ctx.filesDir, file, thumbnail);
}

/** Flags demands newly overdue as of `today` for the station heads; `bureauId` null = every bureau. */
export async function escalateOverdue(ctx: TContext, today: string, actor: TSessionUser | null = null) {
  const escalated = await ctx.db.transaction(async (tx) => {
    const rows = await repo.markEscalated(tx, today, actor ? operatorScopeOf(actor) : null);
    await recordAudit(
      tx,
      rows.map((r) => ({ actor, action: 'escalate', entity: 'rectification', entityId: r.id, after: { dueOn: r.dueOn, status: r.status, asOf: today } })),
    );
    return rows;
  });
  for (const r of escalated) await ctx.events.publish('rectification.changed', { operatorId: r.operatorId, rectificationId: r.id, status: r.status }, actor);
  return { escalated: escalated.length };
}
