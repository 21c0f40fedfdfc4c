import { can } from '@shian/shared/access';
import { ATTACHMENT_TYPES, type TGuidanceDocument, type TGuidanceInput, type TGuidanceListQuery } from '@shian/shared/guidance';
import type { TPage } from '@shian/shared/http';
import { dataScopeOf, type TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { findFile, readStoredFile } from '../../core/files/files.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import * as repo from './guidance.repository.ts';
import type { TGuidanceRow, TGuidanceViewer } from './guidance.repository.ts';
import { presentDocument } from './guidance.presenter.ts';
import { checkAttachment, storeAttachment, type TAttachmentUpload } from './guidance-file.ts';

export function viewerOf(user: TSessionUser): TGuidanceViewer {
  if (can(user.role, 'knowledge.manage')) return 'manager';
  return dataScopeOf(user) === 'operator' ? 'business' : 'staff';
}

async function presentAll(db: TDbOrTx, rows: TGuidanceRow[]): Promise<TGuidanceDocument[]> {
  const attachments = await repo.attachmentsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    presentDocument(
      r,
      attachments.filter((a) => a.documentId === r.id),
    ),
  );
}

async function publicBureau(ctx: TContext) {
  const bureauId = await repo.publicBureauId(ctx.db);
  if (!bureauId) throw notFound();
  return bureauId;
}

async function list(ctx: TContext, bureauId: string, viewer: TGuidanceViewer, query: TGuidanceListQuery): Promise<TPage<TGuidanceDocument>> {
  const [rows, total] = await Promise.all([repo.listDocuments(ctx.db, bureauId, viewer, query), repo.countDocuments(ctx.db, bureauId, viewer, query)]);
  return { items: await presentAll(ctx.db, rows), total, page: query.page, pageSize: query.pageSize };
}

export const listGuidance = (ctx: TContext, user: TSessionUser, query: TGuidanceListQuery) => list(ctx, user.bureauId, viewerOf(user), query);
export const listPublicGuidance = async (ctx: TContext, query: TGuidanceListQuery) => list(ctx, await publicBureau(ctx), 'public', query);

async function load(ctx: TContext, bureauId: string, viewer: TGuidanceViewer, id: string) {
  const row = await repo.findDocument(ctx.db, bureauId, viewer, id);
  if (!row) throw notFound();
  return row;
}

export async function getGuidance(ctx: TContext, user: TSessionUser, id: string) {
  return (await presentAll(ctx.db, [await load(ctx, user.bureauId, viewerOf(user), id)]))[0];
}

export async function getPublicGuidance(ctx: TContext, id: string) {
  return (await presentAll(ctx.db, [await load(ctx, await publicBureau(ctx), 'public', id)]))[0];
}

export async function createGuidance(ctx: TContext, user: TSessionUser, input: TGuidanceInput): Promise<TGuidanceDocument> {
  const row = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertDocument(tx, { bureauId: user.bureauId, ...input, publishedAt: input.published ? new Date() : null });
    await recordAudit(tx, [
      { actor: user, action: 'create', entity: 'guidance_document', entityId: created.id, after: { kind: input.kind, title: input.title, published: input.published } },
    ]);
    return created;
  });
  return (await presentAll(ctx.db, [row]))[0];
}

export async function updateGuidance(ctx: TContext, user: TSessionUser, id: string, input: TGuidanceInput & { version: number }) {
  const before = await load(ctx, user.bureauId, 'manager', id);
  const { version, ...values } = input;
  // The publication date is the first day it was out in this publication; taking it back clears it.
  const publishedAt = values.published ? (before.publishedAt ?? new Date()) : null;
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await repo.updateDocumentVersioned(tx, id, version, { ...values, publishedAt });
    await recordAudit(tx, [
      {
        actor: user,
        action: 'update',
        entity: 'guidance_document',
        entityId: id,
        before: { title: before.title, published: before.published, audiences: before.audiences },
        after: { title: values.title, published: values.published, audiences: values.audiences },
      },
    ]);
    return updated;
  });
  return (await presentAll(ctx.db, [row]))[0];
}

export async function addAttachment(ctx: TContext, user: TSessionUser, id: string, upload: TAttachmentUpload) {
  const document = await load(ctx, user.bureauId, 'manager', id);
  const checked = checkAttachment(upload);
  await ctx.db.transaction(async (tx) => {
    const fileId = await storeAttachment(tx, ctx.filesDir, { ...checked, bureauId: user.bureauId, uploadedBy: user.id });
    await repo.insertAttachment(tx, { documentId: document.id, fileId, name: checked.name, type: checked.type, size: checked.buffer.length });
    await repo.touchDocument(tx, document.id);
    await recordAudit(tx, [{ actor: user, action: 'attach', entity: 'guidance_document', entityId: id, after: { fileId, name: checked.name, type: checked.type } }]);
  });
  return getGuidance(ctx, user, id);
}

/** Detaches a file from the document; the stored file itself stays (the audit trail names it). */
export async function removeAttachment(ctx: TContext, user: TSessionUser, id: string, fileId: string) {
  await load(ctx, user.bureauId, 'manager', id);
  const attachment = await repo.findAttachment(ctx.db, id, fileId);
  if (!attachment) throw notFound();
  await ctx.db.transaction(async (tx) => {
    await repo.deleteAttachment(tx, id, fileId);
    await repo.touchDocument(tx, id);
    await recordAudit(tx, [{ actor: user, action: 'detach', entity: 'guidance_document', entityId: id, before: { fileId, name: attachment.name } }]);
  });
  return getGuidance(ctx, user, id);
}

export type TAttachmentDownload = { bytes: Buffer; name: string; mime: string };

async function download(ctx: TContext, bureauId: string, viewer: TGuidanceViewer, id: string, fileId: string): Promise<TAttachmentDownload> {
  await load(ctx, bureauId, viewer, id);
  const attachment = await repo.findAttachment(ctx.db, id, fileId);
  if (!attachment) throw notFound();
  const file = await findFile(ctx.db, bureauId, fileId);
  return { bytes: await readStoredFile(ctx.filesDir, file, false), name: attachment.name, mime: ATTACHMENT_TYPES[attachment.type as keyof typeof ATTACHMENT_TYPES] };
}

export const downloadAttachment = (ctx: TContext, user: TSessionUser, id: string, fileId: string) => download(ctx, user.bureauId, viewerOf(user), id, fileId);
export const downloadPublicAttachment = async (ctx: TContext, id: string, fileId: string) => download(ctx, await publicBureau(ctx), 'public', id, fileId);
