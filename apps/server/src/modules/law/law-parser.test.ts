import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { isCorpusStub, LawParseError, parseLaw } from './law-parser.ts';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../../shared/data/chinese-laws-lawrefbook');
const corpus = (file: string) => readFileSync(path.join(CORPUS, file), 'utf8');

function parseError(text: string, format: 'markdown' | 'text' = 'markdown'): LawParseError {
  try {
    parseLaw(text, format);
  } catch (error) {
    if (error instanceof LawParseError) return error;
    throw error;
  }
  throw new Error('parsed without an error');
}

describe.skipIf(!existsSync(CORPUS))('the LawRefBook corpus', () => {
  it('reads the Food Safety Law: title, history, chapters and sections, 154 articles, items', () => {
    const law = parseLaw(corpus('行政法/食品安全法(2021-04-29).md'), 'markdown');
    expect(law.title).toBe('中华人民共和国食品安全法');
    expect(law.history).toHaveLength(4);
    expect(law.history[0]).toEqual({ date: '2009-02-28', text: '第十一届全国人民代表大会常务委员会第七次会议通过' });
    expect(law.history[3].date).toBe('2021-04-29');
    expect(law.articles).toHaveLength(154);
    expect(law.articles.map((a) => a.value)).toEqual(Array.from({ length: 154 }, (_, i) => i + 1));
    expect(law.outline.filter((o) => o.depth === 1).map((o) => o.title)).toContain('第九章 法律责任');
    expect(law.outline.find((o) => o.title === '第二节 生产经营过程控制')).toMatchObject({ depth: 2 });

    const art124 = law.articles.find((a) => a.number === '第一百二十四条')!;
    expect(art124.headings).toEqual(['第九章 法律责任']);
    expect(art124.body.split('\n').filter((l) => /^（[一二三四五六七八九]）/.test(l))).toHaveLength(9);
    expect(art124.body).toContain('（五）生产经营标注虚假生产日期、保质期或者超过保质期的食品、食品添加剂；');
    const art54 = law.articles.find((a) => a.value === 54)!;
    expect(art54.headings).toEqual(['第四章 食品生产经营', '第二节 生产经营过程控制']);
  });

  it('reads a 民法典 book with its subtitle and a regulation with its dates', () => {
    const book = parseLaw(corpus('民法典/总则.md'), 'markdown');
    expect(book).toMatchObject({ title: '中华人民共和国民法典', subtitle: '总则' });
    expect(book.articles.at(-1)?.number).toBe('第二百零四条');
    const rule = parseLaw(corpus('部门规章/市场监督管理总局/食品生产经营监督检查管理办法(2021-12-24).md'), 'markdown');
    expect(rule.history).toEqual([
      { date: '2021-12-24', text: '国家市场监督管理总局令第49号公布' },
      { date: '2022-03-15', text: '施行' },
    ]);
    expect(rule.articles).toHaveLength(55);
  });

  it("keeps a judicial interpretation's document number and preamble, and numbered clauses where there are no articles", () => {
    const interpretation = parseLaw(corpus('司法解释/最高人民法院  最高人民检察院关于办理强奸、猥亵未成年人刑事案件适用法律若干问题的解释(2023-05-24).md'), 'markdown');
    expect(interpretation.documentNumber).toBe('法释〔2023〕3号');
    expect(interpretation.preamble).toContain('为依法惩处强奸、猥亵未成年人犯罪');
    expect(interpretation.articles[0].number).toBe('第一条');
    const rules = parseLaw(corpus('司法解释/最高人民法院关于人民法院执行工作若干问题的规定（试行）(2020-12-29).md'), 'markdown');
    expect(rules.articles[0]).toMatchObject({ number: '1.', value: 1, headings: ['一、执行机构及其职责'] });
    expect(rules.articles.length).toBeGreaterThan(70);
    const amendment = parseLaw(corpus('刑法/刑法修正案（十一）.md'), 'markdown');
    expect(amendment.articles[0].number).toBe('一、');
    expect(amendment.articles.at(-1)?.number).toBe('四十八、');
  });

  it("recognises the corpus's folder notes and template as stubs", () => {
    expect(isCorpusStub(corpus('行政法/_index.md'))).toBe(true);
    expect(isCorpusStub(corpus('法律法规模版.md'))).toBe(true);
    expect(isCorpusStub(corpus('行政法/食品安全法(2021-04-29).md'))).toBe(false);
  });
});

