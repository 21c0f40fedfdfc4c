import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { TInspection } from '@shian/shared/inspection';
import type { TRectification } from '@shian/shared/rectification';
import { rowsOf } from '../../core/db/database.ts';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { answerAll, closeWith, createOperatorIn, me, QIJIAWAN_UNIT, startInspection, testImage, upload } from '../../testing/inspections.ts';
import { escalateOverdue } from './rectification.service.ts';

let platform: TTestPlatform;
let admin: string;
let inspector: string;
let business: string;
let inspectorIds: string[];
let ownOperatorId: string;

beforeAll(async () => {
  platform = await createTestPlatform();
  [admin, inspector, business] = await Promise.all(['admin', 'inspector', 'business'].map((u) => platform.login(u)));
  inspectorIds = [(await me(platform, inspector)).id, (await me(platform, await platform.login('station'))).id];
  ownOperatorId = (await me(platform, business)).operatorId!;
});
afterAll(() => platform.close());

/** A closed inspection of the operator with one nonconforming key item and its demand. */
async function demandFor(operatorId: string, inspectedOn: string, workingDays = 5): Promise<TRectification> {
  const inspection = await startInspection(platform, inspector, { operatorId, inspectorIds, inspectedOn });
  const key = inspection.items.find((i) => i.key)!;
  const answered: TInspection = await answerAll(platform, inspector, inspection, { [key.id]: 'nonconforming' });
  const closed = await closeWith(platform, inspector, answered, [{ itemId: key.id, demand: '立即整改并提交照片', workingDays }]);
  expect(closed.statusCode, closed.body).toBe(200);
  const id = (closed.json() as TInspection).rectifications[0].id;
  return (await platform.request({ method: 'GET', url: `/api/rectifications/${id}`, cookie: inspector })).json();
}

const answer = (r: { id: string; version: number }, body: Record<string, unknown> = {}, cookie = business) =>
  platform.request({ method: 'POST', url: `/api/rectifications/${r.id}/answer`, cookie, payload: { version: r.version, answer: '已更换健康证明并培训', photoIds: [], ...body } });
const review = (r: { id: string; version: number }, decision: string, note = '', cookie = inspector) =>
  platform.request({ method: 'POST', url: `/api/rectifications/${r.id}/review`, cookie, payload: { version: r.version, decision, note } });

describe('the rectification loop', () => {
  it('lets the business answer with photos, the inspector reject, the business answer again and the inspector accept', async () => {
    const demand = await demandFor(ownOperatorId, '2099-01-05');
    expect(demand).toMatchObject({ status: 'open', overdue: false, itemKey: true, operatorId: ownOperatorId });

    const mine = (await platform.request({ method: 'GET', url: '/api/rectifications?pageSize=200', cookie: business })).json();
    expect(mine.items.map((r: TRectification) => r.id)).toContain(demand.id);
    expect(mine.items.every((r: TRectification) => r.operatorId === ownOperatorId)).toBe(true);

    const photo = await upload(platform, business, `/api/rectifications/${demand.id}/photos`, await testImage(), 'fixed.jpg');
    expect(photo.statusCode, photo.body).toBe(201);
    const pdf = await upload(platform, business, `/api/rectifications/${demand.id}/photos`, '%PDF-1.7', 'fixed.jpg');
    expect(pdf.statusCode).toBe(415);

    const byStaff = await answer(demand, {}, admin);
    expect(byStaff.statusCode).toBe(403);
    const answered = await answer(demand, { photoIds: [photo.json().id] });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'answered', late: false, answerPhotoIds: [photo.json().id] });
    expect((await answer(answered.json())).statusCode).toBe(400);
    const evidence = await platform.request({ method: 'GET', url: `/api/rectifications/${demand.id}/photos/${photo.json().id}?size=thumb`, cookie: inspector });
    expect(evidence.statusCode).toBe(200);

    expect((await review(answered.json(), 'accept', '', business)).statusCode).toBe(403);
    const noReason = await review(answered.json(), 'reject');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0]).toEqual({ path: 'note', message: '说明：退回时请写明理由' });
    const rejected = await review(answered.json(), 'reject', '照片不清晰');
    expect(rejected.json()).toMatchObject({ status: 'rejected', reviewNote: '照片不清晰' });
    const again = await answer(rejected.json(), { answer: '补充清晰照片', photoIds: [photo.json().id] });
    expect(again.statusCode).toBe(200);
    const stale = await review(rejected.json(), 'accept');
    expect(stale.statusCode).toBe(409);
    const accepted = await review(again.json(), 'accept');
    expect(accepted.json()).toMatchObject({ status: 'accepted' });

    const audit = rowsOf<{ action: string }>(await platform.ctx.db.execute(sql`select action from audit_log where entity_id = ${demand.id} order by seq`));
    expect(audit.map((a) => a.action)).toEqual(['create', 'answer', 'reject', 'answer', 'accept']);
  });

  it('refuses a photo id the business did not upload and unknown fields', async () => {
    const demand = await demandFor(ownOperatorId, '2099-01-05');
    const foreign = await answer(demand, { photoIds: [crypto.randomUUID()] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields[0].path).toBe('photoIds.0');
    const unknown = await answer(demand, { extra: 1 });
    expect(unknown.statusCode).toBe(400);
  });

  it('hides another station’s demands (404) and other operators’ demands from a business', async () => {
    const elsewhere = (await createOperatorIn(platform, admin, QIJIAWAN_UNIT)).id;
    const adminIds = [(await me(platform, admin)).id, (await me(platform, await platform.login('department'))).id];
    const inspection = await startInspection(platform, admin, { operatorId: elsewhere, inspectorIds: adminIds });
    const key = inspection.items.find((i) => i.key)!;
    const closed = await closeWith(platform, admin, await answerAll(platform, admin, inspection, { [key.id]: 'nonconforming' }), [
      { itemId: key.id, demand: '整改', workingDays: 5 },
    ]);
    const id = closed.json().rectifications[0].id;
    expect((await platform.request({ method: 'GET', url: `/api/rectifications/${id}`, cookie: inspector })).statusCode).toBe(404);
    expect((await platform.request({ method: 'GET', url: `/api/rectifications/${id}`, cookie: business })).statusCode).toBe(404);
    expect((await review({ id, version: 1 }, 'accept')).statusCode).toBe(404);
    expect((await answer({ id, version: 1 })).statusCode).toBe(404);
  });
});

