// The law library (法律法规政策库): levels, validity, article numbers and the API's shapes.
import { z } from 'zod';

export const LAW_LEVELS = [
  'law',
  'administrative_regulation',
  'judicial_interpretation',
  'departmental_rule',
  'local_regulation',
  'normative_document',
  'standard',
  'guideline',
] as const;
export type TLawLevel = (typeof LAW_LEVELS)[number];

/** amended: a later version replaced this text (it is kept, marked superseded); repealed: no longer in force at all. */
export const LAW_VALIDITIES = ['in_force', 'amended', 'repealed'] as const;
export type TLawValidity = (typeof LAW_VALIDITIES)[number];

export const LAW_TOPICS = ['food_safety', 'product_quality', 'consumer_protection', 'administrative_enforcement'] as const;
export type TLawTopic = (typeof LAW_TOPICS)[number];

/** What may cite an article; each citing module passes its own kind. */
export const CITATION_SUBJECT_KINDS = ['checklist_item', 'rumour', 'food_standard', 'guidance', 'notice', 'penalty_decision', 'inspection', 'case'] as const;
export type TCitationSubjectKind = (typeof CITATION_SUBJECT_KINDS)[number];

// ---- Chinese numerals ("一百二十四" ⇄ 124), as article and chapter numbers are written ----

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * The value of a Chinese numeral below 10,000 as statutes write it ("一百零二", "十五", "二十"),
 * or null when it is not well formed ("十十", "一二", "百").
 */
export function parseChineseNumber(text: string): number | null {
  if (!text) return null;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  let zeroPending = false;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null) return null;
      if (DIGITS[ch] === 0) {
        if (zeroPending || total === 0) return null;
        zeroPending = true;
        continue;
      }
      digit = DIGITS[ch];
    } else if (ch in UNITS) {
      const unit = UNITS[ch];
      if (unit >= lastUnit) return null;
      // A unit needs its digit ("一百"), except a leading ten ("十五"); statutes write 110 as "一百一十".
      if (digit === null && !(unit === 10 && total === 0)) return null;
      total += (digit ?? 1) * unit;
      lastUnit = unit;
      digit = null;
      zeroPending = false;
    } else {
      return null;
    }
  }
  if (digit !== null) {
    // A trailing digit after a unit skipped by 零 ("一百零二") or right after the next unit ("一百二" is colloquial: refuse).
    if (lastUnit !== Infinity && lastUnit > 10 && !zeroPending) return null;
    total += digit;
  } else if (zeroPending) {
    return null;
  }
  return total;
}

const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 124 → "一百二十四", 10 → "十", 102 → "一百零二" (1 to 9,999). */
export function toChineseNumber(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 9999) throw new RangeError(`no Chinese numeral for ${value}`);
  const parts: string[] = [];
  const units: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ];
  let rest = value;
  let zero = false;
  for (const [size, name] of units) {
    const d = Math.floor(rest / size);
    rest %= size;
    if (d) {
      if (zero) parts.push('零');
      zero = false;
      parts.push(size === 10 && d === 1 && parts.length === 0 ? '' : DIGIT_CHARS[d], name);
    } else if (parts.length) {
      zero = true;
    }
  }
  if (rest) {
    if (zero) parts.push('零');
    parts.push(DIGIT_CHARS[rest]);
  }
  return parts.join('');
}

export type TArticleNumber = { value: number; suffix: string; text: string };

/**
 * An article reference as people write it: "第一百二十四条", "第124条", "124", "第十条之一"
 * → { value: 124, suffix: '', text: '第一百二十四条' }; null when it names no article.
 */
export function parseArticleNumber(input: string): TArticleNumber | null {
  const m = /^第?\s*([0-9０-９]+|[零〇一二两三四五六七八九十百千]+)\s*(?:条)?\s*(之[一二三四五六七八九十]+)?$/.exec(input.trim().replace(/\s+/g, ''));
  if (!m) return null;
  const digits = m[1].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  const value = /^[0-9]+$/.test(digits) ? Number(digits) : parseChineseNumber(digits);
  if (!value || value > 9999) return null;
  const suffix = m[2] ?? '';
  return { value, suffix, text: `第${toChineseNumber(value)}条${suffix}` };
}

/** "《中华人民共和国食品安全法》" → "食品安全法": how a law is named without its quotes and country prefix. */
export function normaliseLawTitle(title: string): string {
  return title.replace(/[《》〈〉<>「」“”"'\s　]/g, '').replace(/^中华人民共和国/, '');
}

export type TArticleBlock = { kind: 'paragraph' | 'item'; label: string | null; text: string };

const ITEM = /^(（[一二三四五六七八九十百]+）|\([0-9]+\)|（[0-9]+）|[0-9]+[.．、](?![0-9]))\s*/;

/** An article's lines as paragraphs (款) and items (项: "（一）…"). */
export function articleBlocks(body: string): TArticleBlock[] {
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const m = ITEM.exec(line);
      return m ? { kind: 'item', label: m[1], text: line.slice(m[0].length) } : { kind: 'paragraph', label: null, text: line };
    });
}

export type TSnippetPart = { text: string; highlight: boolean };

