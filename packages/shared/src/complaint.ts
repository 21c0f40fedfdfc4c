// Complaints and reports (投诉举报): the vocabulary every complaint module shares. The code names of
// trades and issue types are fixed by the API contract of POST /api/complaints/classify.
import { z } from 'zod';
import { ZPhone, ZUscc } from './operator.ts';
import { addWorkingDays, type TCalendarDays } from './working-days.ts';

export const COMPLAINT_KINDS = ['complaint', 'report'] as const;
export type TComplaintKind = (typeof COMPLAINT_KINDS)[number];

/** web: the public form; staff: entered by staff; import_12315: a 12315 platform export. */
export const COMPLAINT_CHANNELS = ['web', 'staff', 'import_12315'] as const;
export type TComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const COMPLAINT_TRADES = ['catering', 'food_sales', 'food_production', 'online_food', 'canteen', 'farm_produce', 'other'] as const;
export type TComplaintTrade = (typeof COMPLAINT_TRADES)[number];

export const COMPLAINT_ISSUE_TYPES = [
  'expired_spoiled',
  'foreign_matter',
  'illness',
  'hygiene',
  'labels_claims',
  'unlicensed',
  'short_weight',
  'illegal_additives',
  'price_service',
  'other',
] as const;
export type TComplaintIssueType = (typeof COMPLAINT_ISSUE_TYPES)[number];

/**
 * matched: linked by credit code or a confident name/address match; pending_review: a person must confirm or
 * pick; confirmed: a person linked it; unmatched: no registered operator (often unlicensed: a lead).
 */
export const COMPLAINT_MATCH_STATUSES = ['matched', 'pending_review', 'confirmed', 'unmatched'] as const;
export type TComplaintMatchStatus = (typeof COMPLAINT_MATCH_STATUSES)[number];

type TName = { zh: string; en: string };
/** Display names, for exports and messages (the web app has the same words in its locales). */
export const COMPLAINT_KIND_NAMES: Record<TComplaintKind, TName> = { complaint: { zh: '投诉', en: 'complaint' }, report: { zh: '举报', en: 'report' } };
export const COMPLAINT_CHANNEL_NAMES: Record<TComplaintChannel, TName> = {
  web: { zh: '网上提交', en: 'web form' },
  staff: { zh: '工作人员登记', en: 'staff entry' },
  import_12315: { zh: '12315 导入', en: '12315 import' },
};
export const COMPLAINT_TRADE_NAMES: Record<TComplaintTrade, TName> = {
  catering: { zh: '餐饮服务', en: 'catering' },
  food_sales: { zh: '食品销售', en: 'food sales' },
  food_production: { zh: '食品生产加工', en: 'food production' },
  online_food: { zh: '网络食品/外卖', en: 'online food' },
  canteen: { zh: '单位食堂', en: 'canteen' },
  farm_produce: { zh: '食用农产品', en: 'edible farm produce' },
  other: { zh: '其他', en: 'other' },
};
export const COMPLAINT_ISSUE_TYPE_NAMES: Record<TComplaintIssueType, TName> = {
  expired_spoiled: { zh: '过期变质', en: 'expired or spoiled' },
  foreign_matter: { zh: '异物', en: 'foreign matter' },
  illness: { zh: '食用后不适', en: 'illness after eating' },
  hygiene: { zh: '卫生问题', en: 'hygiene' },
  labels_claims: { zh: '标签标识与虚假宣传', en: 'labels and false claims' },
  unlicensed: { zh: '无证无照', en: 'unlicensed' },
  short_weight: { zh: '计量短缺', en: 'short weight' },
  illegal_additives: { zh: '非法添加', en: 'illegal additives' },
  price_service: { zh: '价格与服务', en: 'price and service' },
  other: { zh: '其他', en: 'other' },
};
export const COMPLAINT_MATCH_STATUS_NAMES: Record<TComplaintMatchStatus, TName> = {
  matched: { zh: '已匹配', en: 'matched' },
  pending_review: { zh: '待确认', en: 'to review' },
  confirmed: { zh: '人工确认', en: 'confirmed' },
  unmatched: { zh: '未匹配', en: 'unmatched' },
};

