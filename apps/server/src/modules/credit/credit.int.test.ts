// The serious-violation list and credit repair through the API: entry needs grounds and a decision by
// someone else, the three-year exit runs by a fixed date and twice changes nothing, repair within the
// first year is refused with the reason, the repair flow ends the listing, and a listing means grade D.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { earliestRepairOn, listingLastDay, publishDueOn, type TCreditRecord, type TListEntryDetail } from '@shian/shared/credit';
import { addWorkingDays, chinaToday } from '@shian/shared/working-days';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { createOperatorIn, me, QIJIAWAN_UNIT, testImage, upload } from '../../testing/inspections.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { bureau } from '../org/org.schema.ts';
import { creditListEntry, creditRepair } from './credit.schema.ts';
import { expireListings } from './credit.service.ts';
import { gradeOperators } from '../risk-grade/risk-grade.public.ts';

let platform: TTestPlatform;
const cookies: Record<string, string> = {};
let businessOperatorId: string;
let bureauId: string;
let serial = 0;

beforeAll(async () => {
  platform = await createTestPlatform({ operators: 40 });
  for (const role of ['admin', 'leader', 'department', 'station', 'business', 'expert', 'cadre', 'enforcement']) cookies[role] = await platform.login(role);
  businessOperatorId = (await me(platform, cookies.business)).operatorId!;
  [{ id: bureauId }] = await platform.ctx.db.select({ id: bureau.id }).from(bureau);
});
afterAll(() => platform.close());

