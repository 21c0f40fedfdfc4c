// Photos of visits, business answers and problem closures: uploaded first (the record they belong to is
// written after), then named by id. A photo named in a record must be the caller's own upload, not yet part
// of another record, so that nobody attaches someone else's picture; its bytes may still repeat another
// visit's photo, which the photo_reused flag reports.
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { invalidField } from '../../core/field-error.ts';
import { filesByIds, findFile, readStoredFile, storeImage } from '../../core/files/files.ts';
import type { TImageUpload } from '../../core/files/image-upload.ts';
import { notFound } from '../../core/errors.ts';
import * as repo from './cadre-visit.repository.ts';

/** Stores an uploaded photo for a record about to be written; `purpose` says which in the audit trail. */
export async function storePhoto(ctx: TContext, user: TSessionUser, upload: TImageUpload, purpose: string) {
  return ctx.db.transaction(async (tx) => {
    const file = await storeImage(tx, ctx.filesDir, { bureauId: user.bureauId, kind: 'photo', buffer: upload.buffer, originalName: upload.filename, uploadedBy: user.id });
    await recordAudit(tx, [{ actor: user, action: 'upload_photo', entity: 'stored_file', entityId: file.id, after: { purpose, sha256: file.sha256 } }]);
    return { id: file.id };
  });
}

/** Refuses photo ids that are not the user's own unattached uploads (field `path`.#). */
export async function checkOwnPhotos(db: TDbOrTx, user: TSessionUser, ids: string[], path: string) {
  const files = await filesByIds(db, user.bureauId, ids);
  const attached = new Set(await repo.attachedFileIds(db, ids));
  for (const [index, id] of ids.entries()) {
    const file = files.find((f) => f.id === id);
    if (file?.kind !== 'photo' || file.uploadedBy !== user.id || attached.has(id) || ids.indexOf(id) !== index) {
      throw invalidField(`${path}.${index}`, { zh: '不是本账号刚上传的照片', en: 'is not a photo you have just uploaded' });
    }
  }
}

/** The bytes of a photo that belongs to a record the caller may read (404 otherwise). */
export async function readPhoto(ctx: TContext, user: TSessionUser, allowed: string[], fileId: string, thumbnail: boolean) {
  if (!allowed.includes(fileId)) throw notFound();
  return readStoredFile(ctx.filesDir, await findFile(ctx.db, user.bureauId, fileId), thumbnail);
}
