// The demo's self-check records (demo-self-checks.ts) on the demo with its history: a rollout's worth of days, the
// points stored once per list, records that read with their points, and a compliance view with every habit in it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { TPage } from '@shian/shared/http';
import type { TComplianceRow, TSelfCheck, TSelfCheckSummary } from '@shian/shared/self-check';
import { addDays, chinaToday } from '@shian/shared/working-days';
import { rowsOf } from '../../core/db/database.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';

let platform: TTestPlatform;
let cast: Record<'department' | 'business', string>;
const q = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await platform.ctx.db.execute(query));
const get = async <T>(url: string, cookie: string) => {
  const response = await platform.request({ method: 'GET', url, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
};

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['department', 'business'] as const, { operators: 300, history: true }));
});
afterAll(() => platform.close());

it('gives the demo business a year of daily checks and the pilot unit 120 days, storing each list’s points once', async () => {
  const today = chinaToday();
  const mine = await get<TPage<TSelfCheckSummary>>('/api/self-checks?kind=daily&pageSize=1', cast.business);
  expect(mine.total).toBeGreaterThan(300);
  const [first] = await q<{ first: string }>(
    sql`select min(s.period)::text as first from self_check s join app_user u on u.operator_id = s.operator_id where u.username = 'business'`,
  );
  expect(first.first).toBe(addDays(today, -364));
  const [pilot] = await q<{ first: string | null }>(sql`select min(s.period)::text as first from self_check s join operator o on o.id = s.operator_id
    join app_user u on u.username = 'business' where o.unit_code = '420116001000' and o.id <> u.operator_id`);
  expect(pilot.first).toBe(addDays(today, -119));

  const [counts] = await q<{ records: number; sets: number; operators: number; bare: number }>(sql`select count(*)::int as records,
    (select count(*)::int from self_check_point_set) as sets, count(distinct operator_id)::int as operators,
    count(*) filter (where jsonb_array_length(content->'findings') = 0)::int as bare from self_check where kind = 'daily'`);
  expect(counts.sets).toBeLessThan(counts.operators);
  expect(counts.bare / counts.records).toBeGreaterThan(0.8);
  expect(await q(sql`select id from self_check where kind = 'daily' and point_set_id is null`)).toEqual([]);

  const [withProblem] = await q<{ id: string; n: number }>(sql`select s.id, jsonb_array_length(p.points)::int as n from self_check s
    join self_check_point_set p on p.id = s.point_set_id where s.problems > 0 limit 1`);
  const record = await get<TSelfCheck>(`/api/self-checks/${withProblem.id}`, cast.department);
  const items = (record.content as { items: { text: string; result: string; note: string }[] }).items;
  expect(items).toHaveLength(withProblem.n);
  expect(items.every((i) => i.text.length > 0)).toBe(true);
  expect(items.filter((i) => i.result === 'problem')).toEqual([expect.objectContaining({ note: expect.stringMatching(/.+/) })]);
});

it('shows every habit in the compliance view: behind, up to date and "always all OK"', async () => {
  const rows = (await get<TPage<TComplianceRow>>('/api/self-checks/compliance?pageSize=200', cast.department)).items;
  expect(rows.some((r) => r.behind)).toBe(true);
  expect(rows.some((r) => !r.behind && r.daysRecorded > 0)).toBe(true);
  expect(rows.some((r) => r.allOk)).toBe(true);
});
