import { date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { bureau } from '../org/org.schema.ts';
import { operator } from '../operator/operator.schema.ts';

/**
 * A case lead (案件线索) with its source (sampling:<sampleId>, complaint:<id>, inspection:<id>,
 * higher_authority). The enforcement module will assess and file them; until then they are a list.
 */
export const caseLead = pgTable(
  'case_lead',
  {
    id: idColumn(),
    bureauId: uuid('bureau_id').notNull().references(() => bureau.id),
    /** sampling | complaint | inspection | higher_authority */
    source: text('source').notNull(),
    sourceId: uuid('source_id'),
    operatorId: uuid('operator_id').references(() => operator.id),
    summary: text('summary').notNull(),
    discoveredOn: date('discovered_on').notNull(),
    /** new (assessment comes with the enforcement module) */
    status: text('status').notNull().default('new'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('case_lead_bureau_idx').on(t.bureauId, t.discoveredOn), index('case_lead_source_idx').on(t.source, t.sourceId)],
);
