import { describe, expect, it } from 'vitest';
import { articleBlocks, normaliseLawTitle, parseArticleNumber, parseChineseNumber, snippetParts, toChineseNumber, ZLawSearchQuery } from './law.ts';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百零二', 102],
    ['一百一十', 110],
    ['一百二十四', 124],
    ['一千零五', 1005],
    ['一千零二十', 1020],
    ['一千二百六十', 1260],
    ['两百', 200],
  ])('reads %s as %i', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['', '十十', '一二', '百', '零', '一百零', '一百零零', '一百二', 'abc', '第一'])('refuses %j', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });

  it('writes every number from 1 to 1,300 so that it reads back', () => {
    for (let n = 1; n <= 1300; n++) expect(parseChineseNumber(toChineseNumber(n))).toBe(n);
    expect(toChineseNumber(124)).toBe('一百二十四');
    expect(toChineseNumber(10)).toBe('十');
    expect(toChineseNumber(102)).toBe('一百零二');
  });
});

describe('article numbers', () => {
  it.each([
    ['第一百二十四条', 124, ''],
    ['第124条', 124, ''],
    ['第１２４条', 124, ''],
    ['124', 124, ''],
    ['第 54 条', 54, ''],
    ['第十条之一', 10, '之一'],
  ])('reads %s', (input, value, suffix) => {
    expect(parseArticleNumber(input)).toMatchObject({ value, suffix });
  });

  it('writes the number the way statutes do', () => {
    expect(parseArticleNumber('第54条')?.text).toBe('第五十四条');
  });

  it.each(['', '第条', '第十十条', '第0条', '第五十四款', "54'; drop table"])('refuses %j', (input) => {
    expect(parseArticleNumber(input)).toBeNull();
  });
});

it('names a law without quotes, spaces and the country prefix', () => {
  expect(normaliseLawTitle('《中华人民共和国食品安全法》')).toBe('食品安全法');
  expect(normaliseLawTitle(' 食品安全法 ')).toBe('食品安全法');
  expect(normaliseLawTitle('〈中华人民共和国 食品安全法实施条例〉')).toBe('食品安全法实施条例');
});

it('splits an article into paragraphs and items', () => {
  const blocks = articleBlocks('违反本法规定，有下列情形之一的：\n（一）生产经营超过保质期的食品；\n（二）其他。\n前款规定以外的。');
  expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'item', 'item', 'paragraph']);
  expect(blocks[1]).toEqual({ kind: 'item', label: '（一）', text: '生产经营超过保质期的食品；' });
});

it('reads a snippet into parts without interpreting other markup', () => {
  expect(snippetParts('经营<mark>超过保质期</mark>的&lt;script&gt;')).toEqual([
    { text: '经营', highlight: false },
    { text: '超过保质期', highlight: true },
    { text: '的<script>', highlight: false },
  ]);
});

describe('search query', () => {
  it('takes any text, cut to 100 characters, and refuses unknown filters', () => {
    expect(ZLawSearchQuery.parse({ q: ` ${'食'.repeat(500)} ` }).q).toHaveLength(100);
    expect(ZLawSearchQuery.parse({}).q).toBe('');
    expect(ZLawSearchQuery.safeParse({ q: 'x', level: 'constitution' }).success).toBe(false);
    expect(ZLawSearchQuery.safeParse({ q: 'x', pageSize: '1000' }).success).toBe(false);
  });
});
