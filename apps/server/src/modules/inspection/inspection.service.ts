import { can, ROLE_SCOPE, type TRole } from '@shian/shared/access';
import { CHECKLIST_SCOPE_OF_TYPE } from '@shian/shared/checklist';
import {
  deriveInspectionResult,
  unansweredRequired,
  type TInspectionClose,
  type TInspectionCreate,
  type TInspectionListQuery,
  type TInspectionPatch,
  type TInspectionSummary,
} from '@shian/shared/inspection';
import type { TPage } from '@shian/shared/http';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { invalidField, invalidFields } from '../../core/field-error.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { findFile, imageTypeOf, readStoredFile, storeImage } from '../../core/files/files.ts';
import type { TImageUpload } from '../../core/files/image-upload.ts';
import { getOperator, operatorScopeOf, type TOperatorScope } from '../operator/operator.public.ts';
import { findUsersByIds, listActiveUsersByRoles } from '../user/user.public.ts';
import { checklistItemsOf, checklistsByIds, presentChecklistItem, publishedChecklistFor } from '../checklist/checklist.public.ts';
import type { TInspectionDemands } from './inspection-demands.ts';
import type { TInspectionPlanEntries } from './inspection-plan-entries.ts';
import * as repo from './inspection.repository.ts';
import { presentInspection, presentInspectionSummary } from './inspection.presenter.ts';

/** For the random draw's rule that an inspector does not inspect the same operator twice running. */
export function lastInspectorsByOperator(db: TDbOrTx, operatorIds: string[]) {
  return repo.lastInspectorsByOperator(db, operatorIds);
}

/** Closed inspections of operators as of a date, newest first (risk signals, three-shows profile). */
export function closedInspectionsOf(db: TDbOrTx, operatorIds: string[], options: { asOf?: string; publishedOnly?: boolean } = {}) {
  return repo.closedInspectionsOf(db, operatorIds, options);
}

export const nonconformingItemIds = (db: TDbOrTx, inspectionIds: string[]) => repo.nonconformingItemIds(db, inspectionIds);

/** Closed inspections in scope over a period, with the operator's name and credit code (credit export). */
export const closedInspectionsBetween = (db: TDbOrTx, scope: TOperatorScope, from: string, to: string, options: { publishedOnly: boolean }) =>
  repo.closedInspectionsBetween(db, scope, from, to, options);

async function inspectorNames(db: TDbOrTx, bureauId: string, ids: string[]) {
  const users = await findUsersByIds(db, bureauId, [...new Set(ids)]);
  return new Map(users.map((u) => [u.id, u.displayName]));
}

export async function listInspections(ctx: TContext, user: TSessionUser, query: TInspectionListQuery): Promise<TPage<TInspectionSummary>> {
  const scope = operatorScopeOf(user);
  const [rows, total] = await Promise.all([repo.listInspections(ctx.db, scope, query), repo.countInspections(ctx.db, scope, query)]);
  const names = await inspectorNames(
    ctx.db,
    user.bureauId,
    rows.flatMap((r) => r.inspectorIds),
  );
  return { items: rows.map((r) => presentInspectionSummary(r, names)), total, page: query.page, pageSize: query.pageSize };
}

async function loadRow(db: TDbOrTx, user: TSessionUser, id: string) {
  const row = await repo.findInspection(db, operatorScopeOf(user), id);
  if (!row) throw notFound();
  return row;
}

async function detail(db: TDbOrTx, user: TSessionUser, row: repo.TInspectionListRow, demands: TInspectionDemands) {
  // One query after another: inside a transaction `db` is a single connection.
  const [template] = await checklistsByIds(db, [row.templateId]);
  const items = await checklistItemsOf(db, row.templateId);
  const results = await repo.resultsOf(db, row.id);
  const photos = await repo.photosOf(db, row.id);
  const rectifications = await demands.of(db, row.id);
  const names = await inspectorNames(db, user.bureauId, row.inspectorIds);
  return presentInspection(row, names, template, items.map(presentChecklistItem), results, photos, rectifications);
}

