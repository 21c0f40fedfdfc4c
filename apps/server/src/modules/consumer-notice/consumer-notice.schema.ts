import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { NOTICE_KINDS, NOTICE_SOURCES, NOTICE_STATUSES } from '@shian/shared/consumer-notice';
import { idColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { bureauIdColumn } from '../org/org.schema.ts';

/** A consumer advisory (消费提示) or warning (消费警示): drafted, approved, published. */
export const consumerNotice = pgTable('consumer_notice', {
  id: idColumn(),
  bureauId: bureauIdColumn(),
  /** advisory | warning */
  kind: text('kind', { enum: NOTICE_KINDS }).notNull(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  /** sampling | complaint | other */
  source: text('source', { enum: NOTICE_SOURCES }).notNull(),
  sampleIds: uuid('sample_ids').array().notNull().default(sql`'{}'::uuid[]`),
  /** draft | approved | published */
  status: text('status', { enum: NOTICE_STATUSES }).notNull().default('draft'),
  approvedBy: uuid('approved_by'),
  approvedAt: timestamp('approved_at', { withTimezone: true }),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  ...timestamps(),
  version: versionColumn(),
});