// ---- Workflow -------------------------------------------------------------------------------

/**
 * received: waiting for the acceptance decision (a complaint) or for verification to start (a report);
 * accepted: a complaint accepted and routed; rejected: not accepted (the reason is the result);
 * handling: mediation (complaint) or verification (report) under way; resolved: its outcome recorded;
 * closed: the complainant has been answered.
 */
export const COMPLAINT_STATUSES = ['received', 'accepted', 'rejected', 'handling', 'resolved', 'closed'] as const;
export type TComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** What a person does to a complaint, in the order the workflow allows (complaintNextActions). */
export const COMPLAINT_ACTIONS = ['accept', 'reject', 'route', 'handle', 'extend', 'result', 'reply'] as const;
export type TComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

/** complaint_step.kind: the actions plus what the platform records by itself. */
export const COMPLAINT_STEP_KINDS = ['received', 'match', ...COMPLAINT_ACTIONS, 'escalate', 'lead'] as const;
export type TComplaintStepKind = (typeof COMPLAINT_STEP_KINDS)[number];

/**
 * mediated: agreement reached (art. 22); terminated: mediation ended without one (art. 21);
 * violation_found / no_violation: a report's verification (art. 31), which decides whether a case is filed.
 */
export const COMPLAINT_OUTCOMES = ['mediated', 'terminated', 'violation_found', 'no_violation'] as const;
export type TComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];
export const OUTCOMES_BY_KIND: Record<TComplaintKind, readonly TComplaintOutcome[]> = {
  complaint: ['mediated', 'terminated'],
  report: ['violation_found', 'no_violation'],
};
export const COMPLAINT_OUTCOME_NAMES: Record<TComplaintOutcome, TName> = {
  mediated: { zh: '调解成功', en: 'agreement reached' },
  terminated: { zh: '终止调解', en: 'mediation terminated' },
  violation_found: { zh: '核实存在违法行为', en: 'violation found' },
  no_violation: { zh: '未发现违法行为', en: 'no violation found' },
};

/**
 * Statutory clocks of 《市场监督管理投诉举报处理暂行办法》(总局令第20号, amended 2022), in working days:
 * - accept: 第十四条 — decide to accept or not within 7 working days of receiving a complaint, and tell the complainant;
 * - mediation: 第二十一条（五） — mediation ends when no agreement is reached within 45 working days of acceptance;
 * - terminationNotice: 第二十一条 last paragraph — tell both parties within 7 working days of deciding to terminate;
 * - verification / extension: 第二十三条 — a suspected violation is verified within 15 working days of its
 *   discovery, extendable by 15 in special cases. Reports are handled under the administrative penalty
 *   procedure (第三十一条), whose 15-working-day verification rule (市场监督管理行政处罚程序规定) is not in
 *   the law corpus; the same 15 + 15 of 第二十三条 is used for a report's verification.
 * - reportReply: 第三十一条 second paragraph — a real-name reporter is told within 5 working days of the
 *   decision whether to file a case.
 */
export const COMPLAINT_CLOCKS = {
  acceptWorkingDays: 7,
  mediationWorkingDays: 45,
  terminationNoticeWorkingDays: 7,
  verificationWorkingDays: 15,
  extensionWorkingDays: 15,
  reportReplyWorkingDays: 5,
} as const;

/** The clocks that start on receipt: a complaint's acceptance decision; a report's verification. */
export function receiptDueDates(calendar: TCalendarDays, kind: TComplaintKind, receivedOn: string) {
  return kind === 'complaint'
    ? { acceptDueOn: addWorkingDays(calendar, receivedOn, COMPLAINT_CLOCKS.acceptWorkingDays), completeDueOn: null }
    : { acceptDueOn: null, completeDueOn: addWorkingDays(calendar, receivedOn, COMPLAINT_CLOCKS.verificationWorkingDays) };
}

