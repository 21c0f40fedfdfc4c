import { pgTable, text, uuid, primaryKey, index } from 'drizzle-orm/pg-core';
import { idColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { bureau, unit } from '../org/org.schema.ts';
import { operator } from '../operator/operator.schema.ts';

/** An assigned cadre (包保干部): a local official guaranteeing the food safety of some operators. */
export const cadre = pgTable('cadre', {
  id: idColumn(),
  bureauId: uuid('bureau_id').notNull().references(() => bureau.id),
  name: text('name').notNull(),
  post: text('post').notNull(),
  unitCode: text('unit_code').notNull().references(() => unit.code),
  phoneEncrypted: text('phone_encrypted'),
  ...timestamps(),
  version: versionColumn(),
});

export const cadreAssignment = pgTable(
  'cadre_assignment',
  {
    cadreId: uuid('cadre_id').notNull().references(() => cadre.id),
    operatorId: uuid('operator_id').notNull().references(() => operator.id),
    ...timestamps(),
  },
  (t) => [primaryKey({ columns: [t.cadreId, t.operatorId] }), index('cadre_assignment_operator_idx').on(t.operatorId)],
);
