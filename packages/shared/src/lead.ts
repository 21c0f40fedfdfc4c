import { z } from 'zod';
import { addDays, addWorkingDays, type TCalendarDays } from './working-days.ts';

export const LEAD_SOURCES = ['sampling', 'complaint', 'inspection', 'higher_authority'] as const;
export type TLeadSource = (typeof LEAD_SOURCES)[number];
/** Sources an officer enters by hand; failed samples and complaints arrive from their modules. */
export const MANUAL_LEAD_SOURCES = ['inspection', 'higher_authority'] as const;

/** The assessment (核查) of a lead: file a case, do not file (with reasons), or transfer it. */
export const LEAD_ASSESSMENTS = ['file', 'not_file', 'transfer_police', 'transfer_authority'] as const;
export type TLeadAssessment = (typeof LEAD_ASSESSMENTS)[number];
export const LEAD_STATUSES = ['new', 'assessed'] as const;
export type TLeadStatus = (typeof LEAD_STATUSES)[number];

/**
 * The four musts (四个一律) a lead can break:
 * - not_assessed_in_time: no assessment by the due date (or assessed after it);
 * - qualifying_not_filed: assessed as meeting the filing conditions, but no case filed by the due date;
 * - crime_not_transferred: a suspected crime not handed to the police within the time the transfer rules allow;
 * - transfer_without_receipt: handed to the police, but the police's signed receipt is not recorded.
 */
export const LEAD_MUSTS = ['not_assessed_in_time', 'qualifying_not_filed', 'crime_not_transferred', 'transfer_without_receipt'] as const;
export type TLeadMust = (typeof LEAD_MUSTS)[number];

/**
 * Assessment clock, 《市场监督管理行政处罚程序规定》(总局令第2号, amended 2021 and 2022) 第十八条: a lead is
 * checked and the head decides whether to file a case within 15 working days of discovery; in special
 * circumstances the head may approve an extension of 15 working days. That rule is NOT in this
 * repository's law corpus (chinese-laws-lawrefbook lists it as missing), so these two numbers come from
 * the published rule and could not be checked against the corpus.
 */
export const LEAD_ASSESS_WORKING_DAYS = 15;
export const LEAD_EXTENSION_WORKING_DAYS = 15;
/**
 * 《行政执法机关移送涉嫌犯罪案件的规定》(国务院令第310号, 2020 revision; in the corpus): art. 5 — the head decides
 * on the transfer within 3 days of the report and an approved case goes to the police within 24 hours;
 * art. 7 — the police sign the receipt on the transfer letter. A suspected crime not transferred after
 * 3 + 1 days is a broken must; a transfer without its receipt is one at once.
 */
export const POLICE_TRANSFER_DAYS = 4;

/** The assessment due date: 15 working days after discovery, 30 with the approved extension. */
export function leadAssessDueOn(calendar: TCalendarDays, discoveredOn: string, extended: boolean): string {
  return addWorkingDays(calendar, discoveredOn, LEAD_ASSESS_WORKING_DAYS + (extended ? LEAD_EXTENSION_WORKING_DAYS : 0));
}

export type TLeadMustFacts = {
  assessDueOn: string;
  assessedOn: string | null;
  assessment: TLeadAssessment | null;
  /** The day the case was filed (its filing approved), when it was. */
  filedOn: string | null;
  suspectedCrimeOn: string | null;
  policeTransferredOn: string | null;
  policeReceiptOn: string | null;
};

/** The musts a lead breaks as of `today` (a due date itself is still in time). */
export function brokenMusts(lead: TLeadMustFacts, today: string): TLeadMust[] {
  const broken: TLeadMust[] = [];
  if ((lead.assessedOn ?? today) > lead.assessDueOn) broken.push('not_assessed_in_time');
  if (lead.assessment === 'file' && (lead.filedOn ?? today) > lead.assessDueOn) broken.push('qualifying_not_filed');
  if (lead.suspectedCrimeOn && (lead.policeTransferredOn ?? today) > addDays(lead.suspectedCrimeOn, POLICE_TRANSFER_DAYS)) broken.push('crime_not_transferred');
  if (lead.policeTransferredOn && !lead.policeReceiptOn) broken.push('transfer_without_receipt');
  return broken;
}

