import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TListEntryDetail } from '@shian/shared/credit';
import { addDays, chinaToday } from '@shian/shared/working-days';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { findUserByUsername, toSessionUser } from '../user/user.public.ts';
import { seedDemoCredit } from './demo-credit.ts';

let platform: TTestPlatform;
const cookies: Record<string, string> = {};

const get = (url: string, cookie?: string) => platform.request({ method: 'GET', url, ...(cookie ? { cookie } : {}) });

beforeAll(async () => {
  platform = await createTestPlatform({ operators: 30 });
  for (const role of ['department', 'business']) cookies[role] = await platform.login(role);
});
afterAll(() => platform.close());

it("adds a listing near its end, one repaired, the business account's own with a pending application, and a proposal", async () => {
  const admin = toSessionUser((await findUserByUsername(platform.ctx.db, 'admin'))!);
  const today = chinaToday();
  const listEntries = async () => (await get('/api/credit/list-entries?pageSize=200', cookies.department)).json().items as TListEntryDetail[];
  const earlier = new Set((await listEntries()).map((e) => e.id));
  const summary = await seedDemoCredit(platform.ctx, admin, today);
  expect(summary.creditListEntries).toBe(4);
  const demo = (await listEntries()).filter((e) => !earlier.has(e.id));
  expect(demo.map((e) => e.status).sort()).toEqual(['exited', 'listed', 'listed', 'proposed']);
  const nearEnd = demo.find((e) => e.status === 'listed' && e.lastDay === summary.creditListingEndsOn)!;
  expect(nearEnd.lastDay! > today && nearEnd.lastDay! <= addDays(today, 30)).toBe(true);
  const repaired = demo.find((e) => e.status === 'exited')!;
  expect(repaired.exitReason).toBe('repaired');
  expect((await get(`/api/credit/list-entries/${repaired.id}`, cookies.department)).json().repairs[0].status).toBe('approved');

  // The business account sees its own listing and its application waiting for acceptance.
  const own = (await get('/api/credit/list-entries', cookies.business)).json().items as TListEntryDetail[];
  expect(own).toHaveLength(1);
  const detail = (await get(`/api/credit/list-entries/${own[0].id}`, cookies.business)).json();
  expect(detail.repairs.map((r: { status: string }) => r.status)).toEqual(['submitted']);
  expect(detail.repairBlockers).toEqual([]);
  // The repaired business's own account can sign in and sees the exit.
  const repairedAccount = await platform.login('credit-demo');
  expect((await get(`/api/operators/${repaired.operatorId}/credit`, repairedAccount)).json().status).toBe('repaired');
});
