import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TInterview, TInterviewDetail } from '@shian/shared/interview';
import type { TPage } from '@shian/shared/http';
import type { TOrganisation } from '@shian/shared/org';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import { refusedFields } from '../../testing/refused-fields.ts';
import { createOperatorIn, me } from '../../testing/inspections.ts';
import { insertComplaints } from '../../testing/test-complaints.ts';
import { zipEntry } from '../../testing/zip-entry.ts';

let platform: TTestPlatform;
let cast: Record<'department' | 'station' | 'business', string>;
let ownOperator: { id: string; name: string };
let elsewhere: string;

const payload = (operatorId: string, overrides: Record<string, unknown> = {}) => ({
  operatorId,
  reason: '投诉反映的卫生问题集中，存在食品安全隐患。',
  scheduledAt: '2026-09-15T01:30:00.000Z',
  place: '区局三楼会议室',
  attendees: '法定代表人、食品安全总监',
  contactName: '周科长',
  contactPhone: '027-61008315',
  complaintsFrom: '2026-06-01',
  complaintsTo: '2026-08-31',
  ...overrides,
});

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['department', 'station', 'business'], { operators: 20 }));
  const operatorId = (await me(platform, cast.business)).operatorId!;
  ownOperator = { id: operatorId, name: (await platform.request({ method: 'GET', url: `/api/operators/${operatorId}`, cookie: cast.department })).json().name };
  const org: TOrganisation = (await platform.request({ method: 'GET', url: '/api/org', cookie: cast.department })).json();
  const stationId = (await me(platform, cast.station)).stationId;
  const outside = org.units.find((u) => u.stationId !== stationId)!.code;
  elsewhere = (await createOperatorIn(platform, cast.department, outside, { name: '辖区外测试餐馆' })).id;
  await insertComplaints(platform, [
    { receivedAt: '2026-06-03', operatorId, issueType: 'hygiene' },
    { receivedAt: '2026-07-03', operatorId, issueType: 'hygiene' },
    { receivedAt: '2026-08-31', operatorId, issueType: 'hygiene' },
    { receivedAt: '2026-08-01', operatorId, issueType: 'foreign_matter' },
    // Outside the period: not cited.
    { receivedAt: '2026-05-31', operatorId, issueType: 'hygiene' },
  ]);
});
afterAll(() => platform.close());

const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, cookie: string, body?: unknown) =>
  platform.request({ method, url, cookie, ...(body === undefined ? {} : { payload: body as Record<string, unknown> }) });

async function ok<T = TInterviewDetail>(method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, cookie: string, body?: unknown): Promise<T> {
  const response = await call(method, url, cookie, body);
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json();
}

