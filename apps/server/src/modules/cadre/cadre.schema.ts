import { pgTable, text } from 'drizzle-orm/pg-core';
import { idColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { bureauIdColumn, unit } from '../org/org.schema.ts';

/** An assigned cadre (包保干部): a local official guaranteeing the food safety of some operators. */
export const cadre = pgTable('cadre', {
  id: idColumn(),
  bureauId: bureauIdColumn(),
  name: text('name').notNull(),
  post: text('post').notNull(),
  unitCode: text('unit_code')
    .notNull()
    .references(() => unit.code),
  phoneEncrypted: text('phone_encrypted'),
  ...timestamps(),
  version: versionColumn(),
});
