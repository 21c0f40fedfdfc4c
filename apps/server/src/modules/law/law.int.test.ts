import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TLawArticleView, TLawDocument, TLawImportJob, TLawSearchResult } from '@shian/shared/law';
import type { TChecklist, TChecklistSummary } from '@shian/shared/checklist';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import { AppError } from '../../core/errors.ts';
import { citationsOf, citeArticles, citedArticlesOf, resolveArticle } from './law.service.ts';

let platform: TTestPlatform;
let cast: Record<'department' | 'inspector' | 'admin', string>;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['department', 'inspector', 'admin'], { operators: 20 }));
});
afterAll(() => platform.close());

const get = (url: string, cookie?: string, headers: Record<string, string> = {}) => platform.request({ method: 'GET', url, headers, ...(cookie ? { cookie } : {}) });
const search = async (q: string, extra = '') => (await get(`/api/laws/search?q=${encodeURIComponent(q)}${extra}`)).json() as TLawSearchResult;

/** Several files in one multipart body, named by their path (as a folder upload sends them). */
function upload(files: { path: string; text: string | Buffer }[], fields: Record<string, string> = {}) {
  const boundary = `----law-${randomBytes(6).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.path}"\r\nContent-Type: text/markdown\r\n\r\n`));
    parts.push(typeof f.text === 'string' ? Buffer.from(f.text) : f.text, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function importFiles(cookie: string, files: { path: string; text: string | Buffer }[], fields: Record<string, string> = {}) {
  const started = await platform.request({ method: 'POST', url: '/api/law-imports', cookie, ...upload(files, fields) });
  expect(started.statusCode).toBe(202);
  let job = started.json() as TLawImportJob;
  while (job.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 20));
    job = (await get(`/api/law-imports/${job.id}`, cookie)).json();
  }
  return job;
}

const statute = (title: string, date: string, articles: string[]) =>
  `# ${title}\n\n${date.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')} 通过\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n${articles.map((a, i) => `第${'一二三四五六七八九十'[i]}条 ${a}`).join('\n\n')}\n`;

