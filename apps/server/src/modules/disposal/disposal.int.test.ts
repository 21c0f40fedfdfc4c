import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { TDisposal, TDisposalDetail } from '@shian/shared/disposal';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import { createOperatorIn, me, QIANCHUAN_UNIT, QIJIAWAN_UNIT } from '../../testing/inspections.ts';
import { sample, samplingPlan } from '../sampling/sampling.schema.ts';
import { caseLead } from '../lead/lead.schema.ts';
import { bureau } from '../org/org.schema.ts';
import { disposal } from './disposal.schema.ts';

let platform: TTestPlatform;
let cast: Record<'admin' | 'station' | 'business' | 'leader', string>;
let businessOperatorId: string;
let planId: string;
let serial = 0;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin', 'station', 'business', 'leader'], { operators: 40 }));
  businessOperatorId = (await me(platform, cast.business)).operatorId!;
  const [{ id: bureauId }] = await platform.ctx.db.select({ id: bureau.id }).from(bureau);
  const [plan] = await platform.ctx.db.insert(samplingPlan).values({ bureauId, name: '测试计划', year: 2026, kind: 'yearly' }).returning();
  planId = plan.id;
});
afterAll(() => platform.close());

/** A sample row as the sampling module would store it, then its failed report published as the event. */
async function failedSample(operatorId: string, reportedOn = '2026-09-30') {
  serial += 1;
  const [plan] = await platform.ctx.db.select({ bureauId: samplingPlan.bureauId }).from(samplingPlan).where(eq(samplingPlan.id, planId));
  const [row] = await platform.ctx.db
    .insert(sample)
    .values({
      bureauId: plan.bureauId,
      planId,
      sampleNo: `TEST-DISP-${process.pid}-${serial}`,
      operatorId,
      productName: '豇豆',
      manufacturerName: '某农场',
      quantity: '2 kg',
      foodCategory: 'vegetable',
      sampledOn: '2026-09-20',
      samplerName: '抽样员',
      status: 'reported',
      verdict: 'nonconforming',
    })
    .returning();
  await platform.ctx.events.publish('sample.reported', { sampleId: row.id, operatorId, verdict: 'nonconforming', reportedOn }, null);
  const [opened] = await platform.ctx.db.select().from(disposal).where(eq(disposal.sampleId, row.id));
  return { sampleId: row.id, disposalId: opened?.id };
}

const get = (id: string, cookie: string) => platform.request({ method: 'GET', url: `/api/disposals/${id}`, cookie });
const detail = async (id: string): Promise<TDisposalDetail> => (await get(id, cast.admin)).json();

describe('opening on sample.reported', () => {
  it('opens exactly one disposal and one lead per failed sample, with clocks across the National Day holiday', async () => {
    const { sampleId, disposalId } = await failedSample(businessOperatorId);
    await platform.ctx.events.publish('sample.reported', { sampleId, operatorId: businessOperatorId, verdict: 'nonconforming', reportedOn: '2026-09-30' }, null);
    expect(await platform.ctx.db.select().from(disposal).where(eq(disposal.sampleId, sampleId))).toHaveLength(1);
    const leads = await platform.ctx.db.select().from(caseLead).where(eq(caseLead.sourceId, sampleId));
    expect(leads.map((l) => l.source)).toEqual(['sampling']);
    const d = await detail(disposalId!);
    // 5 working days after 30 Sept: 1-7 Oct are the holiday, Saturday 10 Oct is worked: 8, 9, 10, 12, 13 Oct.
    expect(d.deliverDueOn).toBe('2026-10-13');
    expect(d.completeDueOn).toBe('2026-12-29');
    expect(d.steps.map((s) => s.kind)).toEqual(['notify', 'off_shelf', 'cause_analysis', 'rectification', 'follow_up_check']);
  });

  it('opens nothing for a conforming result', async () => {
    const before = (await platform.ctx.db.select().from(disposal)).length;
    await platform.ctx.events.publish('sample.reported', { sampleId: crypto.randomUUID(), operatorId: businessOperatorId, verdict: 'conforming', reportedOn: '2026-09-30' }, null);
    expect((await platform.ctx.db.select().from(disposal)).length).toBe(before);
  });

  it('raises the risk grade with the open disposal as a reason', async () => {
    const response = await platform.request({ method: 'GET', url: `/api/operators/${businessOperatorId}/risk`, cookie: cast.admin });
    expect(response.statusCode).toBe(200);
    expect(JSON.stringify(response.json())).toContain('2026-09-30 抽检不合格核查处置未完成');
  });
});

