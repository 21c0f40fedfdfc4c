// Steps that must create exactly one thing, each sent as many identical requests at once: the database, not a
// prior read, makes the second and later ones find the thing already there (issue 14).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, isNull, like, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { LightMyRequestResponse } from 'fastify';
import type { TInspection } from '@shian/shared/inspection';
import { chinaToday } from '@shian/shared/working-days';
import { toInt } from './core/db/database.ts';
import type { TTestPlatform } from './testing/test-platform.ts';
import { signedInPlatform } from './testing/signed-in.ts';
import { stationCast, type TStationCast } from './testing/stations.ts';
import { answerAll, createOperatorIn, me, QIANCHUAN_UNIT, startInspection, testImage, upload } from './testing/inspections.ts';
import { insertComplaints } from './testing/test-complaints.ts';
import { checklistTemplate } from './modules/checklist/checklist.schema.ts';
import { complaint, complaintStep } from './modules/complaint/complaint.schema.ts';
import { creditListEntry, creditRepair } from './modules/credit/credit.schema.ts';
import { cadreDuty } from './modules/cadre-duty/cadre-duty.schema.ts';
import { cadre } from './modules/cadre/cadre.schema.ts';
import { disposal } from './modules/disposal/disposal.schema.ts';
import { enforcementCase } from './modules/enforcement-case/enforcement-case.schema.ts';
import { inspectionPlanEntry } from './modules/inspection-plan/inspection-plan.schema.ts';
import { caseLead } from './modules/lead/lead.schema.ts';
import { odrEnrolment, odrNegotiation } from './modules/odr/odr.schema.ts';
import { operator, personnel } from './modules/operator/operator.schema.ts';
import { examAttempt } from './modules/exam/exam.schema.ts';
import { nominationVote, testNomination } from './modules/public-test/public-test.schema.ts';
import { rectification } from './modules/rectification/rectification.schema.ts';
import { sample, samplingPlan } from './modules/sampling/sampling.schema.ts';
import { staffingReminder } from './modules/staffing/staffing.schema.ts';
import { appUser } from './modules/user/user.schema.ts';

const AT_ONCE = 30;
let platform: TTestPlatform;
let cast: Record<'admin' | 'department' | 'enforcement' | 'leader' | 'business', string>;
let stations: TStationCast;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin', 'department', 'enforcement', 'leader', 'business'], { operators: 40 }));
  stations = await stationCast(platform);
});
afterAll(() => platform.close());

