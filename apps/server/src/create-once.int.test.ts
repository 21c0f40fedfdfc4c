// Steps that must create exactly one thing, each sent as many identical requests at once: the database, not a
// prior read, makes the second and later ones find the thing already there (issue 14).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { LightMyRequestResponse } from 'fastify';
import type { TInspection } from '@shian/shared/inspection';
import { chinaToday } from '@shian/shared/working-days';
import { toInt } from './core/db/database.ts';
import type { TTestPlatform } from './testing/test-platform.ts';
import { signedInPlatform } from './testing/signed-in.ts';
import { stationCast, type TStationCast } from './testing/stations.ts';
import { answerAll, QIANCHUAN_UNIT, startInspection } from './testing/inspections.ts';
import { complaint, complaintStep } from './modules/complaint/complaint.schema.ts';
import { creditListEntry } from './modules/credit/credit.schema.ts';
import { enforcementCase } from './modules/enforcement-case/enforcement-case.schema.ts';
import { inspectionPlanEntry } from './modules/inspection-plan/inspection-plan.schema.ts';
import { caseLead } from './modules/lead/lead.schema.ts';
import { odrEnrolment } from './modules/odr/odr.schema.ts';
import { operator } from './modules/operator/operator.schema.ts';
import { rectification } from './modules/rectification/rectification.schema.ts';

const AT_ONCE = 30;
let platform: TTestPlatform;
let cast: Record<'admin' | 'department' | 'enforcement', string>;
let stations: TStationCast;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin', 'department', 'enforcement'], { operators: 40 }));
  stations = await stationCast(platform);
});
afterAll(() => platform.close());

/** The same request AT_ONCE times at once; none may fail with a server error. */
async function atOnce(method: 'POST', url: string, cookie: string, payload: object): Promise<LightMyRequestResponse[]> {
  const responses = await Promise.all(Array.from({ length: AT_ONCE }, () => platform.request({ method, url, cookie, payload })));
  expect(responses.filter((r) => r.statusCode >= 500).map((r) => r.body)).toEqual([]);
  return responses;
}

const succeeded = (responses: LightMyRequestResponse[]) => responses.filter((r) => r.statusCode < 300);

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
});