describe('malformed input names the line', () => {
  const header = '# 示例条例\n\n2020年1月1日 通过\n\n<!-- INFO END -->\n\n';

  it('a missing title', () => {
    expect(parseError('\n\n第一条 总则。\n')).toMatchObject({ line: 3 });
  });

  it('articles out of order', () => {
    const error = parseError(`${header}## 第一章 总则\n\n第一条 甲。\n\n第三条 乙。\n\n第二条 丙。\n`);
    expect(error.line).toBe(13);
    expect(error.reason.zh).toContain('“第二条”出现在“第三条”之后');
  });

  it('a repeated article', () => {
    expect(parseError(`${header}第一条 甲。\n第一条 乙。\n`).line).toBe(8);
  });

  it('an article number that is no numeral', () => {
    expect(parseError(`${header}第一条 甲。\n第十十条 乙。\n`)).toMatchObject({ line: 8, reason: { zh: '条号“第十十条”不是有效的中文数字' } });
  });

  it('a date that does not exist', () => {
    expect(parseError('# 示例条例\n2020年2月30日 通过\n<!-- INFO END -->\n第一条 甲。\n').line).toBe(2);
  });

  it('a second title in the body', () => {
    expect(parseError(`${header}第一条 甲。\n# 另一部法\n`).line).toBe(8);
  });

  it('text that is not UTF-8', () => {
    const latin1 = Buffer.from(`${header}第一条 甲。\n`, 'utf8');
    latin1[latin1.length - 4] = 0xff;
    expect(parseError(latin1.toString('utf8')).line).toBe(7);
  });

  it('a file without a body', () => {
    expect(parseError('# 示例条例\n\n2020年1月1日 通过\n').reason.en).toContain('no body');
  });
});

it('accepts a statute without the LawRefBook marker and items after an article', () => {
  const law = parseLaw(
    '# 示例办法\n\n2022年3月15日 施行\n\n## 第一章 总则\n\n第一条 为了示例。\n\n第二条 有下列情形之一的：\n\n（一）甲；\n\n（二）乙。\n\n第二条之一 补充。\n',
    'markdown',
  );
  expect(law.history).toEqual([{ date: '2022-03-15', text: '施行' }]);
  expect(law.articles.map((a) => a.key)).toEqual(['第一条', '第二条', '第二条之一']);
  expect(law.articles[1].body).toBe('有下列情形之一的：\n（一）甲；\n（二）乙。');
  expect(law.articles[2]).toMatchObject({ value: 2, suffix: '之一' });
});

it('reads a .docx: the first line is the title, chapters are found by their wording', async () => {
  const lines = [
    '某市食品摊贩管理办法',
    '2023年5月1日 施行',
    '第一章 总则',
    '第一条 为了规范食品摊贩经营，制定本办法。',
    '第二章 管理',
    '第二条 食品摊贩应当保持清洁。',
    '第三条 违反本办法的，责令改正。',
  ];
  const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] });
  const text = (await mammoth.extractRawText({ buffer: await Packer.toBuffer(doc) })).value;
  const law = parseLaw(text, 'text');
  expect(law.title).toBe('某市食品摊贩管理办法');
  expect(law.history).toEqual([{ date: '2023-05-01', text: '施行' }]);
  expect(law.outline.map((o) => o.title)).toEqual(['第一章 总则', '第二章 管理']);
  expect(law.articles.map((a) => [a.number, a.headings[0]])).toEqual([
    ['第一条', '第一章 总则'],
    ['第二条', '第二章 管理'],
    ['第三条', '第二章 管理'],
  ]);
});
