import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TFoodStandard } from '@shian/shared/food-standard';
import type { TPublicRumour, TRumour, TRumourHit, TRumourScreenResult } from '@shian/shared/rumour';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import { citationsOf, importLawFiles, resolveArticle } from '../law/law.public.ts';

let platform: TTestPlatform;
let cast: Record<'department' | 'expert', string>;
let gb2760: TFoodStandard;

// A few articles of the Food Safety Law in the corpus's Markdown layout, for citations.
const FOOD_SAFETY_LAW = `# 中华人民共和国食品安全法

2021年4月29日 第十三届全国人民代表大会常务委员会第二十八次会议第二次修正

<!-- INFO END -->

## 第一章 总 则

第三十四条 禁止生产经营下列食品、食品添加剂、食品相关产品：

（一）用非食品原料生产的食品；

第一百二十条 任何单位和个人不得编造、散布虚假食品安全信息。
`;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['department', 'expert'], { operators: 20 }));
  await importLawFiles(platform.ctx, null, [{ path: '行政法/食品安全法(2021-04-29).md', content: Buffer.from(FOOD_SAFETY_LAW) }]);
  const standards = await platform.request({ method: 'GET', url: '/api/public/food-standards?q=GB 2760-2024' });
  gb2760 = (standards.json().items as TFoodStandard[]).find((s) => s.number === 'GB 2760-2024')!;
});
afterAll(() => platform.close());

const search = async (q: string) => {
  const response = await platform.request({ method: 'GET', url: `/api/public/rumours?q=${encodeURIComponent(q)}` });
  expect(response.statusCode, `${q.slice(0, 30)}: ${response.body.slice(0, 200)}`).toBe(200);
  return response.json() as { items: TRumourHit[]; total: number };
};
const send = (method: 'POST' | 'PUT', url: string, cookie: string | undefined, payload: Record<string, unknown>) => platform.request({ method, url, cookie, payload });
const screen = async (text: string) => {
  const response = await send('POST', '/api/rumours/screen', cast.department, { text });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as TRumourScreenResult;
};
const draft = {
  title: '冰淇淋不化是加了胶',
  claim: '夏天冰淇淋放在室温下半天都不化，说明里面加了工业胶水。',
  rebuttal: '冰淇淋不易融化与增稠剂、乳化剂和脂肪含量有关，卡拉胶、瓜尔胶等是 GB 2760 允许使用的增稠剂。',
  evidence: 'GB 2760-2024 增稠剂使用范围。',
  topic: 'additive',
};

describe('public search of published rebuttals', () => {
  it('finds the rumour a citizen means, from words or a question in plain language', async () => {
    expect((await search('小龙虾 尸体')).items[0].title).toBe('小龙虾是用来处理尸体的');
    expect((await search('味精致癌吗')).items[0].title).toBe('味精加热后会致癌');
    expect((await search('西瓜是不是被打了针')).items[0].title).toBe('西瓜打针注射甜蜜素和胭脂红');
    const nori = await search('塑料紫菜');
    expect(nori.items[0]).toMatchObject({ title: '紫菜是黑色塑料袋做的', terms: expect.arrayContaining(['塑料', '紫菜']) });
    expect(nori.items[0].snippet).toContain('紫菜');
    expect((await search('')).total).toBe(22);
  });

  it('never shows drafts or rumours waiting to be published', async () => {
    const titles = async (q: string) => (await search(q)).items.map((i) => i.title);
    expect(await titles('方便面 蜡')).not.toContain('方便面表面有一层蜡，要三十六小时才能消化');
    expect(await titles('空心菜')).not.toContain('空心菜是"毒菜之王"');
  });

  it('answers any query string normally, injections included', async () => {
    const nasty = [
      "'; drop table rumour; --",
      "小龙虾' or 1=1 --",
      '!!! & | <-> :* ()',
      'or or or',
      '"unclosed',
      '%_\\',
      // NUL is refused with 400 like in any text (core/validation.ts); the other control characters are searched.
      '\u0001\u001f',
      '𠮷野家 🦞',
      '<script>alert(1)</script>',
      '小'.repeat(10000),
    ];
    for (const q of nasty) await search(q);
    expect((await search("'; drop table rumour; --")).items.every((i) => typeof i.title === 'string')).toBe(true);
    expect((await search('')).total).toBe(22);
  });

  it('opens a published rebuttal with its standards, and hides drafts (404)', async () => {
    const [hit] = (await search('隔夜菜')).items;
    const open = await platform.request({ method: 'GET', url: `/api/public/rumours/${hit.id}` });
    const rumour = open.json() as TPublicRumour;
    expect(rumour.standards.map((s) => [s.number, s.status])).toEqual([
      ['GB 2762-2022', 'in_force'],
      ['GB 5009.33-2016', 'in_force'],
    ]);
    expect(rumour).not.toHaveProperty('reviewedBy');
    const list = await platform.request({ method: 'GET', url: '/api/rumours?q=方便面', cookie: cast.department });
    const noodles = (list.json().items as TRumour[])[0];
    expect(noodles.status).toBe('draft');
    expect((await platform.request({ method: 'GET', url: `/api/public/rumours/${noodles.id}` })).statusCode).toBe(404);
  });
});

