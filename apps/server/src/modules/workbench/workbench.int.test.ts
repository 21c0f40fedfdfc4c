import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { can, ROLES, ROLE_SCOPE, type TRole } from '@shian/shared/access';
import type { TInspection } from '@shian/shared/inspection';
import type { TPlanEntry } from '@shian/shared/plan';
import type { TRectification } from '@shian/shared/rectification';
import { weekEndOf, type TWorkbench, type TWorkItem } from '@shian/shared/workbench';
import { chinaToday } from '@shian/shared/working-days';
import { signedInPlatform } from '../../testing/signed-in.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { answerAll, closeWith, createOperatorIn, me, QIJIAWAN_UNIT, startInspection } from '../../testing/inspections.ts';

let platform: TTestPlatform;
let cast: Record<TRole, string>;
const today = chinaToday();

/** A closed inspection's one rectification demand (the demand text names it in the titles). */
async function demandFor(cookie: string, operatorId: string, inspectorIds: string[], demand: string): Promise<TRectification> {
  const inspection = await startInspection(platform, cookie, { operatorId, inspectorIds, inspectedOn: today });
  const key = inspection.items.find((i) => i.key)!;
  const answered: TInspection = await answerAll(platform, cookie, inspection, { [key.id]: 'nonconforming' });
  const closed = await closeWith(platform, cookie, answered, [{ itemId: key.id, demand, workingDays: 5 }]);
  expect(closed.statusCode, closed.body).toBe(200);
  const id = (closed.json() as TInspection).rectifications[0].id;
  return (await platform.request({ method: 'GET', url: `/api/rectifications/${id}`, cookie })).json();
}

const answer = (r: TRectification, text: string) =>
  platform.request({ method: 'POST', url: `/api/rectifications/${r.id}/answer`, cookie: cast.business, payload: { version: r.version, answer: text, photoIds: [] } });

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(ROLES, { operators: 300, history: true }));
  // Demands in and out of the Qianchuan station, the cadre's and the business's scope, open and answered.
  const ownOperatorId = (await me(platform, cast.business)).operatorId!;
  const stationIds = [(await me(platform, cast.inspector)).id, (await me(platform, cast.station)).id];
  const bureauIds = [(await me(platform, cast.admin)).id, (await me(platform, cast.department)).id];
  const elsewhere = (await createOperatorIn(platform, cast.admin, QIJIAWAN_UNIT)).id;
  await demandFor(cast.inspector, ownOperatorId, stationIds, '本所待整改');
  const ownAnswered = await answer(await demandFor(cast.inspector, ownOperatorId, stationIds, '本所已答复'), '已整改');
  expect(ownAnswered.statusCode, ownAnswered.body).toBe(200);
  await demandFor(cast.admin, elsewhere, bureauIds, '其他所待整改');
  // The other operator has no account to answer with: its answer is written as the business would leave it.
  const otherAnswered = await demandFor(cast.admin, elsewhere, bureauIds, '其他所已答复');
  await platform.ctx.db.execute(sql`update rectification set status = 'answered', answer = '已整改', answered_at = now() where id = ${otherAnswered.id}`);
  for (const [operatorId, leadSummary] of [
    [ownOperatorId, '本所线索'],
    [elsewhere, '其他所线索'],
  ]) {
    const lead = await platform.request({ method: 'POST', url: '/api/leads', cookie: cast.admin, payload: { source: 'inspection', operatorId, leadSummary, discoveredOn: today } });
    expect(lead.statusCode, lead.body).toBe(201);
  }
});
afterAll(() => platform.close());

