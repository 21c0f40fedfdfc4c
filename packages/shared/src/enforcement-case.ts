// Enforcement cases (行政处罚案件): the steps from filing to closure, the statutory clocks, the penalty
// ranges of the food safety law articles the platform supports, and the indicators of the annual assessment.
import { z } from 'zod';
import { addDays, addWorkingDays, type TCalendarDays } from './working-days.ts';

export const CASE_STATUSES = [
  'filing_pending',
  'investigating',
  'notified',
  'decision_pending',
  'decided',
  'delivered',
  'executed',
  'closed',
  'filing_rejected',
  'transferred',
] as const;
export type TCaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_NAMES: Record<TCaseStatus, { zh: string; en: string }> = {
  filing_pending: { zh: '立案审批中', en: 'filing awaiting approval' },
  investigating: { zh: '已立案调查中', en: 'filed, under investigation' },
  notified: { zh: '已告知待陈述申辩', en: 'notice given, awaiting statement' },
  decision_pending: { zh: '处罚决定审批中', en: 'decision awaiting approval' },
  decided: { zh: '已作出决定', en: 'decided' },
  delivered: { zh: '决定书已送达', en: 'decision delivered' },
  executed: { zh: '已执行', en: 'executed' },
  closed: { zh: '已结案', en: 'closed' },
  filing_rejected: { zh: '不予立案', en: 'filing refused' },
  transferred: { zh: '已移送司法机关', en: 'transferred to the police' },
};

export const PENALTY_KINDS = ['warning', 'fine', 'confiscation', 'suspension', 'licence_revocation'] as const;
export type TPenaltyKind = (typeof PENALTY_KINDS)[number];
export const PENALTY_KIND_NAMES: Record<TPenaltyKind, { zh: string; en: string }> = {
  warning: { zh: '警告', en: 'warning' },
  fine: { zh: '罚款', en: 'fine' },
  confiscation: { zh: '没收违法所得、非法财物', en: 'confiscation' },
  suspension: { zh: '责令停产停业', en: 'suspension' },
  licence_revocation: { zh: '吊销许可证', en: 'licence revocation' },
};

/** 行政处罚法 第四十六条 lists the kinds of evidence. */
export const EVIDENCE_KINDS = ['documentary', 'physical', 'audiovisual', 'electronic', 'witness', 'party_statement', 'expert_opinion', 'inspection_record'] as const;
export type TEvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const EVIDENCE_KIND_NAMES: Record<TEvidenceKind, string> = {
  documentary: '书证',
  physical: '物证',
  audiovisual: '视听资料',
  electronic: '电子数据',
  witness: '证人证言',
  party_statement: '当事人的陈述',
  expert_opinion: '鉴定意见',
  inspection_record: '勘验笔录、现场笔录',
};

export const CASE_OUTCOMES = ['penalty', 'no_penalty'] as const;
export type TCaseOutcome = (typeof CASE_OUTCOMES)[number];

export const CASE_ACTIONS = [
  'approve_filing',
  'add_evidence',
  'notify',
  'record_hearing',
  'propose_decision',
  'approve_decision',
  'deliver',
  'execute',
  'close',
  'transfer',
  'request_extension',
  'approve_extension',
  'publish',
] as const;
export type TCaseAction = (typeof CASE_ACTIONS)[number];
export const CASE_ACTION_NAMES: Record<TCaseAction, { zh: string; en: string }> = {
  approve_filing: { zh: '立案审批', en: 'approve the filing' },
  add_evidence: { zh: '登记证据', en: 'add evidence' },
  notify: { zh: '告知拟处罚', en: 'give the notice of proposed penalty' },
  record_hearing: { zh: '登记听证', en: 'record the hearing' },
  propose_decision: { zh: '拟定处罚决定', en: 'propose the decision' },
  approve_decision: { zh: '处罚决定审批', en: 'approve the decision' },
  deliver: { zh: '送达决定书', en: 'deliver the decision' },
  execute: { zh: '登记执行', en: 'record the execution' },
  close: { zh: '结案', en: 'close the case' },
  transfer: { zh: '移送司法机关', en: 'transfer to the police' },
  request_extension: { zh: '申请延长办案期限', en: 'request an extension' },
  approve_extension: { zh: '延期审批', en: 'approve the extension' },
  publish: { zh: '公示处罚决定', en: 'publish the decision' },
};