const ZId = z.uuid({ message: 'id.invalid' });
const ZDate = z.iso.date({ message: 'date.invalid' });
const ZText = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);

export const ZLeadListQuery = z.strictObject({
  source: z.enum(LEAD_SOURCES).optional(),
  status: z.enum(LEAD_STATUSES).optional(),
  operatorId: ZId.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TLeadListQuery = z.infer<typeof ZLeadListQuery>;

export const ZLeadMustsQuery = z.strictObject({
  must: z.enum(LEAD_MUSTS).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TLeadMustsQuery = z.infer<typeof ZLeadMustsQuery>;

/** A lead entered by hand: found in an inspection, or assigned by a higher authority. */
export const ZLeadCreate = z.strictObject({
  source: z.enum(MANUAL_LEAD_SOURCES),
  /** The higher authority's letter number, the inspection record, … */
  sourceRef: z.string().trim().max(200).optional(),
  operatorId: ZId.optional(),
  leadSummary: ZText(2000),
  discoveredOn: ZDate,
});
export type TLeadCreate = z.infer<typeof ZLeadCreate>;

/** Not filing or transferring; filing goes through POST /api/cases (it opens the case). */
export const ZLeadAssess = z
  .strictObject({
    version: z.number().int().min(1),
    assessment: z.enum(['not_file', 'transfer_police', 'transfer_authority']),
    assessmentReason: ZText(2000),
    /** The police unit or the other authority the lead goes to. */
    transferTo: z.string().trim().max(200).optional(),
  })
  .refine((a) => a.assessment === 'not_file' || !!a.transferTo, { path: ['transferTo'], message: 'required' });
export type TLeadAssess = z.infer<typeof ZLeadAssess>;

export const ZLeadExtensionRequest = z.strictObject({ version: z.number().int().min(1), reason: ZText(1000) });
export const ZLeadApproval = z.strictObject({
  version: z.number().int().min(1),
  approve: z.boolean(),
  opinion: z.string().trim().max(1000).optional(),
});
export type TLeadApproval = z.infer<typeof ZLeadApproval>;

export const ZPoliceTransfer = z.strictObject({
  version: z.number().int().min(1),
  transferredOn: ZDate,
  policeUnit: ZText(200),
  /** Recorded together with the transfer when the police signed at once (the usual case). */
  receiptOn: ZDate.optional(),
  receiptNo: z.string().trim().max(100).optional(),
});
export type TPoliceTransfer = z.infer<typeof ZPoliceTransfer>;
export const ZPoliceReceipt = z.strictObject({ version: z.number().int().min(1), receiptOn: ZDate, receiptNo: z.string().trim().max(100).optional() });
export type TPoliceReceipt = z.infer<typeof ZPoliceReceipt>;

export type TLead = {
  id: string;
  source: TLeadSource;
  sourceId: string | null;
  sourceRef: string | null;
  /** The web path of the record the lead came from, when there is one. */
  link: string | null;
  operatorId: string | null;
  operatorName: string | null;
  summary: string;
  discoveredOn: string;
  status: TLeadStatus;
  assessDueOn: string;
  /** Working days left to the assessment due date (negative when past it); null once assessed. */
  daysLeft: number | null;
  extended: boolean;
  extensionRequest: { reason: string; requestedAt: string; requestedByName: string | null } | null;
  assessment: TLeadAssessment | null;
  assessmentReason: string | null;
  assessedOn: string | null;
  assessedByName: string | null;
  transferTo: string | null;
  caseId: string | null;
  filedOn: string | null;
  suspectedCrimeOn: string | null;
  policeTransferredOn: string | null;
  policeReceiptOn: string | null;
  policeReceiptNo: string | null;
  handlingUnitName: string | null;
  musts: TLeadMust[];
  version: number;
};
