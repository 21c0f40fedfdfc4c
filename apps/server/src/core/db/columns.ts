// Columns every business table carries (docs/conventions.md): id, timestamps, version.
import { integer, timestamp, uuid, type ReferenceConfig } from 'drizzle-orm/pg-core';

export const idColumn = () => uuid('id').primaryKey().defaultRandom();
export const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
export const versionColumn = () => integer('version').notNull().default(1);
/** A required reference to another table's row (a step's case, an item's template). */
export const refColumn = (name: string, target: ReferenceConfig['ref'], actions?: ReferenceConfig['actions']) => uuid(name).notNull().references(target, actions);
