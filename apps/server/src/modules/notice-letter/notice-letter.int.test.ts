import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import type { TPage } from '@shian/shared/http';
import type { TNoticeLetter } from '@shian/shared/notice-letter';
import type { TWorkbench } from '@shian/shared/workbench';
import { chinaToday } from '@shian/shared/working-days';
import { rowsOf } from '../../core/db/database.ts';
import { createOperatorIn, me, raiseDemand, testImage, upload } from '../../testing/inspections.ts';
import { refusedFields } from '../../testing/refused-fields.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { zipEntry } from '../../testing/zip-entry.ts';

let platform: TTestPlatform;
let cast: Record<'admin' | 'station' | 'inspector' | 'department' | 'business' | 'cadre' | 'leader', string>;
let businessOperatorId: string;
let cadreId: string;
const today = chinaToday();
const YEAR = Number(today.slice(0, 4));

const q = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await platform.ctx.db.execute(query));
const post = (url: string, cookie: string, payload?: object) => platform.request({ method: 'POST', url, cookie, payload });
const ok = <T>(response: LightMyRequestResponse, status = 200) => {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
};
const get = async <T>(url: string, cookie: string) => ok<T>(await platform.request({ method: 'GET', url, cookie }));
const draft = async (payload: object, cookie = cast.station) =>
  ok<TNoticeLetter>(await post('/api/notice-letters', cookie, { kind: 'reminder', reason: '你单位近两周未按要求记录每日食品安全检查', ...payload }), 201);
const issue = async (letter: TNoticeLetter, cookie = cast.station) => ok<TNoticeLetter>(await post(`/api/notice-letters/${letter.id}/issue`, cookie, { version: letter.version }));

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin', 'station', 'inspector', 'department', 'business', 'cadre', 'leader'] as const));
  businessOperatorId = (await me(platform, cast.business)).operatorId!;
  [{ cadreId }] = await q<{ cadreId: string }>(sql`select cadre_id as "cadreId" from app_user where username = 'cadre'`);
});
afterAll(() => platform.close());

describe('numbering', () => {
  it('numbers letters issued at once sequentially per bureau, kind and year, without gaps or repeats', async () => {
    const [{ max }] = await q<{ max: number | null }>(sql`select max(seq)::int as max from notice_letter where kind = 'reminder' and year = ${YEAR}`);
    const drafts = [];
    for (let i = 0; i < 12; i++) drafts.push(await draft({ operatorId: businessOperatorId }));
    const responses = await Promise.all(drafts.map((d) => post(`/api/notice-letters/${d.id}/issue`, cast.station, { version: d.version })));
    expect(responses.filter((r) => r.statusCode >= 500).map((r) => r.body)).toEqual([]);
    const issued = responses.map((r) => ok<TNoticeLetter>(r));
    const seqs = issued.map((l) => l.seq!).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 12 }, (_, i) => (max ?? 0) + 1 + i));
    expect(new Set(issued.map((l) => l.number)).size).toBe(12);
    for (const l of issued) expect(l.number).toBe(`黄陂市监提醒〔${YEAR}〕${String(l.seq).padStart(4, '0')}号`);
    // Another kind counts on its own.
    const other = await issue(await draft({ kind: 'rectification', inspectionId: await inspectionWithDemand() }));
    expect(other.number).toMatch(new RegExp(`^黄陂市监整改〔${YEAR}〕\\d{4}号$`));
  });

  it('issues the same letter once when the request is sent twice at once', async () => {
    const d = await draft({ operatorId: businessOperatorId });
    const responses = await Promise.all([0, 1, 2].map(() => post(`/api/notice-letters/${d.id}/issue`, cast.station, { version: d.version })));
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
  });
});

