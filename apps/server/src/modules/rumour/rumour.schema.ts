import { customType, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { RUMOUR_STATUSES, RUMOUR_TOPICS } from '@shian/shared/rumour';
import { idColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { bureauIdColumn } from '../org/org.schema.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * A food-safety rumour (谣言) and its rebuttal: drafted, reviewed by an expert, published. Law articles
 * it cites are recorded by the law library (law_citation); standards are linked by id.
 */
export const rumour = pgTable(
  'rumour',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    title: text('title').notNull(),
    claim: text('claim').notNull(),
    rebuttal: text('rebuttal').notNull(),
    evidence: text('evidence').notNull().default(''),
    topic: text('topic', { enum: RUMOUR_TOPICS }).notNull(),
    standardIds: uuid('standard_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** draft | reviewed | published */
    status: text('status', { enum: RUMOUR_STATUSES }).notNull().default('draft'),
    createdBy: uuid('created_by'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** jieba words of the title and claim, for screening posts against the rumour. */
    terms: text('terms').array().notNull().default(sql`'{}'::text[]`),
    /** jieba search-mode words, title weighted A, claim B, rebuttal C ('simple' configuration). */
    searchVector: tsvector('search_vector').notNull(),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('rumour_bureau_status_idx').on(t.bureauId, t.status), index('rumour_search_idx').using('gin', t.searchVector)],
);