describe('the public library', () => {
  it("answers a citizen's question without sign-in, with the article that answers it in the top three", async () => {
    const response = await get(`/api/laws/search?q=${encodeURIComponent('卖过期食品怎么处罚')}`);
    expect(response.statusCode).toBe(200);
    const result = response.json() as TLawSearchResult;
    const top = result.items.slice(0, 3).map((i) => `${i.documentTitle} ${i.articleNumber}`);
    expect(top).toContain('中华人民共和国食品安全法 第一百二十四条');
    const hit = result.items.find((i) => i.articleNumber === '第一百二十四条')!;
    expect(hit.snippet).toMatch(/<mark>[^<]+<\/mark>/);
    expect(hit.snippet).not.toMatch(/<(?!\/?mark>)/);
    expect(result.total).toBeGreaterThanOrEqual(result.items.length);
  });

  it('reads a document with its outline, history and articles, and an article by its stable id', async () => {
    const hit = (await search('卖过期食品怎么处罚')).items.find((i) => i.articleNumber === '第一百二十四条')!;
    const doc = (await get(`/api/laws/${hit.documentId}`)).json() as TLawDocument;
    expect(doc).toMatchObject({ title: '中华人民共和国食品安全法', level: 'law', validity: 'in_force', issuingBody: '全国人民代表大会常务委员会', publishedOn: '2021-04-29' });
    expect(doc.topics).toContain('food_safety');
    expect(doc.history).toHaveLength(4);
    expect(doc.outline.find((o) => o.title === '第九章 法律责任')?.firstArticleId).toBeTruthy();
    const article = (await get(`/api/laws/articles/${hit.articleId}`)).json() as TLawArticleView;
    expect(article).toMatchObject({ articleNumber: '第一百二十四条', headings: ['第九章 法律责任'], document: { id: hit.documentId } });
  });

  it('finds an exact phrase in quotes, an article by number, and filters by level and validity', async () => {
    const phrase = await search('"超过保质期的食品"');
    expect(phrase.items.length).toBeGreaterThan(0);
    for (const item of phrase.items) {
      const article = (await get(`/api/laws/articles/${item.articleId}`)).json() as TLawArticleView;
      expect(article.body).toContain('超过保质期的食品');
    }
    expect((await search('食品安全法 第54条')).items[0]).toMatchObject({ documentTitle: '中华人民共和国食品安全法', articleNumber: '第五十四条' });
    const rules = await search('监督检查要点', '&level=departmental_rule');
    expect(rules.items.length).toBeGreaterThan(0);
    expect(rules.items.every((i) => i.level === 'departmental_rule')).toBe(true);
    expect((await search('监督检查要点', '&validity=repealed')).total).toBe(0);
  });

  it.each([
    "'; drop table law_article; --",
    'a & b | !c <-> d:*',
    '"unterminated 食品',
    '))))((((',
    '<script>alert(1)</script>',
    `${'食品安全'.repeat(1000)}`,
    '\uE000',
    '%',
    '第条',
  ])('answers %j normally', async (q) => {
    const response = await get(`/api/laws/search?q=${encodeURIComponent(q)}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ items: expect.any(Array), total: expect.any(Number) });
    const list = await get(`/api/laws?q=${encodeURIComponent(q)}`);
    expect(list.statusCode).toBe(200);
  });

  it('refuses a NUL in the search text, as in any text of any request', async () => {
    const response = await get(`/api/laws/search?q=${encodeURIComponent('"\u0000"')}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].path).toBe('q');
  });

  it("refuses unknown filters naming the field, in the request's language", async () => {
    const zh = await get('/api/laws/search?q=x&level=constitution');
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.fields[0].path).toBe('level');
    const en = await get('/api/laws/search?q=x&pageSize=1000', undefined, { 'accept-language': 'en' });
    expect(en.statusCode).toBe(400);
    expect(en.json().error.fields[0]).toMatchObject({ path: 'pageSize', message: expect.stringMatching(/^Page size: /) });
  });

  it('answers 404 for an unknown document or article and 400 for a malformed id', async () => {
    expect((await get(`/api/laws/${randomUUID()}`)).statusCode).toBe(404);
    expect((await get(`/api/laws/articles/${randomUUID()}`)).statusCode).toBe(404);
    expect((await get('/api/laws/not-an-id')).statusCode).toBe(400);
    expect((await get(`/api/laws/resolve?law=${encodeURIComponent('不存在的法')}&article=${encodeURIComponent('第一条')}`)).statusCode).toBe(404);
    expect((await get(`/api/laws/resolve?law=${encodeURIComponent('食品\u0000安全法')}&article=54`)).statusCode).toBe(400);
  });
});

