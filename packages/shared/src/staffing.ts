// Staffing of the business's food safety posts (食品安全总监、食品安全员配备): which operators must have a food safety
// director and/or officers, per the national rules, kept per bureau as a small rule table the department may adapt.
//
// 《企业落实食品安全主体责任监督管理规定》（国家市场监督管理总局令第60号，2022年9月1日施行）and its sector rules
// 《食品生产企业落实食品安全主体责任监督管理规定》《食品销售企业落实食品安全主体责任监督管理规定》
// 《餐饮服务企业落实食品安全主体责任监督管理规定》: every food enterprise appoints food safety officers (食品安全员); a
// food safety director (食品安全总监) is required for special food producers, large and medium producers, large and
// medium caterers, chain catering headquarters, online catering platforms, canteens of schools, childcare, elderly
// care, hospitals and construction sites serving 300 or more diners, large and medium sellers, chain sales
// headquarters and food storage companies. Individual businesses (个体工商户) are encouraged to, not required.
// Public institutions (事业单位, school and hospital canteens) are held like enterprises.
import { z } from 'zod';
import {
  OPERATOR_CATEGORIES,
  OPERATOR_SCALES,
  OPERATOR_TAGS,
  OPERATOR_TYPES,
  type TOperatorCategory,
  type TOperatorScale,
  type TOperatorTag,
  type TOperatorType,
} from './operator.ts';
import { ENTITY_KINDS, type TEntityKind } from './uscc.ts';
import { ZUnitCode } from './org.ts';

/** The posts a rule may require: the director (总监) and the officers (安全员). */
export const STAFFING_POSTS = ['director', 'officer'] as const;
export type TStaffingPost = (typeof STAFFING_POSTS)[number];

export type TStaffingRuleInput = {
  /** Null: any operator type. */
  operatorType: TOperatorType | null;
  /** The legal entities the rule binds (from the credit code): enterprises and institutions by default. */
  entityKinds: TEntityKind[];
  /** Null: any scale; otherwise this scale or larger (an operator whose scale is not recorded does not match). */
  minScale: TOperatorScale | null;
  /** Null: any; otherwise the operator carries this tag. */
  tag: TOperatorTag | null;
  /** Null: any; otherwise the operator trades in this category (特殊食品). */
  category: TOperatorCategory | null;
  requiresDirector: boolean;
  requiresOfficer: boolean;
  /** The rule's legal basis, shown where a post is required. */
  basis: string;
};

const BOUND: TEntityKind[] = ['enterprise', 'institution'];
const ORDER_60 = '《企业落实食品安全主体责任监督管理规定》（国家市场监督管理总局令第60号）';
const PRODUCTION = '《食品生产企业落实食品安全主体责任监督管理规定》';
const SALES = '《食品销售企业落实食品安全主体责任监督管理规定》';
const CATERING = '《餐饮服务企业落实食品安全主体责任监督管理规定》';
const rule = (r: Partial<TStaffingRuleInput> & Pick<TStaffingRuleInput, 'basis'>): TStaffingRuleInput => ({
  operatorType: null,
  entityKinds: BOUND,
  minScale: null,
  tag: null,
  category: null,
  requiresDirector: true,
  requiresOfficer: true,
  ...r,
});
const canteen = (tag: TOperatorTag, what: string) =>
  rule({ operatorType: 'canteen', tag, minScale: 'medium', basis: `${CATERING}：${what}食堂供餐人数300人以上的，应当配备食品安全总监` });

/**
 * The national defaults, written as a bureau's rules the first time they are needed. Online catering platforms and
 * food storage companies also need a director, but the registry has no operator type for them yet: a bureau that
 * registers them under a tag adds a rule for it.
 */
export const DEFAULT_STAFFING_RULES: TStaffingRuleInput[] = [
  rule({ requiresDirector: false, basis: `${ORDER_60}：食品生产经营企业应当配备食品安全员（个体工商户参照执行）` }),
  rule({ operatorType: 'producer', category: 'special_food', basis: `${PRODUCTION}：特殊食品生产企业应当配备食品安全总监` }),
  rule({ operatorType: 'producer', minScale: 'medium', basis: `${PRODUCTION}：大中型食品生产企业应当配备食品安全总监` }),
  rule({ operatorType: 'seller', minScale: 'medium', basis: `${SALES}：大中型食品销售企业应当配备食品安全总监` }),
  rule({ operatorType: 'seller', tag: 'chain_headquarters', basis: `${SALES}：连锁销售企业总部应当配备食品安全总监` }),
  rule({ operatorType: 'caterer', minScale: 'medium', basis: `${CATERING}：大中型餐饮服务企业应当配备食品安全总监` }),
  rule({ operatorType: 'caterer', tag: 'chain_headquarters', basis: `${CATERING}：连锁餐饮企业总部应当配备食品安全总监` }),
  canteen('school_canteen', '学校'),
  canteen('kindergarten_canteen', '托幼机构'),
  canteen('elderly_care_canteen', '养老机构'),
  canteen('hospital_canteen', '医疗机构'),
  canteen('construction_site_canteen', '建筑工地'),
];