export async function getInspection(ctx: TContext, user: TSessionUser, id: string, demands: TInspectionDemands) {
  return detail(ctx.db, user, await loadRow(ctx.db, user, id), demands);
}

const closedError = () => invalidField('status', { zh: '检查已结束，记录不可再修改', en: 'the inspection is closed and can no longer change' });

async function loadOpen(db: TDbOrTx, user: TSessionUser, id: string) {
  const row = await loadRow(db, user, id);
  if (row.status !== 'open') throw closedError();
  return row;
}

/** Station inspectors (and heads) of the operator's station, or district staff who inspect. */
function mayInspect(candidate: { role: TRole; stationId: string | null; active: boolean }, stationId: string | null) {
  const role = candidate.role;
  if (!candidate.active || !can(role, 'inspection.write')) return false;
  if (ROLE_SCOPE[role] === 'district') return true;
  return (role === 'inspector' || role === 'station') && stationId !== null && candidate.stationId === stationId;
}

export async function createInspection(ctx: TContext, user: TSessionUser, input: TInspectionCreate, demands: TInspectionDemands, planEntries: TInspectionPlanEntries) {
  const operator = await getOperator(ctx, user, input.operatorId);
  // Closing completes the entry: one of another jurisdiction (or operator) would be completed by someone without a say over it.
  if (input.planEntryId && !(await planEntries.isOpenFor(ctx.db, user, input.planEntryId, operator.id))) throw notFound();
  if (operator.status !== 'active') {
    throw invalidField('operatorId', { zh: '该主体不在营业状态，不能检查', en: 'is not active and cannot be inspected' });
  }
  const checklist = await publishedChecklistFor(ctx.db, user.bureauId, CHECKLIST_SCOPE_OF_TYPE[operator.type]);
  if (!checklist) throw invalidField('operatorId', { zh: '该类主体没有已发布的检查要点表', en: 'has no published checklist for its type' });
  const users = await findUsersByIds(ctx.db, user.bureauId, input.inspectorIds);
  const refused = input.inspectorIds.filter((id) => {
    const found = users.find((u) => u.id === id);
    return !found || !mayInspect(found, operator.stationId);
  });
  if (refused.length > 0) {
    throw invalidField('inspectorIds', {
      zh: `${refused.length} 人不是本所（或区局）的在岗检查人员`,
      en: `${refused.length} of them are not active inspectors of the station or the district`,
    });
  }
  if (input.followUpOf) {
    const earlier = await repo.findInspection(ctx.db, operatorScopeOf(user), input.followUpOf);
    if (!earlier || earlier.operatorId !== operator.id || earlier.status !== 'closed') {
      throw invalidField('followUpOf', { zh: '应为该主体已结束的一次检查', en: 'must be a closed inspection of this operator' });
    }
  }
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertInspection(tx, {
      bureauId: user.bureauId,
      operatorId: operator.id,
      templateId: checklist.template.id,
      kind: input.kind,
      planEntryId: input.planEntryId,
      followUpOf: input.followUpOf,
      inspectedOn: input.inspectedOn,
      inspectorIds: input.inspectorIds,
    });
    await recordAudit(tx, [{ actor: user, action: 'create', entity: 'inspection', entityId: row.id, after: { ...input, templateId: row.templateId } }]);
    return detail(tx, user, await loadRow(tx, user, row.id), demands);
  });
}

async function checkItems(db: TDbOrTx, templateId: string, itemIds: (string | null | undefined)[], path: string) {
  const known = new Set((await checklistItemsOf(db, templateId)).map((i) => i.id));
  const unknown = itemIds.findIndex((id) => id && !known.has(id));
  if (unknown >= 0) throw invalidField(path.replace('#', String(unknown)), { zh: '不是本次检查所用要点表的项目', en: "is not an item of this inspection's checklist" });
}

