// The three lists and the pledge of an assigned cadre (三张清单加一项承诺书): the responsibility list (责任清单), the
// task list (任务清单) and the supervision checklist (督查清单, the visit's points in cadre-visit.ts), and the
// pledge (食品安全责任与任务承诺书) the cadre signs each year. The office keeps a template per level and kind,
// versioned; each cadre's lists for a year keep the versions they were made from.
import { z } from 'zod';
import { CADRE_LEVELS, type TCadreLevel } from './cadre.ts';
import { ZUnitCode } from './org.ts';
import type { TRiskGrade } from './risk.ts';

/** The texts the office keeps per level: the supervision checklist is the visit's, not a template here. */
export const DUTY_TEMPLATE_KINDS = ['responsibility', 'task', 'pledge'] as const;
export type TDutyTemplateKind = (typeof DUTY_TEMPLATE_KINDS)[number];

export const DUTY_TEMPLATE_STATUSES = ['published', 'retired'] as const;
export type TDutyTemplateStatus = (typeof DUTY_TEMPLATE_STATUSES)[number];

export const PLEDGE_TITLE = '食品安全责任与任务承诺书';

const RESPONSIBILITY_COMMON = [
  '督促包保主体落实《企业落实食品安全主体责任监督管理规定》，配齐食品安全总监、食品安全员等管理人员',
  '督促包保主体建立并落实风险管控清单和日管控、周排查、月调度制度',
  '发现包保主体存在食品安全问题的，及时交办属地市场监管所并跟踪整改销号（清单制 + 销号制）',
  '包保主体新增、关停或风险等级变化的，及时报告，配合调整包保关系',
];
const TASK_COMMON = [
  '按督导频次对每个包保主体开展督导，填写督查清单，高风险主体须现场督导',
  '节假日、重大活动等重点时段按专项任务加密督导',
  '参加食品安全“两个责任”培训，具备履职能力',
];
const pledge = (who: string) => [
  `本人作为${who}食品安全包保干部，对照责任清单、任务清单和督查清单，郑重承诺：`,
  '一、认真履行食品安全属地管理责任，熟悉包保主体的基本情况和主要风险；',
  '二、按规定频次开展督导，如实记录督导情况，不走过场、不弄虚作假；',
  '三、发现问题及时交办、跟踪销号，发现重大风险隐患立即报告；',
  '四、督促包保主体落实食品安全主体责任，推动形成“两个责任”衔接落实的工作格局。',
  '如有违反，自愿接受组织问责。',
];

/** The default texts, one line an item, written from the bureau's plan (the office edits them). */
export const DEFAULT_DUTY_TEXTS: Record<TCadreLevel, Record<TDutyTemplateKind, string[]>> = {
  city: {
    responsibility: ['统筹指导包保区域食品安全属地管理工作，每季度至少对包保主体现场督导一次', ...RESPONSIBILITY_COMMON, '协调解决包保主体食品安全重大问题'],
    task: [...TASK_COMMON, '每半年听取一次包保区域食品安全工作汇报'],
    pledge: pledge('市级'),
  },
  district: {
    responsibility: ['包保高风险主体（学校幼儿园食堂、风险等级 D 级主体），每季度至少现场督导一次', ...RESPONSIBILITY_COMMON, '协调解决包保主体食品安全重大问题'],
    task: [...TASK_COMMON, '每季度末向区食安办报告包保工作情况'],
    pledge: pledge('区级'),
  },
  township: {
    responsibility: ['包保较高风险主体（风险等级 C 级、大型餐饮和生产企业），每季度至少督导一次', ...RESPONSIBILITY_COMMON, '统筹本乡镇（街道）村级包保干部的督导工作'],
    task: [...TASK_COMMON, '每月汇总本乡镇（街道）包保主体问题整改情况'],
    pledge: pledge('乡镇（街道）级'),
  },
  village: {
    responsibility: ['包保一般风险主体（风险等级 A、B 级），每季度至少督导一次，可现场或远程督导', ...RESPONSIBILITY_COMMON, '及时掌握辖区内无证无照经营等情况并报告'],
    task: [...TASK_COMMON, '配合市场监管所做好日常监督检查和宣传'],
    pledge: pledge('村（社区）级'),
  },
};

