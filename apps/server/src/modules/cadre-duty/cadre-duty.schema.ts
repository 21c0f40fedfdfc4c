import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { CADRE_LEVELS, type TCadreLevel } from '@shian/shared/cadre';
import { DUTY_TEMPLATE_KINDS, DUTY_TEMPLATE_STATUSES, type TDutySubject } from '@shian/shared/cadre-duty';
import { idColumn, refColumn, timestamps, versionColumn } from '../../core/db/columns.ts';
import { storedFile } from '../../core/files/file.schema.ts';
import { bureau, bureauIdColumn, unit } from '../org/org.schema.ts';
import { cadre } from '../cadre/cadre.schema.ts';

/**
 * The text of one of a level's lists or its pledge, one line an item. Versioned like the checklists: publishing
 * retires the current version and adds the next; the lists a cadre was given keep the version they were made from.
 */
export const cadreDutyTemplate = pgTable(
  'cadre_duty_template',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    level: text('level', { enum: CADRE_LEVELS }).notNull(),
    kind: text('kind', { enum: DUTY_TEMPLATE_KINDS }).notNull(),
    versionNo: integer('version_no').notNull(),
    status: text('status', { enum: DUTY_TEMPLATE_STATUSES }).notNull(),
    lines: jsonb('lines').$type<string[]>().notNull(),
    /** Null for the default texts written on first use. */
    publishedBy: uuid('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    unique().on(t.bureauId, t.level, t.kind, t.versionNo),
    uniqueIndex('cadre_duty_template_current_key').on(t.bureauId, t.level, t.kind).where(sql`${t.status} = 'published'`),
  ],
);

/** The bureau's supervision frequency per level and the pledge's working days, when it sets its own. */
export const cadreDutySetting = pgTable('cadre_duty_setting', {
  id: idColumn(),
  bureauId: uuid('bureau_id')
    .notNull()
    .unique()
    .references(() => bureau.id),
  visitsPerQuarter: jsonb('visits_per_quarter').$type<Record<TCadreLevel, number>>().notNull(),
  pledgeWorkingDays: integer('pledge_working_days').notNull(),
  updatedBy: uuid('updated_by'),
  ...timestamps(),
  version: versionColumn(),
});

/** A campaign (专项任务) the office adds for holidays and key periods: every subject of the levels named visited in the window. */
export const cadreCampaign = pgTable(
  'cadre_campaign',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    title: text('title').notNull(),
    fromOn: date('from_on').notNull(),
    toOn: date('to_on').notNull(),
    levels: text('levels', { enum: CADRE_LEVELS }).array().notNull(),
    createdBy: uuid('created_by').notNull(),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('cadre_campaign_window_idx').on(t.bureauId, t.fromOn)],
);

/**
 * A cadre's three lists and pledge for a year: made once (unique per cadre and year) from the level's current
 * templates and the cadre's subjects at that time; the pledge is signed on screen by the cadre.
 */
export const cadreDuty = pgTable(
  'cadre_duty',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    cadreId: refColumn('cadre_id', () => cadre.id),
    year: integer('year').notNull(),
    level: text('level', { enum: CADRE_LEVELS }).notNull(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => unit.code),
    responsibilityTemplateId: refColumn('responsibility_template_id', () => cadreDutyTemplate.id),
    taskTemplateId: refColumn('task_template_id', () => cadreDutyTemplate.id),
    pledgeTemplateId: refColumn('pledge_template_id', () => cadreDutyTemplate.id),
    subjects: jsonb('subjects').$type<TDutySubject[]>().notNull(),
    generatedOn: date('generated_on').notNull(),
    pledgeDueOn: date('pledge_due_on').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    signedBy: uuid('signed_by'),
    signatureFileId: uuid('signature_file_id').references(() => storedFile.id),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [unique().on(t.cadreId, t.year), index('cadre_duty_year_unit_idx').on(t.bureauId, t.year, t.unitCode)],
);
