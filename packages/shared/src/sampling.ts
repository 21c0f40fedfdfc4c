// Sampling (抽检): plans and tasks, testing institutions, samples (抽样单), test reports and the
// lab file import. The verdict rules are pure so that the server and the report form agree.
import { z } from 'zod';

export const PLAN_KINDS = ['yearly', 'special', 'holiday', 'hotspot', 'public_nomination'] as const;
export type TPlanKind = (typeof PLAN_KINDS)[number];
export const PUBLISH_POLICIES = ['all', 'failed_only', 'none'] as const;
export type TPublishPolicy = (typeof PUBLISH_POLICIES)[number];
export const PLAN_STATUSES = ['draft', 'active', 'closed'] as const;
export type TPlanStatus = (typeof PLAN_STATUSES)[number];
export const SAMPLE_STATUSES = ['sampled', 'reported'] as const;
export type TSampleStatus = (typeof SAMPLE_STATUSES)[number];
export const VERDICTS = ['conforming', 'nonconforming'] as const;
export type TVerdict = (typeof VERDICTS)[number];

const ZId = z.uuid({ message: 'id.invalid' });
const ZDate = z.iso.date({ message: 'date.invalid' });
const text = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);

export const ZSamplingPlanCreate = z.strictObject({
  name: text(100),
  year: z.number().int().min(2000).max(2100),
  kind: z.enum(PLAN_KINDS),
  publishPolicy: z.enum(PUBLISH_POLICIES).default('all'),
});
export type TSamplingPlanCreate = z.infer<typeof ZSamplingPlanCreate>;

/** The status only moves forward: draft → active → closed. */
export const ZSamplingPlanPatch = z.strictObject({
  version: z.number().int().min(1),
  name: text(100).optional(),
  publishPolicy: z.enum(PUBLISH_POLICIES).optional(),
  status: z.enum(PLAN_STATUSES).optional(),
});
export type TSamplingPlanPatch = z.infer<typeof ZSamplingPlanPatch>;

export const NEXT_PLAN_STATUS: Record<TPlanStatus, TPlanStatus | null> = { draft: 'active', active: 'closed', closed: null };

export const ZSamplingPlanListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(PLAN_STATUSES).optional(),
  kind: z.enum(PLAN_KINDS).optional(),
});
export type TSamplingPlanListQuery = z.infer<typeof ZSamplingPlanListQuery>;

export const ZSamplingTaskCreate = z.strictObject({
  stationId: ZId,
  foodCategory: text(50),
  month: z.number().int().min(1).max(12),
  quantity: z.number().int().min(1).max(10000),
});
export type TSamplingTaskCreate = z.infer<typeof ZSamplingTaskCreate>;

/** A task changed after it was pushed: its month or quantity (never below the samples already taken). */
export const ZSamplingTaskPatch = z.strictObject({
  version: z.number().int().min(1),
  month: z.number().int().min(1).max(12).optional(),
  quantity: z.number().int().min(1).max(10000).optional(),
});
export type TSamplingTaskPatch = z.infer<typeof ZSamplingTaskPatch>;
export const ZSamplingTaskParams = z.strictObject({ id: ZId, taskId: ZId });

export const ZTestingInstitutionCreate = z.strictObject({
  name: text(100),
  qualificationNo: text(50),
  contact: optionalText(100),
});
export type TTestingInstitutionCreate = z.infer<typeof ZTestingInstitutionCreate>;

export const ZSampleCreate = z
  .strictObject({
    planId: ZId,
    taskId: ZId.nullable().default(null),
    operatorId: ZId,
    productName: text(100),
    brand: optionalText(100),
    specification: optionalText(100),
    batchNo: optionalText(100),
    productionDate: ZDate.nullable().default(null),
    shelfLife: optionalText(50),
    manufacturerOperatorId: ZId.nullable().default(null),
    manufacturerName: optionalText(200),
    manufacturerAddress: optionalText(300),
    quantity: text(50),
    foodCategory: text(50),
    sampledOn: ZDate,
    samplerName: text(50),
    institutionId: ZId.nullable().default(null),
    accompaniedBy: z
      .array(ZId)
      .max(10)
      .default([])
      .refine((ids) => new Set(ids).size === ids.length, { message: 'inspectors.distinct' }),
  })
  .superRefine((value, ctx) => {
    if (!value.batchNo && !value.productionDate) ctx.addIssue({ code: 'custom', path: ['batchNo'], message: 'sample.batchOrDate' });
    if (!value.manufacturerOperatorId && !value.manufacturerName) ctx.addIssue({ code: 'custom', path: ['manufacturerName'], message: 'sample.manufacturer' });
  });
