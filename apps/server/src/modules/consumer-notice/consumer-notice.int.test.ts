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

  it('refuses roles without the permission (403), bad input and unknown samples (400), unknown ids (404)', async () => {
    expect((await draft(cast.station, { kind: 'advisory', title: 't', body: 'b' })).statusCode).toBe(403);
    expect((await draft(cast.department, { kind: 'rumour', title: 't', body: 'b' })).statusCode).toBe(400);
    const unknownSample = await draft(cast.department, { kind: 'advisory', title: 't', body: 'b', sampleIds: [crypto.randomUUID()] });
    expect(unknownSample.statusCode).toBe(400);
    expect((await post(`/api/consumer-notices/${crypto.randomUUID()}/approve`, cast.leader, 1)).statusCode).toBe(404);
  });
});
