// Reads a statute's text into its parts: title, history lines, headings (编/章/节), articles and their
// items. Two layouts: the LawRefBook Markdown ("# 标题", history lines, "<!-- INFO END -->", "## 第一章",
// "第一条　…") and plain text (a .docx read by mammoth: the first line is the title, chapters are
// recognised by their "第X章" wording). A malformed text throws LawParseError with its line number,
// so that an import can refuse the file as a whole.
import { parseChineseNumber } from '@shian/shared/law';

export class LawParseError extends Error {
  constructor(
    readonly line: number,
    readonly reason: { zh: string; en: string },
  ) {
    super(`line ${line}: ${reason.en}`);
  }
}

export type TParsedArticle = {
  /** Unique within the document: the number as written, "#2" appended to a repeated one. */
  key: string;
  /** "第一百二十四条"; "一、" or "1." for a numbered clause; the heading for text under a heading without articles. */
  number: string;
  value: number | null;
  suffix: string;
  headings: string[];
  body: string;
  line: number;
};

export type TParsedLaw = {
  title: string;
  subtitle: string;
  history: { date: string | null; text: string }[];
  documentNumber: string | null;
  preamble: string;
  outline: { depth: number; title: string; firstArticle: number | null }[];
  articles: TParsedArticle[];
};

const ARTICLE = /^第([零〇一二两三四五六七八九十百千]+)条(之[一二三四五六七八九十]+)?(?:[ \t　]+(.*))?$/;
const CN_CLAUSE = /^([一二三四五六七八九十百]+)、/;
const AR_CLAUSE = /^([0-9]+)[.．、](?![0-9])/;
const HISTORY = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(.*)$/;
const DOCUMENT_NUMBER = /^\S{0,16}[〔［[]\d{4}[〕］\]]\S{0,6}号$/;
const TEXT_HEADING = /^第([零〇一二两三四五六七八九十百千]+)(编|分编|章|节)(?:[ \t　]+.*)?$/;
const HEADING_RANK: Record<string, number> = { 编: 1, 分编: 2, 章: 3, 节: 4 };
const INFO_END = '<!-- INFO END -->';

const reason = (zh: string, en: string) => ({ zh, en });

function isoDate(y: string, m: string, d: string): string | null {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return date.toISOString().slice(0, 10);
}

const stripComments = (line: string) => line.replace(/<!--.*?-->/g, '').trimEnd();
const compact = (s: string) => s.replace(/[\s　]+/g, '');

/** LawRefBook files that are not documents: folder stubs and templates marked hidden or draft. */
export function isCorpusStub(text: string): boolean {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return m !== null && /^(draft|bookHidden|bookCollapseSection):\s*true\s*$/m.test(m[1]);
}

type TLine = { text: string; no: number };

function splitLines(text: string): TLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((t, i) => ({ text: t, no: i + 1 }));
}

function checkEncoding(lines: TLine[]): void {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a NUL marks a file that is not text
  const bad = lines.find((l) => /[\uFFFD\u0000]/.test(l.text));
  if (bad) throw new LawParseError(bad.no, reason('含有无法识别的字符：文件不是 UTF-8 编码的文本', 'contains unreadable characters: the file is not UTF-8 text'));
}

/** Skips a leading "---" front matter block. */
function bodyStart(lines: TLine[]): number {
  if (lines[0]?.text.trim() !== '---') return 0;
  const end = lines.findIndex((l, i) => i > 0 && l.text.trim() === '---');
  return end < 0 ? 0 : end + 1;
}

type THeader = Pick<TParsedLaw, 'title' | 'subtitle' | 'history' | 'documentNumber'> & { preamble: string[]; next: number };