export type TSampleCreate = z.infer<typeof ZSampleCreate>;

export const ZSampleListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  planId: ZId.optional(),
  operatorId: ZId.optional(),
  verdict: z.enum(VERDICTS).optional(),
  status: z.enum(SAMPLE_STATUSES).optional(),
  from: ZDate.optional(),
  to: ZDate.optional(),
  q: z.string().trim().max(100).optional(),
});
export type TSampleListQuery = z.infer<typeof ZSampleListQuery>;

/** What a citizen filters published results by: a product, brand or business name, the verdict, when it was sampled. */
export const ZPublicSamplingQuery = z
  .strictObject({
    page: z.coerce.number().int().min(1).max(100000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
    q: z.string().trim().max(60).optional(),
    verdict: z.enum(VERDICTS).optional(),
    from: ZDate.optional(),
    to: ZDate.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'hotspot.toBeforeFrom' });
export type TPublicSamplingQuery = z.infer<typeof ZPublicSamplingQuery>;

export const ZSamplePhotoParams = z.strictObject({ id: ZId, fileId: ZId });

export const ZTestItemInput = z.strictObject({
  name: text(100),
  value: text(50),
  unit: z.string().trim().max(30).nullable().default(null),
  limitText: z.string().trim().max(100).nullable().default(null),
  limitMin: z.number().finite().nullable().default(null),
  limitMax: z.number().finite().nullable().default(null),
  standard: z.string().trim().max(200).nullable().default(null),
  verdict: z.enum(VERDICTS),
});
export type TTestItemInput = z.infer<typeof ZTestItemInput>;

export const ZTestReportInput = z.strictObject({
  reportNo: text(50),
  institutionId: ZId.nullable().default(null),
  issuedOn: ZDate,
  items: z.array(ZTestItemInput).min(1, { message: 'required' }).max(200),
});
export type TTestReportInput = z.infer<typeof ZTestReportInput>;

/** A report entered on a sample's page carries the sample's version: a stale one answers 409. */
export const ZSampleReportPut = ZTestReportInput.extend({ version: z.number().int().min(1) });
export type TSampleReportPut = z.infer<typeof ZSampleReportPut>;

// ---- Pure rules ---------------------------------------------------------------------------

/** A measured value as a number, or null for 未检出, ND, "<0.01", 阴性 and other words. */
export function numericValueOf(value: string): number | null {
  const trimmed = value.trim();
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed) ? Number(trimmed) : null;
}

const normaliseUnit = (unit: string) => unit.replace(/\s+/g, '').replace(/／/g, '/').toLowerCase();

/** The unit written after the number of a limit ("≤0.5 mg/kg" → "mg/kg"), or null. */
export function limitUnitOf(limitText: string | null): string | null {
  if (!limitText) return null;
  const m = /^[≤≥<>=＜＞]*\s*[-+]?\d+\.?\d*(?:\s*[-~～]\s*\d+\.?\d*)?\s*(.*)$/.exec(limitText.trim());
  const unit = m?.[1]?.trim();
  return unit ? unit : null;
}

/** Parses a lab's limit cell: "≤0.5 mg/kg", "≥3.0 g/100g", "0.5-1.0 mg/kg", or words ("不得检出"). */
export function parseLimit(cell: string): { limitText: string | null; limitMin: number | null; limitMax: number | null } {
  const limitText = cell.trim() || null;
  if (!limitText) return { limitText, limitMin: null, limitMax: null };
  const range = /^(\d+\.?\d*)\s*[-~～]\s*(\d+\.?\d*)/.exec(limitText);
  if (range) return { limitText, limitMin: Number(range[1]), limitMax: Number(range[2]) };
  const bound = /^([≤≥<>＜＞]=?)\s*(\d+\.?\d*)/.exec(limitText);
  if (bound) {
    const max = /[≤<＜]/.test(bound[1]);
    return { limitText, limitMin: max ? null : Number(bound[2]), limitMax: max ? Number(bound[2]) : null };
  }
  const plain = /^(\d+\.?\d*)(\s|$|[a-zA-Zμ/%])/.exec(limitText);
  if (plain) return { limitText, limitMin: null, limitMax: Number(plain[1]) };
  return { limitText, limitMin: null, limitMax: null };
}

export type TItemProblem = { field: 'value' | 'unit' | 'limitText' | 'limitMin' | 'verdict'; zh: string; en: string };

