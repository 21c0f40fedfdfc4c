import { sql } from 'drizzle-orm';
import { boolean, date, doublePrecision, index, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { LICENCE_KINDS } from '@shian/shared/licence';
import { OPERATOR_SCALES, OPERATOR_STATUSES, OPERATOR_TYPES, PERSONNEL_ROLES, type TOperatorCategory, type TOperatorCreate, type TOperatorTag } from '@shian/shared/operator';
import { RISK_GRADES } from '@shian/shared/risk';
import { CADRE_LEVELS } from '@shian/shared/cadre';
import { importJobColumns } from '../../core/db/import-jobs.ts';
import { idColumn, timestamps, versionColumn, refColumn } from '../../core/db/columns.ts';
import { bureauIdColumn, unit } from '../org/org.schema.ts';

export const operator = pgTable(
  'operator',
  {
    id: idColumn(),
    bureauId: bureauIdColumn(),
    name: text('name').notNull(),
    uscc: text('uscc').notNull().unique(),
    type: text('type', { enum: OPERATOR_TYPES }).notNull(),
    categories: text('categories').array().$type<TOperatorCategory[]>().notNull().default(sql`'{}'::text[]`),
    address: text('address').notNull(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => unit.code),
    longitude: doublePrecision('longitude'),
    latitude: doublePrecision('latitude'),
    status: text('status', { enum: OPERATOR_STATUSES }).notNull().default('active'),
    tags: text('tags').array().$type<TOperatorTag[]>().notNull().default(sql`'{}'::text[]`),
    /** 规模 (large/medium/small/micro; for canteens large and medium mean 300+ diners): decides whether a director is required (staffing). */
    scale: text('scale', { enum: OPERATOR_SCALES }),
    /** The current risk grade (A-D) and score, kept by the risk-grade module for filtering and plans. */
    riskGrade: text('risk_grade', { enum: RISK_GRADES }),
    riskScore: doublePrecision('risk_score'),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    index('operator_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    index('operator_unit_idx').on(t.bureauId, t.unitCode),
    index('operator_type_idx').on(t.type),
    index('operator_risk_grade_idx').on(t.bureauId, t.riskGrade),
  ],
);

/** The operator a row is about. */
export const operatorIdColumn = () => refColumn('operator_id', () => operator.id);

export const licence = pgTable(
  'licence',
  {
    id: idColumn(),
    operatorId: operatorIdColumn(),
    kind: text('kind', { enum: LICENCE_KINDS }).notNull(),
    number: text('number').notNull().unique(),
    scope: text('scope').notNull(),
    issuedOn: date('issued_on').notNull(),
    expiresOn: date('expires_on').notNull(),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('licence_operator_idx').on(t.operatorId), index('licence_expires_idx').on(t.expiresOn)],
);

/** Key personnel (三类人员); the phone is stored SM4-encrypted. */
export const personnel = pgTable(
  'personnel',
  {
    id: idColumn(),
    operatorId: operatorIdColumn(),
    role: text('role', { enum: PERSONNEL_ROLES }).notNull(),
    name: text('name').notNull(),
    phoneEncrypted: text('phone_encrypted').notNull(),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index('personnel_operator_idx').on(t.operatorId)],
);

/** A row that passed the dry run; `seen`: the operator of that credit code as the dry run found it (null: none yet). */
export type TOperatorImportRow = { row: number; operator: TOperatorCreate; seen: { id: string; version: number } | null };

/** A dry-run-then-commit import of an operator file; parsed rows are kept until the user decides. */
export const operatorImport = pgTable('operator_import', {
  id: idColumn(),
  bureauId: bureauIdColumn(),
  // rows: [{ row, operator: TOperatorCreate }] for the rows that passed validation.
  ...importJobColumns<TOperatorImportRow>(),
});

/**
 * An assigned cadre (包保干部): a local official guaranteeing the food safety of some operators, at a level
 * (district, township, village; a city level may sit above), for the subjects of one township unit. Kept with
 * the operators (re-exported by cadre.schema.ts) because the cadre data scope and the accounts refer to it,
 * while the cadre module, which manages it, sits above the operator and user modules.
 */
export const cadre = pgTable('cadre', {
  id: idColumn(),
  bureauId: bureauIdColumn(),
  name: text('name').notNull(),
  level: text('level', { enum: CADRE_LEVELS }).notNull().default('village'),
  post: text('post').notNull(),
  /** 工作单位: the office, township government or village committee the cadre works in. */
  workUnit: text('work_unit').notNull().default(''),
  /** The township unit whose subjects the cadre guarantees. */
  unitCode: text('unit_code')
    .notNull()
    .references(() => unit.code),
  phoneEncrypted: text('phone_encrypted'),
  /** An inactive cadre takes no new subjects; its current ones are due for reassignment. */
  active: boolean('active').notNull().default(true),
  ...timestamps(),
  version: versionColumn(),
});

/**
 * Which operators an assigned cadre guarantees now (the cadre data scope): one current cadre a subject, held by
 * the database. Kept with the operators rather than the cadres because the operator scope reads it
 * (operator-scope.ts); its history is the cadre module's (cadre_assignment_history).
 */
export const cadreAssignment = pgTable(
  'cadre_assignment',
  {
    cadreId: refColumn('cadre_id', () => cadre.id),
    operatorId: operatorIdColumn(),
    ...timestamps(),
  },
  (t) => [primaryKey({ columns: [t.cadreId, t.operatorId] }), uniqueIndex('cadre_assignment_operator_key').on(t.operatorId)],
);
