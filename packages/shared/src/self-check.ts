// The business's own records of the "daily check, weekly review, monthly meeting" cycle (日管控、周排查、月调度) that
// 《企业落实食品安全主体责任监督管理规定》 (国家市场监督管理总局令第60号, 2022) asks of food businesses: 第九条 the officer
// checks every day against the risk control list and records it (每日食品安全检查记录); 第十条 the director (or the
// officer) reviews the hazards at least once a week and reports (每周食品安全排查治理报告); 第十一条 the principal
// hears the director at least once a month and the meeting is minuted (每月食品安全调度会议纪要). A record belongs
// to its period (the day, the week from Monday, the month from the 1st) and is edited only within it; after that
// corrections are appended, never overwritten.
import { z } from 'zod';
import { addDays } from './working-days.ts';
import { ZUnitCode } from './org.ts';
import type { TEntityKind } from './uscc.ts';

export const SELF_CHECK_KINDS = ['daily', 'weekly', 'monthly'] as const;
export type TSelfCheckKind = (typeof SELF_CHECK_KINDS)[number];

export const SELF_CHECK_KIND_NAMES: Record<TSelfCheckKind, { zh: string; en: string }> = {
  daily: { zh: '每日食品安全检查记录', en: 'Daily food safety check' },
  weekly: { zh: '每周食品安全排查治理报告', en: 'Weekly hazard review report' },
  monthly: { zh: '每月食品安全调度会议纪要', en: 'Monthly food safety meeting minutes' },
};

export const CHECK_RESULTS = ['ok', 'problem', 'na'] as const;
export type TCheckResult = (typeof CHECK_RESULTS)[number];

/** The entity kinds (entityKindOf of the credit code) that may be told to keep the records. */
export const SELF_CHECK_ENTITY_KINDS = ['enterprise', 'institution', 'individual', 'other'] as const satisfies readonly TEntityKind[];
/** Enterprises and institutions must keep them; individual businesses are encouraged (may record, never "behind"). */
export const DEFAULT_REQUIRED_ENTITY_KINDS: TEntityKind[] = ['enterprise', 'institution'];

/** Monday of a date's week (YYYY-MM-DD). */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, weekday === 0 ? -6 : 1 - weekday);
}

/** The period a record of this kind made on `date` belongs to: the day, the week's Monday, the month's 1st. */
export function periodOf(kind: TSelfCheckKind, date: string): string {
  if (kind === 'daily') return date;
  if (kind === 'weekly') return mondayOf(date);
  return `${date.slice(0, 7)}-01`;
}

/** The last day of a record's period. */
export function periodEnd(kind: TSelfCheckKind, period: string): string {
  if (kind === 'daily') return period;
  if (kind === 'weekly') return addDays(period, 6);
  const [y, m] = period.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** A record may be edited only while its period lasts (China dates): its own day, week or month. */
export function isEditable(kind: TSelfCheckKind, period: string, today: string): boolean {
  return periodOf(kind, today) === period;
}

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);
const ZId = z.uuid({ message: 'id.invalid' });
const ZDate = z.iso.date({ message: 'date.invalid' });
const page = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

/** One point of the daily check: the list's point as it read that day, and the officer's finding. */
export const ZDailyItem = z
  .strictObject({
    key: required(80),
    category: required(80),
    text: required(500),
    result: z.enum(CHECK_RESULTS),
    note: text(500).default(''),
    /** What was done about a problem; a problem without an action counts as left open. */
    action: text(500).default(''),
    photoIds: z.array(ZId).max(9).default([]),
  })
  .refine((i) => i.result === 'problem' || i.photoIds.length === 0, { message: 'selfCheck.photosOnProblem', path: ['photoIds'] });
export type TDailyItem = z.infer<typeof ZDailyItem>;

export const ZDailyContent = z.strictObject({
  items: z
    .array(ZDailyItem)
    .min(1)
    .max(200)
    .refine((items) => new Set(items.map((i) => i.key)).size === items.length, { message: 'selfCheck.pointRepeated' }),
});
export const ZWeeklyContent = z.strictObject({
  hazardsFound: z.number().int().min(0).max(10000),
  fixed: z.number().int().min(0).max(10000),
  open: z.number().int().min(0).max(10000),
  summary: required(4000),
});
export const ZSignature = z.strictObject({ name: required(40), role: required(40), fileId: ZId });
export type TSignature = z.infer<typeof ZSignature>;
export const ZMonthlyContent = z.strictObject({
  meetingOn: ZDate,
  attendees: z.array(required(40)).min(1).max(50),
  summary: text(4000).default(''),
  decisions: z.array(required(500)).min(1).max(50),
  signatures: z.array(ZSignature).max(20).default([]),
});
export type TDailyContent = z.infer<typeof ZDailyContent>;
export type TWeeklyContent = z.infer<typeof ZWeeklyContent>;
export type TMonthlyContent = z.infer<typeof ZMonthlyContent>;
export type TSelfCheckContent = TDailyContent | TWeeklyContent | TMonthlyContent;