describe('overdue demands', () => {
  it('lists overdue ones, marks an answer after the deadline late, and escalates each newly overdue demand once', async () => {
    const operatorId = (await createOperatorIn(platform, admin)).id;
    const overdue = await demandFor(operatorId, '2026-02-13', 3);
    expect(overdue.dueOn).toBe('2026-02-25');
    expect(overdue.overdue).toBe(true);
    const list = (await platform.request({ method: 'GET', url: `/api/rectifications?overdue=true&operatorId=${operatorId}`, cookie: inspector })).json();
    expect(list.items.map((r: TRectification) => r.id)).toEqual([overdue.id]);
    const station = (await me(platform, inspector)).stationId!;
    const byStation = (await platform.request({ method: 'GET', url: `/api/rectifications?stationId=${station}&pageSize=200`, cookie: admin })).json();
    expect(byStation.items.map((r: TRectification) => r.id)).toContain(overdue.id);

    const escalated = await platform.request({ method: 'POST', url: '/api/rectifications/escalate', cookie: inspector });
    expect(escalated.statusCode).toBe(200);
    expect(escalated.json().escalated).toBeGreaterThanOrEqual(1);
    expect(await escalateOverdue(platform.ctx, '2026-03-01')).toEqual({ escalated: 0 });
    const flagged = (await platform.request({ method: 'GET', url: `/api/rectifications/${overdue.id}`, cookie: inspector })).json();
    expect(flagged.escalatedAt).not.toBeNull();
    expect(flagged.version).toBe(overdue.version);
    const audit = rowsOf<{ action: string }>(await platform.ctx.db.execute(sql`select action from audit_log where entity_id = ${overdue.id} order by seq`));
    expect(audit.map((a) => a.action)).toEqual(['create', 'escalate']);
    expect((await platform.request({ method: 'POST', url: '/api/rectifications/escalate', cookie: business })).statusCode).toBe(403);

    const provider = platform.ctx.riskSignals.find((p) => p.name === 'rectification')!;
    const signals = await provider.collect(platform.ctx.db, [operatorId], '2026-03-02');
    expect(signals).toEqual([expect.objectContaining({ points: 5, on: '2026-02-25', source: `rectification:${overdue.id}` })]);
    expect(signals[0].reason.zh).toBe('整改逾期未完成（期限 2026-02-25）：立即整改并提交照片');
    expect(await provider.collect(platform.ctx.db, [operatorId], '2026-02-25')).toEqual([]);

    const late = await demandFor(ownOperatorId, '2026-02-13', 3);
    const answered = await answer(late);
    expect(answered.json()).toMatchObject({ status: 'answered', late: true, overdue: false });
  });
});
