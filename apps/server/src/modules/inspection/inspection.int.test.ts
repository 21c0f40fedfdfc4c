import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { TInspection } from '@shian/shared/inspection';
import { rowsOf } from '../../core/db/database.ts';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { answerAll, closeWith, createOperatorIn, me, QIJIAWAN_UNIT, startInspection, testImage, upload } from '../../testing/inspections.ts';

let platform: TTestPlatform;
let admin: string;
let inspector: string;
let station: string;
let business: string;
let inspectorIds: string[];
let operatorId: string;
let events: { name: string; payload: unknown }[];

beforeAll(async () => {
  platform = await createTestPlatform();
  [admin, inspector, station, business] = await Promise.all(['admin', 'inspector', 'station', 'business'].map((u) => platform.login(u)));
  inspectorIds = [(await me(platform, inspector)).id, (await me(platform, station)).id];
  operatorId = (await createOperatorIn(platform, admin)).id;
  events = [];
  platform.ctx.events.on('inspection.closed', async (payload) => void events.push({ name: 'inspection.closed', payload }));
});
afterAll(() => platform.close());

const get = (id: string, cookie = inspector) => platform.request({ method: 'GET', url: `/api/inspections/${id}`, cookie });
const patch = (inspection: { id: string }, payload: Record<string, unknown>, cookie = inspector) =>
  platform.request({ method: 'PATCH', url: `/api/inspections/${inspection.id}`, cookie, payload });
const auditOf = async (entityId: string) =>
  rowsOf<{ action: string }>(await platform.ctx.db.execute(sql`select action from audit_log where entity_id = ${entityId} order by seq`)).map((r) => r.action);