/** Supervision frequency per level when the bureau has set none: once a quarter (issue 16). */
export const DEFAULT_VISITS_PER_QUARTER: Record<TCadreLevel, number> = { city: 1, district: 1, township: 1, village: 1 };
/** The pledge is due by January 31 of its year, or this many working days after the lists were made if later. */
export const DEFAULT_PLEDGE_WORKING_DAYS = 10;

const text = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);
const ZDate = z.iso.date({ message: 'date.invalid' });
const ZYear = z.coerce.number().int().min(2000).max(2100);
const page = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export const ZDutyTemplatePublish = z.strictObject({
  /** The version of the template being replaced (a stale one answers 409). */
  version: z.number().int().min(1),
  lines: z.array(text(500)).min(1).max(30),
});
export type TDutyTemplatePublish = z.infer<typeof ZDutyTemplatePublish>;

export const ZDutyTemplateQuery = z.strictObject({ level: z.enum(CADRE_LEVELS).optional(), kind: z.enum(DUTY_TEMPLATE_KINDS).optional() });

export const ZDutyYearQuery = z.strictObject({ year: ZYear });
export const ZDutyMineQuery = z.strictObject({ year: ZYear.optional() });

export const ZDutyListQuery = z.strictObject({
  year: ZYear,
  unitCode: ZUnitCode.optional(),
  signed: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
  ...page,
});
export type TDutyListQuery = z.infer<typeof ZDutyListQuery>;

export const ZCampaignCreate = z
  .strictObject({ title: text(100), from: ZDate, to: ZDate, levels: z.array(z.enum(CADRE_LEVELS)).min(1).max(CADRE_LEVELS.length) })
  .refine((v) => v.to >= v.from, { path: ['to'], message: 'campaign.toBeforeFrom' })
  .refine((v) => v.from.slice(0, 4) === v.to.slice(0, 4), { path: ['to'], message: 'campaign.oneYear' });
export type TCampaignCreate = z.infer<typeof ZCampaignCreate>;

export const ZCampaignListQuery = z.strictObject({ year: ZYear.optional(), ...page });

export const ZDutySettings = z.strictObject({
  /** 0 sets the bureau's settings the first time. */
  version: z.number().int().min(0),
  visitsPerQuarter: z.strictObject(Object.fromEntries(CADRE_LEVELS.map((l) => [l, z.number().int().min(1).max(12)])) as Record<TCadreLevel, z.ZodNumber>),
  pledgeWorkingDays: z.number().int().min(1).max(60),
});
export type TDutySettingsUpdate = z.infer<typeof ZDutySettings>;
export type TDutySettings = Omit<TDutySettingsUpdate, 'version'> & { version: number };

export type TDutyTemplate = {
  id: string;
  level: TCadreLevel;
  kind: TDutyTemplateKind;
  versionNo: number;
  status: TDutyTemplateStatus;
  lines: string[];
  publishedAt: string;
  publishedByName: string | null;
  version: number;
};

export type TCampaign = { id: string; title: string; from: string; to: string; levels: TCadreLevel[]; createdAt: string };

/** A subject as the lists name it, kept as it was when the lists were made. */
export type TDutySubject = { operatorId: string; operatorName: string; riskGrade: TRiskGrade | null; onSite: boolean };

/**
 * A task of the year: a subject's visits due in a quarter, a campaign's visits to every subject in its window,
 * or a standing task of the level's template (no count). `done` counts the cadre's visits that meet it.
 */
export type TDutyTask = {
  kind: 'visit' | 'campaign' | 'standing';
  title: string;
  from: string | null;
  to: string | null;
  quarter: number | null;
  operatorId: string | null;
  onSite: boolean;
  required: number;
  done: number;
  complete: boolean;
};

export type TDutySummary = {
  id: string;
  year: number;
  cadreId: string;
  cadreName: string;
  level: TCadreLevel;
  post: string;
  unitCode: string;
  unitName: string;
  subjects: number;
  pledgeDueOn: string;
  signedAt: string | null;
  version: number;
};

export type TDuty = TDutySummary & {
  generatedOn: string;
  templateVersions: Record<TDutyTemplateKind, number>;
  responsibilities: string[];
  subjectList: TDutySubject[];
  tasks: TDutyTask[];
  /** Counted tasks (visits and campaigns) and how many are complete. */
  progress: { tasks: number; complete: number };
  pledgeTitle: string;
  pledge: string[];
  hasSignature: boolean;
};

export type TDutyUnitStatus = { unitCode: string; unitName: string; cadres: number; signed: number; rate: number };
export type TDutyGenerated = { year: number; created: number; existing: number };