export async function updateInspection(ctx: TContext, user: TSessionUser, id: string, patch: TInspectionPatch, demands: TInspectionDemands) {
  const before = await loadOpen(ctx.db, user, id);
  const { version, results, ...fields } = patch;
  if (results)
    await checkItems(
      ctx.db,
      before.templateId,
      results.map((r) => r.itemId),
      'results.#.itemId',
    );
  return ctx.db.transaction(async (tx) => {
    const row = await repo.updateOpenInspection(tx, id, version, fields);
    if (!row) {
      const current = await loadRow(tx, user, id);
      throw current.status === 'open' ? new AppError('VERSION_CONFLICT') : closedError();
    }
    // One row per item: a repeated item in the same save keeps its last answer.
    const byItem = new Map((results ?? []).map((r) => [r.itemId, r]));
    await repo.upsertResults(
      tx,
      [...byItem.values()].map((r) => ({ ...r, inspectionId: id, updatedBy: user.id })),
    );
    await recordAudit(tx, [{ actor: user, action: 'update', entity: 'inspection', entityId: id, after: { version: row.version, ...fields, results } }]);
    return detail(tx, user, await loadRow(tx, user, id), demands);
  });
}

export async function addInspectionPhoto(ctx: TContext, user: TSessionUser, id: string, upload: TImageUpload) {
  const row = await loadOpen(ctx.db, user, id);
  const itemId = upload.fields.itemId || null;
  if (itemId && !/^[0-9a-f-]{36}$/i.test(itemId)) throw invalidField('itemId', { zh: '不是有效的编号', en: 'is not a valid id' });
  await checkItems(ctx.db, row.templateId, [itemId], 'itemId');
  return ctx.db.transaction(async (tx) => {
    const file = await storeImage(tx, ctx.filesDir, { bureauId: user.bureauId, kind: 'photo', buffer: upload.buffer, originalName: upload.filename, uploadedBy: user.id });
    const photo = await repo.insertPhoto(tx, { inspectionId: id, itemId, fileId: file.id });
    await recordAudit(tx, [{ actor: user, action: 'add_photo', entity: 'inspection', entityId: id, after: { photoId: photo.id, itemId, sha256: file.sha256 } }]);
    return { id: photo.id, itemId: photo.itemId, createdAt: photo.createdAt.toISOString() };
  });
}

export async function readInspectionPhoto(ctx: TContext, user: TSessionUser, id: string, photoId: string, thumbnail: boolean) {
  await loadRow(ctx.db, user, id);
  const photo = await repo.findPhoto(ctx.db, id, photoId);
  if (!photo) throw notFound();
  return readStoredFile(ctx.filesDir, await findFile(ctx.db, user.bureauId, photo.fileId), thumbnail);
}

export async function setSignature(ctx: TContext, user: TSessionUser, id: string, upload: TImageUpload, demands: TInspectionDemands) {
  const row = await loadOpen(ctx.db, user, id);
  if (imageTypeOf(upload.buffer) !== 'image/png') {
    throw new AppError('UNSUPPORTED_FILE', { reason: { zh: '签名应为 PNG 图片', en: 'the signature must be a PNG image' } });
  }
  return ctx.db.transaction(async (tx) => {
    const file = await storeImage(tx, ctx.filesDir, { bureauId: user.bureauId, kind: 'signature', buffer: upload.buffer, originalName: 'signature.png', uploadedBy: user.id });
    // The signature is not a field two inspectors edit against each other: it keeps the version.
    await repo.setSignatureFile(tx, id, file.id);
    await recordAudit(tx, [{ actor: user, action: 'sign', entity: 'inspection', entityId: id, after: { representativeName: row.representativeName, sha256: file.sha256 } }]);
    return detail(tx, user, await loadRow(tx, user, id), demands);
  });
}

export async function readSignature(ctx: TContext, user: TSessionUser, id: string) {
  const row = await loadRow(ctx.db, user, id);
  if (!row.signatureFileId) throw notFound();
  return readStoredFile(ctx.filesDir, await findFile(ctx.db, user.bureauId, row.signatureFileId), false);
}

