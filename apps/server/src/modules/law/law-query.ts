// Turns what someone typed into the search box into a PostgreSQL tsquery, safely: the query text is
// built from word tokens only (letters and digits), so quotes, operators (& | ! <-> :*) and SQL in the
// input are just characters that never reach the query syntax. Plain-word questions
// ("卖过期食品怎么处罚") are bridged to the statutes' wording through a small table of synonyms:
// people say 卖 and 过期, statutes say 经营 and 超过保质期.
import { MAX_QUERY_LENGTH, normaliseLawTitle, parseArticleNumber } from '@shian/shared/law';
import { cutPrecise, isWord, wordsInside } from './law-segment.ts';

// Each row: words people use → the statutes' words for the same thing (the word itself always counts).
// biome-ignore format: one row of synonyms a line reads as a table
const SYNONYMS: [string[], string[]][] = [
  [['卖', '售卖', '出售', '贩卖', '销售', '零售', '售'], ['销售', '经营', '生产经营', '出售']],
  [['买', '购买', '采购', '进货'], ['采购', '购进', '进货', '购买']],
  [['过期', '逾期'], ['超过保质期', '保质期', '过期']],
  [['临期'], ['临近保质期', '保质期']],
  [['变质', '坏', '发霉', '馊'], ['腐败变质', '霉变', '变质']],
  [['处罚', '罚', '罚款', '惩罚', '罚钱', '罚多少'], ['处罚', '罚款', '法律责任', '没收']],
  [['坐牢', '判刑', '犯罪'], ['犯罪', '刑事责任', '有期徒刑']],
  [['饭店', '饭馆', '餐馆', '餐厅', '小吃店', '食堂'], ['餐饮服务', '餐饮', '集中用餐']],
  [['摊贩', '小摊', '摆摊'], ['食品摊贩']],
  [['作坊'], ['小作坊', '食品生产加工小作坊']],
  [['健康证'], ['健康证明']],
  [['执照', '营业执照', '许可证', '证照'], ['许可证', '许可']],
  [['无证', '没证'], ['未取得', '许可']],
  [['添加剂'], ['食品添加剂']],
  [['假货', '假冒', '冒牌'], ['假冒', '伪造']],
  [['标签', '标注', '包装'], ['标签', '标识', '说明书']],
  [['赔偿', '赔钱', '索赔', '十倍', '退一赔十'], ['赔偿', '赔偿金', '价款十倍']],
  [['举报', '投诉', '告'], ['举报', '投诉']],
  [['网店', '网购', '外卖', '网上'], ['网络食品交易', '网络', '入网']],
  [['地沟油'], ['餐厨废弃物', '非食品原料']],
  [['病死猪', '死猪'], ['病死', '死因不明', '畜禽']],
  [['抽检', '抽查'], ['抽样检验', '监督抽检']],
  [['召回'], ['召回', '停止生产']],
  [['学校', '幼儿园'], ['学校', '托幼机构']],
  [['检查', '查'], ['监督检查', '检查']],
  [['消毒', '清洗'], ['清洗消毒', '消毒']],
  [['保健品'], ['保健食品']],
  [['奶粉'], ['婴幼儿配方乳粉', '乳粉']],
];

const EXPANSION = new Map<string, string[]>();
for (const [words, alternatives] of SYNONYMS) for (const w of words) EXPANSION.set(w, alternatives);

// Words that carry the question, not its subject.
const STOPWORDS = new Set(
  (
    '的 了 吗 呢 吧 啊 呀 是 有 在 和 与 或 及 被 把 给 要 会 能 可以 可 该 应该 应当 怎么 怎样 如何 怎么办 什么 哪些 哪个 多少 ' +
    '是否 会不会 能不能 没有 没 请问 我 你 他 她 它 我们 他们 这 那 这个 那个 还 就 都 也 又 对 上 下 里 中 时 后 前 一个 一些 法律 规定 有关 相关 关于'
  ).split(' '),
);

const MAX_GROUPS = 12;

export type TLawQuery = {
  /** Every group must match (AND); null when the input holds no searchable word. */
  match: string | null;
  /** Any word matches (OR): the fallback when nothing matches all groups, and the words snippets mark. */
  loose: string | null;
  /** Exact strings (typed in quotes) an article must contain. */
  phrases: string[];
  /** The typed words without synonyms (the LIKE baseline of the benchmark searches for these). */
  terms: string[];
  /** Article numbers typed ("第54条", "第五十四条"): only articles with these numbers match. */
  articleNumbers: number[];
  /** Parts of the input that may name a document ("食品安全法"), compared with short titles for the title bonus. */
  titles: string[];
};

const QUOTED = /"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』|‘([^’]*)’/g;
const ARTICLE_REFERENCE = /第\s*([0-9]+|[零〇一二两三四五六七八九十百千]+)\s*条(之[一二三四五六七八九十]+)?/g;

const words = (text: string) =>
  cutPrecise(text)
    .filter(isWord)
    .map((w) => w.toLowerCase());
const lexeme = (word: string) => `'${word.replace(/'/g, "''")}'`;

export function buildLawQuery(input: string): TLawQuery {
  const typed = input.slice(0, MAX_QUERY_LENGTH);
  const phrases: string[] = [];
  const groups: string[][][] = [];
  const terms: string[] = [];
  const addGroup = (alternatives: string[][]) => {
    const clean = alternatives.filter((a) => a.length > 0);
    const key = JSON.stringify(clean);
    if (clean.length && groups.length < MAX_GROUPS && !groups.some((g) => JSON.stringify(g) === key)) groups.push(clean);
  };

  // A quoted phrase is matched as typed; everything else is normalised (full-width letters and digits) first.
  const unquoted = typed.replace(QUOTED, (...m: string[]) => {
    const phrase = (m.slice(1, 6).find((g) => g !== undefined) ?? '').trim().replace(/\s+/g, ' ');
    const phraseWords = words(phrase.normalize('NFKC'));
    if (phraseWords.length) {
      phrases.push(phrase);
      terms.push(phrase);
      for (const w of phraseWords) addGroup([[w]]);
    }
    return ' ';
  });
  const articleNumbers: number[] = [];
  const rest = unquoted.normalize('NFKC').replace(ARTICLE_REFERENCE, (reference) => {
    const number = parseArticleNumber(reference);
    if (number) articleNumbers.push(number.value);
    return ' ';
  });

  for (const word of words(rest)) {
    if (STOPWORDS.has(word)) continue;
    terms.push(word);
    const expansion = EXPANSION.get(word) ?? [];
    // An alternative of several words needs them all ("超过保质期" → 超过 & 保质期); a long word also
    // matches a text where it is split ("学校食堂" → 学校 & 食堂).
    addGroup([[word], wordsInside(word), ...expansion.filter((e) => e !== word).map(words)]);
  }
  const titles = [...new Set([rest, ...rest.split(/[\s,，、;；]+/)].map(normaliseLawTitle).filter((t) => t.length >= 2))];

  const base = { phrases, terms: [...new Set(terms)], articleNumbers: [...new Set(articleNumbers)], titles };
  if (groups.length === 0) return { match: null, loose: null, ...base };
  const alt = (a: string[]) => (a.length === 1 ? lexeme(a[0]) : `(${a.map(lexeme).join(' & ')})`);
  const match = groups.map((g) => `(${g.map(alt).join(' | ')})`).join(' & ');
  const all = [...new Set(groups.flat(2))];
  return { match, loose: all.map(lexeme).join(' | '), ...base };
}
