import { pgTable, text, uuid, unique } from 'drizzle-orm/pg-core';
import { idColumn, timestamps, versionColumn } from '../../core/db/columns.ts';

export const bureau = pgTable('bureau', {
  id: idColumn(),
  name: text('name').notNull(),
  /** 6-digit county-level division code, e.g. 420116 for Huangpi. */
  divisionCode: text('division_code').notNull().unique(),
  ...timestamps(),
  version: versionColumn(),
});

export const department = pgTable(
  'department',
  {
    id: idColumn(),
    bureauId: uuid('bureau_id').notNull().references(() => bureau.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [unique().on(t.bureauId, t.code)],
);

/** A grassroots station or the enforcement team. */
export const station = pgTable('station', {
  id: idColumn(),
  bureauId: uuid('bureau_id').notNull().references(() => bureau.id),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['station', 'enforcement_team'] }).notNull(),
  ...timestamps(),
  version: versionColumn(),
});

/** Township-level unit (street, town or zone); the station owning it supervises its operators. */
export const unit = pgTable('unit', {
  code: text('code').primaryKey(),
  bureauId: uuid('bureau_id').notNull().references(() => bureau.id),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['street', 'town', 'zone'] }).notNull(),
  stationId: uuid('station_id').references(() => station.id),
  ...timestamps(),
  version: versionColumn(),
});