describe('the disposal flow', () => {
  let id: string;
  beforeAll(async () => {
    id = (await failedSample(businessOperatorId, '2026-11-02')).disposalId!;
  });

  it('hides an undelivered disposal from the business, and shows it after delivery', async () => {
    expect((await get(id, cast.business)).statusCode).toBe(404);
    const d = await detail(id);
    const delivered = await platform.request({ method: 'POST', url: `/api/disposals/${id}/deliver`, cookie: cast.station, payload: { version: d.version } });
    expect(delivered.statusCode, delivered.body).toBe(200);
    expect(delivered.json().steps[0]).toMatchObject({ kind: 'notify', status: 'done' });
    const mine = (await platform.request({ method: 'GET', url: '/api/disposals', cookie: cast.business })).json();
    expect(mine.items.map((i: TDisposal) => i.id)).toContain(id);
    expect(mine.items.every((i: TDisposal) => i.operatorId === businessOperatorId)).toBe(true);
  });

  it('lets only the business acknowledge (403 for staff without the permission), with an objection in the window', async () => {
    const d = await detail(id);
    expect((await platform.request({ method: 'POST', url: `/api/disposals/${id}/acknowledge`, cookie: cast.station, payload: { version: d.version } })).statusCode).toBe(403);
    const ok = await platform.request({ method: 'POST', url: `/api/disposals/${id}/acknowledge`, cookie: cast.business, payload: { version: d.version, objection: '申请复检' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ objection: '申请复检' });
    expect(ok.json().acknowledgedAt).not.toBeNull();
  });

  it('refuses to close with open steps, naming them, and closes once every step is done', async () => {
    let d = await detail(id);
    const refused = await platform.request({ method: 'POST', url: `/api/disposals/${id}/close`, cookie: cast.station, payload: { version: d.version } });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('原因排查');
    const bad = await platform.request({
      method: 'PATCH',
      url: `/api/disposals/${id}/steps/${d.steps[1].id}`,
      cookie: cast.station,
      payload: { version: d.steps[1].version, status: 'done', detail: '下架', quantity: 3 },
    });
    expect(bad.statusCode).toBe(400);
    for (const step of d.steps.filter((s) => s.status === 'open')) {
      const body = step.kind === 'off_shelf' ? { quantity: 3, quantityUnit: 'kg' } : {};
      const done = await platform.request({
        method: 'PATCH',
        url: `/api/disposals/${id}/steps/${step.id}`,
        cookie: cast.station,
        payload: { version: step.version, status: 'done', detail: '已完成', ...body },
      });
      expect(done.statusCode, done.body).toBe(200);
    }
    d = await detail(id);
    expect(d.steps.every((s) => s.doneAt && s.doneByName)).toBe(true);
    expect(d.steps.find((s) => s.kind === 'off_shelf')).toMatchObject({ quantity: 3, quantityUnit: 'kg' });
    const closed = await platform.request({ method: 'POST', url: `/api/disposals/${id}/close`, cookie: cast.station, payload: { version: d.version } });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().status).toBe('closed');
  });

  it('refuses an objection after the window, with the reason', async () => {
    const other = (await failedSample(businessOperatorId, '2026-03-02')).disposalId!;
    const d = await detail(other);
    await platform.request({ method: 'POST', url: `/api/disposals/${other}/deliver`, cookie: cast.station, payload: { version: d.version } });
    await platform.ctx.db.update(disposal).set({ objectionDueOn: '2026-03-13' }).where(eq(disposal.id, other));
    const late = await platform.request({
      method: 'POST',
      url: `/api/disposals/${other}/acknowledge`,
      cookie: cast.business,
      payload: { version: d.version + 1, objection: '申请复检' },
    });
    expect(late.statusCode).toBe(400);
    expect(late.body).toContain('2026-03-13');
  });
});

describe('scopes, permissions and lists', () => {
  it("answers 404 to a station for another station's disposal, and to a business for another operator's", async () => {
    const elsewhere = await createOperatorIn(platform, cast.admin, QIJIAWAN_UNIT);
    const { disposalId } = await failedSample(elsewhere.id);
    expect((await get(disposalId!, cast.admin)).statusCode).toBe(200);
    expect((await get(disposalId!, cast.station)).statusCode).toBe(404);
    const d = await detail(disposalId!);
    await platform.request({ method: 'POST', url: `/api/disposals/${disposalId}/deliver`, cookie: cast.admin, payload: { version: d.version } });
    expect((await get(disposalId!, cast.business)).statusCode).toBe(404);
  });

  it('refuses delivery to a role without disposal.manage (403) and bad input (400)', async () => {
    const local = await createOperatorIn(platform, cast.admin, QIANCHUAN_UNIT);
    const { disposalId } = await failedSample(local.id);
    expect((await platform.request({ method: 'POST', url: `/api/disposals/${disposalId}/deliver`, cookie: cast.leader, payload: { version: 1 } })).statusCode).toBe(403);
    expect((await platform.request({ method: 'POST', url: `/api/disposals/${disposalId}/deliver`, cookie: cast.station, payload: { version: 'x' } })).statusCode).toBe(400);
    expect((await platform.request({ method: 'GET', url: '/api/disposals?overdue=maybe', cookie: cast.station })).statusCode).toBe(400);
  });

  it('lists overdue disposals and escalates them', async () => {
    const overdue = (await platform.request({ method: 'GET', url: '/api/disposals?overdue=true', cookie: cast.admin })).json();
    expect(overdue.total).toBeGreaterThan(0);
    expect(overdue.items.every((i: TDisposal) => i.overdue)).toBe(true);
    const escalated = await platform.request({ method: 'POST', url: '/api/disposals/escalate', cookie: cast.admin });
    expect(escalated.json().escalated).toBeGreaterThan(0);
    expect((await platform.request({ method: 'POST', url: '/api/disposals/escalate', cookie: cast.admin })).json().escalated).toBe(0);
  });

  it('lists leads with their source and link, in scope', async () => {
    const all = await platform.request({ method: 'GET', url: '/api/leads?source=sampling', cookie: cast.admin });
    expect(all.statusCode).toBe(200);
    expect(all.json().items[0]).toMatchObject({ source: 'sampling' });
    expect(all.json().items[0].link).toContain('/disposals');
    const mine = await platform.request({ method: 'GET', url: '/api/leads', cookie: cast.station });
    expect(mine.json().total).toBeLessThan(all.json().total);
    expect((await platform.request({ method: 'GET', url: '/api/leads', cookie: cast.business })).statusCode).toBe(403);
  });
});