/** Where each step may be taken (the order of the procedure); anything else is refused with this reason. */
export const ACTION_FROM: Record<TCaseAction, readonly TCaseStatus[]> = {
  approve_filing: ['filing_pending'],
  add_evidence: ['investigating'],
  notify: ['investigating'],
  record_hearing: ['notified'],
  propose_decision: ['notified'],
  approve_decision: ['decision_pending'],
  deliver: ['decided'],
  execute: ['delivered'],
  close: ['executed', 'delivered'],
  transfer: ['investigating', 'notified'],
  request_extension: ['investigating', 'notified', 'decision_pending'],
  approve_extension: ['investigating', 'notified', 'decision_pending'],
  publish: ['decided', 'delivered', 'executed', 'closed'],
};

/**
 * Clocks:
 * - decision: 行政处罚法 第六十条 (in the corpus) — a decision within 90 days (calendar days) of filing;
 *   《市场监督管理行政处罚程序规定》第六十四条 — the head may approve 30 more days. That rule is not in the
 *   corpus, so the 30 comes from the published text unchecked.
 * - statement: 行政处罚法 第六十四条（一） — a hearing is requested within 5 days of the notice; the platform
 *   gives the statement (陈述、申辩) the same window.
 * - delivery: 行政处罚法 第六十一条 — delivered within 7 days when the party was not present.
 * - publication: 《市场监督管理行政处罚信息公示规定》(总局令第45号) 第九条 (in the corpus) — published within 20
 *   working days of the decision; 第二条 — a decision of a warning only is not published.
 */
export const DECISION_DAYS = 90;
export const DECISION_EXTENSION_DAYS = 30;
export const STATEMENT_DAYS = 5;
export const DELIVERY_DAYS = 7;
export const PUBLICATION_WORKING_DAYS = 20;

export const decisionDueOn = (filedOn: string, extended: boolean) => addDays(filedOn, DECISION_DAYS + (extended ? DECISION_EXTENSION_DAYS : 0));
export const statementDueOn = (noticeOn: string) => addDays(noticeOn, STATEMENT_DAYS);
export const deliveryDueOn = (decidedOn: string) => addDays(decidedOn, DELIVERY_DAYS);
export const publicationDueOn = (calendar: TCalendarDays, decidedOn: string) => addWorkingDays(calendar, decidedOn, PUBLICATION_WORKING_DAYS);

/** A decision is published unless it imposes nothing or only a warning (公示规定 第二条第二款). */
export function mustPublish(outcome: TCaseOutcome, kinds: readonly TPenaltyKind[]): boolean {
  return outcome === 'penalty' && kinds.some((k) => k !== 'warning');
}

// ---- penalty ranges ----

export const FOOD_SAFETY_LAW = '中华人民共和国食品安全法';

type TFineRule =
  /** A fixed band in yuan. */
  | { kind: 'fixed'; min: number; max: number }
  /** By the value of the goods (货值金额): a band under 10,000 yuan, else a multiple of the value. */
  | { kind: 'by_value'; under: readonly [number, number]; multiple: readonly [number, number] };

export type TPenaltyRule = {
  law: string;
  article: number;
  paragraph: number;
  /** What the paragraph punishes, in a few words. */
  covers: string;
  kinds: readonly TPenaltyKind[];
  /** Kinds the paragraph imposes in every case ("并处…罚款", "给予警告"). */
  required: readonly TPenaltyKind[];
  fine: TFineRule | null;
};

/** 货值金额不足一万元 / 一万元以上 (以上 includes the amount itself). */
export const GOODS_VALUE_THRESHOLD = 10_000;

const BY_VALUE_5_10: TFineRule = { kind: 'by_value', under: [50_000, 100_000], multiple: [10, 20] };

/**
 * The food safety law (2021 amendment, 行政法/食品安全法(2021-04-29).md in the corpus) paragraphs a decision
 * may cite, read from the text: who may be fined how much, and which sanctions the paragraph allows.
 */
