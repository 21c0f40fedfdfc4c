import { date, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { STANDARD_CATEGORIES, STANDARD_STATUSES } from '@shian/shared/food-standard';
import { idColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { bureauIdColumn } from '../org/org.schema.ts';

/** A food safety standard (食品安全国家标准), by its GB number; bureau-wide reference data. */
export const foodStandard = pgTable(
  'food_standard',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    /** Normalised GB number: "GB 2760-2024", "GB/T 191-2008". */
    number: text('number').notNull(),
    title: text('title').notNull(),
    category: text('category', { enum: STANDARD_CATEGORIES }).notNull(),
    /** in_force | to_be_implemented | superseded | repealed (the first two follow implemented_on when shown). */
    status: text('status', { enum: STANDARD_STATUSES }).notNull(),
    issuedOn: date('issued_on'),
    implementedOn: date('implemented_on'),
    /** The GB number of the replacement, whether or not it is in the registry yet. */
    supersededBy: text('superseded_by'),
    summary: text('summary').notNull().default(''),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [uniqueIndex('food_standard_number_idx').on(t.bureauId, t.number)],
);