/** A complaint's mediation clock, from the day it was accepted. */
export const mediationDueOn = (calendar: TCalendarDays, acceptedOn: string) => addWorkingDays(calendar, acceptedOn, COMPLAINT_CLOCKS.mediationWorkingDays);

/** A report's verification clock once extended. */
export const extendedDueOn = (calendar: TCalendarDays, dueOn: string) => addWorkingDays(calendar, dueOn, COMPLAINT_CLOCKS.extensionWorkingDays);

/**
 * When the complainant must be told of the result: a terminated mediation within 7 working days (art. 21),
 * a real-name report's decision within 5 (art. 31). An agreement is signed by the complainant and an
 * anonymous reporter cannot be told: no clock then.
 */
export function replyDueOn(calendar: TCalendarDays, kind: TComplaintKind, outcome: TComplaintOutcome, anonymous: boolean, resolvedOn: string): string | null {
  if (kind === 'complaint') return outcome === 'terminated' ? addWorkingDays(calendar, resolvedOn, COMPLAINT_CLOCKS.terminationNoticeWorkingDays) : null;
  return anonymous ? null : addWorkingDays(calendar, resolvedOn, COMPLAINT_CLOCKS.reportReplyWorkingDays);
}

/** The actions the workflow allows next: a report needs no acceptance; routing is possible until a result. */
export function complaintNextActions(kind: TComplaintKind, status: TComplaintStatus, extended: boolean): TComplaintAction[] {
  switch (status) {
    case 'received':
      return kind === 'complaint' ? ['accept', 'reject', 'route'] : ['handle', 'reject', 'route'];
    case 'accepted':
      return ['handle', 'route'];
    case 'handling':
      return kind === 'report' && !extended ? ['result', 'extend', 'route'] : ['result', 'route'];
    case 'resolved':
    case 'rejected':
      return ['reply'];
    case 'closed':
      return [];
  }
}

export const COMPLAINT_STATUS_NAMES: Record<TComplaintStatus, TName> = {
  received: { zh: '待受理', en: 'received' },
  accepted: { zh: '已受理', en: 'accepted' },
  rejected: { zh: '不予受理', en: 'rejected' },
  handling: { zh: '办理中', en: 'in hand' },
  resolved: { zh: '已出结果', en: 'resolved' },
  closed: { zh: '已办结', en: 'closed' },
};
export const COMPLAINT_ACTION_NAMES: Record<TComplaintAction, TName> = {
  accept: { zh: '受理', en: 'accept' },
  reject: { zh: '不予受理', en: 'reject' },
  route: { zh: '分派', en: 'route' },
  handle: { zh: '开始调解或核查', en: 'start mediation or verification' },
  extend: { zh: '延长核查期限', en: 'extend verification' },
  result: { zh: '登记办理结果', en: 'record the result' },
  reply: { zh: '答复并办结', en: 'reply and close' },
};

/** The names of a complaint's coded fields, by field, for pages that show several of them. */
export const COMPLAINT_NAMES = {
  kind: COMPLAINT_KIND_NAMES,
  channel: COMPLAINT_CHANNEL_NAMES,
  trade: COMPLAINT_TRADE_NAMES,
  issueType: COMPLAINT_ISSUE_TYPE_NAMES,
  matchStatus: COMPLAINT_MATCH_STATUS_NAMES,
  outcome: COMPLAINT_OUTCOME_NAMES,
  status: COMPLAINT_STATUS_NAMES,
} as const;