export async function closeInspection(ctx: TContext, user: TSessionUser, id: string, input: TInspectionClose, demands: TInspectionDemands) {
  const row = await loadOpen(ctx.db, user, id);
  const view = await detail(ctx.db, user, row, demands);
  const unanswered = unansweredRequired(view.kind, view.items);
  if (unanswered.length > 0) {
    throw invalidFields(
      unanswered.map((item) => ({
        path: 'results',
        reason: {
          zh: `${item.key ? '重点项' : '检查项'}「${item.position}. ${item.content}」未作答`,
          en: `${item.key ? 'key item' : 'item'} "${item.position}. ${item.content}" is unanswered`,
        },
      })),
    );
  }
  const failed = view.items.filter((i) => i.outcome === 'nonconforming');
  const demanded = new Set(input.rectifications.map((r) => r.itemId));
  const strayIndex = input.rectifications.findIndex((r, i) => !failed.some((f) => f.id === r.itemId) || input.rectifications.findIndex((o) => o.itemId === r.itemId) !== i);
  if (strayIndex >= 0) {
    throw invalidField(`rectifications.${strayIndex}.itemId`, { zh: '应为本次检查中不符合的项目，且每项只提一次', en: 'must be a nonconforming item of this inspection, once' });
  }
  const missing = failed.filter((f) => !demanded.has(f.id));
  if (missing.length > 0) {
    throw invalidFields(
      missing.map((item) => ({
        path: 'rectifications',
        reason: { zh: `不符合项「${item.position}. ${item.content}」需提出整改要求`, en: `nonconforming item "${item.position}. ${item.content}" needs a demand` },
      })),
    );
  }
  const derived = deriveInspectionResult(view.items);
  const closed = await ctx.db.transaction(async (tx) => {
    const now = new Date();
    const updated = await repo.updateOpenInspection(tx, id, input.version, {
      status: 'closed',
      result: derived.result,
      keyNonconforming: derived.keyNonconforming,
      generalNonconforming: derived.generalNonconforming,
      published: input.publish,
      publishedAt: input.publish ? now : null,
      closedAt: now,
      closedBy: user.id,
    });
    if (!updated) throw new AppError('VERSION_CONFLICT');
    const rectifications = await demands.raise(tx, user, updated, input.rectifications);
    await recordAudit(tx, [
      { actor: user, action: 'close', entity: 'inspection', entityId: id, after: { ...derived, published: input.publish, rectifications: rectifications.map((r) => r.id) } },
    ]);
    return { updated, rectifications };
  });
  const { updated, rectifications } = closed;
  await ctx.events.publish(
    'inspection.closed',
    { operatorId: updated.operatorId, inspectionId: id, result: derived.result, kind: updated.kind, inspectedOn: updated.inspectedOn, planEntryId: updated.planEntryId },
    user,
  );
  for (const r of rectifications) {
    await ctx.events.publish('rectification.changed', { operatorId: r.operatorId, rectificationId: r.id, status: r.status }, user);
  }
  return getInspection(ctx, user, id, demands);
}

/** Who may join an inspection of this operator (the creator picks at least two). */
export async function eligibleInspectors(ctx: TContext, user: TSessionUser, operatorId: string) {
  const operator = await getOperator(ctx, user, operatorId);
  const users = await listActiveUsersByRoles(ctx.db, user.bureauId, ['inspector', 'station', 'department', 'admin']);
  return users.filter((u) => mayInspect(u, operator.stationId)).map((u) => ({ id: u.id, displayName: u.displayName, role: u.role }));
}

/** Closed inspections of a year made outside the plan, per operator of a station: they count towards the plan. */
export function unplannedInspectionsOfYear(db: TDbOrTx, stationId: string, year: number) {
  return repo.unplannedInspectionsOfYear(db, stationId, year);
}
