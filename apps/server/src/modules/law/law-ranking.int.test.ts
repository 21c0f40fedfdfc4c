// Ranking on real statutes: the food-safety texts of the LawRefBook corpus and the laws that compete
// with them for the same words (criminal law, product quality, consumer protection, administrative
// penalties). Skipped when the corpus is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TLawArticleView, TLawSearchResult } from '@shian/shared/law';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { importLawFiles, type TLawFile } from './law-import.service.ts';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../../shared/data/chinese-laws-lawrefbook');
const FOOD_AND_RIVALS = /食品|食用|农产品|乳品|屠宰|产品质量|消费者权益|^刑法\.md$|行政处罚|投诉举报/;

function corpusFiles(): TLawFile[] {
  const files = readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.md$/.test(f) && FOOD_AND_RIVALS.test(path.basename(f)) && !f.startsWith('案例'))
    .concat(['db_law.csv', 'db_category.csv']);
  return files.map((f) => ({ path: f, content: readFileSync(path.join(CORPUS, f)) }));
}

let platform: TTestPlatform;
const search = async (q: string) => (await platform.request({ method: 'GET', url: `/api/laws/search?q=${encodeURIComponent(q)}&pageSize=10` })).json() as TLawSearchResult;
const top = async (q: string, n = 3) => (await search(q)).items.slice(0, n).map((i) => `${i.documentTitle} ${i.articleNumber}`);

describe.skipIf(!existsSync(CORPUS))('ranking on the corpus', () => {
  beforeAll(async () => {
    platform = await createTestPlatform({ operators: 60 });
    const summary = await importLawFiles(platform.ctx, null, corpusFiles());
    expect(summary.errors).toEqual([]);
    expect(summary.documents).toBeGreaterThan(20);
  });
  afterAll(() => platform?.close());

  it('finds the article answering "卖过期食品怎么处罚" in the top three', async () => {
    expect(await top('卖过期食品怎么处罚')).toContain('中华人民共和国食品安全法 第一百二十四条');
  });

  it.each([
    ['食品经营者贮存食品', '中华人民共和国食品安全法 第五十四条'],
    ['从业人员健康证明', '中华人民共和国食品安全法 第四十五条'],
    ['十倍赔偿', '中华人民共和国食品安全法 第一百四十八条'],
    ['食品召回', '中华人民共和国食品安全法 第六十三条'],
    ['学校食堂', '中华人民共和国食品安全法 第五十七条'],
  ])('answers %j with %s in the top three', async (q, expected) => {
    expect(await top(q)).toContain(expected);
  });

  it('puts the named law first when the query names it with an article number', async () => {
    expect(await top('食品安全法 第五十四条', 1)).toEqual(['中华人民共和国食品安全法 第五十四条']);
    expect(await top('农产品质量安全法', 1)).toEqual([expect.stringMatching(/^中华人民共和国农产品质量安全法 /)]);
  });

  it('prefers the version in force to the one it superseded', async () => {
    const hits = (await search('危害食品安全刑事案件 生产 销售 不符合安全标准的食品')).items.filter((i) => i.documentTitle.includes('危害食品安全刑事案件'));
    expect(hits[0].validity).toBe('in_force');
    const old = hits.find((i) => i.validity !== 'in_force');
    if (old) {
      const article = (await platform.request({ method: 'GET', url: `/api/laws/articles/${old.articleId}` })).json() as TLawArticleView;
      expect(article.document).toMatchObject({ validity: 'amended', publishedOn: '2013-05-02' });
      expect(article.document.supersededById).toBe(hits[0].documentId);
    }
  });

  it('matches a quoted phrase exactly', async () => {
    const result = await search('"标注虚假生产日期"');
    expect(result.items.map((i) => `${i.documentTitle} ${i.articleNumber}`)).toContain('中华人民共和国食品安全法 第一百二十四条');
  });
});
