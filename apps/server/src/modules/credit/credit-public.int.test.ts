// What leaves the bureau: the public credit lookup (published items only, nothing personal) and the
// export to the national credit publicity system (its sheets, columns and date range).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import type { TCreditRecord, TListEntryDetail, TPublicCreditHit, TPublicCreditRecord } from '@shian/shared/credit';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { answerAll, closeWith, createOperatorIn, me, startInspection } from '../../testing/inspections.ts';
import { buildTradeLicenceNumber } from '../../testing/factories.ts';
import { bureau } from '../org/org.schema.ts';
import { operator } from '../operator/operator.schema.ts';
import { sample, samplingPlan } from '../sampling/sampling.schema.ts';
import { caseLead } from '../lead/lead.schema.ts';
import { enforcementCase } from '../enforcement-case/enforcement-case.schema.ts';
import { creditListEntry } from './credit.schema.ts';
import { CREDIT_EXPORT_HEADERS } from './credit-export.ts';
import { PUBLIC_CREDIT_LOOKUPS_PER_MINUTE } from './credit.routes.ts';

let platform: TTestPlatform;
const cookies: Record<string, string> = {};
let operatorId: string;
let uscc: string;
let entryId: string;
const PHONE = '13912345678';
const NAME = '黄陂区信用查询测试酒楼';

const post = (cookie: string, url: string, payload: unknown) => platform.request({ method: 'POST', url, cookie, payload: payload as Record<string, unknown> });
const get = (url: string, cookie?: string) => platform.request({ method: 'GET', url, ...(cookie ? { cookie } : {}) });

async function addSample(bureauId: string, planId: string, n: number, published: boolean, verdict: 'conforming' | 'nonconforming') {
  await platform.ctx.db.insert(sample).values({
    bureauId,
    planId,
    sampleNo: `TEST-CREDIT-${process.pid}-${n}`,
    operatorId,
    productName: published ? '公开的卤牛肉' : '未公开的凉拌菜',
    manufacturerName: '自制',
    quantity: '1 kg',
    foodCategory: '餐饮食品',
    sampledOn: '2026-03-05',
    samplerName: '抽样员',
    status: 'reported',
    verdict,
    published,
  });
}

/** A decided penalty case as the enforcement module stores it; published ones carry their masked summary. */
async function penaltyCase(bureauId: string, filedBy: string, decisionNo: string, decidedOn: string, published: boolean) {
  const [lead] = await platform.ctx.db.insert(caseLead).values({ bureauId, source: 'higher_authority', summary: '上级交办线索', discoveredOn: decidedOn, operatorId }).returning();
  await platform.ctx.db.insert(enforcementCase).values({
    bureauId,
    leadId: lead.id,
    operatorId,
    partyName: NAME,
    partyKind: 'organisation',
    partyCode: uscc,
    partyRepresentative: '王测试',
    cause: '经营农药残留超标的食品',
    status: published ? 'closed' : 'decided',
    filedBy,
    outcome: 'penalty',
    penaltyKinds: ['fine', 'confiscation'],
    fineAmount: 50000,
    basisLaw: '中华人民共和国食品安全法',
    basisArticle: 124,
    basisParagraph: 1,
    decisionFacts: `负责人王测试（电话 ${PHONE}）经营农药残留超标豇豆。`,
    decisionNo,
    decidedOn,
    ...(published
      ? { publishedAt: new Date('2026-03-20T08:00:00Z'), publishedOn: '2026-03-20', publishedSummary: `${NAME}经营农药残留超标的食品，负责人王**，罚款 50000 元。` }
      : {}),
  });
}