/** A record of the current period; staff never record for a business, a business only for itself (operatorId optional). */
export const ZSelfCheckCreate = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('daily'), operatorId: ZId.optional(), content: ZDailyContent }),
  z.strictObject({ kind: z.literal('weekly'), operatorId: ZId.optional(), content: ZWeeklyContent }),
  z.strictObject({ kind: z.literal('monthly'), operatorId: ZId.optional(), content: ZMonthlyContent }),
]);
export type TSelfCheckCreate = z.infer<typeof ZSelfCheckCreate>;

/** A change within the period, at the version it was made on; the kind must be the record's. */
export const ZSelfCheckUpdate = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('daily'), version: z.number().int().min(1), content: ZDailyContent }),
  z.strictObject({ kind: z.literal('weekly'), version: z.number().int().min(1), content: ZWeeklyContent }),
  z.strictObject({ kind: z.literal('monthly'), version: z.number().int().min(1), content: ZMonthlyContent }),
]);
export type TSelfCheckUpdate = z.infer<typeof ZSelfCheckUpdate>;

export const ZCorrectionCreate = z.strictObject({ text: required(2000) });
export type TCorrectionCreate = z.infer<typeof ZCorrectionCreate>;

export const ZSelfCheckListQuery = z.strictObject({
  operatorId: ZId.optional(),
  kind: z.enum(SELF_CHECK_KINDS).optional(),
  from: ZDate.optional(),
  to: ZDate.optional(),
  ...page,
});
export type TSelfCheckListQuery = z.infer<typeof ZSelfCheckListQuery>;

export const ZSelfCheckTodayQuery = z.strictObject({ operatorId: ZId.optional() });

export const ZSelfCheckFileParams = z.strictObject({ id: ZId, fileId: ZId });
export const ZSelfCheckFileQuery = z.strictObject({ size: z.enum(['thumb', 'full']).default('full') });

export const ZComplianceQuery = z.strictObject({
  unitCode: ZUnitCode.optional(),
  stationId: ZId.optional(),
  behind: z.enum(['true', 'false']).optional(),
  q: text(100).optional(),
  from: ZDate.optional(),
  to: ZDate.optional(),
  ...page,
});
export type TComplianceQuery = z.infer<typeof ZComplianceQuery>;
export const ZComplianceSummaryQuery = z.strictObject({ from: ZDate.optional(), to: ZDate.optional() });
export type TComplianceSummaryQuery = z.infer<typeof ZComplianceSummaryQuery>;

export const ZSelfCheckSettings = z.strictObject({
  /** 0 sets it the first time. */
  version: z.number().int().min(0),
  requiredEntityKinds: z.array(z.enum(SELF_CHECK_ENTITY_KINDS)).max(4),
});
export type TSelfCheckSettingsUpdate = z.infer<typeof ZSelfCheckSettings>;
export type TSelfCheckSettings = { requiredEntityKinds: TEntityKind[]; version: number };

export type TSelfCheckCorrection = { id: string; text: string; byName: string; at: string };

export type TSelfCheckSummary = {
  id: string;
  operatorId: string;
  operatorName: string;
  kind: TSelfCheckKind;
  period: string;
  periodEnd: string;
  problems: number;
  openProblems: number;
  recordedByName: string;
  recordedAt: string;
  corrections: number;
  version: number;
};

export type TSelfCheck = TSelfCheckSummary & {
  content: TSelfCheckContent;
  /** Within its period as of today (China date): PUT is allowed; otherwise only corrections. */
  editable: boolean;
  correctionList: TSelfCheckCorrection[];
};

/** The points of today's daily check for the business (from its risk control list) and what it recorded. */
export type TSelfCheckToday = {
  operatorId: string;
  operatorName: string;
  today: string;
  required: boolean;
  listVersion: number | null;
  points: { key: string; category: string; text: string }[];
  daily: TSelfCheck | null;
  weekly: TSelfCheck | null;
  monthly: TSelfCheck | null;
};

/**
 * One operator's compliance over a window (docs/architecture.md, self-check): daily records out of the days due
 * (every calendar day from the later of `from` and its first record up to yesterday, or `to` if earlier: today is
 * still open), the weeks and months that began and ended then without their record, problems recorded and left
 * open (no action), and whether its daily records of the 90 days to `to` never report a problem ("always all OK",
 * from 60 records on).
 */
export type TComplianceRow = {
  operatorId: string;
  operatorName: string;
  uscc: string;
  unitCode: string;
  unitName: string;
  daysRecorded: number;
  daysDue: number;
  rate: number;
  weeksDue: number;
  weeksMissing: number;
  monthsDue: number;
  monthsMissing: number;
  problems: number;
  openProblems: number;
  allOk: boolean;
  lastRecordedOn: string | null;
  behind: boolean;
};
export type TComplianceUnit = { unitCode: string; unitName: string; operators: number; behind: number; daysRecorded: number; daysDue: number; rate: number };

/** Falling behind: under 80% of the days due recorded, or a week or month that ended without its record. */
export const BEHIND_RATE = 0.8;
/** "Always all OK": this many daily records in the last 90 days and not one problem among them. */
export const ALL_OK_MIN_RECORDS = 60;