describe('an interview from notice to follow-up', () => {
  let interview: TInterviewDetail;

  it('creates a draft citing the complaints of the period, which the business does not see yet', async () => {
    interview = await ok('POST', '/api/interviews', cast.department, payload(ownOperator.id));
    expect(interview).toMatchObject({ status: 'draft', noticeNo: null, operatorName: ownOperator.name, contactPhone: '027-61008315' });
    expect(interview.complaintCounts).toEqual({
      total: 4,
      byIssueType: [
        { issueType: 'hygiene', complaints: 3 },
        { issueType: 'foreign_matter', complaints: 1 },
      ],
    });
    expect((await ok<TPage<TInterview>>('GET', '/api/interviews', cast.business)).total).toBe(0);
    expect((await call('GET', `/api/interviews/${interview.id}`, cast.business)).statusCode).toBe(404);
    expect((await call('GET', `/api/interviews/${interview.id}/notice.docx`, cast.business)).statusCode).toBe(404);
  });

  it('changes the draft, refusing a stale version with 409', async () => {
    const stale = await call('PATCH', `/api/interviews/${interview.id}`, cast.department, { version: interview.version + 1, place: '前川所会议室' });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'VERSION_CONFLICT']);
    interview = await ok('PATCH', `/api/interviews/${interview.id}`, cast.department, { version: interview.version, place: '前川市场监督管理所会议室' });
    expect(interview.place).toBe('前川市场监督管理所会议室');
  });

  it('issues the numbered notice: then the business sees it and downloads a real Word file', async () => {
    expect((await call('POST', `/api/interviews/${interview.id}/notice`, cast.department, { version: interview.version - 1 })).statusCode).toBe(409);
    interview = await ok('POST', `/api/interviews/${interview.id}/notice`, cast.department, { version: interview.version });
    expect(interview.status).toBe('notified');
    expect(interview.noticeNo).toMatch(/^黄陂市监约〔\d{4}〕1号$/);
    expect((await call('PATCH', `/api/interviews/${interview.id}`, cast.department, { version: interview.version, place: '改' })).statusCode).toBe(400);

    const list = await ok<TPage<TInterview>>('GET', '/api/interviews', cast.business);
    expect(list.items.map((i) => i.id)).toEqual([interview.id]);
    const response = await call('GET', `/api/interviews/${interview.id}/notice.docx`, cast.business);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(decodeURIComponent(String(response.headers['content-disposition']))).toContain(`行政约谈通知书-${ownOperator.name}`);
    const docx = response.rawPayload;
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect(zipEntry(docx, '[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
    const xml = zipEntry(docx, 'word/document.xml');
    for (const text of [
      ownOperator.name,
      '行政约谈通知书',
      interview.noticeNo!,
      '投诉举报4件',
      '卫生问题3件',
      '异物1件',
      '2026年9月15日 09:30',
      '前川市场监督管理所会议室',
      '《中华人民共和国食品安全法》第一百一十四条',
      '周科长，027-61008315',
      '黄陂区市场监督管理局',
    ]) {
      expect(xml, text).toContain(text);
    }
  });

  it('records the meeting, the commitments and their follow-up, then closes, every step with who and when', async () => {
    const record = { attendance: '企业法定代表人、食品安全总监；消保科两人', minutes: '通报投诉情况，企业承认问题并承诺整改。' };
    expect((await call('PUT', `/api/interviews/${interview.id}/record`, cast.business, { version: interview.version, heldAt: '2026-09-15T01:30:00Z', ...record })).statusCode).toBe(
      403,
    );
    expect((await call('PUT', `/api/interviews/${interview.id}/record`, cast.department, { version: 1, heldAt: '2026-09-15T01:30:00Z', ...record })).statusCode).toBe(409);
    interview = await ok('PUT', `/api/interviews/${interview.id}/record`, cast.department, { version: interview.version, heldAt: '2026-09-15T01:30:00Z', ...record });
    expect(interview).toMatchObject({ status: 'held', ...record });

    const early = await call('POST', `/api/interviews/${interview.id}/commitments`, cast.department, { commitment: '清理过期原料', dueOn: '2026-09-01' });
    expect([early.statusCode, early.json().error.fields[0].message]).toEqual([400, '完成期限：不能早于约谈日期 2026-09-15']);
    await ok('POST', `/api/interviews/${interview.id}/commitments`, cast.department, { commitment: '清理过期原料，建立进货查验台账', dueOn: '2026-09-25' });
    interview = await ok('POST', `/api/interviews/${interview.id}/commitments`, cast.department, { commitment: '后厨防鼠设施整改', dueOn: '2026-10-15' });
    expect(interview.commitments.map((c) => [c.commitment, c.status])).toEqual([
      ['清理过期原料，建立进货查验台账', 'open'],
      ['后厨防鼠设施整改', 'open'],
    ]);
    expect(interview.commitmentsOpen).toBe(2);

    const closing = await call('POST', `/api/interviews/${interview.id}/close`, cast.department, { version: interview.version });
    expect([closing.statusCode, closing.json().error.fields[0].message]).toEqual([400, '状态：还有 2 项承诺未跟踪核实']);

    const [first, second] = interview.commitments;
    const staleFollowUp = await call('PATCH', `/api/interviews/${interview.id}/commitments/${first.id}`, cast.department, {
      version: first.version + 1,
      status: 'done',
      evidence: '复查',
    });
    expect(staleFollowUp.statusCode).toBe(409);
    await ok('PATCH', `/api/interviews/${interview.id}/commitments/${first.id}`, cast.department, { version: first.version, status: 'done', evidence: '现场复查：台账已建立' });
    interview = await ok('PATCH', `/api/interviews/${interview.id}/commitments/${second.id}`, cast.department, {
      version: second.version,
      status: 'not_done',
      evidence: '复查时仍有破损',
    });
    expect(interview.commitments.map((c) => [c.status, c.evidence, c.followedUpByName])).toEqual([
      ['done', '现场复查：台账已建立', '流通科科员（演示）'],
      ['not_done', '复查时仍有破损', '流通科科员（演示）'],
    ]);
    interview = await ok('POST', `/api/interviews/${interview.id}/close`, cast.department, { version: interview.version });
    expect(interview.status).toBe('closed');
    expect(interview.steps.map((s) => s.kind)).toEqual([
      'created',
      'updated',
      'notice_issued',
      'held',
      'commitment_added',
      'commitment_added',
      'followed_up',
      'followed_up',
      'closed',
    ]);
    expect(interview.steps.every((s) => s.actorName === '流通科科员（演示）' && !Number.isNaN(Date.parse(s.at)))).toBe(true);

    const business_ = await ok('GET', `/api/interviews/${interview.id}`, cast.business);
    expect(business_.commitments).toHaveLength(2);
    const late = await call('PUT', `/api/interviews/${interview.id}/record`, cast.department, { version: interview.version, heldAt: '2026-09-15T01:30:00Z', ...record });
    expect([late.statusCode, late.json().error.fields[0].message]).toEqual([400, '状态：该约谈为已办结，此操作需要已发通知或已约谈']);
  });

  it('numbers the next notice of the year one higher', async () => {
    const next = await ok('POST', '/api/interviews', cast.department, payload(elsewhere));
    const issued = await ok('POST', `/api/interviews/${next.id}/notice`, cast.department, { version: next.version });
    expect(issued.noticeNo).toMatch(/^黄陂市监约〔\d{4}〕2号$/);
  });
});

