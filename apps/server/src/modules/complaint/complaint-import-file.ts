// One row of a 12315 export, read through the user's column mapping and checked: what becomes a
// complaint, or the row's errors naming the file's own column.
import {
  COMPLAINT_DESCRIPTION_MAX,
  COMPLAINT_IMPORT_FIELDS,
  type TComplaintImportField,
  type TComplaintImportMapping,
  type TComplaintImportRowError,
  type TComplaintKind,
} from '@shian/shared/complaint';
import { fieldLabel, type TLang } from '@shian/shared/messages';

export type TImportedComplaint = {
  row: number;
  registrationNo: string;
  receivedAt: Date;
  kind: TComplaintKind;
  namedBusiness: string | null;
  namedAddress: string | null;
  namedUscc: string | null;
  description: string;
  complainant: { name: string; phone: string; address?: string } | null;
};

const t = (lang: TLang, zh: string, en: string) => (lang === 'en' ? en : zh);

/**
 * 12315 times as exported: "2026-03-05 14:22:10", "2026/3/5 14:22", "2026年3月5日 14时22分", or a date alone;
 * all China time.
 */
export function parseReceivedAt(cell: string): Date | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2})[:：时](\d{1,2})(?:[:：分](\d{1,2})(?:\.\d+)?秒?)?分?)?$/.exec(cell.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const pad = (v: string) => v.padStart(2, '0');
  const date = new Date(`${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+08:00`);
  if (Number.isNaN(date.getTime())) return null;
  // "2026-02-30" rolls over in Date: refuse it rather than move the complaint a day.
  const back = new Date(date.getTime() + 8 * 3_600_000).toISOString();
  return back.slice(0, 10) === `${y}-${pad(mo)}-${pad(d)}` ? date : null;
}

/** 投诉 / 举报 (or the code names); a cell that says both is refused (art. 7: they are handled apart). */
export function parseKind(cell: string): TComplaintKind | 'both' | null {
  const v = cell.trim().toLowerCase();
  const complaint = v.includes('投诉') || v === 'complaint';
  const report = v.includes('举报') || v === 'report';
  if (complaint && report) return 'both';
  return complaint ? 'complaint' : report ? 'report' : null;
}

const PHONE = /^[0-9*+\-\s()]{3,30}$/;
const NUMBER = /^[0-9A-Za-z-]{4,40}$/;

export type TColumnIndex = Record<TComplaintImportField, number>;

export function columnIndex(headers: string[], mapping: TComplaintImportMapping): TColumnIndex {
  return Object.fromEntries(COMPLAINT_IMPORT_FIELDS.map((f) => [f, mapping[f] ? headers.indexOf(mapping[f]!) : -1])) as TColumnIndex;
}

/** The row as a complaint, or its errors (each naming the file's column, or the field when unmapped). */
export function readRow(
  rowNumber: number,
  cells: string[],
  index: TColumnIndex,
  mapping: TComplaintImportMapping,
  lang: TLang,
  now: Date,
): { complaint: TImportedComplaint | null; errors: TComplaintImportRowError[] } {
  const get = (f: TComplaintImportField) => (index[f] >= 0 ? (cells[index[f]] ?? '').trim() : '');
  const errors: TComplaintImportRowError[] = [];
  const fail = (f: TComplaintImportField, zh: string, en: string) => errors.push({ row: rowNumber, field: mapping[f] ?? fieldLabel([f], lang), message: t(lang, zh, en) });

  const registrationNo = get('registrationNo').toUpperCase();
  if (!registrationNo) fail('registrationNo', '不能为空', 'is required');
  else if (!NUMBER.test(registrationNo)) fail('registrationNo', '只能包含字母、数字和横线（4-40 位）', 'must be 4-40 letters, digits or dashes');

  const receivedCell = get('receivedAt');
  const receivedAt = receivedCell ? parseReceivedAt(receivedCell) : null;
  if (!receivedCell) fail('receivedAt', '不能为空', 'is required');
  else if (!receivedAt) fail('receivedAt', `无法识别的时间「${receivedCell}」，应如 2026-03-05 14:22`, `"${receivedCell}" is not a time like 2026-03-05 14:22`);
  else if (receivedAt.getTime() > now.getTime() + 60_000) fail('receivedAt', '不能晚于现在', 'must not be in the future');

  let kind: TComplaintKind = 'complaint';
  if (index.kind >= 0) {
    const parsed = parseKind(get('kind'));
    if (parsed === 'both') fail('kind', '同时为投诉和举报，请拆分为两行分别登记（第七条）', 'is both a complaint and a report: split it into two rows');
    else if (!parsed) fail('kind', `应为「投诉」或「举报」，而不是「${get('kind')}」`, `must be 投诉 or 举报, not "${get('kind')}"`);
    else kind = parsed;
  }

  const description = get('description');
  if (!description) fail('description', '不能为空', 'is required');
  else if (description.length > COMPLAINT_DESCRIPTION_MAX)
    fail('description', `不能超过 ${COMPLAINT_DESCRIPTION_MAX} 个字`, `must be at most ${COMPLAINT_DESCRIPTION_MAX} characters`);

  const namedBusiness = get('namedBusiness');
  if (namedBusiness.length > 200) fail('namedBusiness', '不能超过 200 个字', 'must be at most 200 characters');
  const namedAddress = get('namedAddress');
  if (namedAddress.length > 300) fail('namedAddress', '不能超过 300 个字', 'must be at most 300 characters');
  const phone = get('complainantPhone');
  // 12315 may export phones masked (138****1234): kept as given.
  if (phone && !PHONE.test(phone)) fail('complainantPhone', `不是电话号码：「${phone}」`, `"${phone}" is not a phone number`);
  const name = get('complainantName');
  if (name.length > 50) fail('complainantName', '不能超过 50 个字', 'must be at most 50 characters');
  const address = get('complainantAddress');

  if (errors.length) return { complaint: null, errors };
  return {
    complaint: {
      row: rowNumber,
      registrationNo,
      receivedAt: receivedAt!,
      kind,
      namedBusiness: namedBusiness || null,
      namedAddress: namedAddress || null,
      namedUscc: get('namedUscc').toUpperCase() || null,
      description,
      complainant: name || phone ? { name, phone, ...(address ? { address: address.slice(0, 200) } : {}) } : null,
    },
    errors,
  };
}
