// The question import sheet: its columns, how a cell is read (适用对象 names, 题型 names, answer letters, the
// cited article) and the template's example rows.
import {
  EXAM_AUDIENCE_NAMES,
  EXAM_AUDIENCES,
  QUESTION_IMPORT_COLUMNS,
  QUESTION_KIND_NAMES,
  QUESTION_KINDS,
  type TExamAudience,
  type TQuestionKind,
} from '@shian/shared/exam-question';
import type { TColumn } from '../../core/excel.ts';

export type TQuestionColumn = (typeof QUESTION_IMPORT_COLUMNS)[number];
export const REQUIRED_QUESTION_COLUMNS: TQuestionColumn[] = ['适用对象', '分类', '题型', '题干', '答案'];
export const OPTION_COLUMNS = ['选项A', '选项B', '选项C', '选项D', '选项E', '选项F'] as const satisfies readonly TQuestionColumn[];

const normal = (h: string) => h.replace(/[()（）\s*]/g, '').toUpperCase();

/** Heading -> column (选项a and "选项 A" are the same column). */
export function mapQuestionHeaders(headers: string[]): Map<number, TQuestionColumn> {
  const mapped = new Map<number, TQuestionColumn>();
  headers.forEach((h, i) => {
    const column = QUESTION_IMPORT_COLUMNS.find((c) => normal(c) === normal(h));
    if (column) mapped.set(i, column);
  });
  return mapped;
}

const AUDIENCE_ALIASES: Record<string, TExamAudience> = { 负责人: 'principal', 总监: 'director', 安全员: 'officer', 干部: 'cadre', 监管: 'supervisor', 监管干部: 'supervisor' };
/** "主要负责人、食品安全总监" → ['principal', 'director']; null when a name is not an audience. */
export function parseAudiences(cell: string): TExamAudience[] | null {
  const names = cell.split(/[、,，;；/\s]+/).filter(Boolean);
  if (names.length === 0) return null;
  const out: TExamAudience[] = [];
  for (const name of names) {
    const audience = EXAM_AUDIENCES.find((a) => EXAM_AUDIENCE_NAMES[a] === name || a === name.toLowerCase()) ?? AUDIENCE_ALIASES[name];
    if (!audience) return null;
    if (!out.includes(audience)) out.push(audience);
  }
  return out;
}

/** 单选题 / 单选 / single → 'single'. */
export function parseKind(cell: string): TQuestionKind | null {
  const s = cell.trim();
  return QUESTION_KINDS.find((k) => k === s.toLowerCase() || QUESTION_KIND_NAMES[k] === s || QUESTION_KIND_NAMES[k].replace('题', '') === s) ?? null;
}

/** "《中华人民共和国食品安全法》第五十四条" → the title and the article number; null when it is not written that way. */
export function parseCitation(cell: string): { lawTitle: string; articleNumber: string } | null {
  const m = /^《([^》]+)》\s*(第[0-9零〇一二两三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?)/.exec(cell.trim());
  return m ? { lawTitle: m[1]!, articleNumber: m[2]! } : null;
}

type TExample = Record<TQuestionColumn, string>;
// biome-ignore format: one example a kind, read as a table
const EXAMPLES: TExample[] = [
  { 适用对象: '主要负责人、食品安全总监、食品安全员', 分类: '从业人员健康管理', 题型: '单选题', 题干: '从事接触直接入口食品工作的食品生产经营人员应当每年进行（）。', 选项A: '健康检查', 选项B: '技能考试', 选项C: '心理测评', 选项D: '体能测试', 选项E: '', 选项F: '', 答案: 'A', 法条: '《中华人民共和国食品安全法》第四十五条', 解析: '取得健康证明后方可上岗工作。' },
  { 适用对象: '食品安全员', 分类: '进货查验', 题型: '多选题', 题干: '食品经营者采购食品，应当查验供货者的哪些材料？', 选项A: '许可证', 选项B: '食品出厂检验合格证或者其他合格证明', 选项C: '供货者的营业额', 选项D: '', 选项E: '', 选项F: '', 答案: 'AB', 法条: '《中华人民共和国食品安全法》第五十三条', 解析: '' },
  { 适用对象: '监管人员、包保干部', 分类: '法律责任', 题型: '判断题', 题干: '经营超过保质期的食品，尚不构成犯罪的，由县级以上人民政府食品安全监督管理部门没收违法所得和违法经营的食品，并处罚款。', 选项A: '', 选项B: '', 选项C: '', 选项D: '', 选项E: '', 选项F: '', 答案: '正确', 法条: '《中华人民共和国食品安全法》第一百二十四条', 解析: '' },
];

export function templateColumns(): TColumn<TExample>[] {
  return QUESTION_IMPORT_COLUMNS.map((header) => ({
    header,
    width: header === '题干' || header === '法条' ? 40 : header.startsWith('选项') ? 18 : 14,
    value: (row) => row[header],
  }));
}

export async function* templateRows() {
  yield EXAMPLES;
}
