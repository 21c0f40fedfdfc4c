import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';

let platform: TTestPlatform;
let cast: Record<'admin' | 'department' | 'leader' | 'station', string>;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin', 'department', 'leader', 'station'], { operators: 20 }));
});
afterAll(() => platform.close());

const draft = (cookie: string, payload: Record<string, unknown>) => platform.request({ method: 'POST', url: '/api/consumer-notices', cookie, payload });
const post = (url: string, cookie: string, version: number) => platform.request({ method: 'POST', url, cookie, payload: { version } });

describe('consumer notices', () => {
  it('is drafted, approved by someone else, published and then public', async () => {
    const created = await draft(cast.department, { kind: 'warning', title: '谨慎食用野生蘑菇', body: '雨季野生蘑菇中毒高发，请勿采食。' });
    expect(created.statusCode, created.body).toBe(201);
    const notice = created.json();
    expect((await platform.request({ method: 'GET', url: '/api/public/consumer-notices' })).json().total).toBe(0);
    expect((await post(`/api/consumer-notices/${notice.id}/publish`, cast.department, notice.version)).statusCode).toBe(400);
    const approved = await post(`/api/consumer-notices/${notice.id}/approve`, cast.leader, notice.version);
    expect(approved.statusCode, approved.body).toBe(200);
    const published = await post(`/api/consumer-notices/${notice.id}/publish`, cast.department, approved.json().version);
    expect(published.statusCode, published.body).toBe(200);
    const open = (await platform.request({ method: 'GET', url: '/api/public/consumer-notices' })).json();
    expect(open.items).toEqual([expect.objectContaining({ id: notice.id, title: '谨慎食用野生蘑菇', kind: 'warning' })]);
    expect(open.items[0]).not.toHaveProperty('approvedBy');
  });

  it('refuses to let the drafter approve their own notice', async () => {
    const notice = (await draft(cast.admin, { kind: 'advisory', title: '节日消费提示', body: '选购正规渠道食品。' })).json();
    const own = await post(`/api/consumer-notices/${notice.id}/approve`, cast.admin, notice.version);
    expect(own.statusCode).toBe(403);
    expect((await post(`/api/consumer-notices/${notice.id}/approve`, cast.leader, notice.version)).statusCode).toBe(200);
  });

  it('pages the staff list by status and the public list of published ones', async () => {
    for (const title of ['提示一', '提示二', '提示三']) {
      const notice = (await draft(cast.department, { kind: 'advisory', title, body: '正文' })).json();
      const approved = (await post(`/api/consumer-notices/${notice.id}/approve`, cast.leader, notice.version)).json();
      expect((await post(`/api/consumer-notices/${notice.id}/publish`, cast.department, approved.version)).statusCode).toBe(200);
    }
    await draft(cast.department, { kind: 'advisory', title: '草稿', body: '正文' });
    const get = async (url: string, cookie?: string) => (await platform.request({ method: 'GET', url, cookie })).json();

    const published = await get('/api/consumer-notices?status=published&pageSize=100', cast.leader);
    expect(published.total).toBeGreaterThanOrEqual(3);
    expect(published.items).toHaveLength(published.total);
    expect(published.items.every((n: { status: string }) => n.status === 'published')).toBe(true);
    const second = await get('/api/consumer-notices?status=published&page=2&pageSize=2', cast.leader);
    expect(second).toMatchObject({ total: published.total, page: 2, pageSize: 2 });
    expect(second.items.map((n: { id: string }) => n.id)).toEqual(published.items.slice(2, 4).map((n: { id: string }) => n.id));
    expect((await get('/api/consumer-notices?status=draft&pageSize=100', cast.leader)).items.map((n: { title: string }) => n.title)).toContain('草稿');

    // The public sees the same published notices, paged the same way, and never a draft.
    const open = await get('/api/public/consumer-notices?page=2&pageSize=2');
    expect(open).toMatchObject({ total: published.total, page: 2, pageSize: 2 });
    expect(open.items.map((n: { id: string }) => n.id)).toEqual(second.items.map((n: { id: string }) => n.id));
  });

  it('refuses roles without the permission (403), bad input and unknown samples (400), unknown ids (404)', async () => {
    expect((await draft(cast.station, { kind: 'advisory', title: 't', body: 'b' })).statusCode).toBe(403);
    expect((await draft(cast.department, { kind: 'rumour', title: 't', body: 'b' })).statusCode).toBe(400);
    const unknownSample = await draft(cast.department, { kind: 'advisory', title: 't', body: 'b', sampleIds: [crypto.randomUUID()] });
    expect(unknownSample.statusCode).toBe(400);
    expect((await post(`/api/consumer-notices/${crypto.randomUUID()}/approve`, cast.leader, 1)).statusCode).toBe(404);
  });
});