describe('the register: drafted, reviewed by an expert, published', () => {
  it('takes a rumour through review and publication, citing a standard and law articles', async () => {
    const article = (await resolveArticle(platform.ctx.db, '食品安全法', '第一百二十条'))!;
    const created = await send('POST', '/api/rumours', cast.department, { ...draft, standardIds: [gb2760.id], articleIds: [article] });
    expect(created.statusCode, created.body).toBe(201);
    const rumour = created.json() as TRumour;
    expect(rumour).toMatchObject({ status: 'draft', standards: [{ number: 'GB 2760-2024', status: 'in_force' }] });
    expect(rumour.articles).toEqual([expect.objectContaining({ articleId: article, articleNumber: '第一百二十条', documentTitle: expect.stringContaining('食品安全法') })]);
    expect((await citationsOf(platform.ctx.db, article)).map((c) => [c.subjectKind, c.label])).toContainEqual(['rumour', '辟谣：冰淇淋不化是加了胶']);

    const publishEarly = await send('POST', `/api/rumours/${rumour.id}/publish`, cast.department, { version: rumour.version });
    expect(publishEarly.statusCode).toBe(400);
    expect(publishEarly.json().error.fields[0].message).toBe('状态：专家审核后才能发布');
    expect((await send('POST', `/api/rumours/${rumour.id}/review`, cast.department, { version: rumour.version })).statusCode).toBe(403);
    const reviewed = await send('POST', `/api/rumours/${rumour.id}/review`, cast.expert, { version: rumour.version });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json()).toMatchObject({ status: 'reviewed', reviewedByName: '食品安全专家（演示）' });
    expect((await send('POST', `/api/rumours/${rumour.id}/publish`, cast.department, { version: rumour.version })).statusCode).toBe(409);
    const published = await send('POST', `/api/rumours/${rumour.id}/publish`, cast.department, { version: reviewed.json().version });
    expect(published.statusCode).toBe(200);
    expect((await search('冰淇淋 胶水')).items[0].title).toBe('冰淇淋不化是加了胶');
    const open = (await platform.request({ method: 'GET', url: `/api/public/rumours/${rumour.id}` })).json() as TPublicRumour;
    expect(open.articles.map((a) => a.articleNumber)).toEqual(['第一百二十条']);

    // An edit changes what the expert approved: back to draft, out of public view, citations replaced.
    const edited = await send('PUT', `/api/rumours/${rumour.id}`, cast.department, {
      ...draft,
      rebuttal: `${draft.rebuttal}（补充）`,
      standardIds: [],
      articleIds: [],
      version: published.json().version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ status: 'draft', reviewedBy: null, publishedAt: null, standards: [], articles: [] });
    expect((await search('冰淇淋')).total).toBe(0);
    expect((await citationsOf(platform.ctx.db, article)).filter((c) => c.subjectId === rumour.id)).toEqual([]);
    const stale = await send('PUT', `/api/rumours/${rumour.id}`, cast.department, { ...draft, version: published.json().version });
    expect(stale.statusCode).toBe(409);
  });

  it('lets an expert author a rumour but not review their own', async () => {
    const own = (await send('POST', '/api/rumours', cast.expert, { ...draft, title: '冰淇淋不化（专家登记）' })).json() as TRumour;
    expect((await send('POST', `/api/rumours/${own.id}/review`, cast.expert, { version: own.version })).statusCode).toBe(403);
  });

  it('refuses unknown standards and articles with the field named (400), unknown ids (404)', async () => {
    const standard = await send('POST', '/api/rumours', cast.department, { ...draft, standardIds: [crypto.randomUUID()] });
    expect(standard.statusCode).toBe(400);
    expect(standard.json().error.fields[0]).toEqual({ path: 'standardIds.0', message: '依据标准：标准库中没有该标准' });
    const article = await send('POST', '/api/rumours', cast.department, { ...draft, articleIds: [crypto.randomUUID()] });
    expect(article.statusCode).toBe(400);
    expect(article.json().error.fields[0].path).toBe('articleIds');
    expect((await send('POST', '/api/rumours', cast.department, { ...draft, claim: '' })).json().error.fields[0]).toEqual({ path: 'claim', message: '谣言内容：不能为空' });
    expect((await platform.request({ method: 'GET', url: `/api/rumours/${crypto.randomUUID()}`, cookie: cast.department })).statusCode).toBe(404);
    expect((await send('POST', `/api/rumours/${crypto.randomUUID()}/review`, cast.expert, { version: 1 })).statusCode).toBe(404);
  });

  it('is for knowledge.manage only: business and station users are refused (403), the public (401)', async () => {
    for (const username of ['business', 'station']) {
      const cookie = await platform.login(username);
      expect((await platform.request({ method: 'GET', url: '/api/rumours', cookie })).statusCode, username).toBe(403);
      expect((await send('POST', '/api/rumours', cookie, draft)).statusCode, username).toBe(403);
      expect((await send('POST', '/api/rumours/screen', cookie, { text: '小龙虾' })).statusCode, username).toBe(403);
    }
    expect((await send('POST', '/api/rumours/screen', undefined, { text: '小龙虾' })).statusCode).toBe(401);
  });
});

