// The notification producers of each module (complaint, inspection-plan, disposal, credit, consumer-notice), end to
// end: the step through its route, then who was told, once, and that nobody outside the scope or the actor was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { TNotification, TNotificationPage } from '@shian/shared/notification';
import { chinaToday } from '@shian/shared/working-days';
import { rowsOf } from './core/db/database.ts';
import { signedInPlatform } from './testing/signed-in.ts';
import type { TTestPlatform } from './testing/test-platform.ts';
import { createOperatorIn, me, QIJIAWAN_UNIT, testImage, upload } from './testing/inspections.ts';
import { insertComplaints } from './testing/test-complaints.ts';
import { complaint } from './modules/complaint/complaint.schema.ts';
import { creditListEntry } from './modules/credit/credit.schema.ts';
import { disposal } from './modules/disposal/disposal.schema.ts';
import { station } from './modules/org/org.schema.ts';
import { sample, samplingPlan } from './modules/sampling/sampling.schema.ts';
import { appUser } from './modules/user/user.schema.ts';

const USERS = ['admin', 'station', 'inspector', 'business', 'leader', 'department'] as const;
type TWho = (typeof USERS)[number] | 'otherHead' | 'otherInspector';
let platform: TTestPlatform;
let cast: Record<TWho, string>;
let ids: Record<TWho, string>;
let qianchuanId: string;
let qijiawanId: string;
let ownOperatorId: string;
let elsewhereId: string;
let bureauId: string;
const today = chinaToday();
const daysAgo = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  const signed = await signedInPlatform(USERS, { operators: 40 });
  platform = signed.platform;
  const db = platform.ctx.db;
  const stations = await db.select().from(station).where(eq(station.kind, 'station'));
  qianchuanId = stations.find((s) => s.name === '前川市场监督管理所')!.id;
  qijiawanId = stations.find((s) => s.name.startsWith('祁家湾'))!.id;
  // The other station's head (the demo has none) and one of its inspectors: never told of Qianchuan's work.
  const [head] = await db.select().from(appUser).where(eq(appUser.username, 'station'));
  await db
    .insert(appUser)
    .values({ bureauId: head.bureauId, username: 'otherhead', displayName: '祁家湾所长', passwordHash: head.passwordHash, role: 'station', stationId: qijiawanId });
  const [outsider] = await db
    .select({ username: appUser.username })
    .from(appUser)
    .where(and(eq(appUser.role, 'inspector'), eq(appUser.stationId, qijiawanId), ne(appUser.username, 'inspector')))
    .limit(1);
  cast = { ...signed.cookies, otherHead: await platform.login('otherhead'), otherInspector: await platform.login(outsider.username) };
  ids = Object.fromEntries(await Promise.all(Object.entries(cast).map(async ([who, cookie]) => [who, (await me(platform, cookie)).id]))) as Record<TWho, string>;
  ownOperatorId = (await me(platform, cast.business)).operatorId!;
  bureauId = head.bureauId;
  elsewhereId = (await createOperatorIn(platform, cast.admin, QIJIAWAN_UNIT)).id;
});
afterAll(() => platform.close());

async function inbox(who: TWho, module: string): Promise<TNotification[]> {
  const response = await platform.request({ method: 'GET', url: '/api/notifications?pageSize=100', cookie: cast[who] });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as TNotificationPage).items.filter((n) => n.module === module);
}
/** Each listed user was told exactly once with a title containing `text`; every other user never. */
async function toldOnce(module: string, text: string, told: TWho[]) {
  for (const who of Object.keys(cast) as TWho[]) {
    const hits = (await inbox(who, module)).filter((n) => n.title.zh.includes(text));
    expect(hits, `${who}: ${text}`).toHaveLength(told.includes(who) ? 1 : 0);
  }
}
const post = (who: TWho, url: string, payload: Record<string, unknown>) => platform.request({ method: 'POST', url, cookie: cast[who], payload });

