import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from '@shian/shared/access';
import { idColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { bureauIdColumn, department, station } from '../org/org.schema.ts';
import { cadre, operator } from '../operator/operator.schema.ts';

export const appUser = pgTable('app_user', {
  id: idColumn(),
  bureauId: bureauIdColumn(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  stationId: uuid('station_id').references(() => station.id),
  departmentId: uuid('department_id').references(() => department.id),
  operatorId: uuid('operator_id').references(() => operator.id),
  cadreId: uuid('cadre_id').references(() => cadre.id),
  active: boolean('active').notNull().default(true),
  /** Demo accounts are refused when NODE_ENV=production. */
  demo: boolean('demo').notNull().default(false),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
  /** Set by a password reset or an import: until the user changes it, only me, logout and the change answer. */
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  ...timestamps(),
  version: versionColumn(),
});
