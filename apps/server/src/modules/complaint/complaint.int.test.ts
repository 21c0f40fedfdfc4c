// Intake (public form, staff entry), matching to the registry, the workflow with its clocks, scopes,
// privacy of the complainant's contacts, and the lead and risk signal of a verified violation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { buildApp } from '../../app.ts';
import { eq, sql } from 'drizzle-orm';
import { COMPLAINT_PROOF_BITS, type TComplaintDetail, type TComplaintReceipt } from '@shian/shared/complaint';
import { addWorkingDays } from '@shian/shared/working-days';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { createOperatorIn, QIANCHUAN_UNIT, QIJIAWAN_UNIT } from '../../testing/inspections.ts';
import { buildUscc } from '../../testing/factories.ts';
import { readXlsx } from '../../testing/spreadsheets.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { rowsOf } from '../../core/db/database.ts';
import { trigramSimilarity, trigrams } from './complaint-registry-matcher.ts';
import { auditLog } from '../../core/audit/audit.schema.ts';
import { caseLead } from '../lead/lead.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { station as stationTable } from '../org/org.schema.ts';
import { complaint, complaintStep } from './complaint.schema.ts';
import { proofBits, solveTicket } from './complaint-proof.ts';
import { escalateOverdueComplaints } from './complaint-workflow.service.ts';
import { matchOperators } from './complaint.service.ts';

let platform: TTestPlatform;
let admin: string;
let department: string;
let station: string;
let inspector: string;
let otherInspector: string;
let leader: string;
let enforcement: string;
let business: string;
let bureauId: string;
let restaurant: { id: string; uscc: string };
const PHONE = '13912345678';

beforeAll(async () => {
  platform = await createTestPlatform({ operators: 40 });
  [admin, department, station, inspector, leader, enforcement, business] = await Promise.all(
    ['admin', 'department', 'station', 'inspector', 'leader', 'enforcement', 'business'].map((u) => platform.login(u)),
  );
  // An inspector of another station (祁家湾) than the demo station account's (前川).
  const [qijiawan] = await platform.ctx.db.select().from(stationTable).where(eq(stationTable.name, '祁家湾市场监督管理所'));
  const [other] = await platform.ctx.db.select().from(appUser).where(eq(appUser.stationId, qijiawan.id));
  otherInspector = await platform.login(other.username);
  bureauId = qijiawan.bureauId;
  const uscc = buildUscc();
  const created = await createOperatorIn(platform, admin, QIANCHUAN_UNIT, { name: '黄陂区前川翠园记热干面馆', uscc, address: '武汉市黄陂区前川街道板桥大道 218 号' });
  restaurant = { id: created.id, uscc };
});
afterAll(() => platform.close());

async function ticket() {
  const response = await platform.request({ method: 'GET', url: '/api/public/complaint-tickets' });
  expect(response.statusCode, response.body).toBe(200);
  const { ticket: value } = response.json();
  return { ticket: value as string, counter: solveTicket(value) };
}

const publicBody = (overrides: Record<string, unknown> = {}) => ({
  kind: 'complaint',
  anonymous: false,
  complainant: { name: '李小红', phone: PHONE, address: '武汉市黄陂区前川街道百秀街 8 号' },
  namedBusiness: '翠园记热干面',
  namedAddress: '黄陂区前川街道板桥大道218号',
  description: '3 月 5 日中午在该店吃热干面，碗里有一根头发，要求退款并赔偿。',
  ...overrides,
});

async function submit(body: Record<string, unknown>, ip = '10.0.0.1') {
  return platform.request({ method: 'POST', url: '/api/public/complaints', payload: { ...body, proof: await ticket() }, remoteAddress: ip });
}