/** A search snippet ("…经营<mark>超过保质期</mark>的…", HTML-escaped by the server) as parts to render without innerHTML. */
export function snippetParts(snippet: string): TSnippetPart[] {
  const unescapeHtml = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  const parts: TSnippetPart[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    if (m.index > last) parts.push({ text: unescapeHtml(snippet.slice(last, m.index)), highlight: false });
    parts.push({ text: unescapeHtml(m[1]), highlight: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: unescapeHtml(snippet.slice(last)), highlight: false });
  return parts;
}

// ---- API ----

const ZId = z.uuid({ message: 'id.invalid' });
const page = z.coerce.number().int().min(1).max(10000).default(1);
const pageSize = z.coerce.number().int().min(1).max(100).default(20);

/**
 * The search box takes anything: quotes, operators, SQL, any length. It is cut to
 * MAX_QUERY_LENGTH characters rather than refused; the server builds its query from word tokens only.
 */
export const MAX_QUERY_LENGTH = 100;
// Control characters (a NUL most of all, which PostgreSQL refuses in text) become spaces.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters become spaces on purpose
const withoutControls = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, ' ');
const ZQueryText = z
  .string()
  .default('')
  .transform((s) => withoutControls(s).trim().slice(0, MAX_QUERY_LENGTH));

export const ZLawSearchQuery = z.strictObject({
  q: ZQueryText,
  level: z.enum(LAW_LEVELS).optional(),
  validity: z.enum(LAW_VALIDITIES).optional(),
  topic: z.enum(LAW_TOPICS).optional(),
  page,
  pageSize,
});
export type TLawSearchQuery = z.infer<typeof ZLawSearchQuery>;

/** The document list filters by the same words, level, validity and topic as the search. */
export const ZLawListQuery = ZLawSearchQuery;
export type TLawListQuery = TLawSearchQuery;

export const ZLawResolveQuery = z.strictObject({
  law: z
    .string()
    .transform(withoutControls)
    .pipe(z.string().trim().min(1, { message: 'required' }).max(200)),
  article: z
    .string()
    .transform(withoutControls)
    .pipe(z.string().trim().min(1, { message: 'required' }).max(50)),
});
export type TLawResolveQuery = z.infer<typeof ZLawResolveQuery>;

export const ZLawIdParam = z.strictObject({ id: ZId });

/** Text fields of an upload: what the file itself cannot say (a .docx has no metadata we can trust). */
export const ZLawUploadFields = z.strictObject({
  level: z.enum(LAW_LEVELS).optional(),
  validity: z.enum(LAW_VALIDITIES).optional(),
  issuingBody: z.string().transform(withoutControls).pipe(z.string().trim().max(100)).optional(),
});
export type TLawUploadFields = z.infer<typeof ZLawUploadFields>;

export type TLawSearchHit = {
  documentId: string;
  documentTitle: string;
  articleId: string;
  /** As written: "第一百二十四条". */
  articleNumber: string;
  /** HTML-escaped text with <mark> around matched words. */
  snippet: string;
  score: number;
  level: TLawLevel;
  validity: TLawValidity;
};
export type TLawSearchResult = { items: TLawSearchHit[]; total: number; page: number; pageSize: number };

export type TLawDocumentSummary = {
  id: string;
  title: string;
  subtitle: string;
  level: TLawLevel;
  issuingBody: string | null;
  documentNumber: string | null;
  publishedOn: string | null;
  effectiveOn: string | null;
  validity: TLawValidity;
  supersededById: string | null;
  topics: TLawTopic[];
  articleCount: number;
};

export type TLawHistoryLine = { date: string | null; text: string };
export type TLawOutlineEntry = { depth: number; title: string; firstArticleId: string | null };

export type TLawCitation = {
  id: string;
  articleId: string;
  subjectKind: TCitationSubjectKind;
  subjectId: string;
  label: string;
  /** Where the citing record is in the app (staff pages), when the citing module gave one. */
  link: string | null;
};

/** An article as another module shows it: "《中华人民共和国食品安全法》第五十四条" and where to read it. */
export type TLawArticleRef = {
  articleId: string;
  documentId: string;
  documentTitle: string;
  articleNumber: string;
  validity: TLawValidity;
};

export type TLawArticle = {
  id: string;
  documentId: string;
  articleNumber: string;
  headings: string[];
  body: string;
  citations: TLawCitation[];
};

export type TLawDocument = TLawDocumentSummary & {
  history: TLawHistoryLine[];
  preamble: string;
  outline: TLawOutlineEntry[];
  articles: TLawArticle[];
  /** Other versions of the same law, newest first. */
  versions: Pick<TLawDocumentSummary, 'id' | 'publishedOn' | 'validity'>[];
};

/** One article with the document around it, for a stable article link. */
export type TLawArticleView = TLawArticle & {
  document: TLawDocumentSummary;
  /** The same article in the version that superseded this one. */
  currentArticleId: string | null;
};

export type TLawImportProblem = { file: string; line: number | null; message: string };
export type TLawImportSummary = {
  files: number;
  documents: number;
  created: number;
  updated: number;
  unchanged: number;
  articles: number;
  skipped: { file: string; reason: string }[];
  errors: TLawImportProblem[];
};
export type TLawImportJob = {
  id: string;
  status: 'running' | 'done' | 'failed';
  total: number;
  processed: number;
  summary: TLawImportSummary | null;
  message: string | null;
};
