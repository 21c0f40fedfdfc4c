import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, ne } from 'drizzle-orm';
import { COMPLAINT_ISSUE_TYPES, COMPLAINT_TRADES } from '@shian/shared/complaint';
import type { TClassifierModel, TClassifierOverview, TClassifyResult, TComplaintLabel } from '@shian/shared/complaint-classification';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { createOperatorIn, me } from '../../testing/inspections.ts';
import { waitForBackgroundJobs } from '../../core/jobs.ts';
import { bureau, station } from '../org/org.schema.ts';
import { complaint } from '../complaint/complaint.schema.ts';
import { classifyComplaint, classifyUnclassified } from './complaint-classification.service.ts';

let platform: TTestPlatform;
let admin: string;
let department: string;
let stationHead: string;
let inspector: string;
let leader: string;
let cadre: string;
let business: string;
let bureauId: string;
let ownStationId: string;
let otherStationId: string;
let serial = 0;

beforeAll(async () => {
  platform = await createTestPlatform({ operators: 40 });
  [admin, department, stationHead, inspector, leader, cadre, business] = await Promise.all(
    ['admin', 'department', 'station', 'inspector', 'leader', 'cadre', 'business'].map((u) => platform.login(u)),
  );
  [{ id: bureauId }] = await platform.ctx.db.select({ id: bureau.id }).from(bureau);
  ownStationId = (await me(platform, stationHead)).stationId!;
  [{ id: otherStationId }] = await platform.ctx.db.select({ id: station.id }).from(station).where(ne(station.id, ownStationId)).limit(1);
});
afterAll(() => platform.close());

/** A stored complaint as the complaint module writes it, routed to a station. */
async function storedComplaint(description: string, stationId: string | null = ownStationId) {
  serial += 1;
  const [row] = await platform.ctx.db
    .insert(complaint)
    .values({
      bureauId,
      registrationNo: `TEST-CLS-${process.pid}-${serial}`,
      kind: 'complaint',
      channel: 'staff',
      receivedAt: new Date('2026-03-02T02:00:00Z'),
      description,
      stationId,
    })
    .returning();
  return row;
}

const classify = (cookie: string | undefined, payload: unknown, headers: Record<string, string> = {}) =>
  platform.request({ method: 'POST', url: '/api/complaints/classify', cookie, payload: payload as Record<string, unknown>, headers });
const correct = (cookie: string, id: string, payload: Record<string, unknown>) => platform.request({ method: 'PUT', url: `/api/complaints/${id}/classification`, cookie, payload });
const stored = async (id: string) => (await platform.ctx.db.select().from(complaint).where(eq(complaint.id, id)))[0];

