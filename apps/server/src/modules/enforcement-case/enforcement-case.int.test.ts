import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import mammoth from 'mammoth';
import sharp from 'sharp';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import type { TCase, TCaseDetail, TCaseNoticeView, TEnforcementIndicators, TPublicPenalty } from '@shian/shared/enforcement-case';
import type { TLead } from '@shian/shared/lead';
import { addDays, addWorkingDays, chinaToday } from '@shian/shared/working-days';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import { createOperatorIn, me, QIANCHUAN_UNIT, QIJIAWAN_UNIT } from '../../testing/inspections.ts';
import { multipartBody } from '../../testing/multipart.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { caseStep, enforcementCase } from './enforcement-case.schema.ts';
import { penaltiesOf } from './penalty-publication.service.ts';

let platform: TTestPlatform;
let cast: Record<'admin' | 'enforcement' | 'leader' | 'station' | 'business' | 'department', string>;
let businessOperator: string;
let otherOperator: string;
let farOperator: string;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin', 'enforcement', 'leader', 'station', 'business', 'department'], { operators: 40 }));
  businessOperator = (await me(platform, cast.business)).operatorId!;
  otherOperator = (await createOperatorIn(platform, cast.admin, QIANCHUAN_UNIT, { personnel: [{ role: 'principal', name: '王建国', phone: '13912345678' }] })).id;
  farOperator = (await createOperatorIn(platform, cast.admin, QIJIAWAN_UNIT)).id;
});
afterAll(() => platform.close());

const post = (url: string, cookie: string, payload: Record<string, unknown>) => platform.request({ method: 'POST', url, cookie, payload });
const detail = async (id: string, cookie = cast.enforcement): Promise<TCaseDetail> => (await platform.request({ method: 'GET', url: `/api/cases/${id}`, cookie })).json();