describe('scopes and input', () => {
  it('keeps a station to the operators of its units and a business to its own interviews', async () => {
    const other = await ok('POST', '/api/interviews', cast.department, payload(elsewhere));
    expect((await call('GET', `/api/interviews/${other.id}`, cast.station)).statusCode).toBe(404);
    expect((await call('GET', `/api/interviews/${other.id}/notice.docx`, cast.station)).statusCode).toBe(404);
    expect((await call('POST', `/api/interviews/${other.id}/notice`, cast.station, { version: other.version })).statusCode).toBe(404);
    expect((await call('POST', '/api/interviews', cast.station, payload(elsewhere))).statusCode).toBe(404);
    const stationList = (await call('GET', '/api/interviews?pageSize=200', cast.station)).json();
    expect(stationList.items.every((i: { operatorId: string }) => i.operatorId === ownOperator.id)).toBe(true);
    expect(stationList.total).toBeGreaterThan(0);

    await ok('POST', `/api/interviews/${other.id}/notice`, cast.department, { version: other.version });
    expect((await call('GET', `/api/interviews/${other.id}`, cast.business)).statusCode).toBe(404);
    const own = (await call('GET', '/api/interviews?pageSize=200', cast.business)).json();
    expect(own.items.every((i: { operatorId: string }) => i.operatorId === ownOperator.id)).toBe(true);
    for (const role of ['business', 'leader', 'cadre']) {
      const cookie = await platform.login(role);
      expect([role, (await call('POST', '/api/interviews', cookie, payload(ownOperator.id))).statusCode]).toEqual([role, 403]);
    }
    // The business's cadre sees its notified interviews, never the drafts.
    const draft = await ok('POST', '/api/interviews', cast.department, payload(ownOperator.id));
    const cadre = await platform.login('cadre');
    const cadreList = (await call('GET', '/api/interviews?pageSize=200', cadre)).json();
    expect(cadreList.items.length).toBeGreaterThan(0);
    expect(cadreList.items.some((i: { status: string }) => i.status === 'draft')).toBe(false);
    expect((await call('GET', `/api/interviews/${draft.id}`, cadre)).statusCode).toBe(404);
  });

  it("filters the list by operator (the letter form's interview picker), within the user's scope", async () => {
    await ok('POST', '/api/interviews', cast.department, payload(elsewhere));
    const ofOne = async (operatorId: string, cookie: string) => (await call('GET', `/api/interviews?operatorId=${operatorId}&pageSize=200`, cookie)).json();
    const mine = await ofOne(ownOperator.id, cast.department);
    const theirs = await ofOne(elsewhere, cast.department);
    expect(mine.total).toBeGreaterThan(0);
    expect(theirs.total).toBeGreaterThan(0);
    expect(mine.items.every((i: { operatorId: string }) => i.operatorId === ownOperator.id)).toBe(true);
    expect(theirs.items.every((i: { operatorId: string }) => i.operatorId === elsewhere)).toBe(true);
    const all = (await call('GET', '/api/interviews?pageSize=200', cast.department)).json();
    expect(all.total).toBeGreaterThan(mine.total);
    // The filter narrows the scope, never widens it: a station asking for an operator outside it gets nothing.
    expect((await ofOne(elsewhere, cast.station)).total).toBe(0);
    expect((await call('GET', '/api/interviews?operatorId=not-an-id', cast.department)).statusCode).toBe(400);
  });

  it('names the field and the reason of bad input, in Chinese or English', async () => {
    const bad = (body: unknown, lang?: string) =>
      refusedFields(platform, { method: 'POST', url: '/api/interviews', cookie: cast.department, payload: body as Record<string, unknown> }, lang);
    expect(await bad(payload(ownOperator.id, { place: '  ' }))).toEqual([{ path: 'place', message: '约谈地点：不能为空' }]);
    expect(await bad(payload(ownOperator.id, { contactPhone: '12345' }))).toEqual([{ path: 'contactPhone', message: '联系电话：不是有效的手机或固定电话号码' }]);
    expect(await bad(payload(ownOperator.id, { complaintsTo: '2026-05-01' }), 'en')).toEqual([
      { path: 'complaintsTo', message: 'Complaints to: must not be before the start date' },
    ]);
    expect((await bad(payload(ownOperator.id, { scheduledAt: '明天上午' })))[0].path).toBe('scheduledAt');
    expect((await bad(payload('not-an-id')))[0].path).toBe('operatorId');
    expect((await bad({ ...payload(ownOperator.id), sealed: true }))[0].message).toMatch(/sealed/);
    expect((await call('GET', '/api/interviews/not-an-id', cast.department)).statusCode).toBe(400);
    expect((await call('GET', `/api/interviews/${crypto.randomUUID()}`, cast.department)).statusCode).toBe(404);
    // Injection text is stored as text and given back as it was.
    const stored = await ok('POST', '/api/interviews', cast.department, payload(ownOperator.id, { reason: "<script>alert(1)</script>'); drop table interview; --" }));
    expect(stored.reason).toBe("<script>alert(1)</script>'); drop table interview; --");
  });
});