/** The verdict that value and limits call for; null when they do not decide it (no numeric limit). */
export function expectedVerdict(item: Pick<TTestItemInput, 'value' | 'limitMin' | 'limitMax'>): TVerdict | null {
  if (item.limitMin === null && item.limitMax === null) return null;
  const value = numericValueOf(item.value);
  // A value below detection (未检出) meets a maximum but not a minimum.
  if (value === null) return item.limitMin !== null ? 'nonconforming' : 'conforming';
  if (item.limitMax !== null && value > item.limitMax) return 'nonconforming';
  if (item.limitMin !== null && value < item.limitMin) return 'nonconforming';
  return 'conforming';
}

const VERDICT_TEXT: Record<TVerdict, { zh: string; en: string }> = {
  conforming: { zh: '合格', en: 'conforming' },
  nonconforming: { zh: '不合格', en: 'nonconforming' },
};

/** Every problem of one item: a number without unit, a limit in another unit, a contradicting verdict. */
export function checkTestItem(item: TTestItemInput): TItemProblem[] {
  const problems: TItemProblem[] = [];
  const value = numericValueOf(item.value);
  if (value !== null && !item.unit) {
    problems.push({ field: 'unit', zh: `检验项目「${item.name}」的数值 ${item.value} 缺少单位`, en: `item "${item.name}": the value ${item.value} has no unit` });
  }
  const limitUnit = limitUnitOf(item.limitText);
  if (limitUnit && item.unit && normaliseUnit(limitUnit) !== normaliseUnit(item.unit)) {
    problems.push({
      field: 'limitText',
      zh: `检验项目「${item.name}」的限量单位 ${limitUnit} 与检测值单位 ${item.unit} 不一致`,
      en: `item "${item.name}": the limit's unit ${limitUnit} differs from the value's unit ${item.unit}`,
    });
  }
  if (item.limitMin !== null && item.limitMax !== null && item.limitMin > item.limitMax) {
    problems.push({ field: 'limitMin', zh: `检验项目「${item.name}」的下限大于上限`, en: `item "${item.name}": the lower limit exceeds the upper limit` });
  }
  const expected = expectedVerdict(item);
  if (expected && expected !== item.verdict) {
    problems.push({
      field: 'verdict',
      zh: `检验项目「${item.name}」判定为${VERDICT_TEXT[item.verdict].zh}，与检测值 ${item.value} 和限量（${item.limitText ?? '—'}）不符，应为${VERDICT_TEXT[expected].zh}`,
      en: `item "${item.name}": the verdict ${VERDICT_TEXT[item.verdict].en} contradicts the value ${item.value} and the limit (${item.limitText ?? '—'}); it should be ${VERDICT_TEXT[expected].en}`,
    });
  }
  return problems;
}

/** A sample fails when any item fails. */
export const sampleVerdictOf = (items: { verdict: TVerdict }[]): TVerdict => (items.some((i) => i.verdict === 'nonconforming') ? 'nonconforming' : 'conforming');

/** CJ + yyyymmdd + 4-digit serial of the day: CJ202603020007. */
export function formatSampleNo(sampledOn: string, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > 9999) throw new RangeError(`sample serial out of range: ${serial}`);
  return `CJ${sampledOn.replace(/-/g, '')}${String(serial).padStart(4, '0')}`;
}

export const SAMPLE_NO_PATTERN = /^CJ\d{8}\d{4}$/;

/** Whether a reported sample is published under its plan's policy. */
export function isPublished(policy: TPublishPolicy, verdict: TVerdict): boolean {
  return policy === 'all' || (policy === 'failed_only' && verdict === 'nonconforming');
}

/** A lab's verdict cell: 合格/符合/conforming or 不合格/不符合/nonconforming. */
export function verdictOfCell(cell: string): TVerdict | null {
  const v = cell.trim().toLowerCase();
  if (['合格', '符合', 'conforming', 'pass', '通过'].includes(v)) return 'conforming';
  if (['不合格', '不符合', 'nonconforming', 'fail', '不通过'].includes(v)) return 'nonconforming';
  return null;
}

// ---- Lab file import ------------------------------------------------------------------------

export const LAB_FIELDS = ['sampleNo', 'reportNo', 'issuedOn', 'itemName', 'value', 'unit', 'limit', 'standard', 'verdict'] as const;
export type TLabField = (typeof LAB_FIELDS)[number];
export const REQUIRED_LAB_FIELDS: TLabField[] = ['sampleNo', 'reportNo', 'issuedOn', 'itemName', 'value', 'verdict'];