describe('starting an inspection', () => {
  it('creates an open record on the operator’s current published checklist, with audit', async () => {
    const inspection = await startInspection(platform, inspector, { operatorId, inspectorIds });
    expect(inspection).toMatchObject({ status: 'open', kind: 'routine', result: null, templateVersionNo: 1, operatorId });
    expect(inspection.templateName).toBe('餐饮服务监督检查要点表');
    expect(inspection.items.length).toBeGreaterThanOrEqual(15);
    expect(inspection.items.some((i) => i.key)).toBe(true);
    expect(inspection.items.every((i) => i.outcome === null)).toBe(true);
    expect(inspection.inspectors.map((i) => i.displayName)).toEqual(['前川所检查员（演示）', '前川所所长（演示）']);
    expect(await auditOf(inspection.id)).toEqual(['create']);
  });

  it('refuses one inspector, a repeated one, and inspectors of another station', async () => {
    const one = await platform.request({
      method: 'POST',
      url: '/api/inspections',
      cookie: inspector,
      payload: { operatorId, kind: 'routine', inspectedOn: '2026-03-02', inspectorIds: [inspectorIds[0]] },
    });
    expect(one.statusCode).toBe(400);
    expect(one.json().error.fields).toContainEqual({ path: 'inspectorIds', message: '检查人员：至少 2 名检查人员' });
    const repeated = await platform.request({
      method: 'POST',
      url: '/api/inspections',
      cookie: inspector,
      payload: { operatorId, kind: 'routine', inspectedOn: '2026-03-02', inspectorIds: [inspectorIds[0], inspectorIds[0]] },
    });
    expect(repeated.statusCode).toBe(400);
    const [other] = rowsOf<{ id: string }>(
      await platform.ctx.db.execute(sql`select u.id from app_user u join station s on s.id = u.station_id where u.role = 'inspector' and s.name <> '前川市场监督管理所' limit 1`),
    );
    const foreign = await platform.request({
      method: 'POST',
      url: '/api/inspections',
      cookie: inspector,
      payload: { operatorId, kind: 'routine', inspectedOn: '2026-03-02', inspectorIds: [inspectorIds[0], other.id] },
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields[0].path).toBe('inspectorIds');
  });

  it('refuses wrong types and unknown fields', async () => {
    const response = await platform.request({
      method: 'POST',
      url: '/api/inspections',
      cookie: inspector,
      payload: { operatorId: 42, kind: 'surprise', inspectedOn: '2026-02-30', inspectorIds, extra: true },
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['operatorId', 'kind', 'inspectedOn']));
    expect(response.json().error.fields.some((f: { message: string }) => f.message.includes('extra'))).toBe(true);
  });

  it('answers 403 to roles without inspection.write and 404 for an operator of another station', async () => {
    const cadre = await platform.login('cadre');
    const forbidden = await platform.request({
      method: 'POST',
      url: '/api/inspections',
      cookie: cadre,
      payload: { operatorId, kind: 'routine', inspectedOn: '2026-03-02', inspectorIds },
    });
    expect(forbidden.statusCode).toBe(403);
    const elsewhere = await createOperatorIn(platform, admin, QIJIAWAN_UNIT);
    const hidden = await platform.request({
      method: 'POST',
      url: '/api/inspections',
      cookie: inspector,
      payload: { operatorId: elsewhere.id, kind: 'routine', inspectedOn: '2026-03-02', inspectorIds },
    });
    expect(hidden.statusCode).toBe(404);
    const byAdmin = await startInspection(platform, admin, {
      operatorId: elsewhere.id,
      inspectorIds: [(await me(platform, admin)).id, (await me(platform, await platform.login('department'))).id],
    });
    expect((await get(byAdmin.id, inspector)).statusCode).toBe(404);
    expect((await get(byAdmin.id, admin)).statusCode).toBe(200);
    const list = (await platform.request({ method: 'GET', url: `/api/inspections?pageSize=200`, cookie: inspector })).json();
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(byAdmin.id);
  });
});

describe('saving in the field', () => {
  it('keeps both inspectors’ work: the stale of two concurrent saves gets 409, nothing is lost silently', async () => {
    const inspection = await startInspection(platform, inspector, { operatorId, inspectorIds });
    const [a, b] = inspection.items;
    const [first, second] = await Promise.all([
      patch(inspection, { version: inspection.version, results: [{ itemId: a.id, outcome: 'conforming', note: '甲' }] }),
      patch(inspection, { version: inspection.version, results: [{ itemId: b.id, outcome: 'nonconforming', note: '乙' }] }, station),
    ]);
    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = first.statusCode === 409 ? first : second;
    expect(loser.json().error.code).toBe('VERSION_CONFLICT');
    const saved: TInspection = (await get(inspection.id)).json();
    expect(saved.version).toBe(inspection.version + 1);
    expect(saved.items.filter((i) => i.outcome !== null)).toHaveLength(1);
  });

  it('saves partially: location, representative and notes, and refuses items of another checklist', async () => {
    const inspection = await startInspection(platform, inspector, { operatorId, inspectorIds });
    const saved = await patch(inspection, { version: 1, latitude: 30.88, longitude: 114.38, locationNote: '后厨', representativeName: '王五', summary: '总体良好' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, latitude: 30.88, representativeName: '王五', summary: '总体良好' });
    const stray = await patch(inspection, { version: 2, results: [{ itemId: crypto.randomUUID(), outcome: 'conforming' }] });
    expect(stray.statusCode).toBe(400);
    expect(stray.json().error.fields[0].path).toBe('results.0.itemId');
    const badOutcome = await patch(inspection, { version: 2, results: [{ itemId: inspection.items[0].id, outcome: 'fine' }] });
    expect(badOutcome.statusCode).toBe(400);
    const itemId = inspection.items[0].id;
    const repeated = await patch(inspection, {
      version: 2,
      results: [
        { itemId, outcome: 'conforming' },
        { itemId, outcome: 'nonconforming', note: '后答为准' },
      ],
    });
    expect(repeated.statusCode, repeated.body).toBe(200);
    expect(repeated.json().items[0]).toMatchObject({ outcome: 'nonconforming', note: '后答为准' });
  });
});

describe('photos and signature', () => {
  let inspection: TInspection;
  beforeAll(async () => {
    inspection = await startInspection(platform, inspector, { operatorId, inspectorIds });
  });

  it('stores a photo for an item with a thumbnail and serves it in the same scope', async () => {
    const response = await upload(platform, inspector, `/api/inspections/${inspection.id}/photos`, await testImage(), 'kitchen.jpg', { itemId: inspection.items[0].id });
    expect(response.statusCode, response.body).toBe(201);
    const photo = response.json();
    expect(photo.itemId).toBe(inspection.items[0].id);
    const thumb = await platform.request({ method: 'GET', url: `/api/inspections/${inspection.id}/photos/${photo.id}?size=thumb`, cookie: inspector });
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    expect(thumb.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const detail: TInspection = (await get(inspection.id)).json();
    expect(detail.photos.map((p) => p.id)).toEqual([photo.id]);
    const otherStation = await platform.login('inspector03');
    const hidden = await platform.request({ method: 'GET', url: `/api/inspections/${inspection.id}/photos/${photo.id}`, cookie: otherStation });
    expect(hidden.statusCode).toBe(404);
  });

  it('refuses a PDF named .jpg with 415 and a photo over 10 MB with 413', async () => {
    const pdf = await upload(platform, inspector, `/api/inspections/${inspection.id}/photos`, '%PDF-1.4\n1 0 obj\n<<>>\nendobj\n', 'scan.jpg');
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().error.code).toBe('UNSUPPORTED_FILE');
    const huge = Buffer.concat([await testImage(), Buffer.alloc(10 * 1024 * 1024 + 10)]);
    const big = await upload(platform, inspector, `/api/inspections/${inspection.id}/photos`, huge, 'big.jpg');
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toContain('10 MB');
  });

  it('takes the representative’s signature as a PNG only', async () => {
    const jpeg = await upload(platform, inspector, `/api/inspections/${inspection.id}/signature`, await testImage('jpeg'), 'signature.png');
    expect(jpeg.statusCode).toBe(415);
    const png = await upload(platform, inspector, `/api/inspections/${inspection.id}/signature`, await testImage('png'), 'signature.png');
    expect(png.statusCode, png.body).toBe(200);
    expect(png.json().hasSignature).toBe(true);
    const image = await platform.request({ method: 'GET', url: `/api/inspections/${inspection.id}/signature`, cookie: inspector });
    expect(image.statusCode).toBe(200);
  });
});

describe('closing an inspection', () => {
  it('refuses to close with unanswered items, naming them; unannounced needs only the key items', async () => {
    const routine = await startInspection(platform, inspector, { operatorId, inspectorIds });
    const refused = await closeWith(platform, inspector, routine);
    expect(refused.statusCode).toBe(400);
    const fields = refused.json().error.fields as { path: string; message: string }[];
    expect(fields).toHaveLength(routine.items.length);
    const key = routine.items.find((i) => i.key)!;
    expect(fields).toContainEqual({ path: 'results', message: `检查结果：重点项「${key.position}. ${key.content}」未作答` });

    const unannounced = await startInspection(platform, inspector, { operatorId, inspectorIds, kind: 'unannounced' });
    const keyOnly = unannounced.items.filter((i) => i.key);
    const response = await patch(unannounced, { version: 1, results: keyOnly.slice(1).map((i) => ({ itemId: i.id, outcome: 'conforming' })) });
    const stillMissing = await closeWith(platform, inspector, response.json());
    expect(stillMissing.statusCode).toBe(400);
    expect(stillMissing.json().error.fields).toEqual([{ path: 'results', message: `检查结果：重点项「${keyOnly[0].position}. ${keyOnly[0].content}」未作答` }]);
    const done = await patch(unannounced, { version: 2, results: [{ itemId: keyOnly[0].id, outcome: 'conforming' }] });
    const closed = await closeWith(platform, inspector, done.json());
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', result: 'conforming' });
  });

  it('needs a demand for each nonconforming item, derives the result and dates the demands in working days across the Spring Festival', async () => {
    const inspection = await startInspection(platform, inspector, { operatorId, inspectorIds, inspectedOn: '2026-02-13' });
    const key = inspection.items.find((i) => i.key)!;
    const general = inspection.items.find((i) => !i.key)!;
    const answered = await answerAll(platform, inspector, inspection, { [key.id]: 'nonconforming', [general.id]: 'nonconforming' });

    const noDemand = await closeWith(platform, inspector, answered, [{ itemId: key.id, demand: '立即整改', workingDays: 3 }]);
    expect(noDemand.statusCode).toBe(400);
    expect(noDemand.json().error.fields[0].path).toBe('rectifications');
    const stray = await closeWith(platform, inspector, answered, [
      { itemId: inspection.items.find((i) => i.id !== key.id && i.id !== general.id)!.id, demand: 'x', workingDays: 3 },
    ]);
    expect(stray.statusCode).toBe(400);
    const tooLong = await closeWith(platform, inspector, answered, [{ itemId: key.id, demand: 'x', workingDays: 61 }]);
    expect(tooLong.statusCode).toBe(400);

    const closed = await closeWith(platform, inspector, answered, [
      { itemId: key.id, demand: '健康证明过期人员立即调离岗位', workingDays: 3 },
      { itemId: general.id, demand: '完善晨检记录', workingDays: 10 },
    ]);
    expect(closed.statusCode, closed.body).toBe(200);
    const body: TInspection = closed.json();
    expect(body).toMatchObject({ status: 'closed', result: 'nonconforming', keyNonconforming: 1, generalNonconforming: 1, published: true });
    // 2026: Spring Festival holiday 15-23 February, make-up working days 14 and 28 February.
    expect(body.rectifications.find((r) => r.itemId === key.id)).toMatchObject({ dueOn: '2026-02-25', workingDays: 3, status: 'open' });
    expect(await auditOf(inspection.id)).toEqual(['create', 'update', 'close']);
    const rectificationAudit = await auditOf(body.rectifications[0].id);
    expect(rectificationAudit).toEqual(['create']);
    expect(events.find((e) => (e.payload as { inspectionId: string }).inspectionId === inspection.id)).toEqual({
      name: 'inspection.closed',
      payload: { operatorId, inspectionId: inspection.id, result: 'nonconforming', kind: 'routine', inspectedOn: '2026-02-13', planEntryId: null },
    });

    const edit = await patch(body, { version: body.version, summary: '改' });
    expect(edit.statusCode).toBe(400);
    expect(edit.json().error.fields[0]).toEqual({ path: 'status', message: '状态：检查已结束，记录不可再修改' });
    const again = await closeWith(platform, inspector, body);
    expect(again.statusCode).toBe(400);
    const photo = await upload(platform, inspector, `/api/inspections/${inspection.id}/photos`, await testImage());
    expect(photo.statusCode).toBe(400);
  });

  it('derives basically conforming from general items only, and refuses a stale version', async () => {
    const inspection = await startInspection(platform, inspector, { operatorId, inspectorIds });
    const general = inspection.items.find((i) => !i.key)!;
    const answered = await answerAll(platform, inspector, inspection, { [general.id]: 'nonconforming' });
    const stale = await closeWith(platform, inspector, inspection, [{ itemId: general.id, demand: '整改', workingDays: 5 }]);
    expect(stale.statusCode).toBe(409);
    const closed = await closeWith(platform, inspector, answered, [{ itemId: general.id, demand: '整改', workingDays: 5 }], false);
    expect(closed.json()).toMatchObject({ result: 'basically_conforming', published: false });
  });
});

describe('inspection list and business view', () => {
  it('filters by status, kind, dates and inspector, and pages', async () => {
    const all = (await platform.request({ method: 'GET', url: `/api/inspections?operatorId=${operatorId}&pageSize=200`, cookie: inspector })).json();
    expect(all.total).toBeGreaterThanOrEqual(6);
    const closed = (await platform.request({ method: 'GET', url: `/api/inspections?operatorId=${operatorId}&status=closed`, cookie: inspector })).json();
    expect(closed.items.every((i: { status: string }) => i.status === 'closed')).toBe(true);
    const feb = (await platform.request({ method: 'GET', url: `/api/inspections?operatorId=${operatorId}&from=2026-02-01&to=2026-02-28`, cookie: inspector })).json();
    expect(feb.items.map((i: { inspectedOn: string }) => i.inspectedOn)).toEqual(['2026-02-13']);
    const unannounced = (await platform.request({ method: 'GET', url: `/api/inspections?kind=unannounced`, cookie: inspector })).json();
    expect(unannounced.total).toBe(1);
    const byInspector = (await platform.request({ method: 'GET', url: `/api/inspections?inspectorId=${inspectorIds[1]}&pageSize=1`, cookie: inspector })).json();
    expect(byInspector).toMatchObject({ pageSize: 1 });
    expect(byInspector.items).toHaveLength(1);
    const bad = await platform.request({ method: 'GET', url: `/api/inspections?status=done`, cookie: inspector });
    expect(bad.statusCode).toBe(400);
  });

  it('shows a business only its own operator’s closed inspections', async () => {
    const own = (await me(platform, business)).operatorId!;
    const open = await startInspection(platform, inspector, { operatorId: own, inspectorIds });
    const done = await startInspection(platform, inspector, { operatorId: own, inspectorIds });
    await closeWith(platform, inspector, await answerAll(platform, inspector, done));
    const list = (await platform.request({ method: 'GET', url: '/api/inspections?pageSize=200', cookie: business })).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([done.id]);
    expect((await get(open.id, business)).statusCode).toBe(404);
    expect((await get(done.id, business)).statusCode).toBe(200);
    const other = (await platform.request({ method: 'GET', url: `/api/inspections?operatorId=${operatorId}`, cookie: business })).json();
    expect(other.total).toBe(0);
    const write = await patch(open, { version: 1, summary: 'x' }, business);
    expect(write.statusCode).toBe(403);
  });
});

describe('risk signals', () => {
  it('gives +8 for a nonconforming inspection in the last 12 months, +3 for basically conforming, −3 for a clean run', async () => {
    const provider = platform.ctx.riskSignals.find((p) => p.name === 'inspection')!;
    const signals = await provider.collect(platform.ctx.db, [operatorId], '2026-06-30');
    expect(signals).toContainEqual(expect.objectContaining({ points: 8, reason: { zh: '2026-02-13 日常检查结果为不符合', en: 'nonconforming routine inspection on 2026-02-13' } }));
    expect(signals.filter((s) => s.points === 3)).toHaveLength(1);
    const later = await provider.collect(platform.ctx.db, [operatorId], '2027-06-30');
    expect(later.filter((s) => s.points > 0)).toEqual([]);

    const clean = (await createOperatorIn(platform, admin)).id;
    for (const day of ['2026-01-05', '2026-03-05']) {
      const i = await startInspection(platform, inspector, { operatorId: clean, inspectorIds, inspectedOn: day });
      expect((await closeWith(platform, inspector, await answerAll(platform, inspector, i))).statusCode).toBe(200);
    }
    const run = await provider.collect(platform.ctx.db, [clean], '2026-06-30');
    expect(run).toEqual([expect.objectContaining({ operatorId: clean, points: -3, on: '2026-03-05' })]);
  });
});