describe('complaints reaching a station', () => {
  it("tells the station's head of a complaint routed to it, then the other station's head when it moves, never the router", async () => {
    const [id] = await insertComplaints(platform, [{ receivedAt: today, unitCode: null }]);
    await platform.ctx.db.update(complaint).set({ namedBusiness: '分派通知测试店' }).where(eq(complaint.id, id));
    const route = async (stationId: string) => {
      const [row] = await platform.ctx.db.select({ version: complaint.version }).from(complaint).where(eq(complaint.id, id));
      const response = await post('admin', `/api/complaints/${id}/route`, { version: row.version, stationId });
      expect(response.statusCode, response.body).toBe(200);
    };
    await route(qianchuanId);
    // Inspectors hold no complaint.manage; the district staff route and see it on the workbench.
    await toldOnce('complaint', '新投诉分派至本所：分派通知测试店', ['station']);
    const [n] = (await inbox('station', 'complaint')).filter((x) => x.title.zh.includes('分派通知测试店'));
    expect(n).toMatchObject({ kind: 'assigned', link: `/complaints/${id}` });
    await route(qijiawanId);
    await toldOnce('complaint', '新投诉分派至本所：分派通知测试店', ['station', 'otherHead']);
  });

  it('tells each station once of a batch received, and nothing more when the event repeats', async () => {
    const batch = await insertComplaints(platform, [{ receivedAt: today }, { receivedAt: today }, { receivedAt: today }]);
    await platform.ctx.db.update(complaint).set({ stationId: qianchuanId }).where(sql`${complaint.id} in (${batch[0]}, ${batch[1]})`);
    await platform.ctx.db.update(complaint).set({ stationId: qijiawanId, namedBusiness: '批量单件店' }).where(eq(complaint.id, batch[2]));
    for (let i = 0; i < 2; i++) await platform.ctx.events.publish('complaint.received', { bureauId, complaintIds: batch }, null);
    await toldOnce('complaint', '2 件投诉举报分派至本所', ['station']);
    await toldOnce('complaint', '新投诉分派至本所：批量单件店', ['otherHead']);
  });
});

describe('inspection plans', () => {
  // December: every operator not yet visited that year is due then, whatever month its id spreads its visit to (the
  // ids differ from seed to seed, and a station's few operators may have none spread to an earlier month).
  const PLAN_MONTH = 12;
  it('tells each assigned inspector once per generation with its count, nobody at another station, and nothing on a rerun', async () => {
    const year = Number(today.slice(0, 4)) + 1;
    const generate = () => post('station', '/api/inspection-plans/generate', { year, month: PLAN_MONTH });
    const first = await generate();
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().created).toBeGreaterThan(0);
    const entries = rowsOf<{ inspector_ids: string[] }>(
      await platform.ctx.db.execute(sql`select inspector_ids from inspection_plan_entry where year = ${year} and month = ${PLAN_MONTH} and station_id = ${qianchuanId}`),
    );
    const counts = new Map<string, number>();
    for (const e of entries) for (const i of e.inspector_ids) counts.set(i, (counts.get(i) ?? 0) + 1);
    const told = async () =>
      rowsOf<{ recipient_id: string; title_zh: string }>(
        await platform.ctx.db.execute(
          sql`select recipient_id, title_zh from notification where module = 'inspection-plan' and title_zh like ${`${year}年${PLAN_MONTH}月检查计划已下达%`}`,
        ),
      );
    const rows = await told();
    // The station head generated it: told of nothing, even when it is on entries itself.
    const expected = [...counts].filter(([id]) => id !== ids.station);
    expect(rows.map((r) => r.recipient_id).sort()).toEqual(expected.map(([id]) => id).sort());
    for (const [id, n] of expected) expect(rows.find((r) => r.recipient_id === id)?.title_zh).toBe(`${year}年${PLAN_MONTH}月检查计划已下达：${n} 户`);
    expect(rows.map((r) => r.recipient_id)).not.toContain(ids.otherInspector);
    expect((await generate()).json().created).toBe(0);
    expect(await told()).toHaveLength(rows.length);
  });
  it('tells an inspector newly put on an entry, not the one kept on it', async () => {
    const year = Number(today.slice(0, 4)) + 1;
    const [entry] = rowsOf<{ id: string; version: number; inspector_ids: string[] }>(
      await platform.ctx.db.execute(
        sql`select id, version, inspector_ids from inspection_plan_entry where year = ${year} and month = ${PLAN_MONTH} and station_id = ${qianchuanId} limit 1`,
      ),
    );
    const pool = await platform.ctx.db
      .select({ id: appUser.id })
      .from(appUser)
      .where(and(eq(appUser.role, 'inspector'), eq(appUser.stationId, qianchuanId)));
    const added = pool.map((u) => u.id).find((id) => !entry.inspector_ids.includes(id))!;
    expect(added).toBeDefined();
    const kept = entry.inspector_ids.find((id) => id !== ids.station)!;
    const response = await platform.request({
      method: 'PATCH',
      url: `/api/inspection-plans/${entry.id}`,
      cookie: cast.station,
      payload: { version: entry.version, inspectorIds: [kept, added] },
    });
    expect(response.statusCode, response.body).toBe(200);
    const told = rowsOf<{ recipient_id: string; title_zh: string }>(
      await platform.ctx.db.execute(sql`select recipient_id, title_zh from notification where dedupe_key = ${`plan-entry:${entry.id}:v${entry.version + 1}`}`),
    );
    expect(told).toEqual([{ recipient_id: added, title_zh: '检查任务改派给您：1 户' }]);
  });
});

