import { boolean, date, doublePrecision, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { PLAN_KINDS, PLAN_STATUSES, PUBLISH_POLICIES, SAMPLE_STATUSES, VERDICTS } from '@shian/shared/sampling';
import { idColumn, timestamps, versionColumn, refColumn } from '../../core/db/columns.ts';
import { bureauIdColumn, station } from '../org/org.schema.ts';
import { operator, operatorIdColumn } from '../operator/operator.schema.ts';

/** A sampling plan (抽检计划): yearly, special, holiday, hot-spot, or from a public nomination. */
export const samplingPlan = pgTable('sampling_plan', {
  id: idColumn(),
  bureauId: bureauIdColumn(),
  name: text('name').notNull(),
  year: integer('year').notNull(),
  /** yearly | special | holiday | hotspot | public_nomination */
  kind: text('kind', { enum: PLAN_KINDS }).notNull(),
  /** all | failed_only | none: which results are published. */
  publishPolicy: text('publish_policy', { enum: PUBLISH_POLICIES }).notNull().default('all'),
  /** draft | active | closed */
  status: text('status', { enum: PLAN_STATUSES }).notNull().default('draft'),
  nominationId: uuid('nomination_id'),
  ...timestamps(),
  version: versionColumn(),
});

/** A sampling task: the quantity of one food category a station samples in a month. */
export const samplingTask = pgTable(
  'sampling_task',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    planId: refColumn('plan_id', () => samplingPlan.id),
    stationId: refColumn('station_id', () => station.id),
    foodCategory: text('food_category').notNull(),
    month: integer('month').notNull(),
    quantity: integer('quantity').notNull(),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('sampling_task_plan_idx').on(t.planId), index('sampling_task_station_idx').on(t.stationId, t.month)],
);

export const testingInstitution = pgTable('testing_institution', {
  id: idColumn(),
  bureauId: bureauIdColumn(),
  name: text('name').notNull(),
  /** CMA / CNAS qualification number. */
  qualificationNo: text('qualification_no').notNull(),
  contact: text('contact'),
  ...timestamps(),
  version: versionColumn(),
});

/** A sample (抽样单): one product batch taken at one operator. */
export const sample = pgTable(
  'sample',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    planId: refColumn('plan_id', () => samplingPlan.id),
    taskId: uuid('task_id').references(() => samplingTask.id),
    /** Printed on the label with a QR code. */
    sampleNo: text('sample_no').notNull().unique(),
    operatorId: operatorIdColumn(),
    productName: text('product_name').notNull(),
    brand: text('brand'),
    specification: text('specification'),
    batchNo: text('batch_no'),
    productionDate: date('production_date'),
    shelfLife: text('shelf_life'),
    /** The manufacturer: an operator of the registry, or a name and address outside the district. */
    manufacturerOperatorId: uuid('manufacturer_operator_id').references(() => operator.id),
    manufacturerName: text('manufacturer_name').notNull(),
    manufacturerAddress: text('manufacturer_address'),
    quantity: text('quantity').notNull(),
    foodCategory: text('food_category').notNull(),
    sampledOn: date('sampled_on').notNull(),
    samplerName: text('sampler_name').notNull(),
    institutionId: uuid('institution_id').references(() => testingInstitution.id),
    /** Station staff who accompanied the sampler (三专: 专人陪同). */
    accompaniedBy: uuid('accompanied_by').array().notNull().default(sql`'{}'::uuid[]`),
    photoFileIds: uuid('photo_file_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** sampled | reported */
    status: text('status', { enum: SAMPLE_STATUSES }).notNull().default('sampled'),
    /** conforming | nonconforming, from the test report */
    verdict: text('verdict', { enum: VERDICTS }),
    published: boolean('published').notNull().default(false),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('sample_operator_idx').on(t.operatorId), index('sample_plan_idx').on(t.planId), index('sample_bureau_idx').on(t.bureauId, t.sampledOn)],
);

/** The lab's test report of a sample. */
export const testReport = pgTable('test_report', {
  id: idColumn(),
  sampleId: uuid('sample_id')
    .notNull()
    .unique()
    .references(() => sample.id),
  reportNo: text('report_no').notNull(),
  institutionId: uuid('institution_id').references(() => testingInstitution.id),
  issuedOn: date('issued_on').notNull(),
  verdict: text('verdict', { enum: VERDICTS }).notNull(),
  /** The file it was imported from, when it was. */
  importedFrom: text('imported_from'),
  ...timestamps(),
  version: versionColumn(),
});

/** One tested item: value, unit, limit, standard cited and the item's verdict. */
export const testItem = pgTable(
  'test_item',
  {
    id: idColumn(),
    reportId: refColumn('report_id', () => testReport.id),
    name: text('name').notNull(),
    value: text('value').notNull(),
    numericValue: doublePrecision('numeric_value'),
    unit: text('unit'),
    limitText: text('limit_text'),
    limitMin: doublePrecision('limit_min'),
    limitMax: doublePrecision('limit_max'),
    /** GB number of the standard, e.g. GB 2763-2021. */
    standard: text('standard'),
    verdict: text('verdict', { enum: VERDICTS }).notNull(),
    ...timestamps(),
  },
  (t) => [index('test_item_report_idx').on(t.reportId)],
);
