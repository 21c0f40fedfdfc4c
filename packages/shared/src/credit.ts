// Credit supervision (信用监管): the operator's credit record, the serious-violation list (严重违法失信名单)
// and credit repair (信用修复). Every rule below is checked against 《市场监督管理严重违法失信名单管理办法》
// (国家市场监督管理总局令第44号, 2021-07-30, in force 2021-09-01; "办法" below). Its text is not in the
// lawrefbook copy under ../shared/data; it was read from the LawRefBook-format mirror
// Theonefkguy/Chinese-Laws (部门规章/市场监督管理总局/市场监督管理严重违法失信名单管理办法(2021-07-30).md,
// source sjfg.samr.gov.cn). docs/credit-export.md lists the articles used.
import { z } from 'zod';
import type { TPenaltyRecord } from './enforcement-case.ts';
import type { TInspectionKind, TInspectionResult } from './inspection.ts';
import type { TLicenceKind } from './licence.ts';
import type { TLicenceState, TOperatorType } from './operator.ts';
import type { TRiskGrade } from './risk.ts';
import type { TVerdict } from './sampling.ts';
import { addDays, addWorkingDays, type TCalendarDays } from './working-days.ts';

type Text = { zh: string; en: string };

/**
 * The grounds of an entry: the food-safety acts of 办法 art. 5 (items (二) and (三) split into their acts,
 * so that the notice names the one committed) and the acts of art. 10 (二)(三) and art. 11 that any food
 * business can commit. Art. 6-9 and 10 (一) concern drugs, product quality, consumers and competition.
 */
export const LISTING_GROUNDS = {
  unlicensed: { article: '第五条第（一）项', zh: '未依法取得食品生产经营许可从事食品生产经营活动', en: 'producing or trading food without a food licence' },
  non_food_material: { article: '第五条第（二）项', zh: '用非食品原料生产食品', en: 'producing food from non-food materials' },
  non_additive_substance: {
    article: '第五条第（二）项',
    zh: '在食品中添加食品添加剂以外的化学物质和其他可能危害人体健康的物质',
    en: 'adding chemicals other than food additives, or other substances that may harm health',
  },
  special_group_nutrition: {
    article: '第五条第（二）项',
    zh: '生产经营营养成分不符合食品安全标准的专供婴幼儿和其他特定人群的主辅食品',
    en: 'foods for infants or other specific groups whose nutrients fail the standard',
  },
  drug_added: { article: '第五条第（二）项', zh: '生产经营添加药品的食品', en: 'food with added drugs' },
  diseased_meat: {
    article: '第五条第（二）项',
    zh: '生产经营病死、毒死或者死因不明的禽、畜、兽、水产动物肉类及其制品',
    en: 'meat of animals that died of disease, poison or unknown causes, and its products',
  },
  unquarantined_meat: { article: '第五条第（二）项', zh: '生产经营未按规定进行检疫或者检疫不合格的肉类', en: 'meat not quarantined as required, or failing quarantine' },
  banned_food: {
    article: '第五条第（二）项',
    zh: '生产经营国家为防病等特殊需要明令禁止生产经营的食品',
    en: 'food banned by the state for disease prevention or other special needs',
  },
  contaminant_over_limit: {
    article: '第五条第（三）项',
    zh: '生产经营致病性微生物、农药残留、兽药残留、生物毒素、重金属等污染物质以及其他危害人体健康的物质含量超过食品安全标准限量的食品、食品添加剂',
    en: 'food or additives with pathogens, pesticide or veterinary drug residues, toxins, heavy metals or other harmful substances above the limits',
  },
  expired_ingredients: {
    article: '第五条第（三）项',
    zh: '生产经营用超过保质期的食品原料、食品添加剂生产的食品、食品添加剂',
    en: 'food or additives made from ingredients or additives past their shelf life',
  },
  unregistered_special_food: {
    article: '第五条第（三）项',
    zh: '生产经营未按规定注册的保健食品、特殊医学用途配方食品、婴幼儿配方乳粉，或者未按注册的产品配方、生产工艺等技术要求组织生产',
    en: 'unregistered health food, medical-purpose formula or infant formula, or production off the registered formula or process',
  },
  false_label_claims: {
    article: '第五条第（三）项',
    zh: '食品标签、说明书含有虚假内容，涉及疾病预防、治疗功能，或者保健食品之外的食品声称具有保健功能',
    en: 'labels or leaflets with false content, disease prevention or cure claims, or health claims on ordinary food',
  },
  other_food_safety: {
    article: '第五条第（四）项',
    zh: '其他违反食品安全法律、行政法规规定，严重危害人民群众身体健康和生命安全的违法行为',
    en: "other violations of food safety law seriously endangering people's health and lives",
  },
  false_materials: {
    article: '第十条第（二）项',
    zh: '提交虚假材料或者采取其他手段隐瞒重要事实，取得行政许可或者市场主体登记，或者涂改、倒卖、出租、出售许可证件、营业执照',
    en: 'obtaining a licence or registration by false materials or concealment, or altering, reselling, renting or selling licences',
  },
  obstructing_supervision: {
    article: '第十条第（三）项',
    zh: '拒绝、阻碍、干扰市场监督管理部门依法开展监督检查和事故调查',
    en: 'refusing, obstructing or interfering with inspections or incident investigations',
  },
  refusing_to_perform: {
    article: '第十一条',
    zh: '在行政处罚等行政决定作出后，有履行能力但拒不履行、逃避执行，严重影响市场监督管理部门公信力',
    en: 'refusing or evading a penalty or other decision while able to perform it',
  },
} as const satisfies Record<string, Text & { article: string }>;
export type TListingGround = keyof typeof LISTING_GROUNDS;
export const LISTING_GROUND_CODES = Object.keys(LISTING_GROUNDS) as TListingGround[];

