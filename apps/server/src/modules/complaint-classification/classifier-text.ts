// A complaint's text as the classifier sees it: normalised, cut into words by jieba, and turned into
// features (each word, and each pair of neighbouring words "a b"), counted once per text.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/**
 * Words of food complaints that jieba's general dictionary splits apart (饿了么 → 饿|了|么) or joins
 * wrongly; a high frequency makes them win the segmentation.
 */
// biome-ignore format: a word list reads as a block
const DOMAIN_WORDS = [
  '饿了么', '美团外卖', '外卖小哥', '送餐员', '骑手', '吃出', '吃坏', '异物', '头发丝', '钢丝球', '创可贴',
  '缺斤少两', '缺斤短两', '短斤少两', '少秤', '无证经营', '无照经营', '黑作坊', '家庭作坊', '流动摊贩',
  '食物中毒', '拉肚子', '上吐下泻', '过期食品', '三无产品', '地沟油', '瘦肉精', '罂粟壳', '工业盐',
  '明码标价', '健康证', '农贸市场', '菜市场', '幼儿园', '中文标签', '保质期', '生产日期', '食用农产品',
  '食品厂', '小作坊', '生熟不分', '胀袋', '胀包', '霉变', '发霉', '馊味', '异味', '添加剂', '防腐剂',
  '虚假宣传', '预付卡', '不新鲜', '吃出来', '送餐', '网店', '直播间', '团购',
];

let segmenter: Jieba | null = null;

function jieba(): Jieba {
  if (!segmenter) {
    segmenter = Jieba.withDict(dict);
    segmenter.loadDict(Buffer.from(DOMAIN_WORDS.map((w) => `${w} 20000 n`).join('\n')));
  }
  return segmenter;
}

/** Full-width to half-width (ＡＢＣ１２３ → abc123), lower case, one space for any run of blanks. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

// Particles and pronouns that say nothing about a trade or an issue.
const STOP_WORDS = new Set(['的', '了', '是', '我', '我们', '也', '都', '就', '啊', '吧', '呢', '吗', '哦', '呀', '嘛', '着', '和', '与', '及', '这', '那', '个', '还']);
const PUNCTUATION = /^[\p{P}\p{S}\s]+$/u;

/** The words of a text, without punctuation and particles; numbers become "#" (amounts and times vary). */
export function tokenise(text: string): string[] {
  const words: string[] = [];
  for (const word of jieba().cut(normaliseText(text), true)) {
    if (PUNCTUATION.test(word) || STOP_WORDS.has(word)) continue;
    words.push(/^\d+(\.\d+)?$/.test(word) ? '#' : word);
  }
  return words;
}

/** Unigrams and bigrams, each once: presence carries the signal, repetition in a rant does not. */
export function featuresOf(tokens: string[]): string[] {
  const features = new Set(tokens);
  for (let i = 1; i < tokens.length; i++) features.add(`${tokens[i - 1]} ${tokens[i]}`);
  return [...features];
}
