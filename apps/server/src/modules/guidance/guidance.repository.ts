import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { TGuidanceListQuery } from '@shian/shared/guidance';
import { TOOLBOX_KINDS } from '@shian/shared/guidance';
import { insertOne } from '../../core/db/insert-one.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { paged } from '../../core/db/paged.ts';
import { bumpVersion, updateVersioned } from '../../core/db/versioned.ts';
import { escapeLike } from '../../core/db/escape-like.ts';
import { bureau } from '../org/org.schema.ts';
import { guidanceAttachment, guidanceDocument } from './guidance.schema.ts';

export type TGuidanceRow = typeof guidanceDocument.$inferSelect;
export type TAttachmentRow = typeof guidanceAttachment.$inferSelect;

/**
 * Who is reading decides what exists for them: managers see drafts too, other staff every published
 * document, a business what is published for businesses or the public, the public what is published for it.
 */
export type TGuidanceViewer = 'manager' | 'staff' | 'business' | 'public';

function visibleTo(viewer: TGuidanceViewer): SQL[] {
  if (viewer === 'manager') return [];
  const published = eq(guidanceDocument.published, true);
  if (viewer === 'staff') return [published];
  const audiences = viewer === 'business' ? ['business', 'public'] : ['public'];
  return [
    published,
    sql`${guidanceDocument.audiences} && array[${sql.join(
      audiences.map((a) => sql`${a}`),
      sql`, `,
    )}]::text[]`,
  ];
}

function conditions(bureauId: string, viewer: TGuidanceViewer, query: TGuidanceListQuery): SQL[] {
  const list: SQL[] = [eq(guidanceDocument.bureauId, bureauId), ...visibleTo(viewer)];
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    list.push(or(ilike(guidanceDocument.title, like), ilike(guidanceDocument.summary, like), ilike(guidanceDocument.body, like))!);
  }
  if (query.kind) list.push(eq(guidanceDocument.kind, query.kind));
  if (query.toolbox === 'true') list.push(inArray(guidanceDocument.kind, [...TOOLBOX_KINDS]));
  if (query.toolbox === 'false') list.push(sql`not ${inArray(guidanceDocument.kind, [...TOOLBOX_KINDS])}`);
  if (query.topic) list.push(eq(guidanceDocument.topic, query.topic));
  if (query.published) list.push(eq(guidanceDocument.published, query.published === 'true'));
  return list;
}

export async function listDocuments(db: TDbOrTx, bureauId: string, viewer: TGuidanceViewer, query: TGuidanceListQuery) {
  const list = db
    .select()
    .from(guidanceDocument)
    .where(and(...conditions(bureauId, viewer, query)))
    .orderBy(asc(guidanceDocument.kind), desc(guidanceDocument.publishedAt), asc(guidanceDocument.title), asc(guidanceDocument.id))
    .$dynamic();
  return paged(list, query);
}

export function countDocuments(db: TDbOrTx, bureauId: string, viewer: TGuidanceViewer, query: TGuidanceListQuery) {
  return db.$count(guidanceDocument, and(...conditions(bureauId, viewer, query)));
}

export async function findDocument(db: TDbOrTx, bureauId: string, viewer: TGuidanceViewer, id: string) {
  const [row] = await db
    .select()
    .from(guidanceDocument)
    .where(and(eq(guidanceDocument.bureauId, bureauId), eq(guidanceDocument.id, id), ...visibleTo(viewer)));
  return row ?? null;
}

export async function attachmentsOf(db: TDbOrTx, documentIds: string[]) {
  if (documentIds.length === 0) return [];
  return db.select().from(guidanceAttachment).where(inArray(guidanceAttachment.documentId, documentIds)).orderBy(asc(guidanceAttachment.createdAt), asc(guidanceAttachment.id));
}

export async function findAttachment(db: TDbOrTx, documentId: string, fileId: string) {
  const [row] = await db
    .select()
    .from(guidanceAttachment)
    .where(and(eq(guidanceAttachment.documentId, documentId), eq(guidanceAttachment.fileId, fileId)));
  return row ?? null;
}

export function insertDocument(db: TDbOrTx, values: typeof guidanceDocument.$inferInsert) {
  return insertOne(db, guidanceDocument, values);
}

export async function updateDocumentVersioned(db: TDbOrTx, id: string, version: number, values: Partial<typeof guidanceDocument.$inferInsert>) {
  return updateVersioned(db, guidanceDocument, id, version, values);
}

/** A change to the attachments is a change to the document: its version moves on. */
export async function touchDocument(db: TDbOrTx, id: string) {
  await db
    .update(guidanceDocument)
    .set({ ...bumpVersion(guidanceDocument) })
    .where(eq(guidanceDocument.id, id));
}

export function insertAttachment(db: TDbOrTx, values: typeof guidanceAttachment.$inferInsert) {
  return insertOne(db, guidanceAttachment, values);
}

export async function deleteAttachment(db: TDbOrTx, documentId: string, fileId: string) {
  await db.delete(guidanceAttachment).where(and(eq(guidanceAttachment.documentId, documentId), eq(guidanceAttachment.fileId, fileId)));
}

export async function publicBureauId(db: TDbOrTx) {
  const [row] = await db.select({ id: bureau.id }).from(bureau).orderBy(asc(bureau.createdAt)).limit(1);
  return row?.id ?? null;
}
