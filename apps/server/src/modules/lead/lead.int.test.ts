import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { leadAssessDueOn, type TLead } from '@shian/shared/lead';
import { addDays, addWorkingDays, chinaToday } from '@shian/shared/working-days';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import { createOperatorIn, QIANCHUAN_UNIT, QIJIAWAN_UNIT } from '../../testing/inspections.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { caseLead } from './lead.schema.ts';

let platform: TTestPlatform;
let cast: Record<'admin' | 'enforcement' | 'leader' | 'station' | 'business', string>;
let qianchuanOperator: string;
let qijiawanOperator: string;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin', 'enforcement', 'leader', 'station', 'business'], { operators: 40 }));
  qianchuanOperator = (await createOperatorIn(platform, cast.admin, QIANCHUAN_UNIT)).id;
  qijiawanOperator = (await createOperatorIn(platform, cast.admin, QIJIAWAN_UNIT)).id;
});
afterAll(() => platform.close());

async function newLead(cookie: string, body: Record<string, unknown> = {}): Promise<TLead> {
  const response = await platform.request({
    method: 'POST',
    url: '/api/leads',
    cookie,
    payload: { source: 'inspection', operatorId: qianchuanOperator, leadSummary: '检查发现后厨使用过期原料', discoveredOn: chinaToday(), ...body },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const post = (url: string, cookie: string, payload: Record<string, unknown>) => platform.request({ method: 'POST', url, cookie, payload });
const getLead = async (id: string, cookie = cast.enforcement): Promise<TLead> => (await platform.request({ method: 'GET', url: `/api/leads/${id}`, cookie })).json();

describe('the assessment clock', () => {
  it('gives 15 working days over the Mid-Autumn and National Day holidays, and flags the lead once past them', async () => {
    const lead = await newLead(cast.enforcement, { discoveredOn: '2026-09-24', source: 'higher_authority', sourceRef: '武市监交〔2026〕31号' });
    // 25-27 Sept and 1-7 Oct are off, Sunday 20 Sept is not counted, Saturday 10 Oct is worked: 28, 29, 30 Sept, 8, 9, 10, 12-16, 19-22 Oct.
    expect(lead.assessDueOn).toBe('2026-10-22');
    expect(lead.musts).toEqual(chinaToday() > '2026-10-22' ? ['not_assessed_in_time'] : []);
    expect(lead.sourceRef).toBe('武市监交〔2026〕31号');
    expect(lead.handlingUnitName).toBe('黄陂区市场监督管理综合执法大队');
    // The one extension of 15 more working days ends on 12 Nov.
    expect(leadAssessDueOn(await loadCalendar(platform.ctx.db), '2026-09-24', true)).toBe('2026-11-12');
  });

  it('extends once by 15 working days with a head other than the requester approving', async () => {
    const lead = await newLead(cast.enforcement);
    const calendar = await loadCalendar(platform.ctx.db);
    expect(lead.assessDueOn).toBe(addWorkingDays(calendar, chinaToday(), 15));
    const requested = await post(`/api/leads/${lead.id}/extension`, cast.enforcement, { version: lead.version, reason: '需等待检验结果' });
    expect(requested.statusCode, requested.body).toBe(200);
    expect(requested.json().extensionRequest).toMatchObject({ reason: '需等待检验结果' });
    // Only a head approves (enforcement officers lack case.approve), and not one's own request.
    expect((await post(`/api/leads/${lead.id}/extension/decision`, cast.enforcement, { version: requested.json().version, approve: true })).statusCode).toBe(403);
    const approved = await post(`/api/leads/${lead.id}/extension/decision`, cast.leader, { version: requested.json().version, approve: true, opinion: '同意' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ extended: true, assessDueOn: addWorkingDays(calendar, chinaToday(), 30), extensionRequest: null });
    const again = await post(`/api/leads/${lead.id}/extension`, cast.enforcement, { version: approved.json().version, reason: '再延期' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ALREADY_DONE');
  });

  it('refuses a head approving their own extension request', async () => {
    const lead = await newLead(cast.admin);
    const requested = (await post(`/api/leads/${lead.id}/extension`, cast.admin, { version: lead.version, reason: '等待复检' })).json();
    const own = await post(`/api/leads/${lead.id}/extension/decision`, cast.admin, { version: requested.version, approve: true });
    expect(own.statusCode).toBe(400);
    expect(own.json().error.message).toContain('不能审批本人');
  });

  it('refuses an extension after the due date, and a stale version with 409', async () => {
    const late = await newLead(cast.enforcement, { discoveredOn: '2026-01-05' });
    const refused = await post(`/api/leads/${late.id}/extension`, cast.enforcement, { version: late.version, reason: '来不及' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('届满');
    const fresh = await newLead(cast.enforcement);
    expect((await post(`/api/leads/${fresh.id}/extension`, cast.enforcement, { version: fresh.version + 1, reason: '理由' })).statusCode).toBe(409);
  });
});

describe('assessment', () => {
  it('records not filing with its reason, once', async () => {
    const lead = await newLead(cast.enforcement);
    const noReason = await post(`/api/leads/${lead.id}/assess`, cast.enforcement, { version: lead.version, assessment: 'not_file', assessmentReason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0].path).toBe('assessmentReason');
    const done = await post(`/api/leads/${lead.id}/assess`, cast.enforcement, {
      version: lead.version,
      assessment: 'not_file',
      assessmentReason: '经核查，原料在保质期内，违法事实不成立',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'assessed', assessment: 'not_file', assessedOn: chinaToday(), daysLeft: null, musts: [] });
    const twice = await post(`/api/leads/${lead.id}/assess`, cast.enforcement, { version: done.json().version, assessment: 'not_file', assessmentReason: '再次' });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.message).toContain('不能重复核查');
  });

  it('needs the receiving unit for a transfer, and refuses filing through this route', async () => {
    const lead = await newLead(cast.enforcement);
    const noUnit = await post(`/api/leads/${lead.id}/assess`, cast.enforcement, {
      version: lead.version,
      assessment: 'transfer_authority',
      assessmentReason: '属农业农村部门职责',
    });
    expect(noUnit.statusCode).toBe(400);
    expect(noUnit.json().error.fields[0].path).toBe('transferTo');
    const file = await post(`/api/leads/${lead.id}/assess`, cast.enforcement, { version: lead.version, assessment: 'file', assessmentReason: '符合立案条件' });
    expect(file.statusCode).toBe(400);
    const ok = await post(`/api/leads/${lead.id}/assess`, cast.enforcement, {
      version: lead.version,
      assessment: 'transfer_authority',
      assessmentReason: '属农业农村部门职责',
      transferTo: '黄陂区农业农村局',
    });
    expect(ok.json()).toMatchObject({ assessment: 'transfer_authority', transferTo: '黄陂区农业农村局', musts: [] });
  });

  it('refuses bad input: a future discovery, a source that arrives by itself, unknown fields', async () => {
    const bad = [
      { discoveredOn: addDays(chinaToday(), 1) },
      { source: 'sampling' },
      { discoveredOn: '2026-02-30' },
      { extra: 1 },
      { leadSummary: '<script>alert(1)</script>'.repeat(200) },
    ];
    for (const body of bad) {
      const response = await post('/api/leads', cast.enforcement, { source: 'inspection', leadSummary: '线索', discoveredOn: chinaToday(), ...body });
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
    const stored = await newLead(cast.enforcement, { leadSummary: "<img src=x onerror=alert(1)>'; drop table case_lead; --" });
    expect((await getLead(stored.id)).summary).toBe("<img src=x onerror=alert(1)>'; drop table case_lead; --");
  });
});

describe('the four musts', () => {
  it('lists a suspected crime until it is transferred with the receipt recorded', async () => {
    const lead = await newLead(cast.enforcement);
    const assessed = (
      await post(`/api/leads/${lead.id}/assess`, cast.enforcement, {
        version: lead.version,
        assessment: 'transfer_police',
        assessmentReason: '涉嫌生产销售有毒有害食品罪',
        transferTo: '黄陂区公安分局',
      })
    ).json();
    expect(assessed.suspectedCrimeOn).toBe(chinaToday());
    // Within the 3 days + 24 hours the transfer rules allow, nothing is broken yet.
    expect(assessed.musts).toEqual([]);
    // Older suspicions are past that time: move it back as if found last month.
    await platform.ctx.db
      .update(caseLead)
      .set({ suspectedCrimeOn: addDays(chinaToday(), -30) })
      .where(eq(caseLead.id, lead.id));
    expect((await getLead(lead.id)).musts).toEqual(['crime_not_transferred']);
    const musts = (await platform.request({ method: 'GET', url: '/api/leads/musts?must=crime_not_transferred', cookie: cast.enforcement })).json();
    expect(musts.items.map((l: TLead) => l.id)).toContain(lead.id);

    const current = await getLead(lead.id);
    const transferred = await post(`/api/leads/${lead.id}/police-transfer`, cast.enforcement, {
      version: current.version,
      transferredOn: chinaToday(),
      policeUnit: '黄陂区公安分局',
    });
    expect(transferred.statusCode, transferred.body).toBe(200);
    // Transferred late, without the police's receipt: two musts broken.
    expect(transferred.json().musts).toEqual(['crime_not_transferred', 'transfer_without_receipt']);
    const early = await post(`/api/leads/${lead.id}/police-receipt`, cast.enforcement, { version: transferred.json().version, receiptOn: addDays(chinaToday(), -40) });
    expect(early.statusCode).toBe(400);
    const receipt = await post(`/api/leads/${lead.id}/police-receipt`, cast.enforcement, {
      version: transferred.json().version,
      receiptOn: chinaToday(),
      receiptNo: '陂公受〔2026〕88号',
    });
    expect(receipt.json().musts).toEqual(['crime_not_transferred']);
  });

  it('counts each must and keeps timely work off the list', async () => {
    const timely = await newLead(cast.enforcement);
    const overdue = await newLead(cast.enforcement, { discoveredOn: '2026-03-02' });
    const page = (await platform.request({ method: 'GET', url: '/api/leads/musts?pageSize=200', cookie: cast.enforcement })).json();
    const ids = page.items.map((l: TLead) => l.id);
    expect(ids).toContain(overdue.id);
    expect(ids).not.toContain(timely.id);
    const counted = page.items.reduce((n: number, l: TLead) => n + (l.musts.includes('not_assessed_in_time') ? 1 : 0), 0);
    expect(page.counts.not_assessed_in_time).toBe(counted);
    expect(page.total).toBe(page.items.length);
  });
});

describe('scopes', () => {
  it("shows a station its jurisdiction's leads only, and 404 for another's", async () => {
    const here = await newLead(cast.enforcement);
    const there = await newLead(cast.enforcement, { operatorId: qijiawanOperator });
    expect((await platform.request({ method: 'GET', url: `/api/leads/${here.id}`, cookie: cast.station })).statusCode).toBe(200);
    expect((await platform.request({ method: 'GET', url: `/api/leads/${there.id}`, cookie: cast.station })).statusCode).toBe(404);
    const list = (await platform.request({ method: 'GET', url: '/api/leads?pageSize=200', cookie: cast.station })).json();
    expect(list.items.map((l: TLead) => l.id)).not.toContain(there.id);
    const musts = (await platform.request({ method: 'GET', url: '/api/leads/musts?pageSize=200', cookie: cast.station })).json();
    expect(musts.items.every((l: TLead) => l.operatorId !== qijiawanOperator)).toBe(true);
    expect((await post(`/api/leads/${there.id}/assess`, cast.station, { version: there.version, assessment: 'not_file', assessmentReason: '不成立' })).statusCode).toBe(404);
    // A station enters leads in its own jurisdiction only.
    expect((await post('/api/leads', cast.station, { source: 'inspection', operatorId: qijiawanOperator, leadSummary: '越界', discoveredOn: chinaToday() })).statusCode).toBe(404);
    const own = await newLead(cast.station);
    expect(own.handlingUnitName).toBe('前川市场监督管理所');
  });

  it('keeps businesses out and lets only heads decide extensions', async () => {
    expect((await platform.request({ method: 'GET', url: '/api/leads', cookie: cast.business })).statusCode).toBe(403);
    expect((await platform.request({ method: 'GET', url: '/api/leads/musts', cookie: cast.business })).statusCode).toBe(403);
    expect((await post('/api/leads', cast.business, { source: 'inspection', leadSummary: '自报', discoveredOn: chinaToday() })).statusCode).toBe(403);
    expect((await post('/api/leads', cast.leader, { source: 'inspection', leadSummary: '领导', discoveredOn: chinaToday() })).statusCode).toBe(403);
    expect((await platform.request({ method: 'GET', url: '/api/leads', cookie: cast.leader })).statusCode).toBe(200);
  });
});
