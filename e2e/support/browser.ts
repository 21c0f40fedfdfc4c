// One server (PGlite in memory, small demo data, the built web app) and one Chromium per spec file.
import path from 'node:path';
import { expect } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AddressInfo } from 'node:net';
import { createTestPlatform, type TTestPlatform } from '../../apps/server/src/testing/test-platform.ts';

export type TE2E = { platform: TTestPlatform; browser: Browser; baseUrl: string; close(): Promise<void> };

/** history: the demo's year of history too (inspections, this month's plan, sampling, cases), as `npm start` seeds it. */
export async function startE2E(options: { history?: boolean } = {}): Promise<TE2E> {
  // E2E_WEB_DIR: a build of one's own (`vite build --outDir …`), so parallel work does not share dist/.
  const webDir = process.env.E2E_WEB_DIR ?? path.resolve(import.meta.dirname, '../../apps/web/dist');
  const platform = await createTestPlatform({ operators: 300, webDir, history: options.history });
  await platform.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = platform.app.server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const violations = watchContentSecurityPolicy(browser);
  blockServiceWorkersByDefault(browser);
  return {
    platform,
    browser,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await browser.close();
      await platform.close();
      expect(violations, 'Content-Security-Policy violations reported in the browser').toEqual([]);
    },
  };
}

/**
 * Every page a spec opens (browser.newPage goes through newContext too) reports what the server's
 * Content-Security-Policy blocked, which Chromium logs to the console; the spec fails at its end if anything
 * was, so the web app never relies on what the policy forbids.
 */
function watchContentSecurityPolicy(browser: Browser): string[] {
  const violations: string[] = [];
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.on('page', (page) =>
      page.on('console', (message) => {
        if (message.type() === 'error' && message.text().includes('Content Security Policy')) violations.push(`${page.url()}: ${message.text()}`);
      }),
    );
    return context;
  };
  return violations;
}

/**
 * The service worker precaches the whole built app (about 3 MB) in every new context; only the offline spec
 * needs it (`newContext({ serviceWorkers: 'allow' })`), the others would pay for it in time.
 */
function blockServiceWorkersByDefault(browser: Browser): void {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options) => newContext({ serviceWorkers: 'block', ...options });
}

export async function signIn(page: Page, baseUrl: string, username: string, password = 'Demo@2026') {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/**
 * Picks an option of the antd Select with this test id (typing `search` first when given) and waits until
 * the select shows it. A click while the dropdown is still opening can land on nothing: then it tries again.
 */
export async function pick(page: Page, testId: string, option: string, search?: string) {
  const select = page.getByTestId(testId);
  for (let attempt = 1; ; attempt++) {
    await select.locator('.ant-select-selector').click();
    if (search) await page.keyboard.type(search);
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: option }).first().click();
    try {
      await expect.poll(() => select.innerText(), { timeout: 3_000 }).toContain(option);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}