/**
 * 办法 art. 2 para. 2: the heavier penalties (较重行政处罚) that, with a ground of art. 5 or 10, lead to the
 * list. Art. 11 (refusing to perform) stands without one.
 */
export const HEAVIER_PENALTIES = {
  aggravated_fine: {
    article: '第二条第二款第（一）项',
    zh: '依照行政处罚裁量基准，按照从重处罚原则处以罚款',
    en: 'a fine set by the aggravation rule of the discretion benchmark',
  },
  revocation: { article: '第二条第二款第（二）项', zh: '降低资质等级，吊销许可证件、营业执照', en: 'downgrading a qualification, revoking a licence or business licence' },
  restriction: {
    article: '第二条第二款第（三）项',
    zh: '限制开展生产经营活动、责令停产停业、责令关闭、限制从业',
    en: 'restricting business, ordering suspension or closure, barring from the trade',
  },
  other_heavier: { article: '第二条第二款第（四）项', zh: '法律、行政法规和部门规章规定的其他较重行政处罚', en: 'another heavier penalty under laws, regulations or rules' },
} as const satisfies Record<string, Text & { article: string }>;
export type THeavierPenalty = keyof typeof HEAVIER_PENALTIES;
export const HEAVIER_PENALTY_CODES = Object.keys(HEAVIER_PENALTIES) as THeavierPenalty[];

/** 办法 art. 15: what listing means for the business (the notice names them, art. 13). */
export const LISTING_MEASURES: Text[] = [
  {
    zh: '在审查行政许可、资质、资格、委托承担政府采购项目、工程招投标时作为重要考量因素',
    en: 'weighed when reviewing licences, qualifications, government procurement and tenders',
  },
  { zh: '列为重点监管对象，提高检查频次，依法严格监管（本平台风险等级定为 D 级）', en: 'a key supervision target inspected more often (risk grade D on this platform)' },
  { zh: '不适用告知承诺制', en: 'no notification-and-commitment approvals' },
  { zh: '不予授予市场监督管理部门荣誉称号等表彰奖励', en: 'no honours or awards from the market regulator' },
];