describe('screening a post against the published rebuttals', () => {
  it('finds the right rebuttal for a claim in other words', async () => {
    const fish = await screen('菜场卖鱼的往盆里倒了一包白粉，快死的鱼马上就活过来了，听说那粉是化学品会致癌，大家买鱼小心！');
    expect(fish.matches[0].title).toBe('活蹦乱跳的鱼是被"鱼浮灵"泡出来的，会致癌');
    expect(fish.matches[0].similarity).toBeGreaterThanOrEqual(0.2);
    const oil = await screen('教大家一招：把食用油放进冰箱冷藏，如果冒出白色絮状泡沫就说明是地沟油');
    expect(oil.matches[0].title).toBe('蒜头变红、冷藏起白沫就是地沟油');
    const crayfish = await screen('龙虾是专门吃死尸的，重金属超标，千万别吃了！');
    expect(crayfish.matches[0].title).toBe('小龙虾是用来处理尸体的');
  });

  it('matches nothing in a post about something else, and never a draft', async () => {
    expect((await screen('今天天气很好，我们全家去公园散步，晚上一起看电影。')).matches).toEqual([]);
    expect((await screen('方便面面饼上有一层蜡，吃进去三十六小时都消化不了')).matches.map((m) => m.title)).not.toContain('方便面表面有一层蜡，要三十六小时才能消化');
  });
});