describe('POST /api/complaints/classify', () => {
  it('answers exactly trade, issueType, confidence, operatorMatches (and the explanation) with the code names', async () => {
    const response = await classify(inspector, { text: '在美团点的外卖，麻辣烫里吃出一根头发' });
    expect(response.statusCode, response.body).toBe(200);
    const body: TClassifyResult = response.json();
    expect(Object.keys(body).sort()).toEqual(['confidence', 'explanation', 'issueType', 'operatorMatches', 'trade']);
    expect(body).toMatchObject({ trade: 'online_food', issueType: 'foreign_matter' });
    expect(COMPLAINT_TRADES).toContain(body.trade);
    expect(COMPLAINT_ISSUE_TYPES).toContain(body.issueType);
    expect(body.confidence).toBeGreaterThan(0);
    expect(body.confidence).toBeLessThanOrEqual(1);
    expect(body.confidence).toBeCloseTo(body.explanation.trade.probability * body.explanation.issueType.probability, 3);
    expect(body.operatorMatches).toEqual([]);
    expect(body.explanation.modelVersion).toBe(0);
    expect(body.explanation.issueType.rules.map((r) => r.id)).toContain('issue.foreign_matter.object');
    expect(body.explanation.tokens).toContain('头发');
  });

  it('gives every answer in the closed vocabularies with a confidence in 0..1', async () => {
    for (const text of ['不满意', '超市卖过期牛奶', '孩子在学校食堂吃完拉肚子', '菜市场缺斤少两', '？？？']) {
      const response = await classify(inspector, { text });
      expect(response.statusCode, response.body).toBe(200);
      const body: TClassifyResult = response.json();
      expect(COMPLAINT_TRADES).toContain(body.trade);
      expect(COMPLAINT_ISSUE_TYPES).toContain(body.issueType);
      expect(body.confidence).toBeGreaterThanOrEqual(0);
      expect(body.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('looks up the business the text names in the registry', async () => {
    const operator = await createOperatorIn(platform, admin, undefined, { name: '黄陂区前川周记藕汤餐馆' });
    const response = await classify(inspector, { text: '昨天在黄陂区前川周记藕汤餐馆吃饭，藕汤里有一只苍蝇' });
    expect(response.statusCode, response.body).toBe(200);
    const body: TClassifyResult = response.json();
    expect(body.explanation.businessName).toBe('前川周记藕汤餐馆');
    expect(body.operatorMatches[0]).toMatchObject({ operatorId: operator.id, name: '黄陂区前川周记藕汤餐馆' });
    expect(body.operatorMatches[0].confidence).toBeGreaterThan(0.5);
  });

  it.each([
    ['empty text', { text: '   ' }, '投诉内容：不能为空'],
    ['oversize text', { text: '吃'.repeat(2001) }, '投诉内容：不能超过 2000 个字'],
    ['a number', { text: 12345 }, '投诉内容'],
    ['no text', {}, '投诉内容'],
    ['an unknown key', { text: '头发', lang: 'zh' }, ''],
  ])('refuses %s with 400 naming the field', async (_, payload, message) => {
    const response = await classify(inspector, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
    expect(response.json().error.message).toContain(message);
  });

  it('words the refusal in English for Accept-Language: en', async () => {
    const response = await classify(inspector, { text: '吃'.repeat(2001) }, { 'accept-language': 'en' });
    expect(response.json().error.fields[0].message).toBe('Text: must be at most 2,000 characters');
  });

  it('is for staff who read complaints: 401 signed out, 403 for cadres and businesses', async () => {
    expect((await classify(undefined, { text: '头发' })).statusCode).toBe(401);
    expect((await classify(cadre, { text: '头发' })).statusCode).toBe(403);
    expect((await classify(business, { text: '头发' })).statusCode).toBe(403);
    expect((await classify(leader, { text: '头发' })).statusCode).toBe(200);
  });
});

describe('classifying stored complaints', () => {
  it('classifies a complaint when it is received, and classifyComplaint on demand', async () => {
    const row = await storedComplaint('在超市买的酸奶已经过期了，要求退款');
    await platform.ctx.events.publish('complaint.received', { bureauId, complaintIds: [row.id] }, null);
    const after = await stored(row.id);
    expect(after).toMatchObject({ trade: 'food_sales', issueType: 'expired_spoiled', classifiedBy: 'model', version: row.version });
    expect(after.classificationConfidence).toBeGreaterThan(0);
    expect(after.classificationConfidence).toBeLessThanOrEqual(1);
    expect(await classifyComplaint(platform.ctx, row.id)).toMatchObject({ id: row.id, trade: 'food_sales', classifiedBy: 'model' });
    expect(await classifyComplaint(platform.ctx, crypto.randomUUID())).toBeNull();
  });

  it('classifies every unclassified complaint of the bureau', async () => {
    const rows = [await storedComplaint('学校食堂的饭菜里有虫子'), await storedComplaint('菜市场的肉摊缺斤少两')];
    expect(await classifyUnclassified(platform.ctx, bureauId)).toBeGreaterThanOrEqual(2);
    expect(await stored(rows[0].id)).toMatchObject({ trade: 'canteen', issueType: 'foreign_matter' });
    expect(await stored(rows[1].id)).toMatchObject({ trade: 'farm_produce', issueType: 'short_weight' });
    expect(await classifyUnclassified(platform.ctx, bureauId)).toBe(0);
  });
});

describe('PUT /api/complaints/:id/classification', () => {
  it('records a staff correction: classified_by staff, version moves, the label is kept with what the model said', async () => {
    const row = await storedComplaint('在饭店吃饭，服务员把汤洒在我身上还不道歉');
    await classifyComplaint(platform.ctx, row.id);
    const modelSaid = await stored(row.id);
    const response = await correct(stationHead, row.id, { trade: 'catering', issueType: 'price_service', version: modelSaid.version });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      id: row.id,
      trade: 'catering',
      issueType: 'price_service',
      classificationConfidence: 1,
      classifiedBy: 'staff',
      version: modelSaid.version + 1,
    });
    const labels: { items: TComplaintLabel[] } = (await platform.request({ method: 'GET', url: '/api/complaint-classification/labels', cookie: stationHead })).json();
    expect(labels.items[0]).toMatchObject({
      complaintId: row.id,
      text: row.description,
      trade: 'catering',
      issueType: 'price_service',
      previousTrade: modelSaid.trade,
      previousIssueType: modelSaid.issueType,
      labelledByName: '前川所所长（演示）',
    });
    // The model never overwrites a person.
    await classifyComplaint(platform.ctx, row.id);
    expect(await stored(row.id)).toMatchObject({ classifiedBy: 'staff', trade: 'catering', issueType: 'price_service' });
  });

  it("answers 409 for a stale version and 404 for an unknown id or another station's complaint", async () => {
    const row = await storedComplaint('面包发霉');
    const body = { trade: 'food_sales', issueType: 'expired_spoiled', version: row.version };
    expect((await correct(stationHead, row.id, body)).statusCode).toBe(200);
    const stale = await correct(stationHead, row.id, body);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect((await correct(stationHead, crypto.randomUUID(), body)).statusCode).toBe(404);
    const elsewhere = await storedComplaint('面包发霉', otherStationId);
    expect((await correct(stationHead, elsewhere.id, { ...body, version: elsewhere.version })).statusCode).toBe(404);
    expect((await correct(department, elsewhere.id, { ...body, version: elsewhere.version })).statusCode).toBe(200);
  });

  it('refuses unknown code names and roles without complaint.manage', async () => {
    const row = await storedComplaint('面包发霉');
    const bad = await correct(stationHead, row.id, { trade: 'restaurant', issueType: 'expired_spoiled', version: row.version });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('trade');
    expect((await correct(stationHead, row.id, { trade: 'catering', issueType: 'mould', version: row.version })).statusCode).toBe(400);
    expect((await correct(inspector, row.id, { trade: 'catering', issueType: 'other', version: row.version })).statusCode).toBe(403);
    expect((await correct(leader, row.id, { trade: 'catering', issueType: 'other', version: row.version })).statusCode).toBe(403);
  });
});

describe('review and corrections lists', () => {
  it('show a station only the complaints routed to it, the district all', async () => {
    const own = await storedComplaint('超市的面包过期了');
    const other = await storedComplaint('超市的面包过期了', otherStationId);
    await classifyUnclassified(platform.ctx, bureauId);
    const ids = async (cookie: string, url: string) =>
      ((await platform.request({ method: 'GET', url, cookie })).json().items as { id: string; complaintId?: string }[]).map((i) => i.complaintId ?? i.id);
    const review = '/api/complaint-classification/review?classifiedBy=model&pageSize=200';
    expect(await ids(stationHead, review)).toContain(own.id);
    expect(await ids(stationHead, review)).not.toContain(other.id);
    expect(await ids(department, review)).toEqual(expect.arrayContaining([own.id, other.id]));
    await correct(department, other.id, { trade: 'food_sales', issueType: 'expired_spoiled', version: (await stored(other.id)).version });
    const labels = '/api/complaint-classification/labels?pageSize=200';
    expect(await ids(stationHead, labels)).not.toContain(other.id);
    expect(await ids(department, labels)).toContain(other.id);
    expect((await platform.request({ method: 'GET', url: review, cookie: inspector })).statusCode).toBe(403);
    expect((await platform.request({ method: 'GET', url: labels, cookie: cadre })).statusCode).toBe(403);
  });

  it("orders the review list by the model's confidence, least sure first", async () => {
    const items: { classificationConfidence: number }[] = (
      await platform.request({ method: 'GET', url: '/api/complaint-classification/review?classifiedBy=model', cookie: department })
    ).json().items;
    const confidences = items.map((i) => i.classificationConfidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
  });
});

describe('retraining from corrections', () => {
  const PATTERN = ['超市卖的月饼礼盒过度包装，盒子比月饼大好几倍', '超市的中秋月饼礼盒过度包装，里面只有四个月饼', '在超市买的粽子礼盒过度包装，层层包装很浪费'];

  async function overview(): Promise<TClassifierOverview> {
    const response = await platform.request({ method: 'GET', url: '/api/complaint-classification/models', cookie: department });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  it('starts from the built-in seed model, with its evaluation', async () => {
    const { active, models } = await overview();
    expect(active).toMatchObject({ id: null, version: 0, status: 'ready', active: true, labelCount: 0 });
    expect(active.seedSize).toBeGreaterThanOrEqual(300);
    expect(active.evaluation!.issueType.labels).toEqual([...COMPLAINT_ISSUE_TYPES]);
    expect(active.evaluation!.issueType.confusion).toHaveLength(COMPLAINT_ISSUE_TYPES.length);
    expect(active.evaluation!.trade.accuracy).toBeGreaterThan(0.5);
    expect(models.at(-1)!.version).toBe(0);
  });

  it('changes the prediction of a corrected pattern once retrained, and makes the new version active', async () => {
    const probe = '超市卖的月饼礼盒过度包装，浪费资源';
    const before: TClassifyResult = (await classify(department, { text: probe })).json();
    expect(before.issueType).not.toBe('labels_claims');
    for (const text of PATTERN) {
      const row = await storedComplaint(text);
      expect((await correct(department, row.id, { trade: 'food_sales', issueType: 'labels_claims', version: row.version })).statusCode).toBe(200);
    }
    const started = await platform.request({ method: 'POST', url: '/api/complaint-classification/models', cookie: department });
    expect(started.statusCode, started.body).toBe(202);
    const model: TClassifierModel = started.json();
    expect(model).toMatchObject({ version: 1, status: 'training', active: false });
    expect(model.labelCount).toBeGreaterThanOrEqual(PATTERN.length);
    // A second start while one runs is refused.
    expect((await platform.request({ method: 'POST', url: '/api/complaint-classification/models', cookie: department })).statusCode).toBe(409);
    await waitForBackgroundJobs();
    const done: TClassifierModel = (await platform.request({ method: 'GET', url: `/api/complaint-classification/models/${model.id}`, cookie: department })).json();
    expect(done).toMatchObject({ id: model.id, version: 1, status: 'ready', progress: 100, active: true });
    expect(done.evaluation!.issueType.testSize).toBeGreaterThan(0);
    expect(done.reclassified).toBeGreaterThan(0);
    const after: TClassifyResult = (await classify(department, { text: probe })).json();
    expect(after).toMatchObject({ issueType: 'labels_claims', trade: 'food_sales' });
    expect(after.explanation.modelVersion).toBe(1);
    expect((await overview()).active.version).toBe(1);
  });

  it('keeps models to those who manage complaints: 403 for inspectors, 404 for an unknown model', async () => {
    expect((await platform.request({ method: 'GET', url: '/api/complaint-classification/models', cookie: inspector })).statusCode).toBe(403);
    expect((await platform.request({ method: 'POST', url: '/api/complaint-classification/models', cookie: leader })).statusCode).toBe(403);
    expect((await platform.request({ method: 'GET', url: `/api/complaint-classification/models/${crypto.randomUUID()}`, cookie: stationHead })).statusCode).toBe(404);
    expect((await platform.request({ method: 'GET', url: `/api/complaint-classification/models/${crypto.randomUUID()}`, cookie: inspector })).statusCode).toBe(403);
    expect((await platform.request({ method: 'GET', url: '/api/complaint-classification/models/not-an-id', cookie: stationHead })).statusCode).toBe(400);
  });
});