/** 办法 art. 16 para. 1 (一)-(三): the conditions staff check before an early exit. */
export const REPAIR_CONDITIONS = {
  obligationsFulfilled: { article: '第十六条第一款第（一）项', zh: '已经自觉履行行政处罚决定中规定的义务', en: 'has performed the obligations of the penalty decision' },
  harmEliminated: { article: '第十六条第一款第（二）项', zh: '已经主动消除危害后果和不良影响', en: 'has removed the harm and its ill effects' },
  noHeavierPenaltySince: { article: '第十六条第一款第（三）项', zh: '未再受到市场监督管理部门较重行政处罚', en: 'has had no further heavier penalty from the regulator' },
  materialsComplete: {
    article: '第十七条第一款',
    zh: '申请书、守信承诺书及履行义务、消除影响的材料齐全，说明了事实和理由',
    en: 'application, integrity pledge and evidence of performance are complete and state the facts',
  },
} as const satisfies Record<string, Text & { article: string }>;
export type TRepairCondition = keyof typeof REPAIR_CONDITIONS;
export const REPAIR_CONDITION_CODES = Object.keys(REPAIR_CONDITIONS) as TRepairCondition[];

/** The integrity pledge (守信承诺书, 办法 art. 17) the business signs with its application. */
export const REPAIR_PLEDGE: Text = {
  zh: '本单位承诺：所提交材料真实、完整；今后严格遵守食品安全法律法规，诚信经营。如隐瞒真实情况、提供虚假资料，愿承担撤销移出决定、恢复列入状态的后果（《市场监督管理严重违法失信名单管理办法》第二十条）。',
  en: 'We pledge that the materials are true and complete and that we will obey food safety law. If we concealed facts or gave false materials, the exit may be revoked and the listing restored (art. 20).',
};

// ---- clocks

/** 办法 art. 21: a listing lasts three years from the listing date. */
export const LISTING_YEARS = 3;
/** 办法 art. 16: an early exit may be asked for once listed a full year. */
export const REPAIR_AFTER_YEARS = 1;
/** 办法 art. 14: published within 20 working days of the decision (same province). */
export const PUBLISH_WORKING_DAYS = 20;
/** 办法 art. 17 para. 2 and 3: 2 working days to accept an application, 15 to verify and decide. */
export const REPAIR_ACCEPT_WORKING_DAYS = 2;
export const REPAIR_DECIDE_WORKING_DAYS = 15;

/**
 * The last day of a period of whole years from `date`, counted as 《民法典》 arts. 201-202 count: from the
 * next day, ending on the corresponding day of the last year (the month's last day when it has none).
 */
export function lastDayAfterYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const lastOfMonth = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  const day = Math.min(d, lastOfMonth);
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The last listed day (办法 art. 21): three years from the listing, or the end of a restriction on
 * business or trade imposed by law when it runs longer.
 */
export function listingLastDay(listedOn: string, restrictionEndsOn: string | null): string {
  const threeYears = lastDayAfterYears(listedOn, LISTING_YEARS);
  return restrictionEndsOn && restrictionEndsOn > threeYears ? restrictionEndsOn : threeYears;
}

/** The first day off the list when nobody acts: the day after the last listed day. */
export const exitDayOf = (lastDay: string) => addDays(lastDay, 1);

/** The first day on which an early exit may be applied for: the year is full (办法 art. 16). */
export const earliestRepairOn = (listedOn: string) => addDays(lastDayAfterYears(listedOn, REPAIR_AFTER_YEARS), 1);

export const publishDueOn = (calendar: TCalendarDays, listedOn: string) => addWorkingDays(calendar, listedOn, PUBLISH_WORKING_DAYS);