async function newLead(operatorId: string | null, discoveredOn = chinaToday()): Promise<TLead> {
  const response = await post('/api/leads', cast.enforcement, {
    source: 'inspection',
    ...(operatorId ? { operatorId } : {}),
    leadSummary: '检查发现销售农药残留超标的豇豆',
    discoveredOn,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function proposeCase(operatorId: string | null, extra: Record<string, unknown> = {}, discoveredOn?: string): Promise<TCaseDetail> {
  const lead = await newLead(operatorId, discoveredOn);
  const response = await post('/api/cases', cast.enforcement, {
    leadId: lead.id,
    leadVersion: lead.version,
    cause: '涉嫌经营农药残留超标的食品案',
    assessmentReason: '抽检报告显示毒死蜱超标，符合立案条件',
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function filedCase(operatorId: string | null, extra: Record<string, unknown> = {}): Promise<TCaseDetail> {
  const c = await proposeCase(operatorId, extra);
  const approved = await post(`/api/cases/${c.id}/filing-approval`, cast.leader, { version: c.version, approve: true, opinion: '同意立案' });
  expect(approved.statusCode, approved.body).toBe(200);
  return approved.json();
}

async function addEvidence(c: TCaseDetail, file: { fileName: string; content: Buffer }, fields: Record<string, string> = {}) {
  const body = multipartBody(file, { version: String(c.version), evidenceTitle: '现场检查笔录', evidenceKind: 'inspection_record', collectedOn: chinaToday(), ...fields });
  return platform.request({ method: 'POST', url: `/api/cases/${c.id}/evidence`, cookie: cast.enforcement, payload: body.payload, headers: body.headers });
}

const NOTICE = {
  penaltyKinds: ['confiscation', 'fine'],
  fineAmount: 60_000,
  goodsValue: 3_000,
  basisLaw: '中华人民共和国食品安全法',
  basisArticle: 124,
  basisParagraph: 1,
  factsFound: '当事人销售的豇豆经检验毒死蜱不符合 GB 2763-2021 要求',
  hearingRight: true,
};

async function notifiedCase(operatorId: string | null, extra: Record<string, unknown> = {}): Promise<TCaseDetail> {
  let c = await filedCase(operatorId, extra);
  const evidence = await addEvidence(c, { fileName: '检验报告.pdf', content: PDF }, { evidenceTitle: '检验报告', evidenceKind: 'expert_opinion' });
  expect(evidence.statusCode, evidence.body).toBe(200);
  c = evidence.json();
  const notified = await post(`/api/cases/${c.id}/notice`, cast.enforcement, { version: c.version, ...NOTICE });
  expect(notified.statusCode, notified.body).toBe(200);
  return notified.json();
}

/** Moves the notice back past the statement window (as if given last month). */
async function windowEnded(id: string) {
  await platform.ctx.db
    .update(enforcementCase)
    .set({ noticeOn: addDays(chinaToday(), -30), filedOn: addDays(chinaToday(), -40) })
    .where(eq(enforcementCase.id, id));
}

const decisionBody = (version: number, extra: Record<string, unknown> = {}) => {
  const { hearingRight: _notice, ...penalty } = NOTICE;
  return { version, decisionOutcome: 'penalty', ...penalty, ...extra };
};

describe('filing', () => {
  it('proposes a case on a lead, which then counts as assessed and qualifying', async () => {
    const c = await proposeCase(otherOperator);
    expect(c).toMatchObject({
      status: 'filing_pending',
      partyName: '黄陂区测试餐馆',
      partyKind: 'organisation',
      partyRepresentative: '王建国',
      caseNo: null,
      actions: ['approve_filing'],
    });
    const lead: TLead = (await platform.request({ method: 'GET', url: `/api/leads/${c.leadId}`, cookie: cast.enforcement })).json();
    expect(lead).toMatchObject({ status: 'assessed', assessment: 'file', caseId: c.id, filedOn: null });
    // A lead is filed once.
    const again = await post('/api/cases', cast.enforcement, { leadId: c.leadId, leadVersion: lead.version, cause: '重复', assessmentReason: '重复' });
    expect(again.statusCode).toBe(400);
  });

  it('is approved by a head other than the filer; two heads approving at once give exactly one approval', async () => {
    const c = await proposeCase(otherOperator);
    expect((await post(`/api/cases/${c.id}/filing-approval`, cast.enforcement, { version: c.version, approve: true })).statusCode).toBe(403);
    expect((await post(`/api/cases/${c.id}/filing-approval`, cast.department, { version: c.version, approve: true })).statusCode).toBe(403);
    const [a, b] = await Promise.all([
      post(`/api/cases/${c.id}/filing-approval`, cast.leader, { version: c.version, approve: true }),
      post(`/api/cases/${c.id}/filing-approval`, cast.admin, { version: c.version, approve: true }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const steps = await platform.ctx.db.select().from(caseStep).where(eq(caseStep.caseId, c.id));
    expect(steps.filter((s) => s.kind === 'approve_filing')).toHaveLength(1);
    const filed = await detail(c.id);
    expect(filed.status).toBe('investigating');
    expect(filed.caseNo).toMatch(/^黄陂市监立〔\d{4}〕\d+号$/);
    expect(filed.filedOn).toBe(chinaToday());
    expect(filed.decisionDueOn).toBe(addDays(chinaToday(), 90));
    const lead: TLead = (await platform.request({ method: 'GET', url: `/api/leads/${c.leadId}`, cookie: cast.enforcement })).json();
    expect(lead.filedOn).toBe(chinaToday());
  });

  it('refuses a head approving their own proposal, and records a refusal as the lead not being filed', async () => {
    const own = await post('/api/leads', cast.admin, { source: 'higher_authority', operatorId: otherOperator, leadSummary: '上级交办', discoveredOn: chinaToday() });
    const proposed = await post('/api/cases', cast.admin, { leadId: own.json().id, leadVersion: own.json().version, cause: '交办案', assessmentReason: '符合' });
    const self = await post(`/api/cases/${proposed.json().id}/filing-approval`, cast.admin, { version: proposed.json().version, approve: true });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.message).toContain('不能审批本人');

    const c = await proposeCase(otherOperator);
    expect((await post(`/api/cases/${c.id}/filing-approval`, cast.leader, { version: c.version, approve: false })).statusCode).toBe(400);
    const refused = await post(`/api/cases/${c.id}/filing-approval`, cast.leader, { version: c.version, approve: false, opinion: '证据不足，违法事实不能成立' });
    expect(refused.json().status).toBe('filing_rejected');
    const lead: TLead = (await platform.request({ method: 'GET', url: `/api/leads/${c.leadId}`, cookie: cast.enforcement })).json();
    expect(lead).toMatchObject({ assessment: 'not_file', musts: [] });
  });

  it("needs the party for a lead without a registered operator, and keeps a natural person's ID number encrypted", async () => {
    const lead = await newLead(null);
    const missing = await post('/api/cases', cast.enforcement, { leadId: lead.id, leadVersion: lead.version, cause: '无证经营案', assessmentReason: '无证经营' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields[0].path).toBe('partyName');
    const person = { leadId: lead.id, leadVersion: lead.version, cause: '无证经营案', assessmentReason: '无证经营', partyName: '李四', partyKind: 'natural_person' };
    const badId = await post('/api/cases', cast.enforcement, { ...person, partyIdNumber: '12345' });
    expect(badId.statusCode).toBe(400);
    const ok = await post('/api/cases', cast.enforcement, { ...person, partyIdNumber: '42011619800101000X', partyAddress: '武汉市黄陂区前川街道正街12号' });
    expect(ok.statusCode, ok.body).toBe(201);
    const [row] = await platform.ctx.db.select().from(enforcementCase).where(eq(enforcementCase.id, ok.json().id));
    expect(row.partyIdEncrypted).toMatch(/^sm4:/);
    expect(JSON.stringify(ok.json())).not.toContain('42011619800101000X');
  });
});

describe('steps in order', () => {
  it('refuses a step out of order with the reason', async () => {
    const c = await filedCase(otherOperator);
    const deliver = await post(`/api/cases/${c.id}/delivery`, cast.enforcement, { version: c.version });
    expect(deliver.statusCode).toBe(400);
    expect(deliver.json().error.message).toContain('不能送达决定书：案件当前为「已立案调查中」');
    const en = await platform.request({
      method: 'POST',
      url: `/api/cases/${c.id}/delivery`,
      cookie: cast.enforcement,
      payload: { version: c.version },
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().error.message).toContain('cannot deliver the decision');
    const noEvidence = await post(`/api/cases/${c.id}/notice`, cast.enforcement, { version: c.version, ...NOTICE });
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json().error.message).toContain('尚未登记任何证据');
    const decision = await post(`/api/cases/${c.id}/decision`, cast.enforcement, decisionBody(c.version));
    expect(decision.json().error.message).toContain('拟定处罚决定');
  });

  it('accepts images, PDF and Word evidence by their bytes, and refuses anything else or too large', async () => {
    let c = await filedCase(otherOperator);
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
      .png()
      .toBuffer();
    const word = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('询问笔录')] }] }));
    for (const file of [
      { fileName: 'photo.png', content: png },
      { fileName: 'report.pdf', content: PDF },
      { fileName: '询问笔录.docx', content: word },
    ]) {
      const response = await addEvidence(c, file);
      expect(response.statusCode, response.body).toBe(200);
      c = response.json();
    }
    expect(c.evidence.map((e) => e.mime)).toEqual(['image/jpeg', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
    const named = await addEvidence(c, { fileName: 'fake.pdf', content: Buffer.from('not a pdf at all') });
    expect(named.statusCode).toBe(415);
    const big = await addEvidence(c, { fileName: 'big.pdf', content: Buffer.concat([PDF, Buffer.alloc(21 * 1024 * 1024)]) });
    expect(big.statusCode).toBe(413);
    const noTitle = await addEvidence(c, { fileName: 'r.pdf', content: PDF }, { evidenceTitle: '' });
    expect(noTitle.statusCode).toBe(400);
    const download = await platform.request({ method: 'GET', url: `/api/cases/${c.id}/evidence/${c.evidence[1].id}/file`, cookie: cast.station });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('the penalty ranges', () => {
  let c: TCaseDetail;
  beforeAll(async () => {
    c = await filedCase(otherOperator);
    c = (await addEvidence(c, { fileName: 'r.pdf', content: PDF })).json();
  });
  const notice = (body: Record<string, unknown>) => post(`/api/cases/${c.id}/notice`, cast.enforcement, { version: c.version, ...NOTICE, ...body });

  it('refuses a fine outside the band of 食品安全法 第一百二十四条 for the goods value', async () => {
    const low = await notice({ fineAmount: 30_000, goodsValue: 5_000 });
    expect(low.statusCode).toBe(400);
    expect(low.json().error.message).toContain('50,000 元至100,000 元');
    const byValue = await notice({ fineAmount: 150_000, goodsValue: 20_000 });
    expect(byValue.json().error.message).toContain('200,000 元至400,000 元');
    const noValue = await notice({ goodsValue: null });
    expect(noValue.json().error.fields[0].path).toBe('goodsValue');
  });

  it('refuses a decision without a legal basis, an article outside the table, and sanctions the article does not provide', async () => {
    const { basisLaw: _law, ...withoutBasis } = NOTICE;
    const noBasis = await post(`/api/cases/${c.id}/notice`, cast.enforcement, { version: c.version, ...withoutBasis });
    expect(noBasis.statusCode).toBe(400);
    expect(noBasis.json().error.fields[0].message).toContain('法律依据');
    const unknown = await notice({ basisArticle: 140 });
    expect(unknown.json().error.message).toContain('不在本平台的罚则表中');
    const warning = await notice({ penaltyKinds: ['warning', 'fine'] });
    expect(warning.json().error.message).toContain('不设警告');
    const noFine = await notice({ penaltyKinds: ['confiscation'], fineAmount: null });
    expect(noFine.json().error.message).toContain('规定应当罚款');
  });

  it('accepts a fine at the edges of the band', async () => {
    const edge = await notice({ fineAmount: 400_000, goodsValue: 20_000 });
    expect(edge.statusCode, edge.body).toBe(200);
    expect(edge.json().notice).toMatchObject({ basisText: '《中华人民共和国食品安全法》第一百二十四条第一款', fineAmount: 400_000 });
  });
});

describe('the whole case with the business and publication', () => {
  let id: string;

  it('shows the business its notice in its own account, takes its statement once, and hides the case file', async () => {
    const c = await notifiedCase(businessOperator, { partyRepresentative: '张三' });
    id = c.id;
    const list: TCaseNoticeView[] = (await platform.request({ method: 'GET', url: '/api/case-notices', cookie: cast.business })).json();
    expect(list.map((n) => n.id)).toContain(id);
    const notice: TCaseNoticeView = (await platform.request({ method: 'GET', url: `/api/case-notices/${id}`, cookie: cast.business })).json();
    expect(notice).toMatchObject({ mayRespond: true, statementDueOn: addDays(chinaToday(), 5), decision: null });
    expect(notice.proposed.fineAmount).toBe(60_000);
    expect((await platform.request({ method: 'GET', url: `/api/cases/${id}`, cookie: cast.business })).statusCode).toBe(403);
    // Too early: the statement window is open and the party has not answered.
    const early = await post(`/api/cases/${id}/decision`, cast.enforcement, decisionBody(c.version));
    expect(early.statusCode).toBe(400);
    expect(early.json().error.message).toContain('陈述、申辩期限');

    const stated = await post(`/api/case-notices/${id}/statement`, cast.business, { version: notice.version, defence: '已下架全部豇豆，请求从轻处罚。联系电话 13800001234' });
    expect(stated.statusCode, stated.body).toBe(200);
    expect(stated.json()).toMatchObject({ mayRespond: false });
    expect((await post(`/api/case-notices/${id}/statement`, cast.business, { version: stated.json().version, defence: '再说一次' })).statusCode).toBe(409);
  });

  it('answers 404 to another business and to a station elsewhere', async () => {
    const c = await notifiedCase(otherOperator);
    expect((await platform.request({ method: 'GET', url: `/api/case-notices/${c.id}`, cookie: cast.business })).statusCode).toBe(404);
    expect((await post(`/api/case-notices/${c.id}/statement`, cast.business, { version: c.version, defence: '冒名' })).statusCode).toBe(404);
    const far = await filedCase(farOperator);
    expect((await platform.request({ method: 'GET', url: `/api/cases/${far.id}`, cookie: cast.station })).statusCode).toBe(404);
    expect((await platform.request({ method: 'GET', url: `/api/cases/${far.id}/filing-form.docx`, cookie: cast.station })).statusCode).toBe(404);
    expect((await platform.request({ method: 'GET', url: `/api/cases/${c.id}`, cookie: cast.station })).statusCode).toBe(200);
    const mine: { items: TCase[] } = (await platform.request({ method: 'GET', url: '/api/cases?pageSize=200', cookie: cast.station })).json();
    expect(mine.items.map((i) => i.id)).not.toContain(far.id);
    expect((await platform.request({ method: 'GET', url: '/api/case-notices', cookie: cast.station })).statusCode).toBe(403);
  });

  it('refuses a decision heavier than the notice, then decides, numbers and schedules publication', async () => {
    let c = await detail(id);
    const heavier = await post(`/api/cases/${id}/decision`, cast.enforcement, decisionBody(c.version, { fineAmount: 90_000 }));
    expect(heavier.statusCode).toBe(400);
    expect(heavier.json().error.message).toContain('不得重于告知');
    const proposed = await post(`/api/cases/${id}/decision`, cast.enforcement, decisionBody(c.version, { fineAmount: 55_000, illegalGains: 800 }));
    expect(proposed.statusCode, proposed.body).toBe(200);
    c = proposed.json();
    expect(c.status).toBe('decision_pending');
    const [a, b] = await Promise.all([
      post(`/api/cases/${id}/decision-approval`, cast.leader, { version: c.version, approve: true }),
      post(`/api/cases/${id}/decision-approval`, cast.admin, { version: c.version, approve: true }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    c = await detail(id);
    expect(c.status).toBe('decided');
    expect(c.decisionNo).toMatch(/^黄陂市监处罚〔\d{4}〕\d+号$/);
    expect(c.publicationDueOn).toBe(addWorkingDays(await loadCalendar(platform.ctx.db), chinaToday(), 20));
    expect(c.clocks.find((k) => k.kind === 'publication')).toMatchObject({ overdue: false, doneOn: null });
    // The basis resolves to the law library's article, which then lists the decision among its citations.
    expect(c.decision!.basisArticleId).not.toBeNull();
    const article = await platform.request({ method: 'GET', url: `/api/laws/articles/${c.decision!.basisArticleId}`, cookie: cast.admin });
    expect(article.body).toContain(`行政处罚决定（${c.cause}）`);
  });

  it('generates the filing approval form and the decision as Word documents from the case', async () => {
    const c = await detail(id);
    const form = await platform.request({ method: 'GET', url: `/api/cases/${id}/filing-form.docx`, cookie: cast.enforcement });
    expect(form.headers['content-type']).toContain('wordprocessingml');
    const formText = (await mammoth.extractRawText({ buffer: form.rawPayload })).value;
    expect(formText).toContain('立案审批表');
    expect(formText).toContain(c.caseNo!);
    expect(formText).toContain('同意立案');
    const decision = await platform.request({ method: 'GET', url: `/api/cases/${id}/decision.docx`, cookie: cast.enforcement });
    const text = (await mammoth.extractRawText({ buffer: decision.rawPayload })).value;
    for (const part of ['行政处罚决定书', c.decisionNo!, c.partyName, '罚款人民币55,000元', '第一百二十四条第一款', '六十日内', '国家企业信用信息公示系统', '已下架全部豇豆']) {
      expect(text).toContain(part);
    }
  });

  it('publishes the decision with personal data masked, for the public and the credit module', async () => {
    const c = await detail(id);
    const published = await post(`/api/cases/${id}/publication`, cast.enforcement, { version: c.version });
    expect(published.statusCode, published.body).toBe(200);
    const text = published.json().publishedText as string;
    expect(text).toContain(c.decisionNo!);
    expect(text).not.toContain('张三');
    expect(text).toContain('张某');
    expect(text).not.toContain('13800001234');
    expect((await post(`/api/cases/${id}/publication`, cast.enforcement, { version: published.json().version })).statusCode).toBe(400);

    const list = (await platform.request({ method: 'GET', url: `/api/public/penalty-decisions?q=${encodeURIComponent(c.partyName)}` })).json();
    expect(list.items.map((p: TPublicPenalty) => p.id)).toContain(id);
    const one = (await platform.request({ method: 'GET', url: `/api/public/penalty-decisions/${id}` })).json();
    expect(one.text).toBe(text);
    expect((await platform.request({ method: 'GET', url: `/api/public/penalty-decisions/${crypto.randomUUID()}` })).statusCode).toBe(404);

    const records = await penaltiesOf(platform.ctx.db, [businessOperator], { publishedOnly: true });
    expect(records.find((r) => r.caseId === id)).toMatchObject({
      decisionNo: c.decisionNo,
      fineAmount: 55_000,
      kinds: ['confiscation', 'fine'],
      legalBasis: '《中华人民共和国食品安全法》第一百二十四条第一款',
    });
    expect(records.every((r) => r.publishedAt !== null)).toBe(true);
  });

  it('delivers, executes and closes; the business then sees the decision', async () => {
    let c = await detail(id);
    const close = await post(`/api/cases/${id}/closure`, cast.enforcement, { version: c.version });
    expect(close.json().error.message).toContain('不能结案');
    c = (await post(`/api/cases/${id}/delivery`, cast.enforcement, { version: c.version })).json();
    const closeEarly = await post(`/api/cases/${id}/closure`, cast.enforcement, { version: c.version });
    expect(closeEarly.json().error.message).toContain('须先登记执行');
    c = (await post(`/api/cases/${id}/execution`, cast.enforcement, { version: c.version, detail: '罚没款已于当日缴入国库' })).json();
    c = (await post(`/api/cases/${id}/closure`, cast.enforcement, { version: c.version })).json();
    expect(c).toMatchObject({ status: 'closed', online: true, actions: [] });
    const notice: TCaseNoticeView = (await platform.request({ method: 'GET', url: `/api/case-notices/${id}`, cookie: cast.business })).json();
    expect(notice.decision).toMatchObject({ decisionNo: c.decisionNo, fineAmount: 55_000 });
    const own = await platform.request({ method: 'GET', url: `/api/case-notices/${id}/decision.docx`, cookie: cast.business });
    expect(own.statusCode).toBe(200);
  });
});

describe('other paths', () => {
  it('extends the decision time limit by 30 days once, approved by a head', async () => {
    const c = await filedCase(otherOperator);
    const requested = (await post(`/api/cases/${c.id}/extension`, cast.enforcement, { version: c.version, reason: '案情复杂，需补充鉴定' })).json();
    expect(requested.actions).toContain('approve_extension');
    expect((await post(`/api/cases/${c.id}/extension`, cast.enforcement, { version: requested.version, reason: '再次' })).statusCode).toBe(400);
    const approved = await post(`/api/cases/${c.id}/extension-approval`, cast.leader, { version: requested.version, approve: true });
    expect(approved.json()).toMatchObject({ extended: true, decisionDueOn: addDays(chinaToday(), 120) });
  });

  it('closes a no-penalty case after delivery, without execution, and never publishes it', async () => {
    const c = await notifiedCase(otherOperator);
    await windowEnded(c.id);
    let d = await detail(c.id);
    d = (
      await post(`/api/cases/${c.id}/decision`, cast.enforcement, {
        version: d.version,
        decisionOutcome: 'no_penalty',
        penaltyKinds: [],
        basisLaw: '中华人民共和国行政处罚法',
        basisArticle: 33,
        factsFound: '初次违法且危害后果轻微并及时改正',
        noPenaltyReason: '违法行为轻微并及时改正，没有造成危害后果',
      })
    ).json();
    d = (await post(`/api/cases/${c.id}/decision-approval`, cast.leader, { version: d.version, approve: true })).json();
    expect(d.publicationDueOn).toBeNull();
    expect(d.actions).not.toContain('publish');
    d = (await post(`/api/cases/${c.id}/delivery`, cast.enforcement, { version: d.version })).json();
    expect((await post(`/api/cases/${c.id}/execution`, cast.enforcement, { version: d.version, detail: 'x' })).json().error.message).toContain('无需执行');
    expect((await post(`/api/cases/${c.id}/closure`, cast.enforcement, { version: d.version })).json().status).toBe('closed');
    const doc = await platform.request({ method: 'GET', url: `/api/cases/${c.id}/decision.docx`, cookie: cast.enforcement });
    expect((await mammoth.extractRawText({ buffer: doc.rawPayload })).value).toContain('不予行政处罚决定书');
  });

  it('transfers a suspected crime to the police, which the lead then shows awaiting the receipt', async () => {
    const c = await filedCase(otherOperator);
    const transferred = await post(`/api/cases/${c.id}/transfer`, cast.enforcement, {
      version: c.version,
      policeUnit: '黄陂区公安分局',
      reason: '涉案货值超过五万元，涉嫌生产、销售不符合安全标准的食品罪',
    });
    expect(transferred.json().status).toBe('transferred');
    const lead: TLead = (await platform.request({ method: 'GET', url: `/api/leads/${c.leadId}`, cookie: cast.enforcement })).json();
    expect(lead).toMatchObject({ policeTransferredOn: chinaToday(), transferTo: '黄陂区公安分局', musts: ['transfer_without_receipt'] });
  });

  it('counts a step entered afterwards from paper against online handling', async () => {
    const c = await proposeCase(otherOperator, { paperOn: addDays(chinaToday(), -3) }, addDays(chinaToday(), -10));
    expect(c.online).toBe(false);
    expect((await post(`/api/cases/${c.id}/filing-approval`, cast.leader, { version: c.version, approve: true, paperOn: addDays(chinaToday(), 1) })).statusCode).toBe(400);
  });
});

describe('indicators', () => {
  it('adds up from the cases: every total is the sum of the units, and matches the cases listed', async () => {
    const year = Number(chinaToday().slice(0, 4));
    const data: TEnforcementIndicators = (await platform.request({ method: 'GET', url: `/api/cases/indicators?year=${year}`, cookie: cast.admin })).json();
    const keys = ['leads', 'leadsBreakingMusts', 'casesFiled', 'casesOnline', 'decisions', 'handlingDaysTotal', 'toPublish', 'publishedOnTime'] as const;
    for (const key of keys) expect(data.total[key], key).toBe(data.rows.reduce((n, r) => n + r[key], 0));
    const all: TCase[] = (await platform.request({ method: 'GET', url: '/api/cases?pageSize=200', cookie: cast.admin })).json().items;
    const filed = all.filter((c) => c.filedOn?.startsWith(`${year}-`));
    expect(data.total.casesFiled).toBe(filed.length);
    expect(data.total.casesOnline).toBe(filed.filter((c) => c.online).length);
    expect(data.total.decisions).toBe(all.filter((c) => c.decidedOn?.startsWith(`${year}-`)).length);
    expect(data.total.onlineRate).toBe(Math.round((data.total.casesOnline / data.total.casesFiled) * 1000) / 10);
    const leads: TLead[] = (await platform.request({ method: 'GET', url: '/api/leads?pageSize=200', cookie: cast.admin })).json().items;
    const ofYear = leads.filter((l) => l.discoveredOn.startsWith(`${year}-`));
    expect(data.total.leads).toBe(ofYear.length);
    expect(data.total.leadsBreakingMusts).toBe(ofYear.filter((l) => l.musts.length > 0).length);
    const team = data.rows.find((r) => r.unitName === '黄陂区市场监督管理综合执法大队')!;
    expect(team.casesFiled).toBeGreaterThan(0);

    // A station sees the figures of its own scope only.
    const own: TEnforcementIndicators = (await platform.request({ method: 'GET', url: `/api/cases/indicators?year=${year}`, cookie: cast.station })).json();
    expect(own.total.leads).toBeLessThan(data.total.leads);

    const xlsx = await platform.request({ method: 'GET', url: `/api/cases/indicators/export?year=${year}`, cookie: cast.admin });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(sheet.rowCount).getCell(1).value).toBe('合计');
    expect(sheet.getRow(sheet.rowCount).getCell(5).value).toBe(data.total.casesFiled);
    expect((await platform.request({ method: 'GET', url: '/api/cases/indicators?year=abc', cookie: cast.admin })).statusCode).toBe(400);
    expect((await platform.request({ method: 'GET', url: `/api/cases/indicators?year=${year}`, cookie: cast.business })).statusCode).toBe(403);
  });
});
