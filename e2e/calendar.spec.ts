// An administrator confirms a day of the provisional 2027 arrangement in the working-day calendar.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(() => e2e.close());

it('shows 2027 as provisional and lets the administrator add a make-up working day', async () => {
  const page = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signIn(page, e2e.baseUrl, 'admin');
  await page.goto(`${e2e.baseUrl}/calendar`);
  await page.getByTestId('calendar-year').fill('2027');
  await expect.poll(() => page.getByTestId('calendar-page').innerText()).toContain('尚未录入');

  await page.getByTestId('calendar-add').click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input').first().fill('2027-02-20');
  await dialog.locator('input').first().press('Enter');
  await dialog.getByText('放假').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '调休上班' }).click();
  await page.getByTestId('calendar-name').fill('春节调休上班');
  await page.getByTestId('calendar-save').click();

  await expect.poll(() => page.getByTestId('calendar-table').innerText()).toContain('2027-02-20');
  const days = await e2e.platform.request({ method: 'GET', url: '/api/calendar?year=2027', cookie: await e2e.platform.login('admin') });
  expect(days.json().days).toContainEqual(expect.objectContaining({ date: '2027-02-20', kind: 'workday', provisional: false }));
});