async function staffCreate(body: Record<string, unknown>, cookie = department): Promise<TComplaintDetail> {
  const response = await platform.request({ method: 'POST', url: '/api/complaints', cookie, payload: body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const detail = async (id: string, cookie = department): Promise<TComplaintDetail> => (await platform.request({ method: 'GET', url: `/api/complaints/${id}`, cookie })).json();
const act = (id: string, action: string, payload: Record<string, unknown>, cookie = department) =>
  platform.request({ method: 'POST', url: `/api/complaints/${id}/${action}`, cookie, payload });

describe('the public form', () => {
  it('answers a registration number whose status anyone can look up, without anything personal', async () => {
    const response = await submit(publicBody());
    expect(response.statusCode, response.body).toBe(201);
    const receipt: TComplaintReceipt = response.json();
    expect(receipt.registrationNo).toMatch(/^W\d{8}[A-Z2-9]{6}$/);
    expect(receipt.status).toBe('received');
    expect(receipt.acceptDueOn).not.toBeNull();

    const status = await platform.request({ method: 'GET', url: `/api/public/complaints/${receipt.registrationNo}` });
    expect(status.statusCode).toBe(200);
    expect(status.json()).toMatchObject({ registrationNo: receipt.registrationNo, kind: 'complaint', status: 'received' });
    expect(status.body).not.toContain('李小红');
    expect(status.body).not.toContain(PHONE);
    expect(status.body).not.toContain('头发');
    expect((await platform.request({ method: 'GET', url: '/api/public/complaints/W20990101ZZZZZZ' })).statusCode).toBe(404);
  });

  it('refuses an empty or short description, a bad phone, an oversized text, and an anonymous complaint, naming the field', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ description: '' }, 'description', '投诉举报内容：不能为空'],
      [{ description: '太差了' }, 'description', '投诉举报内容：请至少写 10 个字'],
      [{ description: '很'.repeat(2001) }, 'description', '投诉举报内容：不能超过 2000 个字'],
      [{ complainant: { name: '李小红', phone: '12345', address: '前川' } }, 'complainant.phone', '联系电话：不是有效的手机或固定电话号码'],
      [{ anonymous: true, complainant: undefined }, 'anonymous', '匿名：投诉须留下姓名和联系方式'],
      [{ namedBusiness: undefined }, 'namedBusiness', '被投诉举报的经营者：不能为空'],
    ];
    for (const [overrides, path, message] of cases) {
      const response = await submit(publicBody(overrides), `10.0.1.${cases.findIndex((c) => c[0] === overrides)}`);
      expect(response.statusCode, JSON.stringify(overrides)).toBe(400);
      const field = response.json().error.fields.find((f: { path: string }) => f.path === path);
      expect(field?.message, response.body).toContain(message);
    }
    const english = await platform.request({
      method: 'POST',
      url: '/api/public/complaints',
      payload: { ...publicBody({ description: '' }), proof: await ticket() },
      headers: { 'accept-language': 'en' },
      remoteAddress: '10.0.1.99',
    });
    expect(english.json().error.fields[0].message).toBe('Description: is required');
  });

  it('takes an anonymous report', async () => {
    const response = await submit(
      publicBody({
        kind: 'report',
        anonymous: true,
        complainant: undefined,
        namedAddress: '前川街道百秀街夜市东头',
        namedBusiness: '无名烧烤摊',
        description: '该摊点没有营业执照，每晚在路边用地沟油炸串。',
      }),
      '10.0.2.1',
    );
    expect(response.statusCode, response.body).toBe(201);
    const [row] = await platform.ctx.db.select().from(complaint).where(eq(complaint.registrationNo, response.json().registrationNo));
    expect(row.anonymous).toBe(true);
    expect(row.complainantEnc).toBeNull();
    expect(row.acceptDueOn).toBeNull();
    expect(row.completeDueOn).not.toBeNull();
  });

  it('refuses a reused, a forged or an unsolved ticket, and limits submissions per IP', async () => {
    const proof = await ticket();
    const first = await platform.request({ method: 'POST', url: '/api/public/complaints', payload: { ...publicBody(), proof }, remoteAddress: '10.0.3.1' });
    expect(first.statusCode).toBe(201);
    const again = await platform.request({ method: 'POST', url: '/api/public/complaints', payload: { ...publicBody(), proof }, remoteAddress: '10.0.3.2' });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields[0].message).toContain('提交校验未通过');
    const forged = { ticket: proof.ticket.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a')), counter: proof.counter };
    expect((await platform.request({ method: 'POST', url: '/api/public/complaints', payload: { ...publicBody(), proof: forged }, remoteAddress: '10.0.3.3' })).statusCode).toBe(
      400,
    );
    const fresh = await ticket();
    let wrong = 0;
    while (proofBits(fresh.ticket, wrong) >= COMPLAINT_PROOF_BITS) wrong += 1;
    const unsolved = await platform.request({
      method: 'POST',
      url: '/api/public/complaints',
      payload: { ...publicBody(), proof: { ticket: fresh.ticket, counter: wrong } },
      remoteAddress: '10.0.3.4',
    });
    expect(unsolved.statusCode).toBe(400);

    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await submit(publicBody(), '10.0.9.9')).statusCode);
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(statuses[5]).toBe(429);
  });
});