/** Why a listing may not be repaired on `today` (none = the business may apply). */
export function repairBlockers(entry: { status: string; listedOn: string | null; restrictionEndsOn: string | null }, today: string): Text[] {
  if (entry.status !== 'listed' || !entry.listedOn) return [{ zh: '该记录不在严重违法失信名单中', en: 'this record is not on the list' }];
  const blockers: Text[] = [];
  const earliest = earliestRepairOn(entry.listedOn);
  if (today < earliest) {
    blockers.push({
      zh: `列入严重违法失信名单满一年后方可申请提前移出（列入日期 ${entry.listedOn}，最早 ${earliest} 可申请，《市场监督管理严重违法失信名单管理办法》第十六条）`,
      en: `an early exit may be applied for once listed a full year (listed ${entry.listedOn}; from ${earliest}, art. 16)`,
    });
  }
  if (entry.restrictionEndsOn && entry.restrictionEndsOn >= today) {
    blockers.push({
      zh: `依法实施的限制措施期限尚未届满（至 ${entry.restrictionEndsOn}），不得申请提前移出（第十六条第二款）`,
      en: `the restriction imposed by law runs until ${entry.restrictionEndsOn}: no early exit before (art. 16 para. 2)`,
    });
  }
  return blockers;
}

// ---- statuses

/**
 * proposed → listed (approved by someone else) or rejected; listed → exited (expired, repaired, or the penalty
 * it rests on revoked); exited by repair → listed again when the repair was obtained by deceit (art. 20).
 */
export const LIST_ENTRY_STATUSES = ['proposed', 'rejected', 'listed', 'exited'] as const;
export type TListEntryStatus = (typeof LIST_ENTRY_STATUSES)[number];
export const EXIT_REASONS = ['expired', 'repaired', 'penalty_revoked'] as const;
export type TExitReason = (typeof EXIT_REASONS)[number];
export const EXIT_REASON_NAMES: Record<TExitReason, Text & { article: string }> = {
  expired: { article: '第二十一条', zh: '列入满三年，期满移出', en: 'three years on the list ended' },
  repaired: { article: '第十六条至第十八条', zh: '信用修复，提前移出', en: 'early exit after credit repair' },
  // Art. 19: the listing decision is revoked and the business leaves the list within three working days
  // (here the day it is recorded); the public lookup no longer shows the listing.
  penalty_revoked: { article: '第十九条', zh: '所依据的行政处罚决定被撤销、确认违法或者无效，撤销列入决定', en: 'the penalty it rested on was revoked, confirmed illegal or void' },
};

/** submitted → accepted or not_accepted → approved or rejected; lapsed when the listing ended first. */
export const REPAIR_STATUSES = ['submitted', 'not_accepted', 'accepted', 'approved', 'rejected', 'lapsed'] as const;
export type TRepairStatus = (typeof REPAIR_STATUSES)[number];

/** The operator's credit status: on the list, left it by repair, or neither. */
export const CREDIT_STATUSES = ['normal', 'listed', 'repaired'] as const;
export type TCreditStatus = (typeof CREDIT_STATUSES)[number];

// ---- input

const ZId = z.uuid({ message: 'id.invalid' });
const ZDate = z.iso.date({ message: 'date.invalid' });
const ZVersion = z.number().int().min(1);

const ART_11: TListingGround = 'refusing_to_perform';

export const ZListEntryCreate = z
  .strictObject({
    operatorId: ZId,
    grounds: z
      .array(z.enum(LISTING_GROUND_CODES as [TListingGround, ...TListingGround[]]))
      .min(1, { message: 'required' })
      .max(5),
    heavierPenalties: z
      .array(z.enum(HEAVIER_PENALTY_CODES as [THeavierPenalty, ...THeavierPenalty[]]))
      .max(4)
      .default([]),
    /** The penalty decision the listing is decided with (办法 art. 13). */
    penaltyDecisionNo: z.string().trim().min(1, { message: 'required' }).max(100),
    penaltyDecidedOn: ZDate,
    /** The enforcement case of that decision, when it was handled on the platform. */
    caseId: ZId.optional(),
    /** The facts and the weighing of art. 12 (intent, frequency, duration, amounts, harm). */
    facts: z.string().trim().min(10, { message: 'credit.facts.tooShort' }).max(4000),
    /** The business was told the grounds, basis and its rights before the decision (art. 13). */
    priorNoticeOn: ZDate,
    /** The end of a restriction on business or trade longer than three years (art. 21). */
    restrictionEndsOn: ZDate.optional(),
  })
  .superRefine((v, ctx) => {
    if (new Set(v.grounds).size !== v.grounds.length) ctx.addIssue({ code: 'custom', path: ['grounds'], message: 'credit.repeated' });
    if (new Set(v.heavierPenalties).size !== v.heavierPenalties.length) ctx.addIssue({ code: 'custom', path: ['heavierPenalties'], message: 'credit.repeated' });
    if (v.grounds.some((g) => g !== ART_11) && v.heavierPenalties.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['heavierPenalties'], message: 'credit.heavierPenaltyRequired' });
    }
  });
