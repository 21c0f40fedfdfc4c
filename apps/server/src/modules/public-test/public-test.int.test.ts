import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { TNomination } from '@shian/shared/public-test';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import { samplingPlan } from '../sampling/sampling.schema.ts';
import { nominationVote } from './public-test.schema.ts';
import { PROPOSALS_PER_IP_HOUR, voterHash } from './public-test.service.ts';

let platform: TTestPlatform;
let cast: Record<'department' | 'business', string>;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['department', 'business'], { operators: 20 }));
});
afterAll(() => platform.close());

const propose = (ip: string, payload: Record<string, unknown>) => platform.request({ method: 'POST', url: '/api/public/test-nominations', payload, remoteAddress: ip });
const vote = (id: string, ip: string, voter?: string) =>
  platform.request({ method: 'POST', url: `/api/public/test-nominations/${id}/votes`, remoteAddress: ip, ...(voter ? { cookies: { shian_voter: voter } } : {}) });

describe('你点我检 in public', () => {
  let nomination: TNomination;

  it('takes a proposal without signing in and refuses bad input', async () => {
    const created = await propose('10.0.0.1', { food: '小龙虾', place: '前川街道夜市', reason: '夏季消费量大' });
    expect(created.statusCode, created.body).toBe(201);
    nomination = created.json();
    expect(nomination).toMatchObject({ status: 'open', votes: 0 });
    expect((await propose('10.0.0.1', { food: '', place: '夜市' })).statusCode).toBe(400);
  });

  it('limits proposals per IP address (429 after the limit)', async () => {
    const ip = '10.0.0.2';
    for (let i = 0; i < PROPOSALS_PER_IP_HOUR; i++) expect((await propose(ip, { food: `食品${i}`, place: '某超市' })).statusCode).toBe(201);
    const refused = await propose(ip, { food: '再来一条', place: '某超市' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('RATE_LIMITED');
    expect((await propose('10.0.0.3', { food: '另一个地址', place: '某超市' })).statusCode).toBe(201);
  });

  it('gives a first visitor an HttpOnly SameSite=Strict voter cookie for a year', async () => {
    const response = await platform.request({ method: 'GET', url: '/api/public/test-nominations' });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'shian_voter')!;
    expect(cookie.value).toMatch(/^[0-9a-f]{32}$/);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', maxAge: 365 * 86_400 });
  });

  it('counts one vote per voter token (409 for the second) and stores only the keyed hash', async () => {
    const token = 'a'.repeat(32);
    const first = await vote(nomination.id, '10.0.1.1', token);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().votes).toBe(1);
    const again = await vote(nomination.id, '10.0.1.2', token);
    expect(again.statusCode).toBe(409);
    const stored = await platform.ctx.db.select().from(nominationVote).where(eq(nominationVote.nominationId, nomination.id));
    expect(stored.map((v) => v.voterHash)).toEqual([voterHash(platform.ctx, token)]);
    expect(stored[0].voterHash).not.toContain(token);
    expect((await vote(nomination.id, '10.0.1.3', 'b'.repeat(32))).json().votes).toBe(2);
  });

  it('caps votes per IP address per proposal per day (429)', async () => {
    const target = (await propose('10.0.2.1', { food: '凉皮', place: '学校门口' })).json() as TNomination;
    let status = 201;
    let count = 0;
    while (status === 201 && count < 100) {
      status = (await vote(target.id, '10.0.2.9', count.toString(16).padStart(32, '0'))).statusCode;
      count += 1;
    }
    expect(status).toBe(429);
    expect(count).toBeGreaterThan(1);
  });

  it('answers 404 to a vote for an unknown nomination', async () => {
    expect((await vote(crypto.randomUUID(), '10.0.3.1', 'c'.repeat(32))).statusCode).toBe(404);
  });

  it('lets staff turn a proposal into a special plan and publish its result back', async () => {
    expect(
      (await platform.request({ method: 'POST', url: `/api/test-nominations/${nomination.id}/select`, cookie: cast.business, payload: { version: 1, planName: 'x' } })).statusCode,
    ).toBe(403);
    const current = (await platform.request({ method: 'GET', url: '/api/test-nominations', cookie: cast.department }))
      .json()
      .items.find((n: TNomination) => n.id === nomination.id);
    const selected = await platform.request({
      method: 'POST',
      url: `/api/test-nominations/${nomination.id}/select`,
      cookie: cast.department,
      payload: { version: current.version, planName: '你点我检：小龙虾专项' },
    });
    expect(selected.statusCode, selected.body).toBe(200);
    const [plan] = await platform.ctx.db.select().from(samplingPlan).where(eq(samplingPlan.id, selected.json().planId));
    expect(plan).toMatchObject({ kind: 'public_nomination', name: '你点我检：小龙虾专项' });
    expect((await vote(nomination.id, '10.0.4.1', 'd'.repeat(32))).statusCode).toBe(400);
    const result = await platform.request({
      method: 'POST',
      url: `/api/test-nominations/${nomination.id}/result`,
      cookie: cast.department,
      payload: { version: selected.json().version, resultSummary: '抽检 5 批次，全部合格' },
    });
    expect(result.statusCode, result.body).toBe(200);
    const list = (await platform.request({ method: 'GET', url: '/api/public/test-nominations?status=tested' })).json();
    expect(list.items).toEqual([expect.objectContaining({ id: nomination.id, resultSummary: '抽检 5 批次，全部合格' })]);
  });

  it('hides a rejected proposal from the public list', async () => {
    const target = (await propose('10.0.5.1', { food: '无关内容', place: '某处' })).json() as TNomination;
    const rejected = await platform.request({ method: 'POST', url: `/api/test-nominations/${target.id}/reject`, cookie: cast.department, payload: { version: target.version } });
    expect(rejected.statusCode).toBe(200);
    const list = (await platform.request({ method: 'GET', url: '/api/public/test-nominations?pageSize=100' })).json();
    expect(list.items.map((n: TNomination) => n.id)).not.toContain(target.id);
    const staff = (await platform.request({ method: 'GET', url: '/api/test-nominations?status=rejected', cookie: cast.department })).json();
    expect(staff.items.map((n: TNomination) => n.id)).toEqual([target.id]);
  });

  it('pages both lists, most votes first', async () => {
    const ids = (page: { items: TNomination[] }) => page.items.map((n) => n.id);
    const all = (await platform.request({ method: 'GET', url: '/api/public/test-nominations?status=open&pageSize=100' })).json();
    expect(all.total).toBeGreaterThan(4);
    expect(all.items).toHaveLength(all.total);
    const votes = all.items.map((n: TNomination) => n.votes);
    expect(votes).toEqual([...votes].sort((a, b) => b - a));
    const second = (await platform.request({ method: 'GET', url: '/api/public/test-nominations?status=open&page=2&pageSize=2' })).json();
    expect(second).toMatchObject({ total: all.total, page: 2, pageSize: 2 });
    expect(ids(second)).toEqual(ids(all).slice(2, 4));
    const staff = (await platform.request({ method: 'GET', url: '/api/test-nominations?status=open&page=2&pageSize=2', cookie: cast.department })).json();
    expect(staff).toMatchObject({ total: all.total, page: 2 });
    expect(ids(staff)).toEqual(ids(second));
  });
});