export const PENALTY_RULES: readonly TPenaltyRule[] = [
  { law: FOOD_SAFETY_LAW, article: 122, paragraph: 1, covers: '未取得许可从事食品生产经营', kinds: ['confiscation', 'fine'], required: ['fine'], fine: BY_VALUE_5_10 },
  {
    law: FOOD_SAFETY_LAW,
    article: 122,
    paragraph: 2,
    covers: '明知无证仍提供生产经营场所或条件',
    kinds: ['confiscation', 'fine'],
    required: ['fine'],
    fine: { kind: 'fixed', min: 50_000, max: 100_000 },
  },
  {
    law: FOOD_SAFETY_LAW,
    article: 123,
    paragraph: 1,
    covers: '非食品原料、病死畜禽、添加药品等严重违法',
    kinds: ['confiscation', 'fine', 'licence_revocation'],
    required: ['fine'],
    fine: { kind: 'by_value', under: [100_000, 150_000], multiple: [15, 30] },
  },
  {
    law: FOOD_SAFETY_LAW,
    article: 123,
    paragraph: 2,
    covers: '明知仍为第一百二十三条违法行为提供场所或条件',
    kinds: ['confiscation', 'fine'],
    required: ['fine'],
    fine: { kind: 'fixed', min: 100_000, max: 200_000 },
  },
  {
    law: FOOD_SAFETY_LAW,
    article: 124,
    paragraph: 1,
    covers: '污染物超标、超范围超限量使用添加剂、腐败变质等',
    kinds: ['confiscation', 'fine', 'licence_revocation'],
    required: ['fine'],
    fine: BY_VALUE_5_10,
  },
  {
    law: FOOD_SAFETY_LAW,
    article: 124,
    paragraph: 2,
    covers: '生产经营不符合食品安全标准的食品（依照第一款）',
    kinds: ['confiscation', 'fine', 'licence_revocation'],
    required: ['fine'],
    fine: BY_VALUE_5_10,
  },
  {
    law: FOOD_SAFETY_LAW,
    article: 124,
    paragraph: 3,
    covers: '食品相关产品不符合标准或未经评估（依照第一款）',
    kinds: ['confiscation', 'fine', 'licence_revocation'],
    required: ['fine'],
    fine: BY_VALUE_5_10,
  },
  {
    law: FOOD_SAFETY_LAW,
    article: 125,
    paragraph: 1,
    covers: '被污染、无标签或标签不合规、采购使用不合格原料',
    kinds: ['confiscation', 'fine', 'suspension', 'licence_revocation'],
    required: ['fine'],
    fine: { kind: 'by_value', under: [5_000, 50_000], multiple: [5, 10] },
  },
  { law: FOOD_SAFETY_LAW, article: 125, paragraph: 2, covers: '标签瑕疵拒不改正', kinds: ['fine'], required: ['fine'], fine: { kind: 'fixed', min: 0, max: 2_000 } },
  {
    law: FOOD_SAFETY_LAW,
    article: 126,
    paragraph: 1,
    covers: '未查验、未建制度、未消毒、从业人员无健康证明等',
    kinds: ['warning', 'fine', 'suspension', 'licence_revocation'],
    required: ['warning'],
    fine: { kind: 'fixed', min: 5_000, max: 50_000 },
  },
  {
    law: FOOD_SAFETY_LAW,
    article: 130,
    paragraph: 1,
    covers: '集中交易市场开办者等允许无证经营者入场或未履行检查报告义务',
    kinds: ['confiscation', 'fine', 'suspension', 'licence_revocation'],
    required: ['fine'],
    fine: { kind: 'fixed', min: 50_000, max: 200_000 },
  },
  {
    law: FOOD_SAFETY_LAW,
    article: 131,
    paragraph: 1,
    covers: '网络食品交易第三方平台未实名登记、审查许可证',
    kinds: ['confiscation', 'fine', 'suspension', 'licence_revocation'],
    required: ['fine'],
    fine: { kind: 'fixed', min: 50_000, max: 200_000 },
  },
  {
    law: FOOD_SAFETY_LAW,
    article: 132,
    paragraph: 1,
    covers: '未按要求进行食品贮存、运输和装卸',
    kinds: ['warning', 'fine', 'suspension', 'licence_revocation'],
    required: ['warning'],
    fine: { kind: 'fixed', min: 10_000, max: 50_000 },
  },
];

const DIGITS = '零一二三四五六七八九';