export type TListEntryCreate = z.infer<typeof ZListEntryCreate>;

/** 办法 art. 22: a county-level bureau's listing needs the consent of the bureau above. */
export const ZListEntryApprove = z.strictObject({
  version: ZVersion,
  superiorConsent: z.string().trim().min(2, { message: 'required' }).max(200),
});
export type TListEntryApprove = z.infer<typeof ZListEntryApprove>;

export const ZReasoned = z.strictObject({ version: ZVersion, reason: z.string().trim().min(2, { message: 'required' }).max(2000) });
export type TReasoned = z.infer<typeof ZReasoned>;
export const ZCreditVersion = z.strictObject({ version: ZVersion });

export const ZListEntryListQuery = z.strictObject({
  status: z.enum(LIST_ENTRY_STATUSES).optional(),
  operatorId: ZId.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TListEntryListQuery = z.infer<typeof ZListEntryListQuery>;

export const ZRepairCreate = z.strictObject({
  /** The application (申请书): facts and reasons. */
  statement: z.string().trim().min(20, { message: 'credit.statement.tooShort' }).max(4000),
  pledge: z.literal(true, { message: 'credit.pledge.required' }),
  evidenceFileIds: z.array(ZId).min(1, { message: 'credit.evidence.required' }).max(10),
});
export type TRepairCreate = z.infer<typeof ZRepairCreate>;

export const ZRepairAccept = z
  .strictObject({ version: ZVersion, accept: z.boolean(), reason: z.string().trim().max(2000).optional() })
  .refine((v) => v.accept || (v.reason?.length ?? 0) >= 2, { path: ['reason'], message: 'credit.reasonRequired' });
export type TRepairAccept = z.infer<typeof ZRepairAccept>;

export const ZRepairDecide = z.strictObject({
  version: ZVersion,
  decision: z.enum(['approve', 'reject']),
  checklist: z.strictObject(Object.fromEntries(REPAIR_CONDITION_CODES.map((c) => [c, z.boolean()])) as Record<TRepairCondition, z.ZodBoolean>),
  reason: z.string().trim().min(2, { message: 'required' }).max(2000),
});
export type TRepairDecide = z.infer<typeof ZRepairDecide>;

export const ZRepairListQuery = z.strictObject({
  status: z.enum(REPAIR_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TRepairListQuery = z.infer<typeof ZRepairListQuery>;

export const ZRepairEvidenceParams = z.strictObject({ id: ZId, fileId: ZId });
export const ZEvidenceSizeQuery = z.strictObject({ size: z.enum(['thumb', 'full']).default('full') });

/** One export covers a year at most: the national system takes regular, small batches. */
export const CREDIT_EXPORT_MAX_DAYS = 366;
export const ZCreditExportQuery = z.strictObject({ from: ZDate, to: ZDate }).superRefine((q, ctx) => {
  if (q.from > q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'credit.toBeforeFrom' });
  else if ((Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 + 1 > CREDIT_EXPORT_MAX_DAYS) {
    ctx.addIssue({ code: 'custom', path: ['from'], message: 'credit.rangeTooLong' });
  }
});
export type TCreditExportQuery = z.infer<typeof ZCreditExportQuery>;

export const ZPublicCreditQuery = z.strictObject({ q: z.string().trim().min(2, { message: 'credit.query.tooShort' }).max(60) });

// ---- output

/** A penalty decision on the credit record, as the enforcement module gives it (summary with personal data masked). */
export type TCreditPenalty = Omit<TPenaltyRecord, 'operatorId'>;

export type TRepair = {
  id: string;
  entryId: string;
  operatorId: string;
  operatorName: string;
  status: TRepairStatus;
  statement: string;
  evidenceFileIds: string[];
  submittedAt: string;
  submittedByName: string | null;
  acceptDueOn: string;
  acceptedAt: string | null;
  decideDueOn: string | null;
  checklist: Partial<Record<TRepairCondition, boolean>> | null;
  reason: string | null;
  decidedAt: string | null;
  handledByName: string | null;
  version: number;
};

export type TListEntry = {
  id: string;
  operatorId: string;
  operatorName: string;
  uscc: string;
  status: TListEntryStatus;
  grounds: TListingGround[];
  heavierPenalties: THeavierPenalty[];
  penaltyDecisionNo: string;
  penaltyDecidedOn: string;
  caseId: string | null;
  facts: string;
  priorNoticeOn: string;
  restrictionEndsOn: string | null;
  proposedAt: string;
  proposedBy: string;
  proposedByName: string | null;
  decidedAt: string | null;
  decidedByName: string | null;
  superiorConsent: string | null;
  rejectReason: string | null;
  listedOn: string | null;
  /** The last listed day (art. 21), when listed. */
  lastDay: string | null;
  publishDueOn: string | null;
  publishedAt: string | null;
  noticeAcknowledgedAt: string | null;
  exitedOn: string | null;
  exitReason: TExitReason | null;
  /** The revocation's reason and document (art. 19). */
  exitNote: string | null;
  /** When an exit by repair was revoked and the listing restored (art. 20), and why. */
  restoredAt: string | null;
  restoreReason: string | null;
  /** The first day the business may apply for an early exit. */
  earliestRepairOn: string | null;
  /** Why it may not apply today (empty: it may). */
  repairBlockers: string[];
  authority: string;
  version: number;
};

export type TListEntryDetail = TListEntry & {
  repairs: TRepair[];
  /** Penalties decided after the listing date: what staff weigh for "no further heavier penalty". */
  laterPenalties: TCreditPenalty[];
};

export type TCreditLicence = { kind: TLicenceKind; number: string; scope: string; issuedOn: string; expiresOn: string; state: TLicenceState };
export type TCreditInspection = { id: string; kind: TInspectionKind; inspectedOn: string; result: TInspectionResult; published: boolean };
export type TCreditSample = { id: string; sampleNo: string; productName: string; sampledOn: string; verdict: TVerdict; failingItems: string[]; published: boolean };

/** The operator's credit record as staff in scope and the business itself see it. */
export type TCreditRecord = {
  operator: { id: string; name: string; uscc: string; type: TOperatorType; address: string; unitName: string };
  status: TCreditStatus;
  riskGrade: TRiskGrade | null;
  riskScore: number | null;
  licences: TCreditLicence[];
  penalties: TCreditPenalty[];
  listEntries: TListEntry[];
  inspections: TCreditInspection[];
  samples: TCreditSample[];
};

/** A list entry as published: no facts, no people, no free text. */
export type TPublicListEntry = {
  listedOn: string;
  grounds: TListingGround[];
  authority: string;
  status: 'listed' | 'exited';
  exitedOn: string | null;
  exitReason: TExitReason | null;
};

export type TPublicCreditRecord = {
  operator: { id: string; name: string; uscc: string; type: TOperatorType; address: string; unitName: string };
  status: TCreditStatus;
  licences: TCreditLicence[];
  listEntries: TPublicListEntry[];
  penalties: Omit<TCreditPenalty, 'caseId'>[];
  inspections: Omit<TCreditInspection, 'published' | 'id'>[];
  samples: Omit<TCreditSample, 'published' | 'id'>[];
};

export type TPublicCreditHit = { id: string; name: string; uscc: string; unitName: string; status: TCreditStatus };