async function inspectionWithDemand() {
  // Two inspectors of the business's station, as an inspection needs.
  const inspectors = await q<{ id: string }>(
    sql`select id from app_user where role = 'inspector' and station_id = (select station_id from app_user where username = 'inspector') order by username limit 2`,
  );
  const demand = await raiseDemand(
    platform,
    cast.inspector,
    { operatorId: businessOperatorId, inspectorIds: inspectors.map((i) => i.id), inspectedOn: today },
    '后厨排水沟清理，补齐进货查验记录',
  );
  const [{ inspection_id }] = await q<{ inspection_id: string }>(sql`select inspection_id from rectification where id = ${demand.id}`);
  return inspection_id;
}

describe('a rectification notice', () => {
  it("is drafted from an inspection's demands, its deadline the latest demand's", async () => {
    const inspectionId = await inspectionWithDemand();
    const letter = await draft({ kind: 'rectification', inspectionId, reason: '监督检查发现问题' });
    expect(letter.operatorId).toBe(businessOperatorId);
    expect(letter.body).toContain('后厨排水沟清理，补齐进货查验记录');
    const [{ due_on }] = await q<{ due_on: string }>(sql`select max(due_on)::text as due_on from rectification where inspection_id = ${inspectionId}`);
    expect(letter.answerDueOn).toBe(due_on);
    expect(letter.status).toBe('draft');
  });

  it('is refused for an inspection without demands, or a kind that cites nothing', async () => {
    const refused = await refusedFields(platform, { method: 'POST', url: '/api/notice-letters', cookie: cast.station, payload: { kind: 'rectification', reason: '检查' } });
    expect(refused).toEqual([{ path: 'inspectionId', message: expect.stringMatching(/^检查记录：/) }]);
    const both = await refusedFields(platform, {
      method: 'POST',
      url: '/api/notice-letters',
      cookie: cast.station,
      payload: { kind: 'reminder', reason: '提醒', operatorId: businessOperatorId, cadreId },
    });
    expect(both).toEqual([{ path: 'operatorId', message: expect.stringMatching(/^经营主体：提醒敦促函应写给/) }]);
  });
});