/** 124 -> 一百二十四, as article numbers are written (1-999). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError('1-999 only');
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let text = '';
  if (hundreds) text += `${DIGITS[hundreds]}百`;
  if (tens) text += `${hundreds || tens > 1 ? DIGITS[tens] : ''}十`;
  else if (hundreds && ones) text += '零';
  if (ones) text += DIGITS[ones];
  return text;
}

export type TLegalBasis = { law: string; article: number; paragraph: number };

/** 《中华人民共和国食品安全法》第一百二十四条第一款 */
export function basisText(basis: TLegalBasis): string {
  return `《${basis.law}》第${chineseNumber(basis.article)}条第${chineseNumber(basis.paragraph)}款`;
}

export function findPenaltyRule(basis: TLegalBasis): TPenaltyRule | null {
  return PENALTY_RULES.find((r) => r.law === basis.law && r.article === basis.article && r.paragraph === basis.paragraph) ?? null;
}

/** The fine band of a rule for a goods value (null when the rule fines by value and none is given). */
export function fineRange(rule: TPenaltyRule, goodsValue: number | null): { min: number; max: number } | null {
  if (!rule.fine) return null;
  if (rule.fine.kind === 'fixed') return { min: rule.fine.min, max: rule.fine.max };
  if (goodsValue === null) return null;
  if (goodsValue < GOODS_VALUE_THRESHOLD) return { min: rule.fine.under[0], max: rule.fine.under[1] };
  return { min: goodsValue * rule.fine.multiple[0], max: goodsValue * rule.fine.multiple[1] };
}

export type TPenaltyInput = {
  basisLaw: string;
  basisArticle: number;
  basisParagraph: number;
  penaltyKinds: readonly TPenaltyKind[];
  fineAmount: number | null;
  goodsValue: number | null;
};
export type TPenaltyProblem = { path: string; reason: { zh: string; en: string } };

const yuan = (n: number) => `${n.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 元`;
const cents = (n: number) => Math.round(n * 100);

/** Checks a proposed penalty against the cited paragraph: the basis must be a supported one, the kinds allowed, the fine in its band. */
export function checkPenalty(input: TPenaltyInput): TPenaltyProblem[] {
  const basis = { law: input.basisLaw, article: input.basisArticle, paragraph: input.basisParagraph };
  const rule = findPenaltyRule(basis);
  if (!rule) {
    const supported = PENALTY_RULES.map((r) => `第${chineseNumber(r.article)}条第${chineseNumber(r.paragraph)}款`).join('、');
    return [
      {
        path: 'basisArticle',
        reason: {
          zh: `${basisText(basis)} 不在本平台的罚则表中，无法核对处罚幅度；可引用《${FOOD_SAFETY_LAW}》${supported}`,
          en: `${basisText(basis)} is not in the platform's table of penalty ranges, so the penalty cannot be checked`,
        },
      },
    ];
  }
  const problems: TPenaltyProblem[] = [];
  const where = basisText(basis);
  const outside = input.penaltyKinds.filter((k) => !rule.kinds.includes(k));
  if (outside.length) {
    problems.push({
      path: 'penaltyKinds',
      reason: {
        zh: `${where}不设${outside.map((k) => PENALTY_KIND_NAMES[k].zh).join('、')}`,
        en: `${where} does not provide for ${outside.map((k) => PENALTY_KIND_NAMES[k].en).join(', ')}`,
      },
    });
  }
  const missing = rule.required.filter((k) => !input.penaltyKinds.includes(k));
  if (missing.length) {
    problems.push({
      path: 'penaltyKinds',
      reason: {
        zh: `${where}规定应当${missing.map((k) => PENALTY_KIND_NAMES[k].zh).join('、')}`,
        en: `${where} requires ${missing.map((k) => PENALTY_KIND_NAMES[k].en).join(', ')}`,
      },
    });
  }
  const fined = input.penaltyKinds.includes('fine');
  if (!fined) {
    if (input.fineAmount !== null) problems.push({ path: 'fineAmount', reason: { zh: '未选择罚款时不应填写罚款金额', en: 'must be empty without a fine' } });
    return problems;
  }
  if (input.fineAmount === null || input.fineAmount <= 0) {
    problems.push({ path: 'fineAmount', reason: { zh: '选择罚款时须填写大于 0 的金额', en: 'must be above 0 with a fine' } });
    return problems;
  }
  if (rule.fine?.kind === 'by_value' && input.goodsValue === null) {
    problems.push({ path: 'goodsValue', reason: { zh: `${where}按货值金额确定罚款，须填写货值金额`, en: `${where} fines by the value of the goods: give the value` } });
    return problems;
  }
  const range = fineRange(rule, input.goodsValue)!;
  if (cents(input.fineAmount) < cents(range.min) || cents(input.fineAmount) > cents(range.max)) {
    const band = range.min === 0 ? `${yuan(range.max)}以下` : `${yuan(range.min)}至${yuan(range.max)}`;
    const bandEn = range.min === 0 ? `at most ${range.max} yuan` : `${range.min} to ${range.max} yuan`;
    problems.push({
      path: 'fineAmount',
      reason: { zh: `超出${where}规定的幅度（${band}）`, en: `is outside what ${where} allows (${bandEn})` },
    });
  }
  return problems;
}

