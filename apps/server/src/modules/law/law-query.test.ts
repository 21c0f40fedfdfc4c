import { describe, expect, it } from 'vitest';
import { buildLawQuery } from './law-query.ts';

// Every lexeme of a built query is a quoted run of letters or digits joined by the query's own operators.
const SAFE_TSQUERY = /^(?:[()&| ]|'[\p{L}\p{N}]+')*$/u;

describe('search queries', () => {
  it("bridges a plain question to the statutes' words", () => {
    const q = buildLawQuery('卖过期食品怎么处罚');
    expect(q.terms).toEqual(['卖', '过期', '食品', '处罚']);
    expect(q.match).toContain("'经营'");
    expect(q.match).toContain("('超过' & '保质期')");
    expect(q.match).toContain("'罚款'");
    expect(q.match).not.toContain('怎么');
  });

  it('lets a long word match a text that splits it', () => {
    expect(buildLawQuery('学校食堂').match).toBe("('学校食堂' | ('学校' & '食堂'))");
  });

  it('keeps a quoted phrase exact and reads article numbers as numbers', () => {
    const q = buildLawQuery('“超过保质期” 食品安全法 第124条');
    expect(q.phrases).toEqual(['超过保质期']);
    expect(q.articleNumbers).toEqual([124]);
    expect(q.titles).toContain('食品安全法');
    expect(q.match).not.toContain('124');
  });

  it.each([
    "'; drop table law_article; --",
    'a & b | !c <-> d:*',
    "食品' | '1",
    '"unterminated',
    ')))(((',
    '\\x00\u0000\uE000',
    "select * from law_document where 1=1 or 'a'='a'",
    `${'食品安全'.repeat(200)}`,
  ])('builds only word lexemes from %j', (input) => {
    const q = buildLawQuery(input);
    for (const text of [q.match, q.loose]) if (text) expect(text).toMatch(SAFE_TSQUERY);
  });

  it('has nothing to search in punctuation alone', () => {
    expect(buildLawQuery('？！（）——').match).toBeNull();
    expect(buildLawQuery('').match).toBeNull();
  });
});