beforeAll(async () => {
  platform = await createTestPlatform({ operators: 30 });
  for (const role of ['admin', 'leader', 'department', 'station', 'inspector', 'business']) cookies[role] = await platform.login(role);
  const created = await createOperatorIn(platform, cookies.admin, undefined, {
    name: NAME,
    personnel: [{ role: 'principal', name: '王测试', phone: PHONE }],
    licences: [{ kind: 'trade', number: buildTradeLicenceNumber(), scope: '热食类食品制售', issuedOn: '2026-03-10', expiresOn: '2031-03-09' }],
  });
  operatorId = created.id;
  [{ uscc }] = await platform.ctx.db.select({ uscc: operator.uscc }).from(operator).where(eq(operator.id, operatorId));

  const inspectorIds = [(await me(platform, cookies.inspector)).id, (await me(platform, cookies.station)).id];
  for (const [day, publish] of [
    ['2026-03-02', true],
    ['2026-03-20', false],
    ['2026-04-10', true],
  ] as const) {
    const inspection = await startInspection(platform, cookies.inspector, { operatorId, inspectorIds, inspectedOn: day });
    expect((await closeWith(platform, cookies.inspector, await answerAll(platform, cookies.inspector, inspection), [], publish)).statusCode).toBe(200);
  }
  const [{ id: bureauId }] = await platform.ctx.db.select({ id: bureau.id }).from(bureau);
  const [plan] = await platform.ctx.db.insert(samplingPlan).values({ bureauId, name: '信用测试计划', year: 2026, kind: 'yearly' }).returning();
  await addSample(bureauId, plan.id, 1, true, 'nonconforming');
  await addSample(bureauId, plan.id, 2, false, 'conforming');
  const adminId = (await me(platform, cookies.admin)).id;
  await penaltyCase(bureauId, adminId, '黄市监处罚〔2026〕88号', '2026-03-12', true);
  await penaltyCase(bureauId, adminId, '黄市监处罚〔2026〕95号', '2026-03-25', false);

  // The facts carry a phone number, as staff sometimes paste one: it must never reach the public.
  const proposed = await post(cookies.department, '/api/credit/list-entries', {
    operatorId,
    grounds: ['contaminant_over_limit'],
    heavierPenalties: ['restriction'],
    penaltyDecisionNo: '黄市监处罚〔2026〕88号',
    penaltyDecidedOn: '2026-03-12',
    facts: `经营农药残留超标豇豆，负责人王测试（电话 ${PHONE}）拒不配合召回。`,
    priorNoticeOn: '2026-03-01',
  });
  expect(proposed.statusCode, proposed.body).toBe(201);
  const approved = await post(cookies.leader, `/api/credit/list-entries/${proposed.json().id}/approve`, { version: 1, superiorConsent: '武市监信函〔2026〕9号' });
  expect(approved.statusCode, approved.body).toBe(200);
  entryId = approved.json().id;
  // Dated in March for the export's range.
  await platform.ctx.db.update(creditListEntry).set({ listedOn: '2026-03-15', lastDay: '2029-03-15' }).where(eq(creditListEntry.id, entryId));
});
afterAll(() => platform.close());

describe('the credit record page', () => {
  it('gathers licences, list entries, every inspection and sampling result, with the status and grade', async () => {
    const response = await get(`/api/operators/${operatorId}/credit`, cookies.department);
    expect(response.statusCode).toBe(200);
    const record: TCreditRecord = response.json();
    expect(record.operator).toMatchObject({ name: NAME, uscc });
    expect(record.status).toBe('listed');
    expect(record.riskGrade).toBe('D');
    expect(record.licences[0]).toMatchObject({ scope: '热食类食品制售', issuedOn: '2026-03-10' });
    expect(record.listEntries.map((e) => e.penaltyDecisionNo)).toEqual(['黄市监处罚〔2026〕88号']);
    expect(record.inspections.map((i) => [i.inspectedOn, i.published])).toEqual([
      ['2026-04-10', true],
      ['2026-03-20', false],
      ['2026-03-02', true],
    ]);
    expect(record.samples.map((s) => s.published).sort()).toEqual([false, true]);
    // Every decision, published or not, from the enforcement module.
    expect(record.penalties.map((p) => [p.decisionNo, p.publishedAt !== null])).toEqual([
      ['黄市监处罚〔2026〕95号', false],
      ['黄市监处罚〔2026〕88号', true],
    ]);
    expect(record.penalties[1]).toMatchObject({ kinds: ['fine', 'confiscation'], fineAmount: 50000, legalBasis: '《中华人民共和国食品安全法》第一百二十四条第一款' });
  });

  it("links a proposal to the enforcement case of the operator's penalty decision, and refuses another case", async () => {
    const cases = await platform.ctx.db
      .select({ id: enforcementCase.id, decisionNo: enforcementCase.decisionNo })
      .from(enforcementCase)
      .where(eq(enforcementCase.operatorId, operatorId));
    const unpublished = cases.find((c) => c.decisionNo === '黄市监处罚〔2026〕95号')!;
    const published = cases.find((c) => c.decisionNo === '黄市监处罚〔2026〕88号')!;
    const body = {
      operatorId,
      grounds: ['refusing_to_perform'],
      penaltyDecisionNo: '黄市监处罚〔2026〕95号',
      penaltyDecidedOn: '2026-03-25',
      facts: '有履行能力但拒不缴纳罚款。',
      priorNoticeOn: '2026-04-01',
    };
    const wrong = await post(cookies.department, '/api/credit/list-entries', { ...body, caseId: published.id });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0].path).toBe('caseId');
    const linked = await post(cookies.department, '/api/credit/list-entries', { ...body, caseId: unpublished.id });
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json()).toMatchObject({ caseId: unpublished.id, status: 'proposed' });
    const rejected = await post(cookies.leader, `/api/credit/list-entries/${linked.json().id}/reject`, { version: 1, reason: '测试完毕' });
    expect(rejected.statusCode).toBe(200);
  });
});

