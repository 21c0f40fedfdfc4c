// The public portal's search: one query over operators' public pages, the published serious-violation list,
// laws, standards and published rebuttals; counts per kind, pages of one kind, and nothing unpublished.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, ne } from 'drizzle-orm';
import { PUBLIC_SEARCH_KINDS, type TPublicSearchResult } from '@shian/shared/public-portal';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { createOperatorIn, me } from '../../testing/inspections.ts';
import { buildTradeLicenceNumber } from '../../testing/factories.ts';
import { refusedFields } from '../../testing/refused-fields.ts';
import { bureau } from '../org/org.schema.ts';
import { operator } from '../operator/operator.schema.ts';
import { creditListEntry } from '../credit/credit.schema.ts';
import { rumour } from '../rumour/rumour.schema.ts';

let platform: TTestPlatform;
let licenceNumber: string;
const ids: Record<'listed' | 'unpublished' | 'deactivated', string> = { listed: '', unpublished: '', deactivated: '' };

const search = async (query: string, lang?: string): Promise<TPublicSearchResult> => {
  const response = await platform.request({ method: 'GET', url: `/api/public/search?${query}`, headers: lang ? { 'accept-language': lang } : {} });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const q = (text: string, rest = '') => `q=${encodeURIComponent(text)}${rest}`;

/** A serious-violation listing as the credit module stores it once decided; published or not. */
async function listing(operatorId: string, decisionNo: string, published: boolean) {
  const [{ id: bureauId }] = await platform.ctx.db.select({ id: bureau.id }).from(bureau);
  const adminId = (await me(platform, await platform.login('admin'))).id;
  await platform.ctx.db.insert(creditListEntry).values({
    bureauId,
    operatorId,
    status: 'listed',
    grounds: ['unlicensed'],
    penaltyDecisionNo: decisionNo,
    penaltyDecidedOn: '2026-03-01',
    facts: '未取得许可从事餐饮服务。',
    priorNoticeOn: '2026-02-20',
    proposedBy: adminId,
    decidedBy: adminId,
    decidedAt: new Date('2026-03-05T02:00:00Z'),
    listedOn: '2026-03-05',
    lastDay: '2029-03-05',
    ...(published ? { publishedAt: new Date('2026-03-06T02:00:00Z'), publishedBy: adminId } : {}),
  });
}

beforeAll(async () => {
  platform = await createTestPlatform({ operators: 30 });
  const admin = await platform.login('admin');
  licenceNumber = buildTradeLicenceNumber();
  const licences = [{ kind: 'trade', number: licenceNumber, scope: '热食类食品制售', issuedOn: '2025-01-01', expiresOn: '2029-12-31' }];
  ids.listed = (await createOperatorIn(platform, admin, undefined, { name: '门户检索测试酒楼', licences })).id;
  ids.unpublished = (await createOperatorIn(platform, admin, undefined, { name: '门户检索未公示食堂' })).id;
  ids.deactivated = (await createOperatorIn(platform, admin, undefined, { name: '门户检索已注销餐馆' })).id;
  for (let n = 1; n <= 5; n++) await createOperatorIn(platform, admin, undefined, { name: `门户分页测试店${n}` });
  await listing(ids.listed, '黄市监处罚〔2026〕1号', true);
  await listing(ids.unpublished, '黄市监处罚〔2026〕2号', false);
  await listing(ids.deactivated, '黄市监处罚〔2026〕3号', true);
  await platform.ctx.db.update(operator).set({ status: 'deactivated' }).where(eq(operator.id, ids.deactivated));
});
afterAll(() => platform.close());

describe('GET /api/public/search', () => {
  it('finds an operator by name with its published listing, counting every kind, without signing in', async () => {
    const found = await search(q('门户检索测试'));
    expect(found.counts).toEqual({ operator: 1, credit: 1, law: 0, standard: 0, rumour: 0 });
    expect(found).toMatchObject({ kind: 'operator', total: 1, page: 1 });
    expect(found.items).toEqual([{ kind: 'operator', title: '门户检索测试酒楼', snippet: expect.stringContaining('餐饮服务提供者 · '), link: `/p/operators/${ids.listed}` }]);
    const credit = await search(q('门户检索测试', '&kind=credit'));
    expect(credit).toMatchObject({ kind: 'credit', total: 1 });
    expect(credit.items).toEqual([
      {
        kind: 'credit',
        title: '门户检索测试酒楼',
        snippet: expect.stringContaining('列入严重违法失信名单 2026-03-05：未依法取得食品生产经营许可'),
        link: `/p/credit/${ids.listed}`,
      },
    ]);
    const english = await search(q('门户检索测试', '&kind=credit'), 'en');
    expect(english.items[0].snippet).toContain('On the serious-violation list since 2026-03-05: producing or trading food without a food licence');
  });

  it('finds an operator by its licence number as printed, spaces and case aside', async () => {
    const spaced = `${licenceNumber.slice(0, 8).toLowerCase()} ${licenceNumber.slice(8)}`;
    const found = await search(q(spaced, '&kind=operator'));
    expect(found.items.map((i) => i.link)).toEqual([`/p/operators/${ids.listed}`]);
  });

  it('never finds an unpublished listing, a deactivated operator or a rumour not yet published', async () => {
    const unpublished = await search(q('门户检索未公示'));
    expect(unpublished.counts).toMatchObject({ operator: 1, credit: 0 });
    const deactivated = await search(q('门户检索已注销'));
    expect(deactivated.counts).toEqual({ operator: 0, credit: 0, law: 0, standard: 0, rumour: 0 });
    expect(deactivated).toMatchObject({ kind: null, items: [], total: 0 });
    const all = await search(q('门户检索', '&kind=credit&pageSize=50'));
    expect(all.items.map((i) => i.link)).toEqual([`/p/credit/${ids.listed}`]);
    // The demo's draft and reviewed rebuttals: their own titles find other, published ones only.
    const hidden = await platform.ctx.db.select({ id: rumour.id, title: rumour.title }).from(rumour).where(ne(rumour.status, 'published'));
    expect(hidden.length).toBeGreaterThan(0);
    for (const r of hidden) {
      const links = (await search(q(r.title, '&kind=rumour&pageSize=50'))).items.map((i) => i.link);
      expect(links, r.title).not.toContain(`/p/rumours/${r.id}`);
    }
    expect((await search(q('小龙虾是用来处理尸体的'))).counts.rumour).toBe(1);
  });

  it('pages one kind at a time, with or without the kind named', async () => {
    const pages = [];
    for (const page of [1, 2, 3, 4]) pages.push(await search(q('门户分页测试店', `&kind=operator&pageSize=2&page=${page}`)));
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1, 0]);
    expect(pages.every((p) => p.total === 5 && p.counts.operator === 5)).toBe(true);
    const titles = pages.flatMap((p) => p.items.map((i) => i.title));
    expect(new Set(titles).size).toBe(5);
    // Without a kind, the first kind that found anything, at the page asked.
    const second = await search(q('门户分页测试店', '&pageSize=2&page=2'));
    expect(second).toMatchObject({ kind: 'operator', page: 2, total: 5 });
    expect(second.items.map((i) => i.title)).toEqual(pages[1].items.map((i) => i.title));
  });

  it('finds laws, standards and rumours through their modules, each linking to a public page that answers', async () => {
    const law = await search(q('卖过期食品怎么处罚', '&kind=law'));
    expect(law.total).toBeGreaterThan(0);
    expect(law.items[0].title).toMatch(/^《中华人民共和国食品安全法.*》第.+条$/);
    expect(law.items.every((i) => !i.snippet.includes('<mark>'))).toBe(true);
    const standard = await search(q('GB 2760-2024', '&kind=standard'));
    const gb2760 = standard.items.find((i) => i.title.startsWith('GB 2760-2024 '));
    expect(gb2760?.link).toBe('/p/food-standards?q=GB%202760-2024');
    const rumour = await search(q('小龙虾 尸体', '&kind=rumour'));
    expect(rumour.items[0].title).toBe('小龙虾是用来处理尸体的');

    const credit = await search(q('门户检索测试', '&kind=credit'));
    const operatorHit = await search(q('门户检索测试', '&kind=operator'));
    const api: [RegExp, string][] = [
      [/^\/p\/operators\/(.+)$/, '/api/public/operators/$1'],
      [/^\/p\/credit\/(.+)$/, '/api/public/credit/$1'],
      [/^\/p\/laws\/articles\/(.+)$/, '/api/laws/articles/$1'],
      [/^\/p\/rumours\/(.+)$/, '/api/public/rumours/$1'],
      [/^\/p\/food-standards\?q=(.+)$/, '/api/public/food-standards?q=$1'],
    ];
    for (const item of [law.items[0], gb2760!, rumour.items[0], credit.items[0], operatorHit.items[0]]) {
      const [pattern, target] = api.find(([pattern]) => pattern.test(item.link))!;
      const response = await platform.request({ method: 'GET', url: item.link.replace(pattern, target) });
      expect(response.statusCode, item.link).toBe(200);
    }
  });

  it('counts every kind the portal shows, in its order', async () => {
    expect(Object.keys((await search(q('食品'))).counts)).toEqual([...PUBLIC_SEARCH_KINDS]);
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const refused = (query: string, lang?: string) => refusedFields(platform, { method: 'GET', url: `/api/public/search?${query}` }, lang);
    expect(await refused('')).toEqual([{ path: 'q', message: '关键词：不能为空' }]);
    expect(await refused('q=%20%20')).toEqual([{ path: 'q', message: '关键词：不能为空' }]);
    expect(await refused('q=', 'en')).toEqual([{ path: 'q', message: 'Search: is required' }]);
    expect((await refused(q('字'.repeat(101))))[0].path).toBe('q');
    expect((await refused(q('食品', '&kind=case')))[0]).toMatchObject({ path: 'kind', message: expect.stringMatching(/^类型：/) });
    expect((await refused(q('食品', '&pageSize=51')))[0].path).toBe('pageSize');
    expect((await refused(q('食品', '&page=0')))[0].path).toBe('page');
    expect((await refused(q('食品', '&status=draft')))[0].message).toMatch(/status/);
  });
});