/** Why `action` is refused now (null when allowed), naming the step that should come first. */
export function complaintActionProblem(kind: TComplaintKind, status: TComplaintStatus, extended: boolean, action: TComplaintAction): TName | null {
  const next = complaintNextActions(kind, status, extended);
  if (next.includes(action)) return null;
  const name = COMPLAINT_ACTION_NAMES[action];
  const state = COMPLAINT_STATUS_NAMES[status];
  if (action === 'accept' && kind === 'report') return { zh: '举报无需受理决定，请直接开始核查', en: 'a report needs no acceptance; start verification' };
  if (action === 'extend' && extended) return { zh: '核查期限只能延长一次', en: 'verification can be extended once only' };
  if (action === 'extend' && kind === 'complaint') return { zh: '只有举报的核查期限可以延长', en: 'only a report’s verification can be extended' };
  if (next.length === 0) return { zh: `该件已办结，不能再${name.zh}`, en: `it is closed; cannot ${name.en}` };
  const expected = next.filter((a) => a !== 'route');
  return {
    zh: `当前状态为「${state.zh}」，不能${name.zh}；下一步应为：${expected.map((a) => COMPLAINT_ACTION_NAMES[a].zh).join('或')}`,
    en: `it is ${state.en}; cannot ${name.en} now; next: ${expected.map((a) => COMPLAINT_ACTION_NAMES[a].en).join(' or ')}`,
  };
}

// ---- Intake ---------------------------------------------------------------------------------

export const COMPLAINT_DESCRIPTION_MAX = 2000;

const text = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));
const ZId = z.uuid({ message: 'id.invalid' });

/** The complainant's contacts: stored as one SM4-encrypted JSON document, shown masked to most roles. */
export const ZComplainant = z.strictObject({
  name: text(50),
  phone: ZPhone,
  email: z
    .email({ message: 'email.invalid' })
    .max(100)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  address: optionalText(200),
});
export type TComplainant = z.infer<typeof ZComplainant>;

const intakeFields = {
  kind: z.enum(COMPLAINT_KINDS),
  anonymous: z.boolean().default(false),
  complainant: ZComplainant.optional(),
  namedBusiness: optionalText(200),
  namedAddress: optionalText(300),
  namedUscc: ZUscc.optional().or(z.literal('').transform(() => undefined)),
  description: z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .min(10, { message: 'complaint.description.tooShort' })
    .max(COMPLAINT_DESCRIPTION_MAX, { message: 'complaint.description.tooLong' }),
};

type TIntake = { kind: TComplaintKind; anonymous: boolean; complainant?: TComplainant; namedBusiness?: string; namedAddress?: string };

/**
 * 第九条: a complaint names the complainant (name, phone, address) and the business (name, address);
 * 第二十四条: a report gives a concrete lead and may be anonymous.
 */
function checkIntake(input: TIntake, ctx: z.RefinementCtx) {
  if (input.kind === 'complaint' && input.anonymous) ctx.addIssue({ code: 'custom', path: ['anonymous'], message: 'complaint.anonymousComplaint' });
  if (!input.anonymous && !input.complainant) ctx.addIssue({ code: 'custom', path: ['complainant', 'name'], message: 'required' });
  if (input.kind === 'complaint' && !input.anonymous && input.complainant && !input.complainant.address) {
    ctx.addIssue({ code: 'custom', path: ['complainant', 'address'], message: 'required' });
  }
  if (input.kind === 'complaint') {
    if (!input.namedBusiness) ctx.addIssue({ code: 'custom', path: ['namedBusiness'], message: 'required' });
    if (!input.namedAddress) ctx.addIssue({ code: 'custom', path: ['namedAddress'], message: 'required' });
  } else if (!input.namedBusiness && !input.namedAddress) {
    ctx.addIssue({ code: 'custom', path: ['namedBusiness'], message: 'complaint.reportNeedsBusiness' });
  }
}

/** Staff entry (a phone call, a letter, a walk-in). */
export const ZComplaintCreate = z.strictObject({ ...intakeFields, receivedAt: z.iso.datetime({ offset: true, message: 'datetime.invalid' }).optional() }).superRefine(checkIntake);
export type TComplaintCreate = z.infer<typeof ZComplaintCreate>;

/**
 * The public form's proof of work: the server signs a ticket, the browser finds a counter such that
 * SHA-256(`${ticket}:${counter}`) starts with COMPLAINT_PROOF_BITS zero bits. Cheap for one person,
 * costly for a script posting thousands; each ticket is used once.
 */
export const COMPLAINT_PROOF_BITS = 14;
export const ZComplaintProof = z.strictObject({
  ticket: z.string().min(1).max(200),
  counter: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32),
});
export type TComplaintTicket = { ticket: string; bits: number; expiresAt: string };