describe('the public credit lookup', () => {
  it('finds a business by a name fragment or its credit code, without signing in', async () => {
    const byName = await get(`/api/public/credit?q=${encodeURIComponent('信用查询测试')}`);
    expect(byName.statusCode).toBe(200);
    const hits: TPublicCreditHit[] = byName.json();
    expect(hits[0]).toMatchObject({ id: operatorId, name: NAME, uscc });
    const byCode: TPublicCreditHit[] = (await get(`/api/public/credit?q=${uscc.toLowerCase()}`)).json();
    expect(byCode.map((h) => h.id)).toEqual([operatorId]);
    expect((await get('/api/public/credit?q=黄')).statusCode).toBe(400);
    expect((await get(`/api/public/credit?q=${encodeURIComponent("'; drop table operator; --")}`)).json()).toEqual([]);
  });

  it('shows only published items: the unpublished listing leaves the status normal until it is published', async () => {
    const before: TPublicCreditRecord = (await get(`/api/public/credit/${operatorId}`)).json();
    expect(before.status).toBe('normal');
    expect(before.listEntries).toEqual([]);
    expect(before.inspections.map((i) => i.inspectedOn)).toEqual(['2026-04-10', '2026-03-02']);
    expect(before.samples.map((s) => s.productName)).toEqual(['公开的卤牛肉']);
    expect(before.penalties.map((p) => p.decisionNo)).toEqual(['黄市监处罚〔2026〕88号']);
    expect(before.penalties[0].summary).toContain('王**');
    expect((await get(`/api/public/credit?q=${encodeURIComponent('信用查询测试')}`)).json()[0].status).toBe('normal');

    const entry: TListEntryDetail = (await get(`/api/credit/list-entries/${entryId}`, cookies.department)).json();
    const published = await post(cookies.department, `/api/credit/list-entries/${entryId}/publish`, { version: entry.version });
    expect(published.statusCode, published.body).toBe(200);
    expect((await post(cookies.department, `/api/credit/list-entries/${entryId}/publish`, { version: published.json().version })).statusCode).toBe(409);

    const after: TPublicCreditRecord = (await get(`/api/public/credit/${operatorId}`)).json();
    expect(after.status).toBe('listed');
    expect(after.listEntries).toEqual([
      { listedOn: '2026-03-15', grounds: ['contaminant_over_limit'], authority: '武汉市黄陂区市场监督管理局', status: 'listed', exitedOn: null, exitReason: null },
    ]);
  });

  it('carries no personal data and none of the free text written by staff', async () => {
    const response = await get(`/api/public/credit/${operatorId}`);
    expect(response.body).not.toContain(PHONE);
    expect(response.body).not.toContain('王测试');
    expect(response.body).not.toContain('拒不配合召回');
    expect(response.body).not.toContain('武市监信函');
    const search = await get(`/api/public/credit?q=${encodeURIComponent('信用查询测试')}`);
    expect(search.body).not.toContain(PHONE);
  });

  it('answers 404 for an unknown or deactivated business', async () => {
    expect((await get(`/api/public/credit/${crypto.randomUUID()}`)).statusCode).toBe(404);
    const gone = await createOperatorIn(platform, cookies.admin);
    await platform.ctx.db.update(operator).set({ status: 'deactivated' }).where(eq(operator.id, gone.id));
    expect((await get(`/api/public/credit/${gone.id}`)).statusCode).toBe(404);
  });
});

async function sheetsOf(buffer: Buffer): Promise<Record<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheets: Record<string, string[][]> = {};
  for (const sheet of workbook.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
    sheets[sheet.name] = rows;
  }
  return sheets;
}