describe('citations', () => {
  it('resolves a law and an article written in any of the usual ways', async () => {
    const id = await resolveArticle(platform.ctx.db, '《中华人民共和国食品安全法》', '第五十四条');
    expect(id).toBeTruthy();
    expect(await resolveArticle(platform.ctx.db, '食品安全法', '第54条')).toBe(id);
    expect(await resolveArticle(platform.ctx.db, '中华人民共和国 食品安全法', '54')).toBe(id);
    expect(await resolveArticle(platform.ctx.db, '食品安全法', '第九千条')).toBeNull();
    const byRoute = await get(`/api/laws/resolve?law=${encodeURIComponent('《食品安全法》')}&article=${encodeURIComponent('第54条')}`);
    expect(byRoute.json()).toMatchObject({ articleId: id });
  });

  it('links checklist items to their articles and shows them as citing the article', async () => {
    const lists = (await get('/api/checklists', cast.department)).json() as TChecklistSummary[];
    const catering = (await get(`/api/checklists/${lists.find((l) => l.scope === 'catering' && l.status === 'published')!.id}`, cast.department)).json() as TChecklist;
    const item = catering.items.find((i) => i.basisLaw === '《中华人民共和国食品安全法》' && i.basisArticle === '第四十五条')!;
    const art45 = await resolveArticle(platform.ctx.db, '食品安全法', '第四十五条');
    expect(item.basisArticleId).toBe(art45);
    const article = (await get(`/api/laws/articles/${art45}`)).json() as TLawArticleView;
    expect(article.citations).toContainEqual(expect.objectContaining({ subjectKind: 'checklist_item', subjectId: item.id, link: `/checklists/${catering.id}` }));
  });

  it("keeps an item's article through a new checklist draft and an edit that leaves its basis alone", async () => {
    const lists = (await get('/api/checklists', cast.department)).json() as TChecklistSummary[];
    const sales = lists.find((l) => l.scope === 'sales' && l.status === 'published')!;
    const draft = (await platform.request({ method: 'POST', url: `/api/checklists/${sales.id}/draft`, cookie: cast.department })).json() as TChecklist;
    const linked = draft.items.filter((i) => i.basisArticleId);
    expect(linked.length).toBeGreaterThan(0);
    const items = draft.items.map(({ section, content, key, basisLaw, basisArticle }, i) => ({
      section,
      content,
      key,
      basisLaw,
      basisArticle: i === 0 ? '第九千条' : basisArticle,
    }));
    const saved = (
      await platform.request({ method: 'PUT', url: `/api/checklists/${draft.id}/items`, cookie: cast.department, payload: { version: draft.version, items } })
    ).json() as TChecklist;
    expect(saved.items.slice(1).map((i) => i.basisArticleId)).toEqual(draft.items.slice(1).map((i) => i.basisArticleId));
    // A changed basis is looked up again by the next import; until then the page resolves the text.
    expect(saved.items[0].basisArticleId).toBeNull();
  });

  it('lets another module cite articles, replace them and see them back', async () => {
    const db = platform.ctx.db;
    const [a54, a124] = [await resolveArticle(db, '食品安全法', '第五十四条'), await resolveArticle(db, '食品安全法', '第一百二十四条')] as string[];
    const subject = { kind: 'rumour' as const, id: randomUUID(), label: '谣言：过期一天的食品还能卖', link: '/rumours/x' };
    await citeArticles(db, subject, [a54, a124]);
    expect((await citedArticlesOf(db, 'rumour', subject.id)).map((r) => r.articleNumber).sort()).toEqual(['第一百二十四条', '第五十四条']);
    await citeArticles(db, { ...subject, label: '谣言（已更正）' }, [a124]);
    expect((await citationsOf(db, a54)).filter((c) => c.subjectId === subject.id)).toEqual([]);
    expect((await citationsOf(db, a124)).find((c) => c.subjectId === subject.id)).toMatchObject({ label: '谣言（已更正）', link: '/rumours/x' });
    await expect(citeArticles(db, subject, [randomUUID()])).rejects.toBeInstanceOf(AppError);
    await citeArticles(db, subject, []);
    expect(await citedArticlesOf(db, 'rumour', subject.id)).toEqual([]);
  });
});