// ---- requests ----

const ZId = z.uuid({ message: 'id.invalid' });
const ZDate = z.iso.date({ message: 'date.invalid' });
const ZText = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);
const ZVersion = z.number().int().min(1);
const ZMoney = z.number().min(0).max(1e11);
/** A step entered afterwards from the paper file: its date on paper; the case then no longer counts as handled online. */
const ZPaperOn = ZDate.optional();

export const ZCaseListQuery = z.strictObject({
  status: z.enum(CASE_STATUSES).optional(),
  operatorId: ZId.optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TCaseListQuery = z.infer<typeof ZCaseListQuery>;

export const PARTY_KINDS = ['organisation', 'natural_person'] as const;
export type TPartyKind = (typeof PARTY_KINDS)[number];

/** Proposes filing a case on a lead (its assessment: meets the filing conditions). */
export const ZCaseCreate = z
  .strictObject({
    leadId: ZId,
    leadVersion: ZVersion,
    /** 案由, e.g. 经营农药残留超标的食品案 */
    cause: ZText(200),
    assessmentReason: ZText(2000),
    /** For a lead without a registered operator: who the case is against. */
    partyName: z.string().trim().min(1).max(200).optional(),
    partyKind: z.enum(PARTY_KINDS).optional(),
    partyAddress: z.string().trim().max(300).optional(),
    partyIdNumber: z
      .string()
      .trim()
      .regex(/^\d{17}[\dX]$/, { message: 'idNumber.invalid' })
      .optional(),
    partyRepresentative: z.string().trim().max(50).optional(),
    paperOn: ZPaperOn,
  })
  .refine((c) => !c.partyName || !!c.partyKind, { path: ['partyKind'], message: 'required' });
export type TCaseCreate = z.infer<typeof ZCaseCreate>;

export const ZCaseApproval = z.strictObject({ version: ZVersion, approve: z.boolean(), opinion: z.string().trim().max(1000).optional(), paperOn: ZPaperOn });
export type TCaseApproval = z.infer<typeof ZCaseApproval>;

const penaltyFields = {
  penaltyKinds: z.array(z.enum(PENALTY_KINDS)).max(PENALTY_KINDS.length),
  fineAmount: ZMoney.nullable().default(null),
  goodsValue: ZMoney.nullable().default(null),
  illegalGains: ZMoney.nullable().default(null),
  /** What is confiscated, in words (违法所得 and goods). */
  confiscation: z.string().trim().max(500).optional(),
  basisLaw: ZText(100),
  basisArticle: z.number().int().min(1).max(999),
  basisParagraph: z.number().int().min(1).max(20).default(1),
  factsFound: ZText(5000),
};

export const ZCaseNotice = z.strictObject({
  version: ZVersion,
  ...penaltyFields,
  penaltyKinds: penaltyFields.penaltyKinds.min(1, { message: 'required' }),
  /** Whether the notice tells the party of its right to a hearing (行政处罚法 第六十三条). */
  hearingRight: z.boolean(),
  paperOn: ZPaperOn,
});
export type TCaseNoticeInput = z.infer<typeof ZCaseNotice>;

export const ZCaseDecision = z
  .strictObject({
    version: ZVersion,
    decisionOutcome: z.enum(CASE_OUTCOMES),
    ...penaltyFields,
    /** Why there is no penalty (行政处罚法 第五十七条（二）（三）). */
    noPenaltyReason: z.string().trim().max(2000).optional(),
    paperOn: ZPaperOn,
  })
  .refine((d) => d.decisionOutcome === 'no_penalty' || d.penaltyKinds.length > 0, { path: ['penaltyKinds'], message: 'required' })
  .refine((d) => d.decisionOutcome === 'penalty' || !!d.noPenaltyReason, { path: ['noPenaltyReason'], message: 'required' });
export type TCaseDecision = z.infer<typeof ZCaseDecision>;

export const ZCaseHearing = z.strictObject({ version: ZVersion, hearingHeldOn: ZDate, hearingRecord: ZText(5000), paperOn: ZPaperOn });
export type TCaseHearing = z.infer<typeof ZCaseHearing>;
export const ZCaseStep = z.strictObject({ version: ZVersion, detail: z.string().trim().max(2000).optional(), paperOn: ZPaperOn });
export type TCaseStep = z.infer<typeof ZCaseStep>;
export const ZCaseExecution = z.strictObject({ version: ZVersion, detail: ZText(2000), paperOn: ZPaperOn });
export const ZCaseTransfer = z.strictObject({ version: ZVersion, policeUnit: ZText(200), reason: ZText(2000), paperOn: ZPaperOn });
export type TCaseTransfer = z.infer<typeof ZCaseTransfer>;
export const ZCaseExtensionRequest = z.strictObject({ version: ZVersion, reason: ZText(1000), paperOn: ZPaperOn });
export const ZCaseVersion = z.strictObject({ version: ZVersion });

/** The business's statement (陈述、申辩) and hearing request on a notice, in its own account. */
export const ZCaseStatement = z
  .strictObject({ version: ZVersion, defence: z.string().trim().max(5000).optional(), hearingRequested: z.boolean().default(false) })
  .refine((s) => !!s.defence || s.hearingRequested, { path: ['defence'], message: 'required' });
export type TCaseStatement = z.infer<typeof ZCaseStatement>;

export const ZEvidenceParams = z.strictObject({ id: ZId, evidenceId: ZId });
/** The text fields sent with an evidence file (multipart). */
export const ZEvidenceFields = z.strictObject({
  version: z.coerce.number().int().min(1),
  evidenceTitle: ZText(200),
  evidenceKind: z.enum(EVIDENCE_KINDS),
  collectedOn: ZDate,
  paperOn: ZPaperOn,
});
export type TEvidenceFields = z.infer<typeof ZEvidenceFields>;

export const ZIndicatorQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });
export const ZPublicPenaltyQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TPublicPenaltyQuery = z.infer<typeof ZPublicPenaltyQuery>;