/** AT_ONCE requests sent at once (`send(i)` makes the i-th); none may fail with a server error. */
async function atOnceEach(send: (i: number) => Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse[]> {
  const responses = await Promise.all(Array.from({ length: AT_ONCE }, (_, i) => send(i)));
  expect(responses.filter((r) => r.statusCode >= 500).map((r) => r.body)).toEqual([]);
  return responses;
}

/** The same request AT_ONCE times at once. */
const atOnce = (method: 'POST' | 'PUT', url: string, cookie: string, payload: object) => atOnceEach(() => platform.request({ method, url, cookie, payload }));

const succeeded = (responses: LightMyRequestResponse[]) => responses.filter((r) => r.statusCode < 300);
/** One request did it; every other one was told it is already done (409). */
function doneOnce(responses: LightMyRequestResponse[]) {
  expect(succeeded(responses)).toHaveLength(1);
  expect(responses.filter((r) => r.statusCode === 409)).toHaveLength(AT_ONCE - 1);
}

async function count(table: PgTable, where: SQL | undefined) {
  const [row] = await platform.ctx.db.select({ n: sql`count(*)` }).from(table).where(where);
  return toInt(row.n);
}

async function operatorOfQianchuan() {
  const [row] = await platform.ctx.db
    .select({ id: operator.id })
    .from(operator)
    .where(and(eq(operator.unitCode, QIANCHUAN_UNIT), eq(operator.status, 'active')))
    .limit(1);
  return row.id;
}

describe('create-once steps under concurrent identical requests', () => {
  it('opens one "suspected unlicensed" lead for the complaints naming a business', async () => {
    const named = '并发测试无证小吃店';
    for (let i = 0; i < 3; i++) {
      const body = {
        kind: 'report',
        anonymous: true,
        namedBusiness: named,
        namedAddress: '武汉市黄陂区前川街道并发巷 1 号',
        description: `第 ${i + 1} 件：在该店买的凉面变质，要求退款。`,
      };
      const created = await platform.request({ method: 'POST', url: '/api/complaints', cookie: cast.department, payload: body });
      expect(created.statusCode, created.body).toBe(201);
    }
    const responses = await atOnce('POST', '/api/complaints/unmatched-businesses/leads', cast.department, { namedBusiness: named });
    expect(succeeded(responses)).toHaveLength(1);
    expect(responses.filter((r) => r.statusCode === 409)).toHaveLength(AT_ONCE - 1);
    expect(await count(caseLead, like(caseLead.summary, `%${named}%`))).toBe(1);
    const ids = (await platform.ctx.db.select({ id: complaint.id }).from(complaint).where(eq(complaint.namedBusiness, named))).map((c) => c.id);
    expect(await count(complaintStep, and(inArray(complaintStep.complaintId, ids), eq(complaintStep.kind, 'lead')))).toBe(3);
  });

  it('opens one lead for a report whose violation is verified', async () => {
    const body = {
      kind: 'report',
      anonymous: true,
      namedBusiness: '并发核实测试面馆',
      namedAddress: '武汉市黄陂区前川街道并发巷 2 号',
      description: '该店后厨使用过期的芝麻酱，请查处。',
    };
    const report = await platform.request({ method: 'POST', url: '/api/complaints', cookie: cast.department, payload: body });
    expect(report.statusCode, report.body).toBe(201);
    const handling = await platform.request({
      method: 'POST',
      url: `/api/complaints/${report.json().id}/handle`,
      cookie: cast.department,
      payload: { version: report.json().version },
    });
    expect(handling.statusCode, handling.body).toBe(200);
    const result = { version: handling.json().version, outcome: 'violation_found', result: '现场查见过期芝麻酱' };
    expect(succeeded(await atOnce('POST', `/api/complaints/${report.json().id}/result`, cast.department, result))).toHaveLength(1);
    expect(await count(caseLead, and(eq(caseLead.source, 'complaint'), eq(caseLead.sourceId, report.json().id)))).toBe(1);
  });

  it('opens one case from a lead', async () => {
    const lead = await platform.request({
      method: 'POST',
      url: '/api/leads',
      cookie: cast.enforcement,
      payload: { source: 'inspection', operatorId: await operatorOfQianchuan(), leadSummary: '并发立案测试线索', discoveredOn: chinaToday() },
    });
    expect(lead.statusCode, lead.body).toBe(201);
    const body = { leadId: lead.json().id, leadVersion: lead.json().version, cause: '并发立案测试案', assessmentReason: '符合立案条件' };
    expect(succeeded(await atOnce('POST', '/api/cases', cast.enforcement, body))).toHaveLength(1);
    expect(await count(enforcementCase, eq(enforcementCase.leadId, lead.json().id))).toBe(1);
  });

  it('enrols an operator in online dispute resolution once', async () => {
    const operatorId = await operatorOfQianchuan();
    expect(succeeded(await atOnce('POST', '/api/odr/enrolments', cast.department, { operatorId }))).toHaveLength(1);
    expect(await count(odrEnrolment, eq(odrEnrolment.operatorId, operatorId))).toBe(1);
  });

  it('proposes one serious-violation listing per penalty decision', async () => {
    const operatorId = await operatorOfQianchuan();
    const body = {
      operatorId,
      grounds: ['refusing_to_perform'],
      penaltyDecisionNo: '黄市监处罚〔2026〕并发1号',
      penaltyDecidedOn: '2026-03-25',
      facts: '有履行能力但拒不缴纳罚款。',
      priorNoticeOn: '2026-04-01',
    };
    expect(succeeded(await atOnce('POST', '/api/credit/list-entries', cast.department, body))).toHaveLength(1);
    expect(await count(creditListEntry, eq(creditListEntry.operatorId, operatorId))).toBe(1);
  });

  it("generates a station's monthly plan once", async () => {
    const body = { year: 2031, month: 5, stationId: stations.qianchuanId };
    const responses = succeeded(await atOnce('POST', '/api/inspection-plans/generate', stations.department, body));
    const created = responses.map((r) => r.json().created as number);
    expect(created.filter((n) => n > 0)).toHaveLength(1);
    const entries = await count(
      inspectionPlanEntry,
      and(eq(inspectionPlanEntry.stationId, stations.qianchuanId), eq(inspectionPlanEntry.year, 2031), eq(inspectionPlanEntry.month, 5)),
    );
    expect(entries).toBe(Math.max(...created));
  });

  it('closes an inspection once, raising its rectification demand once', async () => {
    const operatorId = await operatorOfQianchuan();
    const eligible = await platform.request({ method: 'GET', url: `/api/inspections/inspectors?operatorId=${operatorId}`, cookie: stations.stationHead });
    const inspectorIds = eligible
      .json()
      .slice(0, 2)
      .map((u: { id: string }) => u.id);
    const started = await startInspection(platform, stations.stationHead, { operatorId, inspectorIds, inspectedOn: chinaToday() });
    const failed = started.items[0].id;
    const answered: TInspection = await answerAll(platform, stations.stationHead, started, { [failed]: 'nonconforming' });
    const body = { version: answered.version, rectifications: [{ itemId: failed, demand: '三日内清理后厨', workingDays: 3 }], publish: false };
    expect(succeeded(await atOnce('POST', `/api/inspections/${answered.id}/close`, stations.stationHead, body))).toHaveLength(1);
    expect(await count(rectification, eq(rectification.inspectionId, answered.id))).toBe(1);
  });

  it('opens one disposal and one lead from a failing sample report', async () => {
    const operatorId = await operatorOfQianchuan();
    const [{ bureauId }] = await platform.ctx.db.select({ bureauId: operator.bureauId }).from(operator).where(eq(operator.id, operatorId));
    const [plan] = await platform.ctx.db.insert(samplingPlan).values({ bureauId, name: '并发抽检计划', year: 2026, kind: 'yearly' }).returning();
    const [sampled] = await platform.ctx.db
      .insert(sample)
      .values({
        bureauId,
        planId: plan.id,
        sampleNo: 'CJ203103020001',
        operatorId,
        productName: '并发测试挂面',
        manufacturerName: '某面业',
        quantity: '2 袋',
        foodCategory: '粮食加工品',
        sampledOn: '2026-03-02',
        samplerName: '张三',
      })
      .returning();
    const failing = { name: '镉（以 Cd 计）', value: '0.35', unit: 'mg/kg', limitText: '≤0.1 mg/kg', limitMax: 0.1, standard: 'GB 2762-2022', verdict: 'nonconforming' };
    const report = { version: sampled.version, reportNo: 'WH2026-并发', issuedOn: chinaToday(), items: [failing] };
    doneOnce(await atOnce('PUT', `/api/samples/${sampled.id}/report`, cast.department, report));
    expect(await count(disposal, eq(disposal.sampleId, sampled.id))).toBe(1);
    expect(await count(caseLead, and(eq(caseLead.source, 'sampling'), eq(caseLead.sourceId, sampled.id)))).toBe(1);
  });

  it('takes one pending credit repair application per listing', async () => {
    const operatorId = (await me(platform, cast.business)).operatorId!;
    const proposal = {
      operatorId,
      grounds: ['refusing_to_perform'],
      penaltyDecisionNo: '黄市监处罚〔2026〕并发2号',
      penaltyDecidedOn: '2026-03-25',
      facts: '有履行能力但拒不缴纳罚款。',
      priorNoticeOn: '2026-04-01',
    };
    const proposed = await platform.request({ method: 'POST', url: '/api/credit/list-entries', cookie: cast.department, payload: proposal });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const approval = { version: proposed.json().version, superiorConsent: '武市监信函〔2026〕9号' };
    const listed = await platform.request({ method: 'POST', url: `/api/credit/list-entries/${proposed.json().id}/approve`, cookie: cast.leader, payload: approval });
    expect(listed.statusCode, listed.body).toBe(200);
    // Listed over a year ago: a repair may be applied for.
    await platform.ctx.db.update(creditListEntry).set({ listedOn: '2025-01-02', lastDay: '2028-01-02' }).where(eq(creditListEntry.id, listed.json().id));
    const evidence = await upload(platform, cast.business, `/api/credit/list-entries/${listed.json().id}/repair-evidence`, await testImage());
    expect(evidence.statusCode, evidence.body).toBe(201);
    const application = { statement: '已缴清罚款，建立进货查验记录并完成整改，申请提前移出名单。', pledge: true, evidenceFileIds: [evidence.json().id] };
    doneOnce(await atOnce('POST', `/api/credit/list-entries/${listed.json().id}/repairs`, cast.business, application));
    expect(await count(creditRepair, eq(creditRepair.entryId, listed.json().id))).toBe(1);
  });

  it('turns a random draw into plan entries once', async () => {
    const drawn = await platform.request({
      method: 'POST',
      url: '/api/random-draws',
      cookie: cast.department,
      payload: { name: '并发双随机', filter: { stationId: stations.qianchuanId }, operatorCount: 3, seed: 'create-once' },
    });
    expect(drawn.statusCode, drawn.body).toBe(201);
    const responses = await atOnce('POST', `/api/random-draws/${drawn.json().id}/plan`, cast.department, {});
    doneOnce(responses);
    const [planned] = succeeded(responses).map((r) => r.json().created as number);
    expect(planned).toBeGreaterThan(0);
    expect(await count(inspectionPlanEntry, eq(inspectionPlanEntry.drawId, drawn.json().id))).toBe(planned);
  });

  it("opens one draft of a checklist's next version", async () => {
    const [published] = await platform.ctx.db
      .select()
      .from(checklistTemplate)
      .where(and(eq(checklistTemplate.scope, 'canteen'), eq(checklistTemplate.status, 'published')));
    const responses = await atOnce('POST', `/api/checklists/${published.id}/draft`, cast.department, {});
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.statusCode === 200)).toHaveLength(AT_ONCE - 1);
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    const drafts = and(eq(checklistTemplate.bureauId, published.bureauId), eq(checklistTemplate.scope, 'canteen'), eq(checklistTemplate.status, 'draft'));
    expect(await count(checklistTemplate, drafts)).toBe(1);
  });

  it('counts one vote per voter for a public test nomination', async () => {
    const proposed = await platform.request({
      method: 'POST',
      url: '/api/public/test-nominations',
      remoteAddress: '10.9.0.1',
      payload: { food: '并发测试凉皮', place: '前川街道夜市' },
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const voter = 'e'.repeat(32);
    // From as many addresses, so that the per-address limit does not answer first.
    const responses = await atOnceEach((i) =>
      platform.request({ method: 'POST', url: `/api/public/test-nominations/${proposed.json().id}/votes`, remoteAddress: `10.9.1.${i + 1}`, cookies: { shian_voter: voter } }),
    );
    doneOnce(responses);
    expect(await count(nominationVote, eq(nominationVote.nominationId, proposed.json().id))).toBe(1);
    const [nomination] = await platform.ctx.db.select({ votes: testNomination.votes }).from(testNomination).where(eq(testNomination.id, proposed.json().id));
    expect(nomination.votes).toBe(1);
  });

  it('sends a complaint to ODR negotiation once', async () => {
    const business = await createOperatorIn(platform, cast.department);
    const [complaintId] = await insertComplaints(platform, [{ receivedAt: chinaToday(), operatorId: business.id }]);
    const invited = await platform.request({ method: 'POST', url: '/api/odr/enrolments', cookie: cast.department, payload: { operatorId: business.id } });
    expect(invited.statusCode, invited.body).toBe(201);
    const consent = { version: invited.json().version, consentedOn: chinaToday(), signatory: '张经理' };
    const enrolled = await platform.request({ method: 'POST', url: `/api/odr/enrolments/${invited.json().id}/consent`, cookie: cast.department, payload: consent });
    expect(enrolled.statusCode, enrolled.body).toBe(200);
    doneOnce(await atOnce('POST', `/api/odr/enrolments/${invited.json().id}/negotiations`, cast.department, { complaintId }));
    expect(await count(odrNegotiation, eq(odrNegotiation.complaintId, complaintId))).toBe(1);
  });

  it("makes each cadre's lists for a year once", async () => {
    const year = Number(chinaToday().slice(0, 4)) + 5;
    const responses = await atOnceEach(() => platform.request({ method: 'POST', url: `/api/cadre-duties/generate?year=${year}`, cookie: cast.department }));
    const active = await count(cadre, eq(cadre.active, true));
    expect(succeeded(responses)).toHaveLength(AT_ONCE);
    expect(responses.reduce((sum, r) => sum + r.json().created, 0)).toBe(active);
    expect(await count(cadreDuty, eq(cadreDuty.year, year))).toBe(active);
  });

  it('reminds a business of a missing post once a day', async () => {
    const [{ id }] = await platform.ctx.db.select({ id: appUser.operatorId }).from(appUser).where(eq(appUser.username, 'business'));
    // The director became the principal: the business misses the post its scale requires.
    await platform.ctx.db.execute(sql`update personnel set role = 'principal' where operator_id = ${id} and role = 'director'`);
    doneOnce(await atOnceEach(() => platform.request({ method: 'POST', url: `/api/staffing/gaps/${id}/remind`, cookie: cast.department })));
    expect(await count(staffingReminder, eq(staffingReminder.operatorId, id!))).toBe(1);
  });

  it('opens one exam at a time for a manager: every start answers that one', async () => {
    const [{ id }] = await platform.ctx.db.select({ id: appUser.operatorId }).from(appUser).where(eq(appUser.username, 'business'));
    const [officer] = await platform.ctx.db
      .select({ id: personnel.id })
      .from(personnel)
      .where(and(eq(personnel.operatorId, id!), eq(personnel.role, 'officer')));
    const responses = await atOnce('POST', '/api/exams', cast.business, { audience: 'officer', personnelId: officer.id });
    expect(succeeded(responses)).toHaveLength(AT_ONCE);
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    expect(await count(examAttempt, and(eq(examAttempt.personnelId, officer.id), isNull(examAttempt.submittedAt)))).toBe(1);
  });
});
