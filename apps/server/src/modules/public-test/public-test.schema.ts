import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { NOMINATION_STATUSES } from '@shian/shared/public-test';
import { idColumn, timestamps, versionColumn, refColumn } from '../../core/db/columns.ts';
import { bureauIdColumn } from '../org/org.schema.ts';

/** A public test nomination (你点我检): a citizen proposes a food and a place; others vote. */
export const testNomination = pgTable(
  'test_nomination',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    food: text('food').notNull(),
    place: text('place').notNull(),
    reason: text('reason'),
    /** open | selected | tested | rejected */
    status: text('status', { enum: NOMINATION_STATUSES }).notNull().default('open'),
    votes: integer('votes').notNull().default(0),
    planId: uuid('plan_id'),
    /** The published outcome shown back on the nomination. */
    resultSummary: text('result_summary'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('test_nomination_bureau_idx').on(t.bureauId, t.status, t.votes)],
);

/** One vote per person per nomination: the voter is a keyed hash of a browser token, never an identity. */
export const nominationVote = pgTable(
  'nomination_vote',
  {
    nominationId: refColumn('nomination_id', () => testNomination.id),
    voterHash: text('voter_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.nominationId, t.voterHash] })],
);