describe('matching to the registry', () => {
  it('links by credit code with confidence 1 and routes to the station of the operator’s unit', async () => {
    const created = await staffCreate(publicBody({ namedBusiness: '随便写的名字', namedAddress: '随便写的地址', namedUscc: restaurant.uscc }));
    expect(created).toMatchObject({ operatorId: restaurant.id, matchStatus: 'matched', matchConfidence: 1, unitCode: QIANCHUAN_UNIT, stationName: '前川市场监督管理所' });
  });

  it('links by name and address, and asks a person when two candidates are close', async () => {
    const byName = await staffCreate(publicBody());
    expect(byName.matchStatus).toBe('matched');
    expect(byName.operatorId).toBe(restaurant.id);
    expect(byName.matchConfidence).toBeGreaterThanOrEqual(0.85);

    // A second branch on the same road: the same name and a different number is too close to call.
    const branch = await createOperatorIn(platform, admin, QIANCHUAN_UNIT, { name: '黄陂区前川翠园记热干面馆板桥分店', address: '武汉市黄陂区前川街道板桥大道 260 号' });
    const ambiguous = await staffCreate(publicBody({ namedAddress: '前川街道板桥大道' }));
    expect(ambiguous.matchStatus).toBe('pending_review');
    expect(ambiguous.operatorId).toBeNull();
    expect(ambiguous.matchCandidates.map((c) => c.operatorId)).toEqual(expect.arrayContaining([restaurant.id, branch.id]));

    const picked = await act(ambiguous.id, 'match', { version: ambiguous.version, operatorId: branch.id });
    expect(picked.statusCode, picked.body).toBe(200);
    expect(picked.json()).toMatchObject({ matchStatus: 'confirmed', operatorId: branch.id, stationName: '前川市场监督管理所' });
    expect(picked.json().steps.map((s: { kind: string }) => s.kind)).toContain('match');
  });

  it('leaves an unknown business unmatched, routed by the township its address names', async () => {
    const unknown = await staffCreate(publicBody({ namedBusiness: '老街无名卤菜摊', namedAddress: '武汉市黄陂区祁家湾街道老街口' }));
    expect(unknown).toMatchObject({ matchStatus: 'unmatched', operatorId: null, unitCode: QIJIAWAN_UNIT, stationName: '祁家湾市场监督管理所' });
  });

  it('computes trigram similarity in the import’s matcher exactly as the database does', async () => {
    const pairs = [
      ['黄陂区前川翠园记热干面馆', '翠园记热干面'],
      ['武汉市黄陂区前川街道板桥大道 218 号', '前川街道板桥大道218号'],
      ['黄陂区惠民粑粑网店（6）', '惠民粑粑网店'],
      ['Hubei Good Food Co., Ltd.', 'good food'],
    ];
    for (const [a, b] of pairs) {
      const [row] = rowsOf<{ s: number | string }>(await platform.ctx.db.execute(sql`select similarity(${a}, ${b}) as s`));
      expect(trigramSimilarity(trigrams(a), trigrams(b)), `${a} / ${b}`).toBeCloseTo(Number(row.s), 5);
    }
  });

  it('exports matchOperators for the classifier, best first', async () => {
    const matches = await matchOperators(platform.ctx.db, bureauId, { name: '翠园记热干面馆', address: '板桥大道218号' });
    expect(matches[0]).toMatchObject({ operatorId: restaurant.id, name: '黄陂区前川翠园记热干面馆' });
    expect(matches[0].confidence).toBeGreaterThan(matches[1]?.confidence ?? 0);
    expect(await matchOperators(platform.ctx.db, bureauId, { uscc: restaurant.uscc })).toEqual([expect.objectContaining({ operatorId: restaurant.id, confidence: 1 })]);
  });
});

