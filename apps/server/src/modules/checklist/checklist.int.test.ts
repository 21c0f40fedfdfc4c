import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { TChecklist, TChecklistSummary } from '@shian/shared/checklist';
import { rowsOf } from '../../core/db/database.ts';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { answerAll, closeWith, createOperatorIn, me, startInspection } from '../../testing/inspections.ts';
import { ensureChecklists } from './checklist.service.ts';

let platform: TTestPlatform;
let department: string;
let inspector: string;

beforeAll(async () => {
  platform = await createTestPlatform();
  [department, inspector] = await Promise.all([platform.login('department'), platform.login('inspector')]);
});
afterAll(() => platform.close());

const list = async (query = '', cookie = department): Promise<TChecklistSummary[]> => (await platform.request({ method: 'GET', url: `/api/checklists${query}`, cookie })).json();
const get = async (id: string): Promise<TChecklist> => (await platform.request({ method: 'GET', url: `/api/checklists/${id}`, cookie: department })).json();

describe('seeded checklists', () => {
  it('has one published v1 per scope with 10-30 items, key items and a legal basis each, seeded once', async () => {
    const published = await list('?status=published');
    expect(published.map((c) => c.scope).sort()).toEqual(['canteen', 'catering', 'production', 'sales', 'small_workshop']);
    for (const c of published) {
      expect(c.versionNo).toBe(1);
      expect(c.itemCount).toBeGreaterThanOrEqual(10);
      expect(c.itemCount).toBeLessThanOrEqual(30);
      expect(c.keyItemCount).toBeGreaterThan(0);
    }
    const catering = await get(published.find((c) => c.scope === 'catering')!.id);
    expect(catering.items.every((i) => i.basisLaw && /^第.+条$/.test(i.basisArticle ?? ''))).toBe(true);
    expect(catering.items).toContainEqual(expect.objectContaining({ key: true, basisLaw: '《中华人民共和国食品安全法》', basisArticle: '第四十五条' }));
    const bureauId = rowsOf<{ id: string }>(await platform.ctx.db.execute(sql`select id from bureau`))[0].id;
    await ensureChecklists(platform.ctx, bureauId);
    expect(await list()).toHaveLength(5);
  });
});

describe('versions', () => {
  it('edits through a draft, publishes it, retires the old version, and inspections keep theirs', async () => {
    const admin = await platform.login('admin');
    const operatorId = (await createOperatorIn(platform, admin)).id;
    const inspectorIds = [(await me(platform, inspector)).id, (await me(platform, await platform.login('station'))).id];
    const before = await startInspection(platform, inspector, { operatorId, inspectorIds });

    const v1 = (await list('?scope=catering'))[0];
    const draftResponse = await platform.request({ method: 'POST', url: `/api/checklists/${v1.id}/draft`, cookie: department });
    expect(draftResponse.statusCode).toBe(201);
    const draft: TChecklist = draftResponse.json();
    expect(draft).toMatchObject({ status: 'draft', versionNo: 2, itemCount: v1.itemCount });
    const again = await platform.request({ method: 'POST', url: `/api/checklists/${v1.id}/draft`, cookie: department });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(draft.id);

    const items = [
      ...draft.items.map(({ section, content, key, basisLaw, basisArticle }) => ({ section, content, key, basisLaw, basisArticle })),
      { section: '新增', content: '公示食品安全承诺书', key: false },
    ];
    const put = await platform.request({ method: 'PUT', url: `/api/checklists/${draft.id}/items`, cookie: department, payload: { version: draft.version, items } });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().itemCount).toBe(v1.itemCount + 1);
    const stale = await platform.request({ method: 'PUT', url: `/api/checklists/${draft.id}/items`, cookie: department, payload: { version: draft.version, items } });
    expect(stale.statusCode).toBe(409);
    const bad = await platform.request({
      method: 'PUT',
      url: `/api/checklists/${draft.id}/items`,
      cookie: department,
      payload: { version: 2, items: [{ section: '', content: 1, extra: 1 }] },
    });
    expect(bad.statusCode).toBe(400);
    const publishedEdit = await platform.request({ method: 'PUT', url: `/api/checklists/${v1.id}/items`, cookie: department, payload: { version: v1.version, items } });
    expect(publishedEdit.statusCode).toBe(400);
    expect(publishedEdit.json().error.fields[0].path).toBe('status');

    const published = await platform.request({ method: 'POST', url: `/api/checklists/${draft.id}/publish`, cookie: department, payload: { version: put.json().version } });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', versionNo: 2 });
    expect((await get(v1.id)).status).toBe('retired');

    const after = await startInspection(platform, inspector, { operatorId, inspectorIds });
    expect(after).toMatchObject({ templateId: draft.id, templateVersionNo: 2 });
    const closed = await closeWith(platform, inspector, await answerAll(platform, inspector, before));
    expect(closed.json()).toMatchObject({ templateId: v1.id, templateVersionNo: 1, status: 'closed' });
    expect(closed.json().items).toHaveLength(v1.itemCount);

    const audit = rowsOf<{ action: string }>(await platform.ctx.db.execute(sql`select action from audit_log where entity = 'checklist' order by seq`));
    expect(audit.map((a) => a.action)).toEqual(['create_draft', 'update_items', 'publish']);
  });

  it('lets inspectors read but only checklist.manage edit', async () => {
    expect((await list('', inspector)).length).toBeGreaterThan(0);
    const [one] = await list('?status=published');
    const response = await platform.request({ method: 'POST', url: `/api/checklists/${one.id}/draft`, cookie: inspector });
    expect(response.statusCode).toBe(403);
    const business = await platform.login('business');
    expect((await platform.request({ method: 'GET', url: '/api/checklists', cookie: business })).statusCode).toBe(200);
    const missing = await platform.request({ method: 'GET', url: `/api/checklists/${crypto.randomUUID()}`, cookie: department });
    expect(missing.statusCode).toBe(404);
  });
});
