// Two notices and a letter (两书一函): the rectification notice (整改通知书), the interview notice (约谈通知书) and
// the reminder letter (提醒敦促函), each numbered when issued, delivered (signed for online by the addressee or
// recorded as delivered on paper), answered within its deadline and tracked in one register with overdue flags.
import { z } from 'zod';

export const NOTICE_LETTER_KINDS = ['rectification', 'interview', 'reminder'] as const;
export type TNoticeLetterKind = (typeof NOTICE_LETTER_KINDS)[number];

/** draft → issued (numbered) → delivered (signed for online or on paper) → answered → closed. */
export const NOTICE_LETTER_STATUSES = ['draft', 'issued', 'delivered', 'answered', 'closed'] as const;
export type TNoticeLetterStatus = (typeof NOTICE_LETTER_STATUSES)[number];

export const NOTICE_DELIVERY_METHODS = ['online', 'paper'] as const;
export type TNoticeDeliveryMethod = (typeof NOTICE_DELIVERY_METHODS)[number];

export const NOTICE_LETTER_KIND_NAMES: Record<TNoticeLetterKind, { zh: string; en: string }> = {
  rectification: { zh: '整改通知书', en: 'Rectification notice' },
  interview: { zh: '约谈通知书', en: 'Interview notice' },
  reminder: { zh: '提醒敦促函', en: 'Reminder letter' },
};

export const NOTICE_LETTER_STATUS_NAMES: Record<TNoticeLetterStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  issued: { zh: '已发出', en: 'Issued' },
  delivered: { zh: '已送达', en: 'Delivered' },
  answered: { zh: '已回复', en: 'Answered' },
  closed: { zh: '已办结', en: 'Closed' },
};

/** The word of a kind in its number: 黄陂市监整改〔2026〕0001号, 黄陂市监约谈〔2026〕…, 黄陂市监提醒〔2026〕…. */
export const NOTICE_LETTER_NUMBER_WORDS: Record<TNoticeLetterKind, string> = { rectification: '整改', interview: '约谈', reminder: '提醒' };

/** The number of an issued notice or letter: the bureau's short name, the kind's word, the year, a 4-digit serial. */
export function noticeLetterNumber(prefix: string, kind: TNoticeLetterKind, year: number, seq: number): string {
  return `${prefix}市监${NOTICE_LETTER_NUMBER_WORDS[kind]}〔${year}〕${String(seq).padStart(4, '0')}号`;
}

/** The statuses in which an answer is still awaited: past its deadline, the letter is overdue. */
export const NOTICE_LETTER_AWAITING: readonly TNoticeLetterStatus[] = ['issued', 'delivered'];

const ZId = z.uuid({ message: 'id.invalid' });
const ZDate = z.iso.date({ message: 'date.invalid' });
const text = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);
const ZVersion = z.number().int().min(1);

export const ZNoticeLetterListQuery = z.strictObject({
  kind: z.enum(NOTICE_LETTER_KINDS).optional(),
  status: z.enum(NOTICE_LETTER_STATUSES).optional(),
  /** true: only those not answered whose answer date has passed (China date). */
  overdue: z.enum(['true', 'false']).optional(),
  operatorId: ZId.optional(),
  cadreId: ZId.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TNoticeLetterListQuery = z.infer<typeof ZNoticeLetterListQuery>;

/**
 * A draft. The addressee is a business (operatorId) or, for a reminder letter, an assigned cadre's work unit
 * (cadreId). A rectification notice names the inspection whose demands it cites, an interview notice the
 * interview; without a body the server writes one from them (or from the reason). Without an answer date the
 * server takes the latest demand's due date, or 10 working days.
 */
export const ZNoticeLetterCreate = z
  .strictObject({
    kind: z.enum(NOTICE_LETTER_KINDS),
    operatorId: ZId.optional(),
    cadreId: ZId.optional(),
    inspectionId: ZId.optional(),
    interviewId: ZId.optional(),
    reason: text(500),
    body: text(10000).optional(),
    answerDueOn: ZDate.optional(),
  })
  .refine((v) => (v.operatorId === undefined) !== (v.cadreId === undefined) || v.kind !== 'reminder', {
    path: ['operatorId'],
    message: 'noticeLetter.oneAddressee',
  })
  .refine((v) => v.kind === 'reminder' || v.cadreId === undefined, { path: ['cadreId'], message: 'noticeLetter.cadreOnlyReminder' })
  .refine((v) => v.kind !== 'rectification' || v.inspectionId !== undefined, { path: ['inspectionId'], message: 'required' })
  .refine((v) => v.kind !== 'interview' || v.interviewId !== undefined, { path: ['interviewId'], message: 'required' })
  .refine((v) => v.kind === 'rectification' || v.inspectionId === undefined, { path: ['inspectionId'], message: 'noticeLetter.notForKind' })
  .refine((v) => v.kind === 'interview' || v.interviewId === undefined, { path: ['interviewId'], message: 'noticeLetter.notForKind' });
export type TNoticeLetterCreate = z.infer<typeof ZNoticeLetterCreate>;

export const ZNoticeLetterVersion = z.strictObject({ version: ZVersion });
export type TNoticeLetterVersion = z.infer<typeof ZNoticeLetterVersion>;

/** Delivered on paper: the day it was handed over and who signed the receipt. */
export const ZNoticeLetterPaperDelivery = z.strictObject({ version: ZVersion, deliveredOn: ZDate, signerName: text(50) });
export type TNoticeLetterPaperDelivery = z.infer<typeof ZNoticeLetterPaperDelivery>;

/** The addressee's answer, with photos uploaded first (POST /api/notice-letters/:id/attachments) and named by id. */
export const ZNoticeLetterAnswer = z.strictObject({ version: ZVersion, answer: text(5000), attachmentIds: z.array(ZId).max(9).default([]) });
export type TNoticeLetterAnswer = z.infer<typeof ZNoticeLetterAnswer>;

export const ZNoticeLetterClose = z.strictObject({ version: ZVersion, note: z.string().trim().max(1000).optional() });
export type TNoticeLetterClose = z.infer<typeof ZNoticeLetterClose>;

export const ZNoticeLetterAttachmentParams = z.strictObject({ id: ZId, fileId: ZId });
export const ZNoticeLetterAttachmentQuery = z.strictObject({ size: z.enum(['thumb', 'full']).optional() });

export type TNoticeLetter = {
  id: string;
  kind: TNoticeLetterKind;
  number: string | null;
  year: number | null;
  seq: number | null;
  operatorId: string | null;
  operatorName: string | null;
  cadreId: string | null;
  cadreName: string | null;
  /** Who the letter is addressed to: the business, or the cadre's work unit and name. */
  addressee: string;
  inspectionId: string | null;
  interviewId: string | null;
  reason: string;
  body: string;
  status: TNoticeLetterStatus;
  issuedByName: string | null;
  issuedAt: string | null;
  deliveredAt: string | null;
  deliveryMethod: TNoticeDeliveryMethod | null;
  /** The account holder who signed online, or the name on the paper receipt. */
  signerName: string | null;
  answerDueOn: string;
  answer: string | null;
  answeredAt: string | null;
  attachmentIds: string[];
  closedAt: string | null;
  closeNote: string | null;
  /** Not answered and the answer date has passed (China date). */
  overdue: boolean;
  createdAt: string;
  version: number;
};
