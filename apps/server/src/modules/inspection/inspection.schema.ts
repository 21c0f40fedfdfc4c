import { boolean, date, doublePrecision, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { INSPECTION_KINDS, INSPECTION_RESULTS, INSPECTION_STATUSES, ITEM_OUTCOMES } from '@shian/shared/inspection';
import { idColumn, timestamps, versionColumn, refColumn } from '../../core/db/columns.ts';
import { storedFile } from '../../core/files/file.schema.ts';
import { bureauIdColumn } from '../org/org.schema.ts';
import { operatorIdColumn } from '../operator/operator.schema.ts';
import { checklistItem, checklistTemplate } from '../checklist/checklist.schema.ts';

/** An inspection record: routine, unannounced (飞行检查) or follow-up, made on a phone in the field. */
export const inspection = pgTable(
  'inspection',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    operatorId: operatorIdColumn(),
    templateId: refColumn('template_id', () => checklistTemplate.id),
    /** routine | unannounced | follow_up */
    kind: text('kind', { enum: INSPECTION_KINDS }).notNull(),
    planEntryId: uuid('plan_entry_id'),
    followUpOf: uuid('follow_up_of'),
    /** open | closed */
    status: text('status', { enum: INSPECTION_STATUSES }).notNull().default('open'),
    inspectedOn: date('inspected_on').notNull(),
    inspectorIds: uuid('inspector_ids').array().notNull(),
    /** conforming | basically_conforming | nonconforming, derived from the items when closed */
    result: text('result', { enum: INSPECTION_RESULTS }),
    keyNonconforming: integer('key_nonconforming').notNull().default(0),
    generalNonconforming: integer('general_nonconforming').notNull().default(0),
    summary: text('summary').notNull().default(''),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    locationNote: text('location_note'),
    representativeName: text('representative_name'),
    signatureFileId: uuid('signature_file_id').references(() => storedFile.id),
    /** Published on the operator's public page (within 20 working days, 办法 art. 39). */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    published: boolean('published').notNull().default(false),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    index('inspection_operator_idx').on(t.operatorId, t.inspectedOn),
    index('inspection_bureau_status_idx').on(t.bureauId, t.status, t.inspectedOn),
    index('inspection_inspectors_idx').using('gin', sql`${t.inspectorIds}`),
  ],
);

export const inspectionItemResult = pgTable(
  'inspection_item_result',
  {
    inspectionId: refColumn('inspection_id', () => inspection.id),
    itemId: refColumn('item_id', () => checklistItem.id),
    /** conforming | nonconforming | not_applicable */
    outcome: text('outcome', { enum: ITEM_OUTCOMES }).notNull(),
    note: text('note').notNull().default(''),
    updatedBy: uuid('updated_by'),
    ...timestamps(),
  },
  (t) => [primaryKey({ columns: [t.inspectionId, t.itemId] })],
);

export const inspectionPhoto = pgTable(
  'inspection_photo',
  {
    id: idColumn(),
    inspectionId: refColumn('inspection_id', () => inspection.id),
    itemId: uuid('item_id').references(() => checklistItem.id),
    fileId: refColumn('file_id', () => storedFile.id),
    ...timestamps(),
  },
  (t) => [index('inspection_photo_inspection_idx').on(t.inspectionId)],
);