describe('import', () => {
  it('needs law.manage: no session 401, an inspector 403', async () => {
    const body = upload([{ path: 'a.md', text: statute('某某条例', '2020-01-01', ['甲。']) }]);
    expect((await platform.request({ method: 'POST', url: '/api/law-imports', ...body })).statusCode).toBe(401);
    expect((await platform.request({ method: 'POST', url: '/api/law-imports', cookie: cast.inspector, ...body })).statusCode).toBe(403);
    expect((await get(`/api/law-imports/${randomUUID()}`, cast.inspector)).statusCode).toBe(403);
  });

  it('imports an uploaded statute, updates it in place, and keeps an older version marked superseded', async () => {
    const title = '黄陂区示例食品安全条例';
    const first = await importFiles(
      cast.department,
      [{ path: `${title}(2020-01-01).md`, text: statute(title, '2020-01-01', ['为了保障食品安全，制定本条例。', '食品摊贩应当持证经营。']) }],
      { level: 'local_regulation' },
    );
    expect(first.status).toBe('done');
    expect(first.summary).toMatchObject({ documents: 1, created: 1, articles: 2 });
    const [hit] = (await search('食品摊贩 持证经营')).items;
    expect(hit).toMatchObject({ documentTitle: title, articleNumber: '第二条', level: 'local_regulation' });
    // Another user's job is not theirs to see.
    expect((await get(`/api/law-imports/${first.id}`, cast.admin)).statusCode).toBe(404);

    const edited = await importFiles(
      cast.department,
      [{ path: `${title}(2020-01-01).md`, text: statute(title, '2020-01-01', ['为了保障食品安全，制定本条例。', '食品摊贩应当持证经营，亮证经营。']) }],
      { level: 'local_regulation' },
    );
    expect(edited.summary).toMatchObject({ created: 0, updated: 1 });
    const same = (await search('亮证经营')).items[0];
    expect(same.articleId).toBe(hit.articleId);
    const again = await importFiles(
      cast.department,
      [{ path: `${title}(2020-01-01).md`, text: statute(title, '2020-01-01', ['为了保障食品安全，制定本条例。', '食品摊贩应当持证经营，亮证经营。']) }],
      { level: 'local_regulation' },
    );
    expect(again.summary).toMatchObject({ unchanged: 1, updated: 0 });

    const newer = await importFiles(
      cast.department,
      [{ path: `${title}(2024-06-01).md`, text: statute(title, '2024-06-01', ['为了保障食品安全，制定本条例。', '食品摊贩应当办理登记。']) }],
      { level: 'local_regulation' },
    );
    expect(newer.summary?.created).toBe(1);
    const old = (await get(`/api/laws/articles/${hit.articleId}`)).json() as TLawArticleView;
    expect(old.document.validity).toBe('amended');
    expect(old.document.supersededById).toBeTruthy();
    expect(old.currentArticleId).toBeTruthy();
    const current = (await get(`/api/laws/${old.document.supersededById}`)).json() as TLawDocument;
    expect(current).toMatchObject({ validity: 'in_force', supersededById: null });
    expect(current.versions.map((v) => v.publishedOn)).toEqual(['2024-06-01', '2020-01-01']);
    expect((await search(title)).items[0].documentId).toBe(current.id);
  });

  it('takes the corpus metadata from db_law.csv and db_category.csv uploaded with the files', async () => {
    const categories = 'id,name,folder,isSubFolder,group,order\nc1,"市场监督管理总局","部门规章/市场监督管理总局",0,,11\n';
    const laws = 'id,level,name,filename,publish,expired,order,subtitle,valid_from,ver,tags,category_id\nl1,"部门规章","示例抽检办法",,2019-08-08,1,,,2019-10-01,1,,c1\n';
    const job = await importFiles(cast.admin, [
      { path: 'laws/db_category.csv', text: categories },
      { path: 'laws/db_law.csv', text: laws },
      { path: 'laws/部门规章/市场监督管理总局/示例抽检办法(2019-08-08).md', text: statute('示例抽检办法', '2019-08-08', ['抽样检验应当公开。']) },
      { path: 'laws/部门规章/_index.md', text: '---\nbookCollapseSection: true\n---\n' },
    ]);
    expect(job.summary).toMatchObject({ created: 1, skipped: [expect.objectContaining({ file: 'laws/部门规章/_index.md' })] });
    const [hit] = (await search('抽样检验应当公开')).items;
    const doc = (await get(`/api/laws/${hit.documentId}`)).json() as TLawDocument;
    expect(doc).toMatchObject({ level: 'departmental_rule', issuingBody: '国家市场监督管理总局', publishedOn: '2019-08-08', effectiveOn: '2019-10-01', validity: 'repealed' });
  });

  it('reports a malformed file with its line and imports nothing, not even the good files', async () => {
    const job = await importFiles(cast.department, [
      { path: 'good.md', text: statute('完好的示例办法', '2021-01-01', ['完好条文。']) },
      { path: 'bad.md', text: '# 损坏的示例办法\n\n2021年1月1日 通过\n\n<!-- INFO END -->\n\n第二条 乙。\n\n第一条 甲。\n' },
    ]);
    expect(job.status).toBe('failed');
    expect(job.summary?.errors).toEqual([{ file: 'bad.md', line: 9, message: '条号顺序错误：“第一条”出现在“第二条”之后' }]);
    expect((await get(`/api/laws?q=${encodeURIComponent('示例办法')}`)).json().items.map((d: { title: string }) => d.title)).not.toContain('完好的示例办法');
  });

  it('refuses an upload without files and bad form fields', async () => {
    const none = await platform.request({ method: 'POST', url: '/api/law-imports', cookie: cast.department, ...upload([], { level: 'law' }) });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields[0].path).toBe('file');
    const bad = await platform.request({ method: 'POST', url: '/api/law-imports', cookie: cast.department, ...upload([{ path: 'a.md', text: '# x' }], { level: 'constitution' }) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('level');
  });
});