// ---- responses ----

export type TPenalty = {
  kinds: TPenaltyKind[];
  fineAmount: number | null;
  goodsValue: number | null;
  illegalGains: number | null;
  confiscation: string | null;
  basisLaw: string;
  basisArticle: number;
  basisParagraph: number;
  /** 《中华人民共和国食品安全法》第一百二十四条第一款 */
  basisText: string;
  /** The article in the law library, when the library holds it. */
  basisArticleId: string | null;
  facts: string;
};

export type TCaseClock = { kind: 'decision' | 'statement' | 'delivery' | 'publication'; dueOn: string; doneOn: string | null; overdue: boolean };

export type TCase = {
  id: string;
  caseNo: string | null;
  leadId: string;
  operatorId: string | null;
  partyName: string;
  partyKind: TPartyKind;
  cause: string;
  status: TCaseStatus;
  filedOn: string | null;
  decisionDueOn: string | null;
  decidedOn: string | null;
  decisionNo: string | null;
  handlingUnitName: string | null;
  /** Every step so far recorded in the platform as it happened (not entered from paper afterwards). */
  online: boolean;
  publishedAt: string | null;
  overdue: boolean;
  version: number;
};

export type TCaseStepRecord = {
  id: string;
  kind: string;
  on: string;
  at: string;
  byName: string | null;
  online: boolean;
  detail: string | null;
};

export type TEvidence = {
  id: string;
  title: string;
  kind: TEvidenceKind;
  collectedOn: string;
  fileName: string;
  mime: string;
  size: number;
  addedByName: string | null;
  addedAt: string;
};

