import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { TCadreCreate, TLevelRule } from '@shian/shared/cadre';
import { importJobColumns } from '../../core/db/import-jobs.ts';
import { idColumn, refColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { bureau, bureauIdColumn } from '../org/org.schema.ts';
import { cadre, operatorIdColumn } from '../operator/operator.schema.ts';

/** The cadre table lives with the operators (see operator.schema.ts); this module and its readers name it here. */
export { cadre, cadreAssignment } from '../operator/operator.schema.ts';

/**
 * Who guaranteed what from when to when: a row per assignment, open (ended_at null) while it is current. The
 * current one mirrors cadre_assignment, which the data scope reads.
 */
export const cadreAssignmentHistory = pgTable(
  'cadre_assignment_history',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    operatorId: operatorIdColumn(),
    cadreId: refColumn('cadre_id', () => cadre.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    startedBy: uuid('started_by'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedBy: uuid('ended_by'),
    endReason: text('end_reason'),
  },
  (t) => [
    index('cadre_assignment_history_operator_idx').on(t.operatorId),
    index('cadre_assignment_history_cadre_idx').on(t.cadreId),
    uniqueIndex('cadre_assignment_history_open_key').on(t.operatorId).where(sql`${t.endedAt} is null`),
  ],
);

/**
 * The bureau's assignment rule when it sets its own: which grades, types and tags the district and township
 * levels guarantee (the rest go to village cadres), the load limit per cadre and the working days an
 * adjustment may take. Without a row the defaults apply (DEFAULT_CADRE_RULE).
 */
export const cadreSetting = pgTable('cadre_setting', {
  id: idColumn(),
  bureauId: uuid('bureau_id')
    .notNull()
    .unique()
    .references(() => bureau.id),
  district: jsonb('district').$type<TLevelRule>().notNull(),
  township: jsonb('township').$type<TLevelRule>().notNull(),
  loadLimit: integer('load_limit').notNull(),
  adjustWorkingDays: integer('adjust_working_days').notNull(),
  updatedBy: uuid('updated_by'),
  ...timestamps(),
  version: versionColumn(),
});

/** A row that passed the dry run, its phone already encrypted (and masked for the report). */
export type TCadreImportRow = { row: number; cadre: Omit<TCadreCreate, 'phone'> & { phoneEncrypted: string | null; phoneMasked: string | null } };

/** A cadre file import: the dry run's valid rows (phones already encrypted) until the commit writes them. */
export const cadreImport = pgTable('cadre_import', {
  id: idColumn(),
  bureauId: bureauIdColumn(),
  ...importJobColumns<TCadreImportRow>(),
});
