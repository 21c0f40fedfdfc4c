// What a document is (level, issuing body, dates, validity, topics): from the LawRefBook corpus's own
// metadata (db_law.csv + db_category.csv) where it has a row for the file, otherwise from the title,
// the folder and the history lines.
import Papa from 'papaparse';
import { normaliseLawTitle, type TLawLevel, type TLawTopic, type TLawValidity } from '@shian/shared/law';
import type { TParsedLaw } from './law-parser.ts';

export type TCorpusRow = {
  level: string;
  name: string;
  publish: string | null;
  validFrom: string | null;
  expired: boolean;
  folder: string;
  categoryName: string;
};

/** Rows of db_law.csv by "folder/file name.md", the path the corpus stores each file under. */
export type TCorpusMetadata = Map<string, TCorpusRow>;

const LEVELS: Record<string, TLawLevel | null> = {
  法律: 'law',
  宪法: 'law',
  行政法规: 'administrative_regulation',
  司法解释: 'judicial_interpretation',
  部门规章: 'departmental_rule',
  地方性法规: 'local_regulation',
  // Case write-ups are not statutes: the library leaves them out.
  案例: null,
  其他: null,
};

const parseCsv = (text: string) => Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const dateOrNull = (s: string | undefined) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null);

export function readCorpusMetadata(lawCsv: string, categoryCsv: string): TCorpusMetadata {
  const categories = new Map(parseCsv(categoryCsv).map((c) => [c.id, c]));
  const metadata: TCorpusMetadata = new Map();
  for (const row of parseCsv(lawCsv)) {
    const category = categories.get(row.category_id);
    if (!category) continue;
    const publish = dateOrNull(row.publish);
    const entry = {
      level: row.level,
      name: row.name,
      publish,
      validFrom: dateOrNull(row.valid_from),
      expired: row.expired === '1',
      folder: category.folder,
      categoryName: category.name,
    };
    metadata.set(`${category.folder}/${row.filename || row.name}${publish ? `(${publish})` : ''}.md`, entry);
    // Some files carry no date in their name (刑法.md); case write-ups are named after the case (the subtitle column).
    const undated = `${category.folder}/${row.filename || row.name}.md`;
    if (!metadata.has(undated)) metadata.set(undated, entry);
    if (row.subtitle) metadata.set(`${category.folder}/${row.subtitle}.md`, entry);
  }
  return metadata;
}

/** The corpus row of a file, matched by the end of its path (an upload may carry the corpus folder's own name first). */
export function corpusRowOf(metadata: TCorpusMetadata | null, filePath: string): TCorpusRow | null {
  if (!metadata) return null;
  const parts = filePath.replace(/\\/g, '/').split('/').filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const row = metadata.get(parts.slice(i).join('/'));
    if (row) return row;
  }
  return null;
}

/** Corpus rows that are not statutes (case write-ups) are skipped by the import. */
export const isNonStatute = (row: TCorpusRow | null) => row?.level === '案例';

export function guessLevel(title: string, folder: string): TLawLevel {
  const t = normaliseLawTitle(title);
  if (/司法解释/.test(folder) || /^最高人民(法院|检察院)/.test(t)) return 'judicial_interpretation';
  if (/部门规章/.test(folder)) return 'departmental_rule';
  if (/行政法规/.test(folder)) return 'administrative_regulation';
  if (/^(GB|gb)|标准/.test(t)) return 'standard';
  if (/指南|指引|攻略|手册/.test(t)) return 'guideline';
  if (/(省|市|自治区|自治州|县).*(条例|规定|办法)$/.test(t)) return 'local_regulation';
  if (/条例$/.test(t) || /^国务院/.test(t)) return 'administrative_regulation';
  if (/(办法|规定|规则|细则)$/.test(t)) return 'departmental_rule';
  if (/(法|法典)$|修正案/.test(t)) return 'law';
  return 'normative_document';
}

const MINISTRIES: Record<string, string> = { 市场监督管理总局: '国家市场监督管理总局', 人力资源社会保障部: '人力资源和社会保障部' };

export function guessIssuingBody(law: TParsedLaw, level: TLawLevel, categoryName: string | null): string | null {
  const t = law.title.replace(/\s+/g, '');
  const court = /^(最高人民法院、?最高人民检察院|最高人民法院|最高人民检察院)/.exec(t);
  if (court) return court[1].includes('检察院') && court[1].includes('法院') ? '最高人民法院、最高人民检察院' : court[1];
  if (level === 'departmental_rule' && categoryName) return MINISTRIES[categoryName] ?? categoryName;
  if (level === 'administrative_regulation') return '国务院';
  const first = law.history[0]?.text ?? '';
  if (/全国人民代表大会常务委员会/.test(first)) return '全国人民代表大会常务委员会';
  if (/全国人民代表大会/.test(first)) return '全国人民代表大会';
  const order = /^(.{2,20}?)(令|公告|通知)/.exec(first);
  return order ? order[1] : null;
}

const TOPIC_WORDS: [TLawTopic, RegExp][] = [
  ['food_safety', /食品|食用|餐饮|农产品|乳品|乳粉|屠宰|兽药|农药|饲料|盐业|食盐|粮食|酒类|动物防疫|保健食品|反食品浪费|进出口商品检验/],
  ['product_quality', /产品质量|标准化|计量|认证认可|检验检测|工业产品|特种设备/],
  ['consumer_protection', /消费者|价格|明码标价|广告|投诉举报|反不正当竞争|电子商务/],
  ['administrative_enforcement', /行政处罚|行政强制|行政许可|行政复议|行政诉讼|信息公示|监督检查|执法/],
];

export function topicsOf(title: string): TLawTopic[] {
  return TOPIC_WORDS.filter(([, words]) => words.test(title)).map(([topic]) => topic);
}

export type TDocumentMetadata = {
  level: TLawLevel;
  issuingBody: string | null;
  publishedOn: string | null;
  effectiveOn: string | null;
  validity: TLawValidity;
  topics: TLawTopic[];
};

/** Overrides come from the upload form; they win over what the corpus or the text says. */
export function metadataOf(
  law: TParsedLaw,
  filePath: string,
  row: TCorpusRow | null,
  overrides: Partial<Pick<TDocumentMetadata, 'level' | 'validity' | 'issuingBody'>> = {},
): TDocumentMetadata {
  const folder = row?.folder ?? filePath.replace(/\\/g, '/').split('/').slice(0, -1).join('/');
  const level = overrides.level ?? (row ? LEVELS[row.level] : null) ?? guessLevel(law.title, folder);
  const dateInName = /\((\d{4}-\d{2}-\d{2})\)\.[a-z]+$/i.exec(filePath)?.[1] ?? null;
  const lastHistory = law.history.filter((h) => !/施行/.test(h.text)).at(-1)?.date ?? null;
  const effective = law.history.find((h) => /施行/.test(h.text))?.date ?? null;
  return {
    level,
    issuingBody: overrides.issuingBody || guessIssuingBody(law, level, row?.categoryName ?? null),
    publishedOn: row?.publish ?? dateInName ?? lastHistory,
    effectiveOn: row?.validFrom ?? effective,
    validity: overrides.validity ?? (row?.expired ? 'repealed' : 'in_force'),
    topics: topicsOf(`${law.title}${law.subtitle}`),
  };
}
