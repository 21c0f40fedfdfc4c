import { boolean, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { OPERATOR_CATEGORIES, OPERATOR_SCALES, OPERATOR_TAGS, OPERATOR_TYPES } from '@shian/shared/operator';
import { STAFFING_POSTS } from '@shian/shared/staffing';
import { ENTITY_KINDS } from '@shian/shared/uscc';
import { idColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { bureau, bureauIdColumn } from '../org/org.schema.ts';
import { operatorIdColumn } from '../operator/operator.schema.ts';

/**
 * A bureau's staffing rules as one set: written from the national defaults (@shian/shared/staffing) on first use
 * and replaced whole by the department; the set's version guards the replacement (409 on a stale one).
 */
export const staffingRuleSet = pgTable('staffing_rule_set', {
  id: idColumn(),
  bureauId: uuid('bureau_id')
    .notNull()
    .unique()
    .references(() => bureau.id),
  updatedBy: uuid('updated_by'),
  ...timestamps(),
  version: versionColumn(),
});

/**
 * One rule: an operator matching every condition set (type, entity kind from the credit code, minimum scale, tag,
 * category; null = any) must have the posts it requires (《企业落实食品安全主体责任监督管理规定》, 总局令第60号).
 */
export const staffingRule = pgTable(
  'staffing_rule',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    /** The rule's place in the set as the department wrote it. */
    position: integer('position').notNull(),
    operatorType: text('operator_type', { enum: OPERATOR_TYPES }),
    entityKinds: text('entity_kinds', { enum: ENTITY_KINDS }).array().notNull(),
    minScale: text('min_scale', { enum: OPERATOR_SCALES }),
    tag: text('tag', { enum: OPERATOR_TAGS }),
    category: text('category', { enum: OPERATOR_CATEGORIES }),
    requiresDirector: boolean('requires_director').notNull(),
    requiresOfficer: boolean('requires_officer').notNull(),
    basis: text('basis').notNull(),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('staffing_rule_bureau_idx').on(t.bureauId)],
);

/** A reminder to the business that a required post is missing: at most one an operator a day (the unique index). */
export const staffingReminder = pgTable(
  'staffing_reminder',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    operatorId: operatorIdColumn(),
    missing: text('missing', { enum: STAFFING_POSTS }).array().notNull(),
    remindedOn: date('reminded_on').notNull(),
    /** The working-day deadline to fill the posts, shown on the business's workbench. */
    dueOn: date('due_on').notNull(),
    remindedBy: uuid('reminded_by').notNull(),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [uniqueIndex('staffing_reminder_operator_day_key').on(t.operatorId, t.remindedOn)],
);
