// Chinese word segmentation for the law library (jieba). PostgreSQL's parser cannot split Chinese,
// so texts are segmented here and stored with spaces between the words: the search column holds
// jieba's search mode (each word plus the shorter words inside it, "保质期" → "保质 质期 保质期") for
// to_tsvector('simple', …); the precise column holds precise mode with punctuation kept, which
// ts_headline marks up for snippets.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | null = null;
const segmenter = () => (jieba ??= Jieba.withDict(dict));

/** A token worth indexing: letters or digits (Chinese included), no punctuation or spaces. */
export const isWord = (token: string) => /^[\p{L}\p{N}]+$/u.test(token);

// Search mode is precise mode plus, for each long word, the dictionary words inside it: segmenting
// each distinct long word once (cached) costs a fraction of running search mode over the whole text.
const innerWords = new Map<string, string[]>();
function withInnerWords(word: string): string[] {
  if ([...word].length <= 2) return [word];
  let words = innerWords.get(word);
  if (!words) {
    words = segmenter().cutForSearch(word, false).filter(isWord);
    if (!words.includes(word)) words.push(word);
    if (innerWords.size < 200_000) innerWords.set(word, words);
  }
  return words;
}

/** The shorter dictionary words inside a long word ("学校食堂" → 学校, 食堂), for a query to match texts that split it. */
export function wordsInside(word: string): string[] {
  return withInnerWords(word).filter((w) => w !== word);
}

export function cutPrecise(text: string): string[] {
  return segmenter().cut(text, false);
}

/** Both columns of one text: search words (lowercase) and precise tokens, each joined by spaces. */
export function segmentForIndex(text: string): { search: string; precise: string } {
  const tokens = cutPrecise(text);
  const search: string[] = [];
  const precise: string[] = [];
  for (const token of tokens) {
    if (!token.trim()) continue;
    precise.push(token);
    if (isWord(token)) search.push(...withInnerWords(token.toLowerCase()));
  }
  return { search: search.join(' '), precise: precise.join(' ') };
}

/** Search-mode words of a short text (a title, a heading). */
export function searchWords(text: string): string {
  return segmentForIndex(text).search;
}

/** Precise text back to how it was written: the spaces segmentation put between Chinese words go. */
export function unsegment(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is every non-ASCII character
  return text.replace(/ (?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) /g, '');
}
