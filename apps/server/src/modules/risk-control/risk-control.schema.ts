import { sql } from 'drizzle-orm';
import { integer, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RISK_CONTROL_KINDS, type TControlPoint } from '@shian/shared/risk-control';
import { idColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { bureauIdColumn } from '../org/org.schema.ts';
import { operator, personnel } from '../operator/operator.schema.ts';

export const RISK_CONTROL_TEMPLATE_STATUSES = ['current', 'retired'] as const;

/**
 * The department's template of a kind's risk control list. Saving retires the current version and adds the next
 * (`versionNo`); old versions are kept because adopted lists refer to the version they were made on.
 */
export const riskControlTemplate = pgTable(
  'risk_control_template',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    kind: text('kind', { enum: RISK_CONTROL_KINDS }).notNull(),
    versionNo: integer('version_no').notNull(),
    status: text('status', { enum: RISK_CONTROL_TEMPLATE_STATUSES }).notNull(),
    points: jsonb('points').$type<TControlPoint[]>().notNull(),
    /** Null for the default template written on first use. */
    savedBy: uuid('saved_by'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [unique().on(t.bureauId, t.kind, t.versionNo), uniqueIndex('risk_control_template_current_key').on(t.bureauId, t.kind).where(sql`${t.status} = 'current'`)],
);

/**
 * A business's adopted list: the template version it was made on, the template points that do not apply to it,
 * its own points ('own-1'…) and the officer and director it names from its key personnel.
 */
export const riskControlList = pgTable('risk_control_list', {
  id: idColumn(),
  bureauId: bureauIdColumn(),
  operatorId: uuid('operator_id')
    .notNull()
    .unique()
    .references(() => operator.id),
  templateKind: text('template_kind', { enum: RISK_CONTROL_KINDS }).notNull(),
  templateVersion: integer('template_version').notNull(),
  notApplicable: text('not_applicable').array().notNull().default(sql`'{}'::text[]`),
  ownPoints: jsonb('own_points').$type<TControlPoint[]>().notNull(),
  officerPersonnelId: uuid('officer_personnel_id').references(() => personnel.id, { onDelete: 'set null' }),
  directorPersonnelId: uuid('director_personnel_id').references(() => personnel.id, { onDelete: 'set null' }),
  adoptedAt: timestamp('adopted_at', { withTimezone: true }).notNull().defaultNow(),
  adoptedBy: uuid('adopted_by'),
  ...timestamps(),
  version: versionColumn(),
});