/** A failed sample of the operator, as the sampling module would store and report it. */
async function failedSample(operatorId: string, productName: string) {
  const [plan] = await platform.ctx.db
    .insert(samplingPlan)
    .values({ bureauId, name: `通知测试计划${productName}`, year: 2026, kind: 'yearly' })
    .returning();
  const [row] = await platform.ctx.db
    .insert(sample)
    .values({
      bureauId,
      planId: plan.id,
      sampleNo: `TEST-NOTIFY-${process.pid}-${productName}`,
      operatorId,
      productName,
      manufacturerName: '某农场',
      quantity: '2 kg',
      foodCategory: 'vegetable',
      sampledOn: today,
      samplerName: '抽样员',
      status: 'reported',
      verdict: 'nonconforming',
    })
    .returning();
  await platform.ctx.events.publish('sample.reported', { sampleId: row.id, operatorId, verdict: 'nonconforming', reportedOn: today }, null);
  const [opened] = await platform.ctx.db.select().from(disposal).where(eq(disposal.sampleId, row.id));
  return opened;
}

describe('disposals', () => {
  it("tells the business's station staff of a disposal opened, and of the business's acknowledgement with its objection", async () => {
    const d = await failedSample(ownOperatorId, '通知豇豆');
    // Station staff cover the business: the district's disposal staff see it on the workbench instead.
    await toldOnce('disposal', '抽检不合格待处置', ['station', 'inspector']);
    const delivered = await post('station', `/api/disposals/${d.id}/deliver`, { version: d.version });
    expect(delivered.statusCode, delivered.body).toBe(200);
    const ack = await post('business', `/api/disposals/${d.id}/acknowledge`, { version: delivered.json().version, objection: '申请复检' });
    expect(ack.statusCode, ack.body).toBe(200);
    await toldOnce('disposal', '企业签收并提出异议：', ['station', 'inspector']);
    const [n] = (await inbox('inspector', 'disposal')).filter((x) => x.kind === 'answered');
    expect(n).toMatchObject({ link: `/disposals/${d.id}`, body: { zh: '异议：申请复检' } });
  });

  it("tells the other station's staff of a disposal there, not Qianchuan's", async () => {
    await failedSample(elsewhereId, '他所豇豆');
    const there = (await inbox('otherInspector', 'disposal')).filter((n) => n.title.zh.includes('他所豇豆'));
    expect(there).toHaveLength(1);
    for (const who of ['station', 'inspector', 'admin', 'business'] as const)
      expect(
        (await inbox(who, 'disposal')).filter((n) => n.title.zh.includes('他所豇豆')),
        who,
      ).toHaveLength(0);
  });
});

describe('approvals and applications', () => {
  it('tells the heads who approve of a listing proposed, not the proposer; the credit staff of a repair application', async () => {
    const proposal = {
      operatorId: ownOperatorId,
      grounds: ['diseased_meat'],
      heavierPenalties: ['aggravated_fine'],
      penaltyDecisionNo: '黄市监处罚〔2026〕通知1号',
      penaltyDecidedOn: daysAgo(1),
      facts: '购进并销售死因不明的猪肉 200 公斤，货值较大，故意违法，从重处罚。',
      priorNoticeOn: daysAgo(10),
    };
    const proposed = await post('department', '/api/credit/list-entries', proposal);
    expect(proposed.statusCode, proposed.body).toBe(201);
    await toldOnce('credit', '列入严重违法失信名单待审批', ['leader', 'admin']);
    const [n] = await inbox('leader', 'credit');
    expect(n).toMatchObject({ kind: 'approval', link: `/credit/list-entries/${proposed.json().id}` });

    const approved = await post('leader', `/api/credit/list-entries/${proposed.json().id}/approve`, { version: proposed.json().version, superiorConsent: '武市监信函〔2026〕9号' });
    expect(approved.statusCode, approved.body).toBe(200);
    await platform.ctx.db
      .update(creditListEntry)
      .set({ listedOn: daysAgo(400), lastDay: daysAgo(-700) })
      .where(eq(creditListEntry.id, proposed.json().id));
    const photo = await upload(platform, cast.business, `/api/credit/list-entries/${proposed.json().id}/repair-evidence`, await testImage());
    expect(photo.statusCode, photo.body).toBe(201);
    const applied = await post('business', `/api/credit/list-entries/${proposed.json().id}/repairs`, {
      statement: '已缴清罚款并销毁涉案产品，更换供货商并建立进货查验记录，申请提前移出。',
      pledge: true,
      evidenceFileIds: [photo.json().id],
    });
    expect(applied.statusCode, applied.body).toBe(201);
    await toldOnce('credit', '申请信用修复', ['department', 'admin']);
  });

  it('tells the notice approvers of a drafted consumer notice, not its drafter', async () => {
    const drafted = await post('department', '/api/consumer-notices', { kind: 'warning', title: '通知测试：谨慎食用野生蘑菇', body: '雨季野生蘑菇中毒高发，请勿采食。' });
    expect(drafted.statusCode, drafted.body).toBe(201);
    await toldOnce('consumer-notice', '消费提示待审核：通知测试：谨慎食用野生蘑菇', ['leader', 'admin']);
  });
});
