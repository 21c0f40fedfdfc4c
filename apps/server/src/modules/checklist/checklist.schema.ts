import { boolean, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { CHECKLIST_SCOPES, CHECKLIST_STATUSES } from '@shian/shared/checklist';
import { idColumn, timestamps, versionColumn, refColumn } from '../../core/db/columns.ts';
import { bureauIdColumn } from '../org/org.schema.ts';

/**
 * A checklist (监督检查要点表) for one kind of operator. Versioned: a published version is never
 * edited; a change makes the next draft version, and publishing it retires the previous one.
 * Inspections keep the id of the version they used.
 */
export const checklistTemplate = pgTable(
  'checklist_template',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    /** production | sales | catering | canteen | small_workshop */
    scope: text('scope', { enum: CHECKLIST_SCOPES }).notNull(),
    name: text('name').notNull(),
    versionNo: integer('version_no').notNull(),
    /** draft | published | retired */
    status: text('status', { enum: CHECKLIST_STATUSES }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [unique().on(t.bureauId, t.scope, t.versionNo)],
);

export const checklistItem = pgTable(
  'checklist_item',
  {
    id: idColumn(),
    templateId: refColumn('template_id', () => checklistTemplate.id),
    position: integer('position').notNull(),
    section: text('section').notNull(),
    content: text('content').notNull(),
    /** 重点项: a nonconforming key item fails the inspection. */
    key: boolean('key').notNull().default(false),
    /** Legal basis as written ("《食品安全法》", "第五十四条"); articleId is filled once the law library resolves it. */
    basisLaw: text('basis_law'),
    basisArticle: text('basis_article'),
    basisArticleId: uuid('basis_article_id'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('checklist_item_template_idx').on(t.templateId, t.position)],
);