function readHeader(lines: TLine[], markdown: boolean): THeader {
  let i = bodyStart(lines);
  while (i < lines.length && !stripComments(lines[i].text).trim()) i++;
  const first = lines[i];
  const titleMatch = first && (markdown ? /^#\s+(.+)$/.exec(stripComments(first.text).trim()) : /^(.+)$/.exec(first.text.trim()));
  if (!first || !titleMatch) {
    throw new LawParseError(first?.no ?? 1, markdown ? reason('缺少标题：第一行应为“# 法规名称”', 'no title: the first line must be "# <title>"') : reason('缺少标题', 'no title'));
  }
  const header: THeader = { title: titleMatch[1].trim().replace(/\s+/g, ' '), subtitle: '', history: [], documentNumber: null, preamble: [], next: i + 1 };
  // The header runs to the LawRefBook marker when the file has one, else to the first line that is not a header line.
  const marker = markdown ? lines.findIndex((l, k) => k > i && l.text.includes(INFO_END)) : -1;
  for (i = i + 1; i < lines.length; i++) {
    const { text, no } = lines[i];
    if (marker >= 0 && i === marker) {
      i++;
      break;
    }
    const line = stripComments(text).trim();
    if (!line) continue;
    const subtitle = markdown ? /^#\s+(.+)$/.exec(line) : null;
    const date = HISTORY.exec(line);
    if (subtitle && !header.subtitle && header.history.length === 0) {
      header.subtitle = subtitle[1].trim();
    } else if (date) {
      const iso = isoDate(date[1], date[2], date[3]);
      if (!iso) throw new LawParseError(no, reason(`日期“${line.slice(0, line.indexOf('日') + 1)}”不成立`, `the date "${line.slice(0, line.indexOf('日') + 1)}" does not exist`));
      header.history.push({ date: iso, text: date[4].trim() });
    } else if (marker < 0) {
      break;
    } else if (DOCUMENT_NUMBER.test(line)) {
      header.documentNumber = line;
    } else if (/^#/.test(line)) {
      throw new LawParseError(no, reason('标题区只能有标题、副标题和沿革（“日期 事项”）', 'the header holds only the title, a subtitle and history lines ("date event")'));
    } else if (header.history.length) {
      // A history line wrapped onto the next line(s).
      header.history.at(-1)!.text += line;
    } else if (!compact(header.title).includes(compact(line))) {
      header.preamble.push(line);
    }
  }
  header.next = i;
  return header;
}

type TMode = 'article' | 'cn-clause' | 'ar-clause' | 'whole';

function modeOf(lines: string[]): TMode {
  if (lines.some((l) => ARTICLE.test(l))) return 'article';
  if (lines.filter((l) => CN_CLAUSE.test(l)).length >= 2) return 'cn-clause';
  if (lines.filter((l) => AR_CLAUSE.test(l)).length >= 2) return 'ar-clause';
  return 'whole';
}

function textHeadingDepths(lines: string[]): Map<string, number> {
  const kinds = new Set(lines.map((l) => TEXT_HEADING.exec(l)?.[2]).filter((k): k is string => k !== undefined));
  const ranks = [...kinds].sort((a, b) => HEADING_RANK[a] - HEADING_RANK[b]);
  return new Map(ranks.map((k, i) => [k, i + 1]));
}

export function parseLaw(text: string, format: 'markdown' | 'text'): TParsedLaw {
  const markdown = format === 'markdown';
  const lines = splitLines(text);
  checkEncoding(lines);
  const { next, preamble: headerPreamble, ...header } = readHeader(lines, markdown);
  const body = lines.slice(next).map((l) => ({ no: l.no, text: stripComments(l.text).trim() }));
  const mode = modeOf(body.map((l) => l.text));
  const depths = markdown ? null : textHeadingDepths(body.map((l) => l.text));

  const law: TParsedLaw = { ...header, preamble: '', outline: [], articles: [] };
  const preamble = [...headerPreamble];
  const headings: { depth: number; title: string }[] = [];
  let current: (TParsedArticle & { lines: string[] }) | null = null;
  let headingSinceArticle = false;
  let previous: { value: number; suffix: string; text: string } | null = null;
  const keys = new Map<string, number>();

  const close = () => {
    if (!current) return;
    const { lines: bodyLines, ...article } = current;
    law.articles.push({ ...article, body: bodyLines.join('\n') });
    current = null;
  };
  const open = (number: string, value: number | null, suffix: string, first: string, no: number) => {
    close();
    const seen = keys.get(number) ?? 0;
    keys.set(number, seen + 1);
    const index = law.articles.length;
    for (const entry of law.outline) if (entry.firstArticle === null) entry.firstArticle = index;
    current = { key: seen ? `${number}#${seen + 1}` : number, number, value, suffix, headings: headings.map((h) => h.title), body: '', line: no, lines: first ? [first] : [] };
    headingSinceArticle = false;
  };

  for (const { no, text: line } of body) {
    if (!line) continue;
    const mdHeading = markdown ? /^(#{1,6})\s+(.+)$/.exec(line) : null;
    const textHeading = depths ? TEXT_HEADING.exec(line) : null;
    if (mdHeading?.[1] === '#') throw new LawParseError(no, reason('正文中不能再有一级标题（“# ”只用于法规名称）', 'a first-level heading ("# ") may only hold the title'));
    if (mdHeading || textHeading) {
      close();
      const depth = mdHeading ? mdHeading[1].length - 1 : depths!.get(textHeading![2])!;
      const title = (mdHeading ? mdHeading[2] : line).trim().replace(/\s+/g, ' ');
      while (headings.length && headings.at(-1)!.depth >= depth) headings.pop();
      headings.push({ depth, title });
      law.outline.push({ depth, title, firstArticle: null });
      headingSinceArticle = true;
      continue;
    }
    const article = mode === 'article' ? ARTICLE.exec(line) : null;
    if (article) {
      const value = parseChineseNumber(article[1]);
      const number = `第${article[1]}条${article[2] ?? ''}`;
      if (value === null) throw new LawParseError(no, reason(`条号“${number}”不是有效的中文数字`, `the article number "${number}" is not a valid Chinese numeral`));
      const suffix = article[2] ?? '';
      const suffixValue = suffix ? parseChineseNumber(suffix.slice(1)) : 0;
      if (suffixValue === null) throw new LawParseError(no, reason(`条号“${number}”不是有效的中文数字`, `the article number "${number}" is not a valid Chinese numeral`));
      if (previous) {
        const previousSuffix = previous.suffix ? parseChineseNumber(previous.suffix.slice(1))! : 0;
        const inOrder = value > previous.value || (value === previous.value && suffixValue > previousSuffix);
        if (!inOrder) {
          throw new LawParseError(no, reason(`条号顺序错误：“${number}”出现在“${previous.text}”之后`, `articles out of order: "${number}" follows "${previous.text}"`));
        }
      }
      previous = { value, suffix, text: number };
      open(number, value, suffix, (article[3] ?? '').trim(), no);
      continue;
    }
    const clause = mode === 'cn-clause' ? CN_CLAUSE.exec(line) : mode === 'ar-clause' ? AR_CLAUSE.exec(line) : null;
    if (clause) {
      open(clause[0].trim(), mode === 'cn-clause' ? parseChineseNumber(clause[1]) : Number(clause[1]), '', line.slice(clause[0].length).trim(), no);
      continue;
    }
    if (current) {
      (current as { lines: string[] }).lines.push(line);
    } else if (law.articles.length === 0 && !headingSinceArticle && mode !== 'whole') {
      preamble.push(line);
    } else {
      // Text under a heading that has no numbered articles (an annex, a guide's section): a unit named by its heading.
      open(headings.at(-1)?.title ?? '正文', null, '', line, no);
    }
  }
  close();
  law.preamble = preamble.join('\n');
  // Judicial interpretations often repeat their number (法释〔2023〕3号) at the top of the body.
  law.documentNumber ??= preamble.find((l) => DOCUMENT_NUMBER.test(l)) ?? null;
  if (law.articles.length === 0 && !law.preamble) {
    throw new LawParseError(lines.length, reason('没有正文：找不到条文或段落', 'no body: no articles or paragraphs found'));
  }
  return law;
}