export type TStaffedOperator = { type: TOperatorType; entityKind: TEntityKind; scale: TOperatorScale | null; tags: TOperatorTag[]; categories: TOperatorCategory[] };

/** Whether a scale is at least the rule's minimum (large > medium > small > micro); an unknown scale never is. */
export function scaleAtLeast(scale: TOperatorScale | null, min: TOperatorScale): boolean {
  return scale !== null && OPERATOR_SCALES.indexOf(scale) <= OPERATOR_SCALES.indexOf(min);
}

/** Whether a rule applies to an operator (the repository's SQL says the same for the list of gaps). */
export function ruleApplies(r: TStaffingRuleInput, o: TStaffedOperator): boolean {
  return (
    (r.operatorType === null || r.operatorType === o.type) &&
    r.entityKinds.includes(o.entityKind) &&
    (r.minScale === null || scaleAtLeast(o.scale, r.minScale)) &&
    (r.tag === null || o.tags.includes(r.tag)) &&
    (r.category === null || o.categories.includes(r.category))
  );
}

/** The rules that require each post of this operator (empty: not required). */
export function requiringRules<R extends TStaffingRuleInput>(rules: R[], o: TStaffedOperator): Record<TStaffingPost, R[]> {
  const applying = rules.filter((r) => ruleApplies(r, o));
  return { director: applying.filter((r) => r.requiresDirector), officer: applying.filter((r) => r.requiresOfficer) };
}

const ZRule = z.strictObject({
  operatorType: z.enum(OPERATOR_TYPES).nullable(),
  entityKinds: z.array(z.enum(ENTITY_KINDS)).min(1).max(ENTITY_KINDS.length),
  minScale: z.enum(OPERATOR_SCALES).nullable(),
  tag: z.enum(OPERATOR_TAGS).nullable(),
  category: z.enum(OPERATOR_CATEGORIES).nullable(),
  requiresDirector: z.boolean(),
  requiresOfficer: z.boolean(),
  basis: z.string().trim().min(1, { message: 'required' }).max(500),
});

/** The bureau's whole rule set at once, with the version of the set the editor read (a stale one answers 409). */
export const ZStaffingRulesUpdate = z.strictObject({
  version: z.number().int().min(1),
  rules: z
    .array(ZRule)
    .min(1)
    .max(50)
    .refine((rules) => rules.every((r) => r.requiresDirector || r.requiresOfficer), { message: 'staffing.requiresNothing' }),
});
export type TStaffingRulesUpdate = z.infer<typeof ZStaffingRulesUpdate>;

export type TStaffingRule = TStaffingRuleInput & { id: string };
export type TStaffingRules = { rules: TStaffingRule[]; version: number; updatedAt: string; updatedByName: string | null };

export const ZStaffingGapQuery = z.strictObject({
  unitCode: ZUnitCode.optional(),
  missing: z.enum(STAFFING_POSTS).optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TStaffingGapQuery = z.infer<typeof ZStaffingGapQuery>;

/** The last reminder sent to the business about its missing posts. */
export type TStaffingReminder = { id: string; operatorId: string; missing: TStaffingPost[]; remindedOn: string; dueOn: string; remindedByName: string | null };

/** An operator missing a required post (the list of gaps). */
export type TStaffingGap = {
  operatorId: string;
  operatorName: string;
  uscc: string;
  type: TOperatorType;
  scale: TOperatorScale | null;
  tags: TOperatorTag[];
  unitCode: string;
  unitName: string;
  stationName: string | null;
  missing: TStaffingPost[];
  lastReminder: { remindedOn: string; dueOn: string } | null;
};

/** One post of one operator: whether it is required, by which rules, and who holds it. */
export type TStaffingPostCheck = {
  post: TStaffingPost;
  required: boolean;
  rules: { id: string; basis: string }[];
  holders: string[];
  missing: boolean;
};

/** The completeness check of one operator. */
export type TStaffingCheck = {
  operatorId: string;
  operatorName: string;
  entityKind: TEntityKind;
  scale: TOperatorScale | null;
  posts: TStaffingPostCheck[];
  /** Every required post is held. */
  complete: boolean;
  /** Nothing is required (an individual business): the posts are encouraged. */
  encouraged: boolean;
  lastReminder: TStaffingReminder | null;
};

/** Working days the business is given to fill a post after a reminder. */
export const STAFFING_REMINDER_WORKING_DAYS = 20;
