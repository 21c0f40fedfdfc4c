// A failed sample's lead taken to a published penalty decision, as the bureau and the business live it:
// the officer assesses the lead and proposes the case, a head approves the filing, evidence is added,
// the business states its case on a phone, the head approves the decision, the Word decision downloads,
// the decision is published with personal data masked and shows on the public page; an overdue lead shows
// as a broken must; the indicators page draws its chart.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { addDays, chinaToday } from '@shian/shared/working-days';
import type { Page } from 'playwright-core';
import { pick, signIn, startE2E, type TE2E } from './support/browser.ts';

let e2e: TE2E;
let department: string;
let enforcement: string;
let leadId: string;
let operatorName: string;
let principal: string;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

beforeAll(async () => {
  e2e = await startE2E();
  department = await e2e.platform.login('department');
  enforcement = await e2e.platform.login('enforcement');
  const business = await e2e.platform.login('business');
  const operatorId = (await e2e.platform.request({ method: 'GET', url: '/api/auth/me', cookie: business })).json().operatorId;
  const operator = (await e2e.platform.request({ method: 'GET', url: `/api/operators/${operatorId}`, cookie: enforcement })).json();
  operatorName = operator.name;
  principal = operator.personnel.find((p: { role: string }) => p.role === 'principal').name;
  const request = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown) =>
    e2e.platform.request({ method, url, cookie: department, payload: payload as Record<string, unknown> });
  const plan = (await request('POST', '/api/sampling-plans', { name: '蔬菜农残专项抽检', year: 2026, kind: 'special' })).json();
  await request('PATCH', `/api/sampling-plans/${plan.id}`, { version: plan.version, status: 'active' });
  const sample = (
    await request('POST', '/api/samples', {
      planId: plan.id,
      operatorId,
      productName: '豇豆',
      batchNo: '20260901',
      manufacturerName: '某蔬菜基地',
      quantity: '2 kg',
      foodCategory: '蔬菜',
      sampledOn: '2026-09-01',
      samplerName: '抽样员',
    })
  ).json();
  const reported = await request('PUT', `/api/samples/${sample.id}/report`, {
    version: sample.version,
    reportNo: 'WH-0908',
    issuedOn: '2026-09-08',
    items: [{ name: '毒死蜱', value: '0.12', unit: 'mg/kg', limitText: '≤0.02 mg/kg', limitMax: 0.02, standard: 'GB 2763-2021', verdict: 'nonconforming' }],
  });
  expect(reported.json().verdict).toBe('nonconforming');
  const leads = (await e2e.platform.request({ method: 'GET', url: `/api/leads?source=sampling&operatorId=${operatorId}`, cookie: enforcement })).json();
  leadId = leads.items[0].id;
});
afterAll(() => e2e.close());

const api = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) => e2e.platform.request({ method, url, cookie: enforcement, payload });
// A page's steps wait on a busy two-core machine: each test gets room.
const SLOW = 180_000;
let officer: Page;
let head: Page;
let caseId: string;
let decisionNo: string;

it(
  'assesses the lead, proposes the case, and a head approves the filing',
  async () => {
    officer = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(officer, e2e.baseUrl, 'enforcement');
    await officer.goto(`${e2e.baseUrl}/leads/${leadId}`);
    await expect.poll(() => officer.locator('body').innerText()).toContain('抽检不合格');
    await officer.getByTestId('lead-cause').fill('涉嫌经营农药残留超标的食品案');
    await officer.getByTestId('lead-reason').fill('抽检报告显示毒死蜱超标，有证据初步证明存在违法行为，符合立案条件');
    await officer.getByTestId('lead-assess-submit').click();
    await officer.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    caseId = officer.url().split('/').pop()!;
    await expect.poll(() => officer.getByTestId('case-status').innerText()).toBe('立案审批中');
    // The officer cannot approve their own filing: the button is the head's.
    expect(await officer.getByTestId('case-action-approve_filing').count()).toBe(0);

    head = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(head, e2e.baseUrl, 'leader');
    await head.goto(`${e2e.baseUrl}/cases/${caseId}`);
    await head.getByTestId('case-action-approve_filing').click();
    await head.getByTestId('case-action-submit').click();
    await expect.poll(() => head.getByTestId('case-status').innerText()).toBe('调查中');
  },
  SLOW,
);

it(
  'records evidence and refuses a fine outside the cited article before giving the notice',
  async () => {
    await officer.reload();
    await officer.getByTestId('case-action-add_evidence').click();
    await officer.getByTestId('evidence-title').fill('检验报告');
    await pick(officer, 'evidence-kind', '鉴定意见');
    await officer.locator('input[type=file]').setInputFiles({ name: '检验报告.pdf', mimeType: 'application/pdf', buffer: PDF });
    await officer.getByTestId('case-action-submit').click();
    await expect.poll(() => officer.locator('body').innerText()).toContain('检验报告.pdf');

    // A fine outside the band of 第一百二十四条 is refused with the reason, on the form.
    await officer.getByTestId('case-action-notify').click();
    await pick(officer, 'penalty-rule', '第一百二十四条第一款');
    await officer.getByLabel('没收违法所得、非法财物').check();
    await officer.getByLabel('罚款', { exact: true }).check();
    await officer.getByTestId('penalty-goods-value').fill('3000');
    await officer.getByTestId('penalty-fine').fill('30000');
    await officer.getByTestId('penalty-facts').fill('当事人销售的豇豆经检验毒死蜱项目不符合 GB 2763-2021 要求');
    await expect.poll(() => officer.locator('body').innerText()).toContain('50,000-100,000');
    await officer.getByTestId('case-action-submit').click();
    await expect.poll(() => officer.locator('.ant-message').innerText()).toContain('超出');
    await officer.getByTestId('penalty-fine').fill('60000');
    await officer.getByTestId('case-action-submit').click();
    await expect.poll(() => officer.getByTestId('case-status').innerText()).toBe('已告知');
  },
  SLOW,
);