/** Usual headings of lab result files, for the suggested mapping. */
export const LAB_HEADINGS: Record<TLabField, string[]> = {
  sampleNo: ['样品编号', '抽样单编号', '抽样编号', 'sampleno', 'sample no'],
  reportNo: ['报告编号', '检验报告编号', 'reportno', 'report no'],
  issuedOn: ['签发日期', '报告日期', 'issuedon', 'issued on'],
  itemName: ['检验项目', '检测项目', '项目名称', 'item', 'item name'],
  value: ['检测值', '检测结果', '结果', '实测值', 'value', 'result'],
  unit: ['单位', '计量单位', 'unit'],
  limit: ['标准值', '限量', '标准限值', '标准要求', 'limit'],
  standard: ['判定依据', '标准', '检验依据', 'standard'],
  verdict: ['单项判定', '判定', '结论', '单项结论', 'verdict'],
};

/** Maps each field to the header of the file that holds it (null: not in the file). */
export const ZLabMapping = z.strictObject(
  Object.fromEntries(LAB_FIELDS.map((f) => [f, z.string().trim().max(100).nullable().default(null)])) as Record<TLabField, z.ZodDefault<z.ZodNullable<z.ZodString>>>,
);
export type TLabMapping = z.infer<typeof ZLabMapping>;

export const ZLabDryRun = z.strictObject({ mapping: ZLabMapping });
export const ZLabCommit = z.strictObject({ mode: z.enum(['all', 'valid']) });
export type TLabCommit = z.infer<typeof ZLabCommit>;

export function suggestLabMapping(headers: string[]): TLabMapping {
  const clean = (h: string) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[（(].*?[)）]/g, '')
      .trim();
  const used = new Set<string>();
  const mapping = {} as TLabMapping;
  for (const field of LAB_FIELDS) {
    const found = headers.find((h) => !used.has(h) && LAB_HEADINGS[field].includes(clean(h)));
    mapping[field] = found ?? null;
    if (found) used.add(found);
  }
  return mapping;
}

// ---- Responses ------------------------------------------------------------------------------

export type TSamplingPlan = {
  id: string;
  name: string;
  year: number;
  kind: TPlanKind;
  publishPolicy: TPublishPolicy;
  status: TPlanStatus;
  version: number;
  createdAt: string;
};
export type TSamplingTask = { id: string; planId: string; stationId: string; stationName: string; foodCategory: string; month: number; quantity: number; version: number };
export type TPlanProgress = {
  planId: string;
  quantity: number;
  taken: number;
  tasks: (TSamplingTask & { taken: number })[];
};
export type TTestingInstitution = { id: string; name: string; qualificationNo: string; contact: string | null };
export type TTestItem = TTestItemInput & { id: string };
export type TTestReport = { id: string; reportNo: string; institutionId: string | null; issuedOn: string; verdict: TVerdict; importedFrom: string | null; items: TTestItem[] };
export type TSampleSummary = {
  id: string;
  sampleNo: string;
  planId: string;
  planName: string;
  operatorId: string;
  operatorName: string;
  productName: string;
  brand: string | null;
  foodCategory: string;
  sampledOn: string;
  status: TSampleStatus;
  verdict: TVerdict | null;
  published: boolean;
};
export type TSample = TSampleSummary & {
  taskId: string | null;
  specification: string | null;
  batchNo: string | null;
  productionDate: string | null;
  shelfLife: string | null;
  manufacturerOperatorId: string | null;
  manufacturerName: string;
  manufacturerAddress: string | null;
  quantity: string;
  samplerName: string;
  institutionId: string | null;
  accompaniedBy: string[];
  photoFileIds: string[];
  version: number;
  report: TTestReport | null;
};
export type TPublicSamplingResult = {
  sampleNo: string;
  productName: string;
  brand: string | null;
  specification: string | null;
  manufacturerName: string;
  operatorName: string;
  foodCategory: string;
  sampledOn: string;
  verdict: TVerdict;
  failingItems: TPublicFailingItem[];
  /** The operator's public page (/p/operators/:id); null when it has none (deactivated). */
  operatorId: string | null;
};
/** A failed test item as published: what was found against the limit of which standard. */
export type TPublicFailingItem = { name: string; value: string; unit: string | null; limitText: string | null; standard: string | null };
export type TLabRowError = { row: number; field: string; message: string };
export type TLabImport = {
  id: string;
  fileName: string;
  headers: string[];
  suggestedMapping: TLabMapping;
  rows: number;
  expiresAt: string;
};
export type TLabDryRun = { id: string; rows: number; samples: number; validSamples: number; errors: TLabRowError[] };
export type TLabCommitResult = { written: number; skipped: number; reports: { sampleId: string; sampleNo: string; verdict: TVerdict }[] };
