import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { TAdjustmentDue, TAssignmentResult, TAssignmentSuggestion, TCadreSettings, TOperatorCadre } from '@shian/shared/cadre';
import type { TPage } from '@shian/shared/http';
import type { TWorkbench } from '@shian/shared/workbench';
import { rowsOf, toInt } from '../../core/db/database.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import { createOperatorIn, QIANCHUAN_UNIT } from '../../testing/inspections.ts';

const ROLES = ['admin', 'department', 'station', 'cadre'] as const;
let platform: TTestPlatform;
let cast: Record<(typeof ROLES)[number], string>;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(ROLES, { operators: 150 }));
});
afterAll(() => platform.close());

const db = () => platform.ctx.db;
const get = async <T>(cookie: string, url: string): Promise<T> => {
  const response = await platform.request({ method: 'GET', url, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const post = (url: string, payload: object, cookie = cast.department) => platform.request({ method: 'POST', url, cookie, payload });
const suggest = async (): Promise<{ items: TAssignmentSuggestion[]; loadLimit: number }> => (await post('/api/cadre-assignments/suggest', {})).json();
async function setLimit(loadLimit: number) {
  const current = await get<TCadreSettings>(cast.department, '/api/cadre-settings');
  const { isDefault, updatedAt, ...rest } = current;
  const response = await platform.request({ method: 'PUT', url: '/api/cadre-settings', cookie: cast.department, payload: { ...rest, loadLimit } });
  expect(response.statusCode, response.body).toBe(200);
}
/** Active operators with no current cadre, and operators with more than one (never allowed). */
async function coverage() {
  const [row] = rowsOf<{ uncovered: number; doubled: number; open: number; current: number }>(
    await db().execute(sql`select
      (select count(*) from operator o where o.status = 'active' and not exists (select 1 from cadre_assignment a where a.operator_id = o.id)) as uncovered,
      (select count(*) from (select operator_id from cadre_assignment group by operator_id having count(*) > 1) d) as doubled,
      (select count(*) from cadre_assignment_history where ended_at is null) as open,
      (select count(*) from cadre_assignment) as current`),
  );
  return { uncovered: toInt(row.uncovered), doubled: toInt(row.doubled), open: toInt(row.open), current: toInt(row.current) };
}

describe('cadre assignments', () => {
  it('starts from the demo: every active subject covered once but a few new ones, which the views list with their clocks', async () => {
    const state = await coverage();
    expect(state.doubled).toBe(0);
    expect(state.open).toBe(state.current);
    const uncovered = await get<TPage<TAdjustmentDue>>(cast.department, '/api/cadre-assignments/uncovered');
    expect(uncovered.total).toBe(state.uncovered);
    expect(uncovered.total).toBeGreaterThan(0);
    expect(uncovered.items.every((d) => d.reason === 'new' && d.cadreId === null && d.dueOn > d.since)).toBe(true);
    const due = await get<TPage<TAdjustmentDue>>(cast.department, '/api/cadre-assignments/due?pageSize=200');
    expect(due.items.map((d) => d.reason)).toEqual(expect.arrayContaining(['new', 'closed']));
    expect((await platform.request({ method: 'GET', url: '/api/cadre-assignments/due', cookie: cast.station })).statusCode).toBe(403);
  });

  it('suggests by the mapping rule: the level the subject needs, a cadre of that level in its unit, within the load limit', async () => {
    const school = await createOperatorIn(platform, cast.admin, QIANCHUAN_UNIT, { type: 'canteen', tags: ['school_canteen'] });
    const producer = await createOperatorIn(platform, cast.admin, QIANCHUAN_UNIT, { type: 'producer' });
    const { items, loadLimit } = await suggest();
    expect(items.find((i) => i.operatorId === school.id)!.level).toBe('district');
    expect(items.find((i) => i.operatorId === producer.id)!.level).toBe('township');
    const cadres = new Map(rowsOf<{ id: string; level: string; unit_code: string }>(await db().execute(sql`select id, level, unit_code from cadre`)).map((c) => [c.id, c]));
    for (const item of items.filter((i) => i.cadreId)) {
      expect(cadres.get(item.cadreId!)).toMatchObject({ level: item.level, unit_code: item.unitCode });
      expect(item.cadreLoad).toBeLessThanOrEqual(loadLimit);
    }
    // Nothing is written by a suggestion.
    expect((await coverage()).uncovered).toBe((await get<TPage<TAdjustmentDue>>(cast.department, '/api/cadre-assignments/uncovered')).total);
  });

  it('leaves a subject without a cadre when every cadre of its level is at the limit, and lists the overloaded ones', async () => {
    // Four school canteens more than the three district cadres of 前川 can take one each.
    for (let i = 0; i < 4; i++) await createOperatorIn(platform, cast.admin, QIANCHUAN_UNIT, { type: 'canteen', tags: ['kindergarten_canteen'] });
    await setLimit(1);
    const { items } = await suggest();
    const district = items.filter((i) => i.level === 'district' && i.unitCode === QIANCHUAN_UNIT);
    expect(district.filter((i) => i.cadreId).length).toBeLessThanOrEqual(3);
    expect(district.some((i) => i.cadreId === null)).toBe(true);
    const over = await get<TPage<{ subjects: number; limit: number }>>(cast.department, '/api/cadre-assignments/overloaded');
    expect(over.total).toBeGreaterThan(0);
    expect(over.items.every((c) => c.subjects > 1 && c.limit === 1)).toBe(true);
    await setLimit(30);
  });

  it('confirms a reviewed suggestion so that each subject is covered exactly once, even when confirmed twice at once', async () => {
    const { items } = await suggest();
    const chosen = items.filter((i) => i.cadreId && i.level !== 'city').map((i) => ({ operatorId: i.operatorId, cadreId: i.cadreId! }));
    expect(chosen.length).toBeGreaterThan(0);
    const twice = await post('/api/cadre-assignments/confirm', { assignments: [chosen[0], chosen[0]] });
    expect(twice.statusCode).toBe(400);
    const answers = await Promise.all(Array.from({ length: 5 }, () => post('/api/cadre-assignments/confirm', { assignments: chosen })));
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200]);
    const results = answers.map((a) => a.json() as TAssignmentResult);
    expect(results.reduce((n, r) => n + r.assigned + r.reassigned, 0)).toBe(chosen.length);
    const state = await coverage();
    expect(state.doubled).toBe(0);
    expect(state.open).toBe(state.current);
    const covered = rowsOf<{ operator_id: string; cadre_id: string }>(await db().execute(sql`select operator_id, cadre_id from cadre_assignment`));
    const byOperator = new Map(covered.map((c) => [c.operator_id, c.cadre_id]));
    for (const c of chosen) expect(byOperator.get(c.operatorId)).toBe(c.cadreId);
    expect((await get<TPage<TAdjustmentDue>>(cast.department, '/api/cadre-assignments/uncovered')).total).toBe(state.uncovered);
  });

  it('assigns, reassigns and ends by hand, keeping the history, and the cadre sees exactly its subjects', async () => {
    const op = await createOperatorIn(platform, cast.admin, QIANCHUAN_UNIT);
    const [{ cadre_id: own }] = rowsOf<{ cadre_id: string }>(await db().execute(sql`select cadre_id from app_user where username = 'cadre'`));
    const [other] = rowsOf<{ id: string }>(await db().execute(sql`select id from cadre where id <> ${own} and active and level = 'village' limit 1`));
    const put = (cadreId: string | null) =>
      platform.request({ method: 'PUT', url: `/api/operators/${op.id}/cadre`, cookie: cast.department, payload: { cadreId, reason: '测试' } });
    expect(((await put(own)).json() as TOperatorCadre).cadre!.id).toBe(own);
    expect((await get<{ items: { id: string }[] }>(cast.cadre, `/api/operators?pageSize=200`)).items.map((o) => o.id)).toContain(op.id);
    expect(((await put(other.id)).json() as TOperatorCadre).cadre!.id).toBe(other.id);
    // A page opened before that change still shows the demo cadre: its reassignment is stale (409) and changes nothing.
    const stale = await platform.request({ method: 'PUT', url: `/api/operators/${op.id}/cadre`, cookie: cast.department, payload: { cadreId: null, expectedCadreId: own } });
    expect(stale.statusCode, stale.body).toBe(409);
    expect((await get<TOperatorCadre>(cast.department, `/api/operators/${op.id}/cadre`)).cadre!.id).toBe(other.id);
    expect((await platform.request({ method: 'GET', url: `/api/operators/${op.id}`, cookie: cast.cadre })).statusCode).toBe(404);
    expect(((await put(null)).json() as TOperatorCadre).cadre).toBeNull();
    const history = await get<TPage<{ cadreId: string; endedAt: string | null; endReason: string | null }>>(cast.department, `/api/cadre-assignments/history?operatorId=${op.id}`);
    expect(history.items.map((h) => h.cadreId).sort()).toEqual([own, other.id].sort());
    expect(history.items.every((h) => h.endedAt && h.endReason === '测试')).toBe(true);
    const byStation = await platform.request({ method: 'PUT', url: `/api/operators/${op.id}/cadre`, cookie: cast.station, payload: { cadreId: own } });
    expect(byStation.statusCode).toBe(403);
    const inactive = rowsOf<{ id: string }>(await db().execute(sql`update cadre set active = false where id = ${other.id} returning id`));
    expect((await put(inactive[0].id)).statusCode).toBe(400);
  });

  it("puts the adjustments due on the food-safety office's workbench, and on nobody else's", async () => {
    const due = await get<TPage<TAdjustmentDue>>(cast.department, '/api/cadre-assignments/due?pageSize=1');
    const bench = await get<TWorkbench>(cast.department, '/api/workbench?module=cadre&pageSize=200');
    expect(bench.total).toBe(due.total);
    expect(bench.items[0]).toMatchObject({ module: 'cadre', kind: 'adjust', link: '/cadre-assignments?tab=due' });
    expect((await get<TWorkbench>(cast.station, '/api/workbench?module=cadre')).total).toBe(0);
    expect((await get<TWorkbench>(cast.cadre, '/api/workbench?module=cadre')).total).toBe(0);
  });
});