it(
  'lets the business state its case on a phone, then decides and downloads the Word decision',
  async () => {
    const business = await e2e.browser.newPage(phone);
    await signIn(business, e2e.baseUrl, 'business');
    await business.goto(`${e2e.baseUrl}/case-notices`);
    await business.getByTestId('notice-defence').fill(`已全部下架，联系人${principal}，电话 13900001111，请求从轻处罚`);
    await business.getByTestId('notice-submit').click();
    await expect.poll(() => business.getByTestId('case-notice').innerText()).toContain('已于');
    expect(await business.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);

    const detail = (await api('GET', `/api/cases/${caseId}`)).json();
    const proposed = await api('POST', `/api/cases/${caseId}/decision`, {
      version: detail.version,
      decisionOutcome: 'penalty',
      penaltyKinds: ['confiscation', 'fine'],
      fineAmount: 55000,
      goodsValue: 3000,
      illegalGains: 900,
      confiscation: '违法经营的豇豆 2 公斤及违法所得',
      basisLaw: '中华人民共和国食品安全法',
      basisArticle: 124,
      basisParagraph: 1,
      factsFound: '当事人销售的豇豆经检验毒死蜱项目不符合 GB 2763-2021 要求',
    });
    expect(proposed.statusCode, proposed.body).toBe(200);
    await head.reload();
    await head.getByTestId('case-action-approve_decision').click();
    await head.getByTestId('case-action-submit').click();
    await expect.poll(() => head.getByTestId('case-status').innerText()).toBe('已决定');
    decisionNo = (await head.locator('body').innerText()).match(/黄陂市监处罚〔\d{4}〕\d+号/)![0];

    await officer.reload();
    const [download] = await Promise.all([officer.waitForEvent('download'), officer.getByTestId('download-decision').click()]);
    expect(download.suggestedFilename()).toBe(`行政处罚决定书-${decisionNo}.docx`);
    const docx = readFileSync((await download.path())!);
    const { value: text } = await mammoth.extractRawText({ buffer: docx });
    for (const part of [decisionNo, operatorName, '罚款人民币55,000元', '第一百二十四条第一款', principal]) expect(text).toContain(part);
  },
  SLOW,
);

it(
  'publishes the decision without personal data, and shows it to the public',
  async () => {
    await officer.getByTestId('case-action-publish').click();
    await officer.getByTestId('case-action-submit').click();
    await expect.poll(() => officer.getByTestId('case-published-text').innerText()).toContain(decisionNo);
    const published = await officer.getByTestId('case-published-text').innerText();
    expect(published).not.toContain(principal);
    expect(published).not.toContain('13900001111');

    const citizen = await e2e.browser.newPage(phone);
    await citizen.goto(`${e2e.baseUrl}/p/penalty-decisions`);
    await citizen.getByTestId('public-penalty-search').fill(operatorName);
    await citizen.getByTestId('public-penalty-search').press('Enter');
    await citizen.getByTestId('public-penalty').filter({ hasText: decisionNo }).click();
    await expect.poll(() => citizen.getByTestId('public-penalty-text').innerText()).toContain('当事人');
    expect(await citizen.getByTestId('public-penalty-text').innerText()).not.toContain(principal);
    expect(await citizen.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
  },
  SLOW,
);

it(
  'shows an overdue lead as a broken must, and the indicators with their chart',
  async () => {
    const created = await api('POST', '/api/leads', {
      source: 'higher_authority',
      sourceRef: '武市监交〔2026〕9号',
      leadSummary: '市局交办：反映某餐馆使用地沟油',
      discoveredOn: addDays(chinaToday(), -60),
    });
    expect(created.statusCode, created.body).toBe(201);
    const page = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, e2e.baseUrl, 'enforcement');
    await page.goto(`${e2e.baseUrl}/leads/musts`);
    const item = page.getByTestId('must-item').filter({ hasText: '使用地沟油' });
    await expect.poll(() => item.innerText()).toContain('未按期核查');

    await page.goto(`${e2e.baseUrl}/cases/indicators`);
    await expect.poll(() => page.getByTestId('indicators-chart').locator('canvas').count()).toBe(1);
    await expect.poll(() => page.locator('body').innerText()).toContain('合计');
    const [workbook] = await Promise.all([page.waitForEvent('download'), page.getByTestId('indicators-export').click()]);
    expect(workbook.suggestedFilename()).toMatch(/^执法考核指标-\d{4}\.xlsx$/);
  },
  SLOW,
);

it(
  'fits the enforcement pages on a phone',
  async () => {
    const page = await e2e.browser.newPage(phone);
    await signIn(page, e2e.baseUrl, 'enforcement');
    for (const path of ['/leads', '/leads/musts', '/cases', `/cases/${caseId}`, '/cases/indicators']) {
      await page.goto(`${e2e.baseUrl}${path}`);
      await expect.poll(() => page.locator('.ant-card').count()).toBeGreaterThan(0);
      await expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(1);
    }
    await page.goto(`${e2e.baseUrl}/cases`);
    await expect.poll(() => page.getByTestId('case-item').count()).toBeGreaterThan(0);
  },
  SLOW,
);