describe('delivery, answer and close', () => {
  it('goes draft → issued → signed online → answered with a photo → closed, the addressee told and its workbench showing it', async () => {
    const letter = await draft({ operatorId: businessOperatorId, answerDueOn: today });
    // The business does not see drafts.
    expect((await post(`/api/notice-letters/${letter.id}/sign`, cast.business, { version: letter.version })).statusCode).toBe(404);
    const issued = await issue(letter);
    const [{ n }] = await q<{ n: number }>(sql`select count(*)::int as n from notification where dedupe_key = ${`notice-letter:${letter.id}:issued`}`);
    expect(n).toBeGreaterThan(0);
    const work = await get<TWorkbench>('/api/workbench?module=notice-letter&pageSize=200', cast.business);
    expect(work.items.find((i) => i.link === `/my-notice-letters/${letter.id}`)?.kind).toBe('sign');

    const signed = ok<TNoticeLetter>(await post(`/api/notice-letters/${letter.id}/sign`, cast.business, { version: issued.version }));
    expect(signed).toMatchObject({ status: 'delivered', deliveryMethod: 'online', signerName: '企业用户（演示）' });
    const photo = await upload(platform, cast.business, `/api/notice-letters/${letter.id}/attachments`, await testImage());
    expect(photo.statusCode, photo.body).toBe(201);
    const answered = ok<TNoticeLetter>(
      await post(`/api/notice-letters/${letter.id}/answer`, cast.business, { version: signed.version, answer: '已补齐近两周每日检查记录', attachmentIds: [photo.json().id] }),
    );
    expect(answered).toMatchObject({ status: 'answered', answer: '已补齐近两周每日检查记录', attachmentIds: [photo.json().id] });
    const image = await platform.request({ method: 'GET', url: `/api/notice-letters/${letter.id}/attachments/${photo.json().id}`, cookie: cast.station });
    expect(image.statusCode).toBe(200);
    const closed = ok<TNoticeLetter>(await post(`/api/notice-letters/${letter.id}/close`, cast.station, { version: answered.version, note: '已复查' }));
    expect(closed.status).toBe('closed');
    const [{ actions }] = await q<{ actions: string }>(sql`select string_agg(action, ',' order by seq) as actions from audit_log where entity_id = ${letter.id}`);
    expect(actions).toBe('create,issue,sign,answer,close');
  });

  it('records paper delivery with its date and signer, not before the issue nor after today', async () => {
    const issued = await issue(await draft({ operatorId: businessOperatorId }));
    const early = await refusedFields(platform, {
      method: 'POST',
      url: `/api/notice-letters/${issued.id}/deliver-on-paper`,
      cookie: cast.station,
      payload: { version: issued.version, deliveredOn: '2020-01-01', signerName: '张店长' },
    });
    expect(early).toEqual([{ path: 'deliveredOn', message: expect.stringMatching(/^送达日期：应在发出日期/) }]);
    const delivered = ok<TNoticeLetter>(
      await post(`/api/notice-letters/${issued.id}/deliver-on-paper`, cast.station, { version: issued.version, deliveredOn: today, signerName: '张店长' }),
    );
    expect(delivered).toMatchObject({ status: 'delivered', deliveryMethod: 'paper', signerName: '张店长' });
    // Delivered on paper, the business answers in its account.
    const answered = await post(`/api/notice-letters/${issued.id}/answer`, cast.business, { version: delivered.version, answer: '已整改' });
    expect(answered.statusCode, answered.body).toBe(200);
  });

  it('refuses steps out of order with 409 naming both states, and a stale version with 409', async () => {
    const letter = await draft({ operatorId: businessOperatorId });
    const closeDraft = await post(`/api/notice-letters/${letter.id}/close`, cast.station, { version: letter.version });
    expect(closeDraft.statusCode).toBe(409);
    expect(closeDraft.json().error).toMatchObject({ code: 'WRONG_STATE', message: '该文书为“草稿”，不能办结（需为“已送达”或“已回复”）' });
    const paperDraft = await post(`/api/notice-letters/${letter.id}/deliver-on-paper`, cast.station, { version: letter.version, deliveredOn: today, signerName: '张' });
    expect(paperDraft.statusCode).toBe(409);
    const issued = await issue(letter);
    const again = await post(`/api/notice-letters/${letter.id}/issue`, cast.station, { version: issued.version });
    expect(again.json().error.code).toBe('WRONG_STATE');
    const early = await post(`/api/notice-letters/${letter.id}/answer`, cast.business, { version: issued.version, answer: '已整改' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('该文书为“已发出”，不能回复（需为“已送达”）');
    const stale = await post(`/api/notice-letters/${letter.id}/sign`, cast.business, { version: letter.version });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const signed = ok<TNoticeLetter>(await post(`/api/notice-letters/${letter.id}/sign`, cast.business, { version: issued.version }));
    const twice = await post(`/api/notice-letters/${letter.id}/sign`, cast.business, { version: signed.version });
    expect(twice.statusCode).toBe(409);
    const en = await platform.request({
      method: 'POST',
      url: `/api/notice-letters/${letter.id}/sign`,
      cookie: cast.business,
      payload: { version: signed.version },
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().error.message).toBe('The letter is delivered; it cannot be signed for (it must be issued)');
  });
});

describe('scope', () => {
  it('lets a business sign only its own letters (another business’s is 404) and staff see them in their data scope', async () => {
    const other = await createOperatorIn(platform, cast.admin);
    const letter = await issue(await draft({ operatorId: other.id }));
    expect((await post(`/api/notice-letters/${letter.id}/sign`, cast.business, { version: letter.version })).statusCode).toBe(404);
    expect((await platform.request({ method: 'GET', url: `/api/notice-letters/${letter.id}`, cookie: cast.business })).statusCode).toBe(404);
    const mine = await get<TPage<TNoticeLetter>>('/api/notice-letters?pageSize=200', cast.business);
    expect(mine.items.every((l) => l.operatorId === businessOperatorId && l.status !== 'draft')).toBe(true);
    expect((await get<TNoticeLetter>(`/api/notice-letters/${letter.id}`, cast.inspector)).id).toBe(letter.id);
    expect((await get<TNoticeLetter>(`/api/notice-letters/${letter.id}`, cast.leader)).id).toBe(letter.id);
  });

  it("sends a reminder to a cadre's unit: only that cadre sees and signs it, the business never", async () => {
    const letter = await issue(await draft({ cadreId, reason: '本季度包保主体督导尚未全覆盖' }));
    expect(letter.addressee).toContain('（');
    expect((await post(`/api/notice-letters/${letter.id}/sign`, cast.business, { version: letter.version })).statusCode).toBe(404);
    const list = await get<TPage<TNoticeLetter>>('/api/notice-letters?pageSize=200', cast.cadre);
    expect(list.items.map((l) => l.id)).toContain(letter.id);
    expect(list.items.every((l) => l.cadreId === cadreId)).toBe(true);
    const signed = ok<TNoticeLetter>(await post(`/api/notice-letters/${letter.id}/sign`, cast.cadre, { version: letter.version }));
    expect(signed.deliveryMethod).toBe('online');
  });

  it('refuses a draft for an operator outside the station', async () => {
    const [outside] = await q<{ id: string }>(
      sql`select o.id from operator o join unit u on u.code = o.unit_code join station s on s.id = u.station_id where s.name <> '前川市场监督管理所' order by o.uscc limit 1`,
    );
    expect((await post('/api/notice-letters', cast.station, { kind: 'reminder', reason: '提醒', operatorId: outside.id })).statusCode).toBe(404);
  });
});

describe('the register', () => {
  it('filters overdue letters: not answered and due before today (China date)', async () => {
    const due = await issue(await draft({ operatorId: businessOperatorId }));
    const answered = await issue(await draft({ operatorId: businessOperatorId }));
    await platform.ctx.db.execute(sql`update notice_letter set answer_due_on = '2020-01-10' where id in (${due.id}, ${answered.id})`);
    await platform.ctx.db.execute(sql`update notice_letter set status = 'answered', answer = '已整改' where id = ${answered.id}`);
    const overdue = await get<TPage<TNoticeLetter>>(`/api/notice-letters?overdue=true&operatorId=${businessOperatorId}&pageSize=200`, cast.station);
    expect(overdue.items.map((l) => l.id)).toContain(due.id);
    expect(overdue.items.map((l) => l.id)).not.toContain(answered.id);
    expect(overdue.items.every((l) => l.overdue && (l.status === 'issued' || l.status === 'delivered') && l.answerDueOn < today)).toBe(true);
    const notOverdue = await get<TPage<TNoticeLetter>>(`/api/notice-letters?overdue=false&operatorId=${businessOperatorId}&pageSize=200`, cast.station);
    expect(notOverdue.items.map((l) => l.id)).not.toContain(due.id);
    const work = await get<TWorkbench>('/api/workbench?module=notice-letter&pageSize=200', cast.station);
    expect(work.items.some((i) => i.link === `/notice-letters/${due.id}` && i.overdue)).toBe(true);
    const kinds = await get<TPage<TNoticeLetter>>('/api/notice-letters?kind=rectification&pageSize=200', cast.station);
    expect(kinds.items.every((l) => l.kind === 'rectification')).toBe(true);
  });

  it('prints a real .docx with the number, the addressee and the deadline', async () => {
    const letter = await issue(await draft({ operatorId: businessOperatorId }));
    const response = await platform.request({ method: 'GET', url: `/api/notice-letters/${letter.id}/docx`, cookie: cast.business });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    const xml = zipEntry(response.rawPayload, 'word/document.xml');
    expect(xml).toContain(letter.number!);
    expect(xml).toContain('提醒敦促函');
    expect(xml).toContain(letter.addressee);
    expect(xml).toContain('（印章）');
  });
});
