// A rumour's words as search and screening see them: jieba's segmentation (search mode), without
// punctuation, particles, question words and the calls to spread a post; for screening, weighted by
// jieba's IDF table (rare words count more).
import { Jieba } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict.js';

/** Food words jieba's general dictionary splits (甜蜜素 → 甜蜜|素) or does not know. */
// biome-ignore format: a word list reads as a block
const DOMAIN_WORDS = [
  '小龙虾', '地沟油', '塑料紫菜', '紫菜', '肉松', '棉花', '隔夜菜', '亚硝酸盐', '味精', '谷氨酸钠', '甜蜜素', '胭脂红',
  '鱼浮灵', '过氧碳酸钠', '多菌灵', '转基因', '黄曲霉毒素', '蓬灰', '拉面剂', '香兰素', '乙基麦芽酚', '激素', '避孕药',
  '膨大剂', '催熟剂', '乙烯利', '染色', '花青素', '瘦肉精', '三聚氰胺', '塑化剂', '致癌', '致癌物', '食品添加剂', '防腐剂',
  '反式脂肪酸', '速生鸡', '珍珠奶茶', '大闸蟹', '榴莲', '可乐', '果粒橙', '紫薯', '西瓜', '打针', '注射', '鸡蛋', '人造鸡蛋',
];

// biome-ignore format: a word list reads as a block
const STOP_WORDS = new Set([
  '的', '了', '是', '在', '和', '与', '及', '或', '也', '都', '就', '还', '又', '很', '太', '更', '最', '被', '把', '给', '让', '对',
  '这', '那', '这种', '那种', '这些', '那些', '这个', '那个', '一种', '一个', '一些', '我', '你', '他', '她', '它', '我们', '你们',
  '他们', '大家', '自己', '啊', '吧', '呢', '吗', '哦', '呀', '嘛', '啦', '着', '过', '会', '能', '要', '有', '没有', '不', '没',
  '说', '看', '吃', '用', '再', '才', '等', '后', '前', '中', '上', '下', '里', '时', '如果', '因为', '所以', '但是', '而且', '就是',
  '可以', '已经', '一定', '千万', '真的', '竟然', '居然', '赶紧', '注意', '请', '转', '转发', '转给', '扩散', '告诉', '提醒', '知道',
  '朋友', '身边', '家人', '亲们', '一下', '起来', '看到', '不要', '别',
  // The words of a question: "是不是""会不会" ask, they do not say what about.
  '是不是', '不是', '是否', '会不会', '能不能', '可不可以', '有没有', '为什么', '怎么', '怎么样', '什么', '听说', '据说', '网传', '网上',
]);
const KEEP = /[\p{L}\p{N}]/u;

let segmenter: Jieba | null = null;
let idfTable: { weights: Map<string, number>; median: number } | null = null;

function jieba(): Jieba {
  if (!segmenter) {
    segmenter = Jieba.withDict(dict);
    segmenter.loadDict(Buffer.from(DOMAIN_WORDS.map((w) => `${w} 20000 n`).join('\n')));
  }
  return segmenter;
}

function idfWeights() {
  if (!idfTable) {
    const weights = new Map<string, number>();
    for (const line of Buffer.from(idf).toString('utf8').split('\n')) {
      const space = line.lastIndexOf(' ');
      if (space > 0) weights.set(line.slice(0, space), Number(line.slice(space + 1)));
    }
    const sorted = [...weights.values()].sort((a, b) => a - b);
    idfTable = { weights, median: sorted[Math.floor(sorted.length / 2)] ?? 10 };
  }
  return idfTable;
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Only letters and digits survive, so a term can never carry query syntax into PostgreSQL. */
function clean(words: string[]): string[] {
  const terms: string[] = [];
  for (const word of words) {
    const term = [...word].filter((c) => KEEP.test(c)).join('');
    if (!term || STOP_WORDS.has(term) || /^\d+$/.test(term)) continue;
    terms.push(term);
  }
  return terms;
}

/**
 * A text's words for the full-text index, the queries and screening. Search mode adds the parts of
 * long words (小龙虾 → 小龙, 龙虾, 小龙虾), so that "龙虾" finds "小龙虾" and the other way round.
 */
export function searchTerms(text: string): string[] {
  return clean(jieba().cutForSearch(normalise(text), true));
}

/** A query's words: single characters (打, 针) say little next to real words, so they count only alone. */
export function queryTerms(text: string): string[] {
  const terms = [...new Set(searchTerms(text))];
  const words = terms.filter((t) => [...t].length > 1);
  return words.length > 0 ? words : terms;
}

export type TTermVector = Map<string, number>;

/** TF-IDF weights of a text's terms, unit length. */
export function termVector(terms: string[]): TTermVector {
  const { weights, median } = idfWeights();
  const vector: TTermVector = new Map();
  for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + (weights.get(term) ?? median));
  const norm = Math.sqrt([...vector.values()].reduce((sum, w) => sum + w * w, 0));
  if (norm > 0) for (const [term, w] of vector) vector.set(term, w / norm);
  return vector;
}

/** Cosine similarity of two unit vectors, and the terms they share (heaviest first). */
export function similarity(a: TTermVector, b: TTermVector): { score: number; shared: string[] } {
  const shared: [string, number][] = [];
  let score = 0;
  for (const [term, w] of a) {
    const v = b.get(term);
    if (v !== undefined) {
      score += w * v;
      shared.push([term, w * v]);
    }
  }
  return { score, shared: shared.sort((x, y) => y[1] - x[1]).map(([t]) => t) };
}

/** About `length` characters of `text` around the first of `terms` it contains (its start when none). */
export function snippetAround(text: string, terms: string[], length = 80): string {
  const lower = text.toLowerCase();
  const hits = terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0);
  const first = hits.length ? Math.min(...hits) : 0;
  const start = Math.max(0, first - Math.floor(length / 4));
  const end = Math.min(text.length, start + length);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