export const ZComplaintPublicCreate = z.strictObject({ ...intakeFields, proof: ZComplaintProof }).superRefine(checkIntake);
export type TComplaintPublicCreate = z.infer<typeof ZComplaintPublicCreate>;

/** Registration numbers: 12315's (digits) or the platform's (W/S + date + 6 characters). */
export const ZRegistrationNoParam = z.strictObject({
  registrationNo: z
    .string()
    .trim()
    .min(4)
    .max(40)
    .regex(/^[0-9A-Za-z-]+$/, { message: 'complaint.registrationNo.invalid' }),
});

// ---- Handling -------------------------------------------------------------------------------

const version = z.number().int().min(1);
const note = z.string().trim().max(2000).optional();

export const ZComplaintAccept = z.strictObject({ version, stationId: ZId.optional(), note });
export const ZComplaintReject = z.strictObject({ version, reason: text(1000) });
export const ZComplaintRoute = z.strictObject({ version, stationId: ZId, note });
export const ZComplaintHandle = z.strictObject({ version, note });
export const ZComplaintExtend = z.strictObject({ version, reason: text(1000) });
export const ZComplaintResult = z.strictObject({
  version,
  outcome: z.enum(COMPLAINT_OUTCOMES),
  result: text(2000),
  /** A complaint's mediation found a violation (art. 23); a report's is its outcome. */
  violationVerified: z.boolean().default(false),
});
export const ZComplaintReply = z.strictObject({ version, note: text(1000) });
/** Confirm or pick the operator (operatorId), or say none of the registry's is it (null). */
export const ZComplaintMatch = z.strictObject({ version, operatorId: ZId.nullable() });
export type TComplaintAccept = z.infer<typeof ZComplaintAccept>;
export type TComplaintReject = z.infer<typeof ZComplaintReject>;
export type TComplaintRoute = z.infer<typeof ZComplaintRoute>;
export type TComplaintHandle = z.infer<typeof ZComplaintHandle>;
export type TComplaintExtend = z.infer<typeof ZComplaintExtend>;
export type TComplaintResult = z.infer<typeof ZComplaintResult>;
export type TComplaintReply = z.infer<typeof ZComplaintReply>;
export type TComplaintMatch = z.infer<typeof ZComplaintMatch>;

const page = z.coerce.number().int().min(1).max(100000).default(1);
const pageSize = z.coerce.number().int().min(1).max(200).default(20);
const ZDay = z.iso.date({ message: 'date.invalid' });

