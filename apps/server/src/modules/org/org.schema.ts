import { pgTable, text, uuid, unique } from 'drizzle-orm/pg-core';
import { idColumn, timestamps, versionColumn, refColumn } from '../../core/db/columns.ts';

export const bureau = pgTable('bureau', {
  id: idColumn(),
  name: text('name').notNull(),
  /** 6-digit county-level division code, e.g. 420116 for Huangpi. */
  divisionCode: text('division_code').notNull().unique(),
  ...timestamps(),
  version: versionColumn(),
});

/** The owning bureau of a business row: the scope column every table leads to (docs/conventions.md). */
export const bureauIdColumn = () => refColumn('bureau_id', () => bureau.id);

export const department = pgTable(
  'department',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
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
  bureauId: bureauIdColumn(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['station', 'enforcement_team'] }).notNull(),
  ...timestamps(),
  version: versionColumn(),
});

/** Township-level unit (street, town or zone); the station owning it supervises its operators. */
export const unit = pgTable('unit', {
  code: text('code').primaryKey(),
  bureauId: bureauIdColumn(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['street', 'town', 'zone'] }).notNull(),
  stationId: uuid('station_id').references(() => station.id),
  ...timestamps(),
  version: versionColumn(),
});
