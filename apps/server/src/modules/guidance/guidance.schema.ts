import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { GUIDANCE_KINDS, GUIDANCE_TOPICS, type TAttachmentType, type TGuidanceAudience } from '@shian/shared/guidance';
import { idColumn, timestamps, versionColumn, refColumn } from '../../core/db/columns.ts';
import { storedFile } from '../../core/files/file.schema.ts';
import { bureauIdColumn } from '../org/org.schema.ts';

/** A guidance document (规范指引) or a toolbox item (template, guide) with its audiences. */
export const guidanceDocument = pgTable(
  'guidance_document',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    /** guidance | template | guide */
    kind: text('kind', { enum: GUIDANCE_KINDS }).notNull(),
    topic: text('topic', { enum: GUIDANCE_TOPICS }).notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    body: text('body').notNull().default(''),
    /** business | public | staff: who it is written for once published. */
    audiences: text('audiences').array().$type<TGuidanceAudience[]>().notNull().default(sql`'{}'::text[]`),
    published: boolean('published').notNull().default(false),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('guidance_document_bureau_idx').on(t.bureauId, t.kind)],
);

/** A downloadable file (.docx, .xlsx, .pdf) of a guidance document; the bytes are a stored_file. */
export const guidanceAttachment = pgTable(
  'guidance_attachment',
  {
    id: idColumn(),
    documentId: refColumn('document_id', () => guidanceDocument.id),
    fileId: refColumn('file_id', () => storedFile.id),
    /** The name the download gets, with the extension of the detected type. */
    name: text('name').notNull(),
    /** docx | xlsx | pdf, decided from the bytes. */
    type: text('type').$type<TAttachmentType>().notNull(),
    size: integer('size').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('guidance_attachment_file_idx').on(t.documentId, t.fileId)],
);