describe('the workflow', () => {
  it('counts the clocks in working days over the National Day holiday, and flags the overdue once', async () => {
    const late = await staffCreate({ ...publicBody(), receivedAt: '2026-09-30T10:00:00+08:00' });
    // Receipt Wed 30 Sept; 1-7 Oct off; Sat 10 Oct worked: the 7th working day is Thu 15 Oct (not 9 Oct).
    expect(late.acceptDueOn).toBe('2026-10-15');
    expect(late.overdue).toBe(true);
    expect(late.clocks.find((c) => c.kind === 'accept')).toMatchObject({ dueOn: '2026-10-15', overdue: true });

    const report = await staffCreate({ ...publicBody({ kind: 'report' }), receivedAt: '2026-09-30T10:00:00+08:00' });
    expect(report.acceptDueOn).toBeNull();
    expect(report.completeDueOn).toBe('2026-10-27');

    const overdue = (await platform.request({ method: 'GET', url: '/api/complaints?overdue=true&pageSize=200', cookie: department })).json();
    expect(overdue.items.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([late.id, report.id]));
    const onTime = (await platform.request({ method: 'GET', url: '/api/complaints?overdue=false&pageSize=200', cookie: department })).json();
    expect(onTime.items.map((c: { id: string }) => c.id)).not.toContain(late.id);

    const first = await platform.request({ method: 'POST', url: '/api/complaints/escalate', cookie: department });
    expect(first.json().escalated).toBeGreaterThanOrEqual(2);
    expect((await detail(late.id)).steps.at(-1)).toMatchObject({ kind: 'escalate' });
    expect((await detail(late.id)).steps.at(-1)?.note).toContain('受理决定');
    const again = await escalateOverdueComplaints(platform.ctx, '2026-11-29');
    expect(again.escalated).toBe(0);

    // The report's verification may be extended once by 15 working days (art. 23).
    const handled = (await act(report.id, 'handle', { version: report.version })).json();
    const extended = await act(report.id, 'extend', { version: handled.version, reason: '需调取监控录像' });
    expect(extended.statusCode, extended.body).toBe(200);
    expect(extended.json()).toMatchObject({ completeDueOn: '2026-11-17', extended: true, escalatedAt: null });
    const twice = await act(report.id, 'extend', { version: extended.json().version, reason: '再延长' });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.message).toContain('只能延长一次');
  });

  it('takes a complaint through acceptance at its station, mediation, the result and the reply, each step with who and when', async () => {
    const created = await staffCreate(publicBody());
    expect(created.stationName).toBe('前川市场监督管理所');
    expect(created.nextActions).toEqual(['accept', 'reject', 'route']);
    const calendar = await loadCalendar(platform.ctx.db);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

    const accepted = await act(created.id, 'accept', { version: created.version, note: '材料齐全' }, station);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', completeDueOn: addWorkingDays(calendar, today, 45) });
    const mediating = (await act(created.id, 'handle', { version: accepted.json().version }, station)).json();
    expect(mediating.status).toBe('handling');
    const resolved = await act(created.id, 'result', { version: mediating.version, outcome: 'terminated', result: '被投诉人明确拒绝调解，终止调解' }, station);
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json()).toMatchObject({ status: 'resolved', outcome: 'terminated', replyDueOn: addWorkingDays(calendar, today, 7) });
    const closed = await act(created.id, 'reply', { version: resolved.json().version, note: '已电话告知投诉人终止调解及理由' }, station);
    expect(closed.statusCode, closed.body).toBe(200);
    const done: TComplaintDetail = closed.json();
    expect(done.status).toBe('closed');
    expect(done.nextActions).toEqual([]);
    expect(done.steps.map((s) => s.kind)).toEqual(['received', 'match', 'accept', 'handle', 'result', 'reply']);
    expect(done.steps.filter((s) => ['accept', 'handle', 'result', 'reply'].includes(s.kind)).every((s) => s.actorName === '前川所所长（演示）' && s.at)).toBe(true);
    expect(done.clocks.every((c) => !c.overdue)).toBe(true);

    const status = (await platform.request({ method: 'GET', url: `/api/public/complaints/${done.registrationNo}` })).json();
    expect(status).toMatchObject({ status: 'closed', decidedOn: today, closedOn: today });
  });

  it('refuses a step out of order with the reason, and a stale version with 409', async () => {
    const created = await staffCreate(publicBody());
    const early = await act(created.id, 'handle', { version: created.version });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields[0]).toMatchObject({ path: 'status' });
    expect(early.json().error.message).toContain('下一步应为：受理或不予受理');
    expect((await act(created.id, 'reply', { version: created.version, note: '答复' })).statusCode).toBe(400);

    const accepted = (await act(created.id, 'accept', { version: created.version })).json();
    const stale = await act(created.id, 'handle', { version: created.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const handling = (await act(created.id, 'handle', { version: accepted.version })).json();
    const wrongOutcome = await act(created.id, 'result', { version: handling.version, outcome: 'violation_found', result: '核实' });
    expect(wrongOutcome.statusCode).toBe(400);
    expect(wrongOutcome.json().error.message).toContain('投诉的结果应为调解成功或终止调解');

    const report = await staffCreate(publicBody({ kind: 'report' }));
    const acceptReport = await act(report.id, 'accept', { version: report.version });
    expect(acceptReport.json().error.message).toContain('举报无需受理决定');
    const rejected = await act(report.id, 'reject', { version: report.version, reason: '不属于市场监管部门职责（第十五条第一项）' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', result: '不属于市场监管部门职责（第十五条第一项）', nextActions: ['reply'] });
    const bad = await act(report.id, 'reject', { version: rejected.json().version, reason: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].message).toBe('理由：不能为空');
  });

  it('lets a station see and act on the complaints routed to it only; another jurisdiction’s ids are 404', async () => {
    const elsewhere = await staffCreate(publicBody({ namedBusiness: '祁家湾某某超市', namedAddress: '武汉市黄陂区祁家湾街道横街 3 号' }));
    expect(elsewhere.stationName).toBe('祁家湾市场监督管理所');
    for (const cookie of [station, inspector]) {
      expect((await platform.request({ method: 'GET', url: `/api/complaints/${elsewhere.id}`, cookie })).statusCode).toBe(404);
      const list = (await platform.request({ method: 'GET', url: '/api/complaints?pageSize=200', cookie })).json();
      expect(list.items.length).toBeGreaterThan(0);
      expect(list.items.every((c: { stationName: string }) => c.stationName === '前川市场监督管理所')).toBe(true);
    }
    const version = elsewhere.version;
    const bodies: Record<string, Record<string, unknown>> = {
      accept: { version },
      reject: { version, reason: '理由' },
      route: { version, stationId: elsewhere.stationId },
      handle: { version },
      extend: { version, reason: '理由' },
      result: { version, outcome: 'mediated', result: '结果' },
      reply: { version, note: '说明' },
      match: { version, operatorId: null },
    };
    for (const [action, body] of Object.entries(bodies)) {
      const response = await act(elsewhere.id, action, body, station);
      expect([action, response.statusCode]).toEqual([action, 404]);
    }
    expect((await platform.request({ method: 'GET', url: `/api/complaints/${elsewhere.id}`, cookie: otherInspector })).statusCode).toBe(200);
    for (const cookie of [leader, enforcement, admin]) expect((await platform.request({ method: 'GET', url: `/api/complaints/${elsewhere.id}`, cookie })).statusCode).toBe(200);

    // Reading is not handling: the leader and inspectors may not act; a business or cadre may not even read.
    expect((await act(elsewhere.id, 'accept', { version: elsewhere.version }, leader)).statusCode).toBe(403);
    expect((await act(elsewhere.id, 'accept', { version: elsewhere.version }, otherInspector)).statusCode).toBe(403);
    expect((await platform.request({ method: 'GET', url: '/api/complaints', cookie: business })).statusCode).toBe(403);
    expect((await platform.request({ method: 'POST', url: '/api/complaints', cookie: inspector, payload: publicBody() })).statusCode).toBe(403);

    // Only the bureau routes to another station.
    const mine = await staffCreate(publicBody());
    const [qijiawan] = await platform.ctx.db.select().from(stationTable).where(eq(stationTable.name, '祁家湾市场监督管理所'));
    const refused = await act(mine.id, 'route', { version: mine.version, stationId: qijiawan.id }, station);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('只有区局可以改派');
    const routed = await act(mine.id, 'route', { version: mine.version, stationId: qijiawan.id, note: '经营者实际在祁家湾经营' });
    expect(routed.statusCode, routed.body).toBe(200);
    expect(routed.json().stationName).toBe('祁家湾市场监督管理所');
    expect((await platform.request({ method: 'GET', url: `/api/complaints/${mine.id}`, cookie: station })).statusCode).toBe(404);
  });

  it('stores nothing when a station registers a complaint about a business outside its area, however often it retries', async () => {
    const named = '祁家湾越界登记超市';
    const body = publicBody({ namedBusiness: named, namedAddress: '武汉市黄陂区祁家湾街道横街 5 号' });
    for (let i = 0; i < 3; i++) expect((await platform.request({ method: 'POST', url: '/api/complaints', cookie: station, payload: body })).statusCode).toBe(404);
    expect(await platform.ctx.db.select({ id: complaint.id }).from(complaint).where(eq(complaint.namedBusiness, named))).toHaveLength(0);
    expect((await staffCreate(body)).stationName).toBe('祁家湾市场监督管理所');
  });
});

describe('the complainant’s contacts', () => {
  it('are full for roles that may read contacts, masked for others, and never in the audit trail or the export', async () => {
    const created = await staffCreate(publicBody({ complainant: { name: '李小红', phone: PHONE, email: 'lixh@example.com', address: '武汉市黄陂区前川街道百秀街 8 号' } }));
    expect(created.complainant).toMatchObject({ name: '李小红', phone: PHONE });
    const masked = await detail(created.id, leader);
    expect(masked.complainantMasked).toBe(true);
    expect(masked.complainant).toEqual({ name: '李**', phone: '139****5678', email: 'l***@example.com', address: '武汉市黄陂区***' });
    const leaderList = await platform.request({ method: 'GET', url: '/api/complaints?pageSize=200', cookie: leader });
    expect(leaderList.body).not.toContain(PHONE);

    const [stored] = await platform.ctx.db.select().from(complaint).where(eq(complaint.id, created.id));
    expect(stored.complainantEnc).toMatch(/^sm4:/);
    expect(stored.complainantEnc).not.toContain(PHONE);
    const audit = await platform.ctx.db.select().from(auditLog).where(eq(auditLog.entity, 'complaint'));
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toContain(PHONE);
    expect(JSON.stringify(audit)).not.toContain('李小红');
    const steps = await platform.ctx.db.select().from(complaintStep);
    expect(JSON.stringify(steps)).not.toContain(PHONE);

    const exported = await platform.request({ method: 'GET', url: '/api/complaints/export', cookie: department });
    expect(exported.statusCode).toBe(200);
    const sheet = await readXlsx(exported.rawPayload);
    expect(sheet[0]).toContain('登记编号');
    expect(sheet.some((row) => row.includes(created.registrationNo))).toBe(true);
    expect(JSON.stringify(sheet)).not.toContain(PHONE);
    expect(JSON.stringify(sheet)).not.toContain('李小红');
  });

  it('never reach the server log, even at debug level and in a refused request', async () => {
    const lines: string[] = [];
    const logStream = new Writable({
      write: (chunk, _encoding, done) => {
        lines.push(String(chunk));
        done();
      },
    });
    const logged = await buildApp(platform.ctx, { logLevel: 'debug', webDir: null, logStream });
    const send = (method: 'GET' | 'POST', url: string, options: { cookie?: string; payload?: object } = {}) =>
      logged.inject({
        method,
        url,
        payload: options.payload,
        remoteAddress: '10.0.9.1',
        headers: { 'x-requested-with': 'XMLHttpRequest', ...(options.cookie ? { cookie: options.cookie } : {}) },
      });
    try {
      const { ticket: value } = (await send('GET', '/api/public/complaint-tickets')).json();
      const accepted = await send('POST', '/api/public/complaints', { payload: { ...publicBody(), proof: { ticket: value, counter: solveTicket(value) } } });
      expect(accepted.statusCode, accepted.body).toBe(201);
      const created = await send('POST', '/api/complaints', { cookie: department, payload: publicBody() });
      expect(created.statusCode, created.body).toBe(201);
      expect((await send('GET', `/api/complaints/${created.json().id}`, { cookie: department })).body).toContain(PHONE);
      const refused = await send('POST', '/api/complaints', { cookie: department, payload: publicBody({ kind: 'praise' }) });
      expect(refused.statusCode).toBe(400);
    } finally {
      await logged.close();
    }
    const log = lines.join('');
    expect(log).toContain('"url":"/api/complaints"');
    expect(log).not.toContain(PHONE);
    expect(log).not.toContain('李小红');
  });
});

describe('signals out', () => {
  it('opens a case lead for a verified violation and raises the operator’s risk score', async () => {
    const report = await staffCreate(publicBody({ kind: 'report', description: '该店后厨使用过期的芝麻酱，现场有照片，请查处。' }));
    expect(report.operatorId).toBe(restaurant.id);
    const handling = (await act(report.id, 'handle', { version: report.version }, station)).json();
    const before = (await platform.request({ method: 'GET', url: `/api/operators/${restaurant.id}/risk`, cookie: department })).json();
    const verified = await act(report.id, 'result', { version: handling.version, outcome: 'violation_found', result: '现场查见过期芝麻酱 3 瓶，已立案调查' }, station);
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({ violationVerified: true, status: 'resolved' });
    expect(verified.json().leadId).not.toBeNull();
    const [lead] = await platform.ctx.db.select().from(caseLead).where(eq(caseLead.sourceId, report.id));
    expect(lead).toMatchObject({ source: 'complaint', operatorId: restaurant.id, id: verified.json().leadId });
    expect(lead.summary).toContain(report.registrationNo);

    const after = (await platform.request({ method: 'GET', url: `/api/operators/${restaurant.id}/risk`, cookie: department })).json();
    expect(JSON.stringify(after)).toContain('举报核实存在违法行为');
    expect(after.score).toBeGreaterThan(before.score ?? 0);
  });

  it('lists unmatched businesses and opens one suspected-unlicensed lead for all their complaints', async () => {
    for (let i = 0; i < 2; i++)
      await staffCreate(
        publicBody({
          kind: 'report',
          namedBusiness: '滠口老街无牌早点摊',
          namedAddress: '武汉市黄陂区滠口街道老街',
          description: `第 ${i + 1} 次举报：该摊点无证经营，油条用的油发黑。`,
        }),
      );
    const list = (await platform.request({ method: 'GET', url: '/api/complaints/unmatched-businesses?q=无牌早点', cookie: department })).json();
    expect(list.items).toEqual([expect.objectContaining({ namedBusiness: '滠口老街无牌早点摊', complaints: 2, unitName: '滠口街道', leadId: null })]);
    // 滠口 is not the demo station's jurisdiction.
    expect(
      (await platform.request({ method: 'POST', url: '/api/complaints/unmatched-businesses/leads', cookie: station, payload: { namedBusiness: '滠口老街无牌早点摊' } })).statusCode,
    ).toBe(404);
    const opened = await platform.request({
      method: 'POST',
      url: '/api/complaints/unmatched-businesses/leads',
      cookie: department,
      payload: { namedBusiness: '滠口老街无牌早点摊' },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json().complaints).toBe(2);
    const again = await platform.request({
      method: 'POST',
      url: '/api/complaints/unmatched-businesses/leads',
      cookie: department,
      payload: { namedBusiness: '滠口老街无牌早点摊' },
    });
    expect(again.statusCode).toBe(409);
    const leads = (await platform.request({ method: 'GET', url: '/api/leads?source=complaint', cookie: department })).json();
    expect(leads.items.find((l: { id: string }) => l.id === opened.json().leadId)).toMatchObject({ operatorId: null, link: expect.stringContaining('/complaints/') });
    expect(leads.items.find((l: { id: string }) => l.id === opened.json().leadId).summary).toContain('疑似无证无照经营');
  });
});