export type TCaseDetail = TCase & {
  partyAddress: string | null;
  partyCode: string | null;
  partyRepresentative: string | null;
  leadSummary: string;
  leadSource: string;
  assessmentReason: string | null;
  filedByName: string | null;
  extended: boolean;
  extensionRequest: { reason: string; requestedAt: string; requestedByName: string | null } | null;
  noticeOn: string | null;
  notice: (TPenalty & { hearingRight: boolean }) | null;
  statement: string | null;
  statementAt: string | null;
  hearingRequested: boolean;
  hearingHeldOn: string | null;
  hearingRecord: string | null;
  outcome: TCaseOutcome | null;
  decision: TPenalty | null;
  noPenaltyReason: string | null;
  deliveredOn: string | null;
  executedOn: string | null;
  executionDetail: string | null;
  closedOn: string | null;
  transferredOn: string | null;
  policeUnit: string | null;
  publicationDueOn: string | null;
  publishedText: string | null;
  clocks: TCaseClock[];
  steps: TCaseStepRecord[];
  evidence: TEvidence[];
  /** The steps the case's state allows now (the web shows their buttons; the server refuses the others). */
  actions: TCaseAction[];
};

/** A notice or decision as the business sees it in its own account. */
export type TCaseNoticeView = {
  id: string;
  caseNo: string | null;
  cause: string;
  status: TCaseStatus;
  noticeOn: string;
  statementDueOn: string;
  proposed: TPenalty & { hearingRight: boolean };
  statement: string | null;
  statementAt: string | null;
  hearingRequested: boolean;
  /** The decision, once delivered to the business. */
  decision: (TPenalty & { decisionNo: string; decidedOn: string }) | null;
  mayRespond: boolean;
  version: number;
};

/** A published penalty decision (personal data masked), for the public and for the credit module. */
export type TPenaltyRecord = {
  caseId: string;
  operatorId: string;
  decisionNo: string;
  decidedOn: string;
  kinds: TPenaltyKind[];
  fineAmount: number | null;
  legalBasis: string;
  publishedAt: string | null;
  summary: string;
};

export type TPublicPenalty = {
  id: string;
  decisionNo: string;
  partyName: string;
  decidedOn: string;
  kinds: TPenaltyKind[];
  fineAmount: number | null;
  legalBasis: string;
  publishedAt: string;
  summary: string;
};
export type TPublicPenaltyDetail = TPublicPenalty & { text: string };

// ---- indicators ----

export type TIndicatorCounts = {
  leads: number;
  leadsBreakingMusts: number;
  casesFiled: number;
  casesOnline: number;
  decisions: number;
  handlingDaysTotal: number;
  toPublish: number;
  publishedOnTime: number;
};

export type TIndicatorRow = TIndicatorCounts & {
  unitId: string | null;
  unitName: string;
  /** Percentages with one decimal; null when nothing was counted. */
  mustsCompliance: number | null;
  onlineRate: number | null;
  publicationRate: number | null;
  averageHandlingDays: number | null;
};

export type TEnforcementIndicators = { year: number; rows: TIndicatorRow[]; total: TIndicatorRow };

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/** The rates of a row from its counts, so that a total is computed exactly like each unit's row. */
export function indicatorRow(unitId: string | null, unitName: string, c: TIndicatorCounts): TIndicatorRow {
  return {
    unitId,
    unitName,
    ...c,
    mustsCompliance: percent(c.leads - c.leadsBreakingMusts, c.leads),
    onlineRate: percent(c.casesOnline, c.casesFiled),
    publicationRate: percent(c.publishedOnTime, c.toPublish),
    averageHandlingDays: c.decisions === 0 ? null : Math.round((c.handlingDaysTotal / c.decisions) * 10) / 10,
  };
}

export const EMPTY_COUNTS: TIndicatorCounts = {
  leads: 0,
  leadsBreakingMusts: 0,
  casesFiled: 0,
  casesOnline: 0,
  decisions: 0,
  handlingDaysTotal: 0,
  toPublish: 0,
  publishedOnTime: 0,
};

export function addCounts(a: TIndicatorCounts, b: TIndicatorCounts): TIndicatorCounts {
  return {
    leads: a.leads + b.leads,
    leadsBreakingMusts: a.leadsBreakingMusts + b.leadsBreakingMusts,
    casesFiled: a.casesFiled + b.casesFiled,
    casesOnline: a.casesOnline + b.casesOnline,
    decisions: a.decisions + b.decisions,
    handlingDaysTotal: a.handlingDaysTotal + b.handlingDaysTotal,
    toPublish: a.toPublish + b.toPublish,
    publishedOnTime: a.publishedOnTime + b.publishedOnTime,
  };
}