export const ZComplaintListQuery = z.strictObject({
  status: z.enum(COMPLAINT_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  kind: z.enum(COMPLAINT_KINDS).optional(),
  channel: z.enum(COMPLAINT_CHANNELS).optional(),
  trade: z.enum(COMPLAINT_TRADES).optional(),
  issueType: z.enum(COMPLAINT_ISSUE_TYPES).optional(),
  unitCode: z
    .string()
    .regex(/^\d{12}$/, { message: 'unitCode.invalid' })
    .optional(),
  matchStatus: z.enum(COMPLAINT_MATCH_STATUSES).optional(),
  operatorId: ZId.optional(),
  from: ZDay.optional(),
  to: ZDay.optional(),
  q: z.string().trim().max(100).optional(),
  page,
  pageSize,
});
export type TComplaintListQuery = z.infer<typeof ZComplaintListQuery>;
export const ZComplaintExportQuery = ZComplaintListQuery.omit({ page: true, pageSize: true });
export type TComplaintExportQuery = z.infer<typeof ZComplaintExportQuery>;

export const ZUnmatchedListQuery = z.strictObject({ q: z.string().trim().max(100).optional(), page, pageSize });
export type TUnmatchedListQuery = z.infer<typeof ZUnmatchedListQuery>;
/** Opens a "suspected unlicensed operator" lead for every unmatched complaint naming this business. */
export const ZUnmatchedLead = z.strictObject({ namedBusiness: text(200), note });
export type TUnmatchedLead = z.infer<typeof ZUnmatchedLead>;

// ---- Matching -------------------------------------------------------------------------------

/** At or above: matched without a person; at or above LOW: a person confirms or picks; below: unmatched. */
export const MATCH_THRESHOLDS = { high: 0.85, low: 0.5 } as const;

export type TOperatorMatch = { operatorId: string; name: string; address: string; confidence: number };

// ---- 12315 import ---------------------------------------------------------------------------

export const COMPLAINT_IMPORT_FIELDS = [
  'registrationNo',
  'receivedAt',
  'kind',
  'namedBusiness',
  'namedAddress',
  'namedUscc',
  'description',
  'complainantName',
  'complainantPhone',
  'complainantAddress',
] as const;
export type TComplaintImportField = (typeof COMPLAINT_IMPORT_FIELDS)[number];
/** Without a kind column every row is a complaint. */
export const REQUIRED_COMPLAINT_IMPORT_FIELDS: TComplaintImportField[] = ['registrationNo', 'receivedAt', 'description'];

/** The headings 12315 exports use (they vary by export screen and year), for the suggested mapping. */
export const COMPLAINT_IMPORT_HEADINGS: Record<TComplaintImportField, string[]> = {
  registrationNo: ['登记编号', '投诉举报编号', '投诉编号', '举报编号', '工单编号', '编号', '登记号', 'registrationno', 'registration no'],
  receivedAt: ['登记时间', '受理时间', '投诉时间', '举报时间', '接收时间', '登记日期', '创建时间', 'receivedat', 'received at'],
  kind: ['类型', '诉求类型', '业务类型', '件类型', '投诉举报类型', 'kind'],
  namedBusiness: ['被投诉单位', '被投诉单位名称', '涉事主体名称', '涉事主体', '被投诉人', '被举报人', '被举报单位', '涉事单位', 'namedbusiness', 'business'],
  namedAddress: ['涉事地址', '被投诉单位地址', '涉事主体地址', '被举报单位地址', '经营地址', '事发地址', 'namedaddress', 'address'],
  namedUscc: ['统一社会信用代码', '涉事主体统一社会信用代码', '被投诉单位统一社会信用代码', '信用代码', 'nameduscc', 'uscc'],
  description: ['投诉内容', '诉求描述', '举报内容', '问题描述', '诉求内容', '内容', '事项描述', 'description'],
  complainantName: ['投诉人', '举报人', '投诉人姓名', '举报人姓名', '诉求人', '姓名', '联系人', 'complainantname'],
  complainantPhone: ['联系电话', '投诉人电话', '举报人电话', '手机号码', '手机号', '电话', 'complainantphone', 'phone'],
  complainantAddress: ['联系地址', '投诉人地址', '举报人地址', '通讯地址', 'complainantaddress'],
};

/** Maps each field to the header of the file that holds it (null: not in the file). */
export const ZComplaintImportMapping = z.strictObject(
  Object.fromEntries(COMPLAINT_IMPORT_FIELDS.map((f) => [f, z.string().trim().max(100).nullable().default(null)])) as Record<
    TComplaintImportField,
    z.ZodDefault<z.ZodNullable<z.ZodString>>
  >,
);
export type TComplaintImportMapping = z.infer<typeof ZComplaintImportMapping>;

export function suggestComplaintMapping(headers: string[]): TComplaintImportMapping {
  const clean = (h: string) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[（(].*?[)）]/g, '')
      .replace(/[\s*：:]/g, '');
  const used = new Set<string>();
  const mapping = {} as TComplaintImportMapping;
  for (const field of COMPLAINT_IMPORT_FIELDS) {
    // Headings in the order listed: the most specific first, so 投诉人电话 is not taken for the name.
    const found = COMPLAINT_IMPORT_HEADINGS[field].map((name) => headers.find((h) => !used.has(h) && clean(h) === name)).find(Boolean);
    mapping[field] = found ?? null;
    if (found) used.add(found);
  }
  return mapping;
}