describe('the API description', () => {
  it('documents the credit routes with their schemas', async () => {
    const response = await get('/api/openapi.json');
    expect(response.statusCode).toBe(200);
    const paths = response.json().paths;
    expect(paths['/api/public/credit'].get.parameters[0]).toMatchObject({ name: 'q', in: 'query' });
    expect(paths['/api/credit/repairs/{id}/decide'].post.requestBody).toBeDefined();
  });
});

describe('the national export', () => {
  it('has one sheet per kind with the national field names, and only what falls in the date range', async () => {
    const response = await get('/api/credit/export?from=2026-03-01&to=2026-03-31', cookies.department);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('信用信息公示-2026-03-01-2026-03-31.xlsx'));
    const sheets = await sheetsOf(response.rawPayload);
    expect(Object.keys(sheets)).toEqual(Object.keys(CREDIT_EXPORT_HEADERS));
    for (const [name, headers] of Object.entries(CREDIT_EXPORT_HEADERS)) expect(sheets[name][0]).toEqual(headers);

    const mine = (name: string) => sheets[name].slice(1).filter((r) => r[0] === uscc);
    expect(mine('行政许可信息')).toHaveLength(1);
    expect(mine('行政许可信息')[0]).toEqual([
      uscc,
      NAME,
      expect.stringMatching(/^JY/),
      '食品经营许可证',
      '2026-03-10',
      '2031-03-09',
      '武汉市黄陂区市场监督管理局',
      '热食类食品制售',
    ]);
    const [listing] = mine('严重违法失信名单信息');
    expect(listing.slice(0, 3)).toEqual([uscc, NAME, '2026-03-15']);
    expect(listing[3]).toContain('第五条第（三）项');
    expect(listing[4]).toBe('黄市监处罚〔2026〕88号');
    // Published inspections only: 2 March is in, the unpublished 20 March and 10 April (out of range) are not.
    expect(mine('抽查检查结果信息').map((r) => r[4])).toEqual(['2026-03-02']);
    expect(mine('抽查检查结果信息')[0][5]).toBe('符合');
    // Published decisions only (公示规定 第二条): the unpublished one of 25 March stays out.
    expect(mine('行政处罚信息')).toEqual([
      [
        uscc,
        NAME,
        '黄市监处罚〔2026〕88号',
        '《中华人民共和国食品安全法》第一百二十四条第一款',
        '罚款人民币 50000 元；没收违法所得、非法财物',
        '50000',
        '武汉市黄陂区市场监督管理局',
        '2026-03-12',
        '2026-03-20',
      ],
    ]);
    expect(JSON.stringify(sheets)).not.toContain(PHONE);

    const april = await sheetsOf((await get('/api/credit/export?from=2026-04-01&to=2026-04-30', cookies.department)).rawPayload);
    expect(
      april.抽查检查结果信息
        .slice(1)
        .filter((r) => r[0] === uscc)
        .map((r) => r[4]),
    ).toEqual(['2026-04-10']);
    expect(april.严重违法失信名单信息.slice(1).filter((r) => r[0] === uscc)).toEqual([]);
    expect(april.行政许可信息.slice(1).filter((r) => r[0] === uscc)).toEqual([]);
  });

  it('refuses a reversed or over-long range, and roles without credit.manage', async () => {
    const reversed = await get('/api/credit/export?from=2026-03-31&to=2026-03-01', cookies.department);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.fields[0]).toEqual({ path: 'to', message: '结束日期：不能早于开始日期' });
    const long = await get('/api/credit/export?from=2025-01-01&to=2026-03-01', cookies.department);
    expect(long.json().error.fields[0].path).toBe('from');
    expect((await get('/api/credit/export?from=2026-03-01', cookies.department)).statusCode).toBe(400);
    expect((await get('/api/credit/export?from=2026-03-01&to=2026-03-31', cookies.station)).statusCode).toBe(403);
    expect((await get('/api/credit/export?from=2026-03-01&to=2026-03-31', cookies.leader)).statusCode).toBe(403);
  });
});

describe('rate limit', () => {
  it(`answers 429 after ${PUBLIC_CREDIT_LOOKUPS_PER_MINUTE} public lookups a minute from one address`, async () => {
    const codes: number[] = [];
    for (let i = 0; i <= PUBLIC_CREDIT_LOOKUPS_PER_MINUTE; i++) codes.push((await get(`/api/public/credit/${operatorId}`)).statusCode);
    expect(codes.at(-1)).toBe(429);
    expect((await get(`/api/public/credit?q=${encodeURIComponent('信用查询')}`)).json().error.code).toBe('RATE_LIMITED');
  });
});
