import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import { dueAfterWorkingDays } from '../../core/calendar/calendar.ts';

let platform: TTestPlatform;
let cast: Record<'admin' | 'station', string>;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin', 'station'], { operators: 50 }));
});
afterAll(() => platform.close());

it('serves a year with its holidays, make-up working days and working-day count', async () => {
  const response = await platform.request({ method: 'GET', url: '/api/calendar?year=2026', cookie: cast.station });
  expect(response.statusCode).toBe(200);
  const year = response.json();
  expect(year).toMatchObject({ year: 2026, provisional: false, workingDays: 248 });
  expect(year.days).toContainEqual(expect.objectContaining({ date: '2026-02-14', kind: 'workday' }));
  expect(year.days).toContainEqual(expect.objectContaining({ date: '2026-10-01', kind: 'holiday', name: '国庆节' }));
  const provisional = await platform.request({ method: 'GET', url: '/api/calendar?year=2027', cookie: cast.station });
  expect(provisional.json().provisional).toBe(true);
});

it('lets an administrator add a day, moves the statutory clocks, and audits it', async () => {
  expect(await dueAfterWorkingDays(platform.ctx.db, '2027-02-09', 1)).toBe('2027-02-10');
  const set = await platform.request({
    method: 'PUT',
    url: '/api/calendar/days/2027-02-10',
    cookie: cast.admin,
    payload: { kind: 'holiday', name: '春节' },
  });
  expect(set.statusCode).toBe(200);
  expect(set.json()).toMatchObject({ date: '2027-02-10', kind: 'holiday', provisional: false });
  expect(await dueAfterWorkingDays(platform.ctx.db, '2027-02-09', 1)).toBe('2027-02-11');

  const cleared = await platform.request({ method: 'DELETE', url: '/api/calendar/days/2027-02-10', cookie: cast.admin });
  expect(cleared.statusCode).toBe(204);
  expect(await dueAfterWorkingDays(platform.ctx.db, '2027-02-09', 1)).toBe('2027-02-10');

  const audit = await platform.request({ method: 'GET', url: '/api/audit?entity=calendar_day', cookie: cast.admin });
  expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual(['delete', 'create']);
});

it('refuses non-administrators and bad input with field messages', async () => {
  const denied = await platform.request({ method: 'PUT', url: '/api/calendar/days/2027-02-10', cookie: cast.station, payload: { kind: 'holiday', name: '春节' } });
  expect(denied.statusCode).toBe(403);
  const badDate = await platform.request({ method: 'PUT', url: '/api/calendar/days/2027-13-40', cookie: cast.admin, payload: { kind: 'holiday', name: 'x' } });
  expect(badDate.statusCode).toBe(400);
  const badKind = await platform.request({ method: 'PUT', url: '/api/calendar/days/2027-02-10', cookie: cast.admin, payload: { kind: 'party', name: '' } });
  expect(badKind.statusCode).toBe(400);
  expect(
    badKind
      .json()
      .error.fields.map((f: { path: string }) => f.path)
      .sort(),
  ).toEqual(['kind', 'name']);
  const missing = await platform.request({ method: 'DELETE', url: '/api/calendar/days/2027-03-03', cookie: cast.admin });
  expect(missing.statusCode).toBe(404);
});