describe("the bureau's clocks and the dashboard", () => {
  const settings = (cookie: string, payload?: object) =>
    platform.request({ method: payload ? 'PUT' : 'GET', url: '/api/disposal-clock-settings', cookie, ...(payload ? { payload } : {}) });

  it('shows the national defaults until the bureau sets its own', async () => {
    const response = await settings(cast.station);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ deliverWorkingDays: 5, objectionWorkingDays: 7, completeDays: 90, version: 0, isDefault: true });
  });

  it('lets only district staff with disposal.configure set them, and refuses bad values naming the field', async () => {
    const clocks = { version: 0, deliverWorkingDays: 3, objectionWorkingDays: 5, completeDays: 60 };
    expect((await settings(cast.station, clocks)).statusCode).toBe(403);
    expect((await settings(cast.leader, clocks)).statusCode).toBe(403);
    const bad = await settings(cast.admin, { ...clocks, deliverWorkingDays: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('deliverWorkingDays');
    expect((await settings(cast.admin, { ...clocks, completeDays: 'x' })).statusCode).toBe(400);
    expect((await settings(cast.station)).json().isDefault).toBe(true);
  });

  it('applies a change to disposals opened afterwards, keeps open ones, and answers 409 to a stale version', async () => {
    const local = await createOperatorIn(platform, cast.admin, QIANCHUAN_UNIT);
    const before = await failedSample(local.id);
    const saved = await settings(cast.admin, { version: 0, deliverWorkingDays: 3, objectionWorkingDays: 5, completeDays: 60 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, isDefault: false, deliverWorkingDays: 3 });
    expect((await settings(cast.admin, { version: 0, deliverWorkingDays: 4, objectionWorkingDays: 5, completeDays: 60 })).statusCode).toBe(409);

    const after = await failedSample(local.id);
    // 3 working days after 30 Sept across the National Day holiday: 8, 9, 10 Oct; 60 days: 29 Nov.
    expect((await detail(after.disposalId!)).deliverDueOn).toBe('2026-10-10');
    expect((await detail(after.disposalId!)).completeDueOn).toBe('2026-11-29');
    expect((await detail(before.disposalId!)).deliverDueOn).toBe('2026-10-13');

    const restored = await settings(cast.admin, { version: 1, deliverWorkingDays: 5, objectionWorkingDays: 7, completeDays: 90 });
    expect(restored.json()).toMatchObject({ version: 2, updatedByName: expect.any(String) });
  });

  it('counts open and overdue disposals per station on the sampling dashboard, in scope', async () => {
    const open = (await platform.request({ method: 'GET', url: '/api/disposals?status=open&pageSize=200', cookie: cast.admin })).json();
    const overdue = (await platform.request({ method: 'GET', url: '/api/disposals?status=open&overdue=true&pageSize=200', cookie: cast.admin })).json();
    const district = (await platform.request({ method: 'GET', url: '/api/dashboards/sampling?year=2026', cookie: cast.admin })).json();
    const sum = (rows: { open: number; overdue: number }[], key: 'open' | 'overdue') => rows.reduce((s, r) => s + r[key], 0);
    expect(sum(district.disposalsByStation, 'open')).toBe(open.total);
    expect(sum(district.disposalsByStation, 'overdue')).toBe(overdue.total);
    expect(district.disposalsByStation.length).toBeGreaterThan(1);
    const own = (await platform.request({ method: 'GET', url: '/api/dashboards/sampling?year=2026', cookie: cast.station })).json();
    expect(own.disposalsByStation.map((r: { stationName: string }) => r.stationName)).toEqual(['前川市场监督管理所']);
  });
});