async function workbench(cookie: string, query = ''): Promise<TWorkbench> {
  const response = await platform.request({ method: 'GET', url: `/api/workbench?pageSize=200${query}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** Every item of the user's workbench, page by page. */
async function allItems(cookie: string, query = ''): Promise<TWorkItem[]> {
  const items: TWorkItem[] = [];
  for (let page = 1; ; page += 1) {
    const body = await workbench(cookie, `&page=${page}${query}`);
    items.push(...body.items);
    if (items.length >= body.total) return items;
  }
}

const total = async (cookie: string, url: string) => {
  const response = await platform.request({ method: 'GET', url, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { total: number }).total;
};

describe('GET /api/workbench', () => {
  it.each(ROLES)('gives %s only items in its scope, sorted by due date, with counts that agree', async (role) => {
    const body = await workbench(cast[role]);
    const items = await allItems(cast[role]);
    expect(items).toHaveLength(body.total);
    const keys = items.map((w) => `${w.dueOn} ${w.module}`);
    expect(keys).toEqual([...keys].sort());
    const weekEnd = weekEndOf(today);
    expect(body.summary).toEqual({
      dueToday: items.filter((w) => w.dueOn === today).length,
      dueThisWeek: items.filter((w) => w.dueOn >= today && w.dueOn <= weekEnd).length,
      overdue: items.filter((w) => w.dueOn < today).length,
    });
    for (const w of items) {
      expect(w.overdue).toBe(w.dueOn < today);
      expect(Math.sign(w.workingDaysLeft)).not.toBe(w.overdue ? 1 : -1);
      expect(w.link).toMatch(/^\/[a-z-]+/);
    }
    // Every operator an item names is one the user may open.
    if (ROLE_SCOPE[role] !== 'district') {
      for (const operatorId of new Set(items.map((w) => w.operatorId).filter((id) => id !== null))) {
        const response = await platform.request({ method: 'GET', url: `/api/operators/${operatorId}`, cookie: cast[role] });
        expect(response.statusCode, `${role} ${operatorId}`).toBe(200);
      }
    }
  });

  it.each([
    ['admin', ['本所已答复', '其他所已答复'], []],
    ['department', ['本所已答复', '其他所已答复'], []],
    ['station', ['本所已答复'], ['其他所已答复']],
    ['inspector', ['本所已答复'], ['其他所已答复']],
    ['business', ['本所待整改'], ['其他所待整改', '本所已答复']],
    ['cadre', ['本所待整改'], ['其他所待整改', '本所已答复']],
    ['leader', [], ['本所待整改', '本所已答复']],
  ] as const)('gives %s the rectifications it acts on in its scope, and none outside', async (role, holds, lacks) => {
    const titles = (await allItems(cast[role], '&module=rectification')).map((w) => w.title.zh).join('\n');
    for (const demand of holds) expect(titles, role).toContain(demand);
    for (const demand of lacks) expect(titles, role).not.toContain(demand);
  });

  it('lists the rectifications each role acts on, as its own rectification list counts them', async () => {
    const counts = async (role: TRole) => (await allItems(cast[role], '&module=rectification')).length;
    for (const role of ['admin', 'department', 'station', 'inspector'] as const) {
      expect(await counts(role), role).toBe(await total(cast[role], '/api/rectifications?status=answered&pageSize=1'));
    }
    for (const role of ['business', 'cadre'] as const) {
      const outstanding = (await total(cast[role], '/api/rectifications?status=open&pageSize=1')) + (await total(cast[role], '/api/rectifications?status=rejected&pageSize=1'));
      expect(await counts(role), role).toBe(outstanding);
    }
    expect(await counts('leader')).toBe(0);
    expect(await counts('expert')).toBe(0);
  });

  it.each(ROLES)('lists for %s the leads to assess that its own lead list holds, when it handles leads', async (role) => {
    const items = await allItems(cast[role], '&module=lead');
    if (!can(role, 'case.manage')) return expect(items).toEqual([]);
    const response = await platform.request({ method: 'GET', url: '/api/leads?status=new&pageSize=200', cookie: cast[role] });
    expect(response.statusCode, response.body).toBe(200);
    const leads = (response.json() as { items: { id: string; assessDueOn: string }[] }).items;
    expect(items.map((w) => `${w.link} ${w.dueOn}`).sort()).toEqual(leads.map((l) => `/leads/${l.id} ${l.assessDueOn}`).sort());
    const titles = items.map((w) => w.title.zh).join('\n');
    expect(titles).toContain('本所线索');
    expect(titles.includes('其他所线索')).toBe(ROLE_SCOPE[role] === 'district');
  });

  it("shows the inspector this week's plan entries assigned to it, overdue ones included, and no later ones", async () => {
    const inspectorId = (await me(platform, cast.inspector)).id;
    const weekEnd = weekEndOf(today);
    const response = await platform.request({ method: 'GET', url: `/api/inspection-plans?year=${today.slice(0, 4)}&status=planned&pageSize=500`, cookie: cast.inspector });
    expect(response.statusCode, response.body).toBe(200);
    const own = (response.json() as { items: TPlanEntry[] }).items.filter((e) => e.inspectors.some((i) => i.id === inspectorId));
    const later = own.filter((e) => e.dueOn > weekEnd);
    expect(later.length).toBeGreaterThan(1);
    // The demo spreads the month's entries over this week and the weeks after: bring a later one forward to today.
    const moved = await platform.request({
      method: 'PATCH',
      url: `/api/inspection-plans/${later[0].id}`,
      cookie: cast.station,
      payload: { version: later[0].version, dueOn: today },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const due = [...own.filter((e) => e.dueOn <= weekEnd), { ...later[0], dueOn: today }];

    const items = await allItems(cast.inspector, '&module=inspection-plan');
    expect(items.map((w) => `${w.dueOn} ${w.operatorId}`).sort()).toEqual(due.map((e) => `${e.dueOn} ${e.operatorId}`).sort());
    expect(items.find((w) => w.operatorId === later[0].operatorId)).toMatchObject({
      kind: 'inspect',
      overdue: false,
      workingDaysLeft: 0,
      link: `/operators/${later[0].operatorId}?planEntryId=${later[0].id}`,
    });
    expect((await workbench(cast.inspector)).summary.dueToday).toBeGreaterThan(0);
    expect(await allItems(cast.cadre, '&module=inspection-plan')).toEqual([]);
  });

  it('gives the leader the case approvals waiting, each by the clock it runs against, and only the heads', async () => {
    // A filing proposed here, so the test does not lean on the demo's random cases.
    const operatorId = (await me(platform, cast.business)).operatorId!;
    const lead = await platform.request({
      method: 'POST',
      url: '/api/leads',
      cookie: cast.enforcement,
      payload: { source: 'inspection', operatorId, leadSummary: '工作台审批线索', discoveredOn: today },
    });
    expect(lead.statusCode, lead.body).toBe(201);
    const payload = { leadId: lead.json().id, leadVersion: lead.json().version, cause: '工作台审批测试案', assessmentReason: '符合立案条件' };
    const filed = await platform.request({ method: 'POST', url: '/api/cases', cookie: cast.enforcement, payload });
    expect(filed.statusCode, filed.body).toBe(201);
    const items = (await allItems(cast.leader)).filter((w) => w.module === 'enforcement-case');
    expect(items.find((w) => w.link === `/cases/${filed.json().id}`)).toMatchObject({ kind: 'approve-filing', dueOn: lead.json().assessDueOn });
    for (const [status, kind] of [
      ['filing_pending', 'approve-filing'],
      ['decision_pending', 'approve-decision'],
    ] as const) {
      const waiting = await total(cast.leader, `/api/cases?status=${status}&pageSize=1`);
      expect(items.filter((w) => w.kind === kind).length, status).toBe(waiting);
    }
    // The handlers propose; only a head (case.approve) is asked to approve.
    for (const role of ROLES.filter((r) => !can(r, 'case.approve'))) {
      expect(
        (await allItems(cast[role])).some((w) => w.kind.startsWith('approve-')),
        role,
      ).toBe(false);
    }
  });

  it('gives the expert the rebuttals to review and the knowledge staff those to publish', async () => {
    const drafts = await total(cast.department, '/api/rumours?status=draft&pageSize=1');
    const reviewed = await total(cast.department, '/api/rumours?status=reviewed&pageSize=1');
    expect(drafts).toBeGreaterThan(0);
    expect(reviewed).toBeGreaterThan(0);
    const expert = (await allItems(cast.expert)).filter((w) => w.module === 'rumour');
    expect(expert.map((w) => w.kind)).toEqual(Array(drafts).fill('review'));
    const staff = (await allItems(cast.department)).filter((w) => w.module === 'rumour');
    expect(staff.map((w) => w.kind)).toEqual(Array(reviewed).fill('publish'));
    expect(staff.every((w) => w.link.startsWith('/rumours/') && w.dueOn >= '2000-01-01')).toBe(true);
    expect((await allItems(cast.inspector)).some((w) => w.module === 'rumour')).toBe(false);
  });

  it('filters by module and pages', async () => {
    const all = await allItems(cast.admin);
    const modules = new Set(all.map((w) => w.module));
    // The demo keeps clocks open in these modules (its complaints are all closed; plan entries are the inspectors' and station heads').
    expect([...modules].sort()).toEqual(expect.arrayContaining(['credit', 'disposal', 'enforcement-case', 'rectification']));
    for (const module of modules) {
      const filtered = await workbench(cast.admin, `&module=${module}`);
      expect(filtered.total).toBe(all.filter((w) => w.module === module).length);
      expect(filtered.items.every((w) => w.module === module)).toBe(true);
    }
    // The cards filter too, and keep counting everything.
    const weekEnd = weekEndOf(today);
    for (const [due, holds] of [
      ['today', (w: TWorkItem) => w.dueOn === today],
      ['week', (w: TWorkItem) => w.dueOn >= today && w.dueOn <= weekEnd],
      ['overdue', (w: TWorkItem) => w.overdue],
    ] as const) {
      const filtered = await allItems(cast.admin, `&due=${due}`);
      expect(filtered, due).toEqual(all.filter(holds));
      expect((await workbench(cast.admin, `&due=${due}`)).summary).toEqual((await workbench(cast.admin)).summary);
    }
    expect((await allItems(cast.admin, '&due=overdue&module=rectification')).length).toBe(all.filter((w) => w.overdue && w.module === 'rectification').length);
    const second = await platform.request({ method: 'GET', url: '/api/workbench?page=2&pageSize=3', cookie: cast.admin });
    expect(second.json()).toMatchObject({ page: 2, pageSize: 3, total: all.length, items: all.slice(3, 6) });
    for (const query of ['module=nothing', 'due=tomorrow']) {
      const refused = await platform.request({ method: 'GET', url: `/api/workbench?${query}`, cookie: cast.admin });
      expect(refused.statusCode, query).toBe(400);
    }
    expect((await platform.request({ method: 'GET', url: '/api/workbench' })).statusCode).toBe(401);
  });

  it("shows the business its open rectification, then the inspector's review, and drops each once done", async () => {
    const operatorId = (await me(platform, cast.business)).operatorId!;
    const inspectorIds = [(await me(platform, cast.inspector)).id, (await me(platform, cast.station)).id];
    const demandId = (await demandFor(cast.inspector, operatorId, inspectorIds, '更换过期消毒液')).id;
    const get = async () => (await platform.request({ method: 'GET', url: `/api/rectifications/${demandId}`, cookie: cast.inspector })).json() as Promise<TRectification>;
    const holds = async (role: TRole) => (await allItems(cast[role], '&module=rectification')).some((w) => w.title.zh.includes('更换过期消毒液'));

    const mine = (await allItems(cast.business, '&module=rectification')).find((w) => w.title.zh.includes('更换过期消毒液'));
    expect(mine).toMatchObject({ kind: 'answer', operatorId, overdue: false, workingDaysLeft: 5, link: '/rectifications?tab=outstanding' });
    expect(await holds('cadre')).toBe(true);
    expect(await holds('inspector')).toBe(false);

    const answer = await platform.request({
      method: 'POST',
      url: `/api/rectifications/${demandId}/answer`,
      cookie: cast.business,
      payload: { version: (await get()).version, answer: '已更换', photoIds: [] },
    });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(await holds('business')).toBe(false);
    expect(await holds('inspector')).toBe(true);

    const review = await platform.request({
      method: 'POST',
      url: `/api/rectifications/${demandId}/review`,
      cookie: cast.inspector,
      payload: { version: (await get()).version, decision: 'accept', note: '' },
    });
    expect(review.statusCode, review.body).toBe(200);
    expect(await holds('inspector')).toBe(false);
    expect(await holds('business')).toBe(false);
  });
});