const today = () => chinaToday();
const daysAgo = (n: number) => new Date(Date.parse(`${today()}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

function proposal(operatorId: string, overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    operatorId,
    grounds: ['diseased_meat'],
    heavierPenalties: ['aggravated_fine'],
    penaltyDecisionNo: `黄市监处罚〔2026〕${serial}号`,
    penaltyDecidedOn: daysAgo(1),
    facts: '购进并销售死因不明的猪肉 200 公斤，货值较大，故意违法，从重处罚。',
    priorNoticeOn: daysAgo(10),
    ...overrides,
  };
}

const post = (cookie: string, url: string, payload: unknown) => platform.request({ method: 'POST', url, cookie, payload: payload as Record<string, unknown> });
const get = (cookie: string, url: string) => platform.request({ method: 'GET', url, cookie });

async function propose(operatorId: string, overrides: Record<string, unknown> = {}): Promise<TListEntryDetail> {
  const response = await post(cookies.department, '/api/credit/list-entries', proposal(operatorId, overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function listed(operatorId: string, overrides: Record<string, unknown> = {}): Promise<TListEntryDetail> {
  const entry = await propose(operatorId, overrides);
  const response = await post(cookies.leader, `/api/credit/list-entries/${entry.id}/approve`, { version: entry.version, superiorConsent: '武市监信函〔2026〕3号' });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** Moves a listing's date back, as if it had been decided `days` ago (the clocks count from it). */
async function backdate(entryId: string, days: number) {
  const listedOn = daysAgo(days);
  const [y, m, d] = listedOn.split('-');
  await platform.ctx.db
    .update(creditListEntry)
    .set({ listedOn, lastDay: `${Number(y) + 3}-${m}-${d === '29' && m === '02' ? '28' : d}` })
    .where(eq(creditListEntry.id, entryId));
}

const entry = async (id: string, cookie = cookies.admin): Promise<TListEntryDetail> => (await get(cookie, `/api/credit/list-entries/${id}`)).json();

describe('entering the list', () => {
  it('needs grounds, and a heavier penalty for the grounds of art. 5 and 10 (art. 11 stands alone)', async () => {
    const operator = await createOperatorIn(platform, cookies.admin);
    const noGrounds = await post(cookies.department, '/api/credit/list-entries', proposal(operator.id, { grounds: [] }));
    expect(noGrounds.statusCode).toBe(400);
    expect(noGrounds.json().error.fields[0]).toEqual({ path: 'grounds', message: '列入事由：不能为空' });

    const noPenalty = await post(cookies.department, '/api/credit/list-entries', proposal(operator.id, { heavierPenalties: [] }));
    expect(noPenalty.statusCode).toBe(400);
    expect(noPenalty.json().error.fields[0].path).toBe('heavierPenalties');
    expect(noPenalty.json().error.fields[0].message).toContain('第二条第二款');

    const unknown = await post(cookies.department, '/api/credit/list-entries', proposal(operator.id, { grounds: ['selling_cheap'] }));
    expect(unknown.statusCode).toBe(400);
    const extra = await post(cookies.department, '/api/credit/list-entries', { ...proposal(operator.id), listedOn: '2020-01-01' });
    expect(extra.statusCode).toBe(400);
    const future = await post(cookies.department, '/api/credit/list-entries', proposal(operator.id, { priorNoticeOn: '2999-01-01' }));
    expect(future.json().error.fields[0].path).toBe('priorNoticeOn');

    const english = await platform.request({
      method: 'POST',
      url: '/api/credit/list-entries',
      cookie: cookies.department,
      headers: { 'accept-language': 'en' },
      payload: proposal(operator.id, { heavierPenalties: [] }),
    });
    expect(english.json().error.fields[0].message).toContain('heavier penalty');

    const refusing = await propose(operator.id, { grounds: ['refusing_to_perform'], heavierPenalties: [] });
    expect(refusing.status).toBe('proposed');
  });

  it('is decided by someone other than the proposer, with the superior bureau consent; the business sees it only then', async () => {
    const operator = await createOperatorIn(platform, cookies.admin);
    const mine = await post(cookies.admin, '/api/credit/list-entries', proposal(operator.id));
    expect(mine.statusCode).toBe(201);
    const own = await post(cookies.admin, `/api/credit/list-entries/${mine.json().id}/approve`, { version: 1, superiorConsent: '武市监信函〔2026〕1号' });
    expect(own.statusCode).toBe(400);
    expect(own.json().error.fields[0]).toMatchObject({ path: 'proposedBy' });
    expect(own.json().error.message).toContain('提出建议人以外');
    // The proposing department may not decide at all.
    expect((await post(cookies.department, `/api/credit/list-entries/${mine.json().id}/approve`, { version: 1, superiorConsent: 'x号文' })).statusCode).toBe(403);
    const noConsent = await post(cookies.leader, `/api/credit/list-entries/${mine.json().id}/approve`, { version: 1 });
    expect(noConsent.json().error.fields[0].path).toBe('superiorConsent');

    const proposed = await propose(businessOperatorId);
    expect((await get(cookies.business, `/api/credit/list-entries/${proposed.id}`)).statusCode).toBe(404);
    const approved = await post(cookies.leader, `/api/credit/list-entries/${proposed.id}/approve`, { version: proposed.version, superiorConsent: '武市监信函〔2026〕2号' });
    expect(approved.statusCode, approved.body).toBe(200);
    const calendar = await loadCalendar(platform.ctx.db);
    const [y, m, d] = today().split('-');
    expect(approved.json()).toMatchObject({
      status: 'listed',
      listedOn: today(),
      publishDueOn: addWorkingDays(calendar, today(), 20),
      decidedByName: '局领导（演示）',
      superiorConsent: '武市监信函〔2026〕2号',
    });
    expect(approved.json().lastDay).toBe(`${Number(y) + 3}-${m}-${m === '02' && d === '29' ? '28' : d}`);

    const seen = await entry(proposed.id, cookies.business);
    expect(seen.status).toBe('listed');
    expect(seen.repairBlockers[0]).toContain('满一年');
    const ack = await post(cookies.business, `/api/credit/list-entries/${proposed.id}/acknowledge`, { version: seen.version });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json().noticeAcknowledgedAt).not.toBeNull();
    expect((await post(cookies.business, `/api/credit/list-entries/${proposed.id}/acknowledge`, { version: ack.json().version })).statusCode).toBe(409);
  });

  it('gives one decision when two approvals race, and refuses a second proposal of the same penalty decision', async () => {
    const operator = await createOperatorIn(platform, cookies.admin);
    const proposed = await propose(operator.id);
    const body = { version: proposed.version, superiorConsent: '武市监信函〔2026〕4号' };
    const results = await Promise.all([
      post(cookies.leader, `/api/credit/list-entries/${proposed.id}/approve`, body),
      post(cookies.admin, `/api/credit/list-entries/${proposed.id}/approve`, body),
    ]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect([400, 409]).toContain(codes[1]);

    const again = await post(cookies.department, '/api/credit/list-entries', { ...proposal(operator.id), penaltyDecisionNo: proposed.penaltyDecisionNo });
    expect(again.statusCode).toBe(409);
  });

  it('records a rejection with its reason', async () => {
    const operator = await createOperatorIn(platform, cookies.admin);
    const proposed = await propose(operator.id);
    expect((await post(cookies.leader, `/api/credit/list-entries/${proposed.id}/reject`, { version: proposed.version })).statusCode).toBe(400);
    const rejected = await post(cookies.leader, `/api/credit/list-entries/${proposed.id}/reject`, {
      version: proposed.version,
      reason: '当事人有证据证明没有主观故意（第十二条第二款）',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectReason: '当事人有证据证明没有主观故意（第十二条第二款）' });
    expect((await post(cookies.leader, `/api/credit/list-entries/${proposed.id}/approve`, { version: rejected.json().version, superiorConsent: '文号' })).statusCode).toBe(400);
  });
});

describe('the risk grade', () => {
  it('puts a listed business at grade D with the reason, and lets the grade fall back when the listing ends', async () => {
    const operator = await createOperatorIn(platform, cookies.admin, undefined, { type: 'seller', categories: ['prepackaged_food'] });
    const risk = async () => (await get(cookies.admin, `/api/operators/${operator.id}/risk`)).json();
    const e = await listed(operator.id);
    const after = await risk();
    expect(after.grade).toBe('D');
    expect(after.score).toBeLessThan(after.bands.minScoreD);
    expect(JSON.stringify(after.current.breakdown)).toContain('列入严重违法失信名单');

    await backdate(e.id, 3 * 366);
    expect((await expireListings(platform.ctx, today())).exited).toBeGreaterThanOrEqual(1);
    expect((await risk()).grade).not.toBe('D');
  });
});

describe('the three-year exit', () => {
  it('ends a listing the day after its last day, whenever it runs, and a second run changes nothing', async () => {
    const operator = await createOperatorIn(platform, cookies.admin);
    const e = await listed(operator.id);
    await platform.ctx.db.update(creditListEntry).set({ listedOn: '2023-03-01', lastDay: '2026-03-01' }).where(eq(creditListEntry.id, e.id));
    const [pendingRepair] = await platform.ctx.db
      .insert(creditRepair)
      .values({
        bureauId,
        entryId: e.id,
        operatorId: operator.id,
        statement: '申请提前移出',
        pledge: true,
        evidenceFileIds: [],
        submittedBy: e.proposedBy,
        acceptDueOn: '2026-03-03',
      })
      .returning();

    expect((await expireListings(platform.ctx, '2026-03-01')).exited).toBe(0);
    expect((await entry(e.id)).status).toBe('listed');

    await expireListings(platform.ctx, '2026-03-02');
    const ended = await entry(e.id);
    expect(ended).toMatchObject({ status: 'exited', exitedOn: '2026-03-02', exitReason: 'expired' });
    const [repair] = await platform.ctx.db.select().from(creditRepair).where(eq(creditRepair.id, pendingRepair.id));
    expect(repair.status).toBe('lapsed');

    // A later run (the server was down for a week) keeps the legal exit date and changes nothing.
    expect((await expireListings(platform.ctx, '2026-03-09')).exited).toBe(0);
    expect(await entry(e.id)).toEqual(ended);
  });

  it('counts a restriction longer than three years (art. 21) and runs from the API for the department only', async () => {
    const operator = await createOperatorIn(platform, cookies.admin);
    const e = await listed(operator.id, { restrictionEndsOn: '2099-12-31', heavierPenalties: ['restriction'] });
    expect(e.lastDay).toBe('2099-12-31');
    expect((await post(cookies.leader, '/api/credit/list-entries/expire', {})).statusCode).toBe(403);
    const run = await post(cookies.department, '/api/credit/list-entries/expire', {});
    expect(run.statusCode).toBe(200);
    expect((await entry(e.id)).status).toBe('listed');
    expect(e.repairBlockers.join()).toContain('限制措施期限尚未届满');
  });
});

describe('credit repair', () => {
  async function evidence(entryId: string, cookie = cookies.business) {
    const response = await upload(platform, cookie, `/api/credit/list-entries/${entryId}/repair-evidence`, await testImage());
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  }
  const application = (fileIds: string[]) => ({ statement: '已缴清罚款并销毁涉案产品，更换供货商并建立进货查验记录，申请提前移出。', pledge: true, evidenceFileIds: fileIds });

  it('refuses an application within the first year, saying from when it may be made', async () => {
    const current = (await get(cookies.business, `/api/credit/list-entries?status=listed`)).json().items[0];
    const file = await evidence(current.id);
    const refused = await post(cookies.business, `/api/credit/list-entries/${current.id}/repairs`, application([file]));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0].path).toBe('listedOn');
    expect(refused.json().error.message).toContain('满一年后方可申请提前移出');
    expect(refused.json().error.message).toContain(`最早 ${current.earliestRepairOn} 可申请`);
  });

  it('runs from the business application to acceptance, the checked conditions and the exit', async () => {
    const current = (await get(cookies.business, `/api/credit/list-entries?status=listed`)).json().items[0];
    await backdate(current.id, 400);
    const file = await evidence(current.id);
    // Only the business applies, with the pledge and its own evidence.
    expect((await post(cookies.department, `/api/credit/list-entries/${current.id}/repairs`, application([file]))).statusCode).toBe(403);
    const noPledge = await post(cookies.business, `/api/credit/list-entries/${current.id}/repairs`, { ...application([file]), pledge: false });
    expect(noPledge.json().error.fields[0]).toEqual({ path: 'pledge', message: '守信承诺书：须签署守信承诺书' });
    const foreign = await post(cookies.business, `/api/credit/list-entries/${current.id}/repairs`, application([crypto.randomUUID()]));
    expect(foreign.json().error.fields[0].path).toBe('evidenceFileIds.0');

    const applied = await post(cookies.business, `/api/credit/list-entries/${current.id}/repairs`, application([file]));
    expect(applied.statusCode, applied.body).toBe(201);
    const repair = applied.json().repairs[0];
    const calendar = await loadCalendar(platform.ctx.db);
    expect(repair).toMatchObject({ status: 'submitted', acceptDueOn: addWorkingDays(calendar, today(), 2), evidenceFileIds: [file] });
    expect((await post(cookies.business, `/api/credit/list-entries/${current.id}/repairs`, application([file]))).statusCode).toBe(409);
    const photo = await get(cookies.department, `/api/credit/list-entries/${current.id}/repair-evidence/${file}?size=thumb`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');

    const checklist = { obligationsFulfilled: true, harmEliminated: true, noHeavierPenaltySince: true, materialsComplete: true };
    const early = await post(cookies.department, `/api/credit/repairs/${repair.id}/decide`, { version: repair.version, decision: 'approve', checklist, reason: '符合条件' });
    expect(early.json().error.message).toContain('请先受理');
    expect((await post(cookies.station, `/api/credit/repairs/${repair.id}/accept`, { version: repair.version, accept: true })).statusCode).toBe(403);
    const accepted = await post(cookies.department, `/api/credit/repairs/${repair.id}/accept`, { version: repair.version, accept: true });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const acceptedRepair = accepted.json().repairs[0];
    expect(acceptedRepair).toMatchObject({ status: 'accepted', decideDueOn: addWorkingDays(calendar, today(), 15) });

    const unmet = await post(cookies.department, `/api/credit/repairs/${repair.id}/decide`, {
      version: acceptedRepair.version,
      decision: 'approve',
      checklist: { ...checklist, harmEliminated: false },
      reason: '符合条件',
    });
    expect(unmet.statusCode).toBe(400);
    expect(unmet.json().error.fields).toEqual([{ path: 'checklist.harmEliminated', message: '已消除危害后果和不良影响：未满足（第十六条第一款第（二）项），不能批准提前移出' }]);

    const decided = await post(cookies.department, `/api/credit/repairs/${repair.id}/decide`, {
      version: acceptedRepair.version,
      decision: 'approve',
      checklist,
      reason: '经核实符合第十六条条件，同意提前移出',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'exited', exitedOn: today(), exitReason: 'repaired' });
    expect(decided.json().repairs[0]).toMatchObject({ status: 'approved', checklist, reason: '经核实符合第十六条条件，同意提前移出' });

    const record: TCreditRecord = (await get(cookies.business, `/api/operators/${businessOperatorId}/credit`)).json();
    expect(record.status).toBe('repaired');
  });

  it('records a refusal to accept with its reason', async () => {
    const operator = await createOperatorIn(platform, cookies.admin);
    const e = await listed(operator.id);
    await backdate(e.id, 500);
    const [row] = await platform.ctx.db
      .insert(creditRepair)
      .values({ bureauId, entryId: e.id, operatorId: operator.id, statement: '申请', pledge: true, evidenceFileIds: [], submittedBy: e.proposedBy, acceptDueOn: today() })
      .returning();
    const noReason = await post(cookies.department, `/api/credit/repairs/${row.id}/accept`, { version: row.version, accept: false });
    expect(noReason.json().error.fields[0].path).toBe('reason');
    const refused = await post(cookies.department, `/api/credit/repairs/${row.id}/accept`, { version: row.version, accept: false, reason: '未提交罚款缴纳凭证' });
    expect(refused.json().repairs[0]).toMatchObject({ status: 'not_accepted', reason: '未提交罚款缴纳凭证' });
    expect((await entry(e.id)).status).toBe('listed');
  });
});

describe('revoking a listing and restoring one (arts 19, 20)', () => {
  const seller = { type: 'seller', categories: ['prepackaged_food'] };
  const grade = async (operatorId: string) => (await get(cookies.admin, `/api/operators/${operatorId}/risk`)).json().grade;

  it('revokes a listing whose penalty was revoked: off the list at once, gone from the public record, grade back', async () => {
    const operator = await createOperatorIn(platform, cookies.admin, undefined, seller);
    const e = await listed(operator.id);
    const published: TListEntryDetail = (await post(cookies.department, `/api/credit/list-entries/${e.id}/publish`, { version: e.version })).json();
    const publicRecord = async () => (await platform.request({ method: 'GET', url: `/api/public/credit/${operator.id}` })).json();
    expect((await publicRecord()).status).toBe('listed');
    const reason = '黄陂区人民政府行政复议决定书（黄政复决〔2026〕12号）撤销了所依据的处罚决定';
    const revoke = (cookie: string, body: Record<string, unknown>) => post(cookie, `/api/credit/list-entries/${e.id}/revoke`, body);

    expect((await revoke(cookies.department, { version: published.version, reason })).statusCode).toBe(403);
    expect((await revoke(cookies.leader, { version: published.version })).json().error.fields[0].path).toBe('reason');
    expect((await revoke(cookies.leader, { version: e.version, reason })).statusCode).toBe(409);
    const revoked = await revoke(cookies.leader, { version: published.version, reason });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'exited', exitedOn: today(), exitReason: 'penalty_revoked', exitNote: reason });
    const again = await revoke(cookies.leader, { version: revoked.json().version, reason });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields[0].path).toBe('status');

    const after = await publicRecord();
    expect(after.status).toBe('normal');
    expect(after.listEntries).toEqual([]);
    expect(await grade(operator.id)).not.toBe('D');
  });

  it('restores a listing left by a repair obtained by deceit, counting the period afresh; only such an exit', async () => {
    const operator = await createOperatorIn(platform, cookies.admin, undefined, seller);
    const e = await listed(operator.id);
    const reason = '经查，企业提交的罚款缴纳凭证系伪造，以弄虚作假手段取得信用修复';
    const restore = (cookie: string, version: number) => post(cookie, `/api/credit/list-entries/${e.id}/restore`, { version, reason });
    const stillListed = await restore(cookies.leader, e.version);
    expect(stillListed.statusCode).toBe(400);
    expect(stillListed.json().error.message).toContain('只有经信用修复提前移出的记录可以恢复列入');

    // As the repair flow leaves it: listed a year and a half ago, out by repair ten days ago.
    await backdate(e.id, 550);
    await platform.ctx.db
      .update(creditListEntry)
      .set({ status: 'exited', exitedOn: daysAgo(10), exitReason: 'repaired' })
      .where(eq(creditListEntry.id, e.id));
    await gradeOperators(platform.ctx, [operator.id], 'test');
    const exited = await entry(e.id);
    expect(await grade(operator.id)).not.toBe('D');
    expect((await restore(cookies.department, exited.version)).statusCode).toBe(403);
    const restored = await restore(cookies.leader, exited.version);
    expect(restored.statusCode, restored.body).toBe(200);
    const calendar = await loadCalendar(platform.ctx.db);
    expect(restored.json()).toMatchObject({
      status: 'listed',
      exitedOn: null,
      exitReason: null,
      listedOn: today(),
      lastDay: listingLastDay(today(), null),
      publishDueOn: publishDueOn(calendar, today()),
      earliestRepairOn: earliestRepairOn(today()),
      restoreReason: reason,
    });
    expect(restored.json().restoredAt).toBeTruthy();
    expect((await restore(cookies.leader, exited.version)).statusCode).toBe(400);
    expect(await grade(operator.id)).toBe('D');
  });
});

describe('scopes', () => {
  it('shows the credit record to staff in scope and the business itself, 404 elsewhere, 403 without the permission', async () => {
    const elsewhere = await createOperatorIn(platform, cookies.admin, QIJIAWAN_UNIT);
    const url = (id: string) => `/api/operators/${id}/credit`;
    expect((await get(cookies.department, url(elsewhere.id))).statusCode).toBe(200);
    expect((await get(cookies.enforcement, url(elsewhere.id))).statusCode).toBe(200);
    expect((await get(cookies.station, url(elsewhere.id))).statusCode).toBe(404);
    expect((await get(cookies.cadre, url(elsewhere.id))).statusCode).toBe(404);
    expect((await get(cookies.business, url(elsewhere.id))).statusCode).toBe(404);
    expect((await get(cookies.expert, url(elsewhere.id))).statusCode).toBe(403);
    expect((await get(cookies.business, url(businessOperatorId))).statusCode).toBe(200);

    const proposed = await propose(elsewhere.id);
    expect((await get(cookies.station, `/api/credit/list-entries/${proposed.id}`)).statusCode).toBe(404);
    const stationList = (await get(cookies.station, '/api/credit/list-entries?pageSize=200')).json();
    expect(stationList.items.map((i: { id: string }) => i.id)).not.toContain(proposed.id);
    const businessList = (await get(cookies.business, '/api/credit/list-entries?pageSize=200')).json();
    expect(businessList.items.every((i: { operatorId: string; status: string }) => i.operatorId === businessOperatorId && i.status !== 'proposed')).toBe(true);
    // A business never acts on another's listing, nor decides anything.
    expect((await post(cookies.business, `/api/credit/list-entries/${proposed.id}/acknowledge`, { version: 1 })).statusCode).toBe(404);
    expect((await post(cookies.business, `/api/credit/list-entries/${proposed.id}/approve`, { version: 1, superiorConsent: '文号' })).statusCode).toBe(403);
    expect((await get(cookies.business, '/api/credit/export?from=2026-01-01&to=2026-01-31')).statusCode).toBe(403);
    const repairs = (await get(cookies.business, '/api/credit/repairs')).json();
    expect(repairs.items.every((r: { operatorId: string }) => r.operatorId === businessOperatorId)).toBe(true);
  });

  it('answers 404 to an unknown id and 400 to a malformed one', async () => {
    expect((await get(cookies.admin, `/api/credit/list-entries/${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect((await get(cookies.admin, '/api/credit/list-entries/not-an-id')).statusCode).toBe(400);
    expect((await post(cookies.department, `/api/credit/repairs/${crypto.randomUUID()}/accept`, { version: 1, accept: true })).statusCode).toBe(404);
  });
});