export const COMPLAINT_ON_EXISTING = ['skip', 'update'] as const;
export type TComplaintOnExisting = (typeof COMPLAINT_ON_EXISTING)[number];
export const ZComplaintImportDryRun = z.strictObject({ mapping: ZComplaintImportMapping, onExisting: z.enum(COMPLAINT_ON_EXISTING).default('skip') });
export type TComplaintImportDryRun = z.infer<typeof ZComplaintImportDryRun>;
export const ZComplaintImportCommit = z.strictObject({ mode: z.enum(['all', 'valid']) });
export type TComplaintImportCommit = z.infer<typeof ZComplaintImportCommit>;

export const COMPLAINT_IMPORT_STATUSES = ['uploaded', 'validated', 'running', 'done', 'failed'] as const;
export type TComplaintImportStatus = (typeof COMPLAINT_IMPORT_STATUSES)[number];
export type TComplaintImportRowError = { row: number; field: string; message: string };
export type TComplaintImport = {
  id: string;
  fileName: string;
  status: TComplaintImportStatus;
  headers: string[];
  suggestedMapping: TComplaintImportMapping;
  mapping: TComplaintImportMapping | null;
  onExisting: TComplaintOnExisting;
  total: number;
  valid: number;
  invalid: number;
  existing: number;
  processed: number;
  created: number;
  updated: number;
  skipped: number;
  errors: TComplaintImportRowError[];
  message: string | null;
};

// ---- Responses ------------------------------------------------------------------------------

export type TComplaintClock = { kind: 'accept' | 'complete' | 'reply'; dueOn: string; doneAt: string | null; daysLeft: number; overdue: boolean };

export type TComplaint = {
  id: string;
  registrationNo: string;
  kind: TComplaintKind;
  channel: TComplaintChannel;
  receivedAt: string;
  anonymous: boolean;
  namedBusiness: string | null;
  namedAddress: string | null;
  namedUscc: string | null;
  description: string;
  operatorId: string | null;
  operatorName: string | null;
  matchStatus: TComplaintMatchStatus;
  matchConfidence: number | null;
  matchCandidates: TOperatorMatch[];
  unitCode: string | null;
  unitName: string | null;
  stationId: string | null;
  stationName: string | null;
  trade: TComplaintTrade | null;
  issueType: TComplaintIssueType | null;
  classificationConfidence: number | null;
  classifiedBy: string | null;
  status: TComplaintStatus;
  outcome: TComplaintOutcome | null;
  result: string | null;
  violationVerified: boolean;
  leadId: string | null;
  acceptDueOn: string | null;
  completeDueOn: string | null;
  replyDueOn: string | null;
  decidedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  extended: boolean;
  escalatedAt: string | null;
  overdue: boolean;
  clocks: TComplaintClock[];
  version: number;
};

export type TComplaintStep = { id: string; kind: TComplaintStepKind; note: string | null; actorName: string | null; at: string };

export type TComplaintDetail = TComplaint & {
  /** null when anonymous; masked unless the role may read contacts (personnel.contact.read). */
  complainant: { name: string; phone: string; email: string | null; address: string | null } | null;
  complainantMasked: boolean;
  steps: TComplaintStep[];
  nextActions: TComplaintAction[];
};

/** What anyone holding the registration number may see: the status and its dates, nothing personal. */
export type TComplaintPublicStatus = {
  registrationNo: string;
  kind: TComplaintKind;
  receivedOn: string;
  status: TComplaintStatus;
  acceptDueOn: string | null;
  decidedOn: string | null;
  resolvedOn: string | null;
  closedOn: string | null;
};

export type TComplaintReceipt = { registrationNo: string; status: TComplaintStatus; receivedAt: string; acceptDueOn: string | null };

/** Unmatched complaints grouped by the business they name: often an unlicensed operator. */
export type TUnmatchedBusiness = {
  namedBusiness: string;
  namedAddress: string | null;
  unitCode: string | null;
  unitName: string | null;
  complaints: number;
  lastReceivedAt: string;
  leadId: string | null;
};
