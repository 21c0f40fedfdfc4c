// User administration in the browser (issue 15): the administrator creates a station inspector and a cadre
// account; each signs in, must change the password an administrator set, and then sees only its own scope.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { rowsOf } from '../apps/server/src/core/db/database.ts';
import { pick, signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;
let cadre: { id: string; name: string; unit_name: string };

beforeAll(async () => {
  e2e = await startE2E();
  // A cadre record with assigned operators and no account yet, named uniquely so the search finds one.
  [cadre] = rowsOf<{ id: string; name: string; unit_name: string }>(
    await e2e.platform.ctx.db.execute(sql`select c.id, c.name, u.name as unit_name from cadre c join unit u on u.code = c.unit_code
      where exists (select 1 from cadre_assignment a where a.cadre_id = c.id)
        and not exists (select 1 from app_user au where au.cadre_id = c.id)
        and (select count(*) from cadre c2 where c2.name = c.name) = 1
      order by c.name limit 1`),
  );
});
afterAll(() => e2e.close());

const FIRST_PASSWORD = 'First-Pass1';
const OWN_PASSWORD = 'Own-Pass-22';

/** The administrator's create drawer: name, role, the role's link (picked by the caller), the first password. */
async function createUser(page: Page, username: string, displayName: string, role: string, pickLink: () => Promise<void>) {
  await page.goto(`${e2e.baseUrl}/users`);
  await page.getByTestId('user-new').click();
  await page.getByTestId('user-username').fill(username);
  await page.getByTestId('user-display-name').fill(displayName);
  await pick(page, 'user-role', role);
  await pickLink();
  await page.getByTestId('user-password').fill(FIRST_PASSWORD);
  await page.getByTestId('user-submit').click();
  await page.waitForURL((url) => /^\/users\/[0-9a-f-]{36}$/.test(url.pathname));
  await expect.poll(() => page.getByTestId('user-status-mustChangePassword').isVisible()).toBe(true);
}

/** Signs in with the first password, is sent to the password page, changes it and lands in the app. */
async function firstSignIn(username: string) {
  const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signIn(page, e2e.baseUrl, username, FIRST_PASSWORD);
  await page.waitForURL((url) => url.pathname === '/account/password');
  await expect.poll(() => page.getByTestId('password-must-change').isVisible()).toBe(true);
  await page.getByTestId('password-current').fill(FIRST_PASSWORD);
  await page.getByTestId('password-new').fill(OWN_PASSWORD);
  await page.getByTestId('password-confirm').fill(OWN_PASSWORD);
  await page.getByTestId('password-submit').click();
  await page.waitForURL((url) => url.pathname !== '/account/password');
  return page;
}

/** The operator names on the first page of the operator list, as the table shows them. */
async function listedOperators(page: Page) {
  await page.goto(`${e2e.baseUrl}/operators`);
  const rows = page.locator('[data-testid=operator-table] .ant-table-tbody tr.ant-table-row');
  await expect.poll(() => rows.count()).toBeGreaterThan(0);
  return (await rows.locator('td:first-child').allInnerTexts()).map((name) => name.trim());
}

const names = async (query: ReturnType<typeof sql>) => rowsOf<{ name: string }>(await e2e.platform.ctx.db.execute(query)).map((r) => r.name);

it('creates a station inspector who sees only the operators of its station', async () => {
  const admin = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signIn(admin, e2e.baseUrl, 'admin');
  await createUser(admin, 'e2e-inspector', '新检查员', '监管所检查员', () => pick(admin, 'user-station', '前川市场监督管理所'));

  const inspector = await firstSignIn('e2e-inspector');
  const shown = await listedOperators(inspector);
  // What the API answers the demo inspector of the same station, by the same default order and page.
  const expected = (await e2e.platform.request({ method: 'GET', url: '/api/operators?pageSize=20', cookie: await e2e.platform.login('inspector') })).json();
  expect(shown).toEqual(expected.items.map((o: { name: string }) => o.name));
  const qianchuan = await names(sql`select o.name from operator o join unit u on u.code = o.unit_code join station s on s.id = u.station_id where s.name = '前川市场监督管理所'`);
  expect(shown.every((name) => qianchuan.includes(name))).toBe(true);
  expect(shown.length).toBeLessThan((await names(sql`select name from operator`)).length);
});

it('creates a cadre account that sees only the operators assigned to its cadre record', async () => {
  const admin = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signIn(admin, e2e.baseUrl, 'admin');
  await createUser(admin, 'e2e-cadre', cadre.name, '包保干部', () => pick(admin, 'user-cadre', cadre.name, cadre.name));

  const page = await firstSignIn('e2e-cadre');
  const shown = await listedOperators(page);
  const assigned = await names(sql`select o.name from cadre_assignment a join operator o on o.id = a.operator_id where a.cadre_id = ${cadre.id}`);
  expect(shown.length).toBe(Math.min(assigned.length, 20));
  expect(shown.every((name) => assigned.includes(name))).toBe(true);
});
