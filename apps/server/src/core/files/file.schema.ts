import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from '../db/columns.ts';

/** An uploaded file (inspection photo, signature, evidence); bytes live under DATA_DIR/files. */
export const storedFile = pgTable(
  'stored_file',
  {
    id: idColumn(),
    bureauId: uuid('bureau_id').notNull(),
    kind: text('kind').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    originalName: text('original_name').notNull(),
    path: text('path').notNull(),
    thumbnailPath: text('thumbnail_path'),
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('stored_file_bureau_idx').on(t.bureauId)],
);
