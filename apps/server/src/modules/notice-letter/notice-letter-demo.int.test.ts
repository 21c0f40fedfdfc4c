// The demo's notices and letters (demo-notice-letters.ts) on the demo with its year of history: every kind in
// every state (interview notices: as many states as the demo has notified interviews), overdue ones, numbers without
// gaps per kind and year, the demo business and cadre with one each to sign.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { TPage } from '@shian/shared/http';
import type { TNoticeLetter } from '@shian/shared/notice-letter';
import { rowsOf } from '../../core/db/database.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';

let platform: TTestPlatform;
let cast: Record<'station' | 'business' | 'cadre', string>;
const q = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await platform.ctx.db.execute(query));

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['station', 'business', 'cadre'] as const, { operators: 300, history: true }));
});
afterAll(() => platform.close());

it('seeds every kind and state, overdue ones, and numbers each kind and year from 1 without gaps', async () => {
  const kinds = await q<{ kind: string; status: string }>(sql`select distinct kind, status from notice_letter order by kind, status`);
  for (const kind of ['rectification', 'reminder']) expect(kinds.filter((k) => k.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
  // A small demo may have no notified interview on a given day (interviews go to the most complained-about businesses);
  // each one it has gets its notice.
  const [{ n: notified }] = await q<{ n: number }>(sql`select count(*)::int as n from interview where status <> 'draft' and notice_no is not null`);
  const [{ n: interviewNotices }] = await q<{ n: number }>(sql`select count(*)::int as n from notice_letter where kind = 'interview'`);
  expect(interviewNotices).toBe(Math.min(notified, 6));
  const [{ n: overdue }] = await q<{ n: number }>(sql`select count(*)::int as n from notice_letter where status in ('issued', 'delivered') and answer_due_on < current_date`);
  expect(overdue).toBeGreaterThan(0);
  const [{ n: paper }] = await q<{ n: number }>(sql`select count(*)::int as n from notice_letter where delivery_method = 'paper' and signer_name is not null`);
  expect(paper).toBeGreaterThan(0);
  const series = await q<{ kind: string; year: number; n: number; max: number }>(
    sql`select kind, year, count(*)::int as n, max(seq)::int as max from notice_letter where number is not null group by kind, year`,
  );
  for (const s of series) expect(s.max, `${s.kind} ${s.year}`).toBe(s.n);
  const mismatched = await q<{ id: string }>(sql`select l.id from notice_letter l join inspection i on i.id = l.inspection_id where i.operator_id <> l.operator_id`);
  expect(mismatched).toEqual([]);
});

it('gives the demo business a letter to sign and the demo cadre one, in their own lists', async () => {
  const mine = (await platform.request({ method: 'GET', url: '/api/notice-letters?status=issued', cookie: cast.business })).json() as TPage<TNoticeLetter>;
  expect(mine.total).toBeGreaterThanOrEqual(1);
  const cadre = (await platform.request({ method: 'GET', url: '/api/notice-letters?status=issued', cookie: cast.cadre })).json() as TPage<TNoticeLetter>;
  expect(cadre.items.filter((l) => l.cadreId !== null)).toHaveLength(cadre.total);
  expect(cadre.total).toBeGreaterThanOrEqual(1);
  const register = (await platform.request({ method: 'GET', url: '/api/notice-letters?overdue=true', cookie: cast.station })).json() as TPage<TNoticeLetter>;
  expect(register.items.every((l) => l.overdue)).toBe(true);
});
