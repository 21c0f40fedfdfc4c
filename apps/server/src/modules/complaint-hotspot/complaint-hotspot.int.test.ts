import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import type { TComplaintHotspots } from '@shian/shared/complaint-hotspot';
import type { TOrganisation } from '@shian/shared/org';
import { rowsOf } from '../../core/db/database.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import { refusedFields } from '../../testing/refused-fields.ts';
import { createOperatorIn, me, QIANCHUAN_UNIT } from '../../testing/inspections.ts';
import { insertComplaints, week } from '../../testing/test-complaints.ts';

let platform: TTestPlatform;
let cast: Record<'admin' | 'station', string>;
let org: TOrganisation;
/** A unit without demo operators and outside the station account's jurisdiction: every operator in it is ours. */
let emptyUnit: string;
let catererA: string;
let catererB: string;
let market: string;
let supermarket: string;
let qianchuanShop: string;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin', 'station'], { operators: 20 }));
  org = (await platform.request({ method: 'GET', url: '/api/org', cookie: cast.admin })).json();
  const stationId = (await me(platform, cast.station)).stationId;
  const stationUnits = new Set(org.stations.find((s) => s.id === stationId)!.unitCodes);
  const used = rowsOf<{ unit_code: string }>(await platform.ctx.db.execute(sql`select distinct unit_code from operator`)).map((r) => r.unit_code);
  emptyUnit = org.units.map((u) => u.code).find((code) => !used.includes(code) && !stationUnits.has(code))!;
  expect(emptyUnit).toBeDefined();

  const create = async (overrides: Record<string, unknown>) => (await createOperatorIn(platform, cast.admin, emptyUnit, overrides)).id;
  catererA = await create({ name: '测试甲餐馆', type: 'caterer' });
  catererB = await create({ name: '测试乙小吃店', type: 'small_eatery' });
  await create({ name: '测试丙餐馆', type: 'caterer' });
  await create({ name: '测试丁摊点', type: 'street_vendor' });
  market = await create({ name: '测试农贸市场摊位', type: 'seller', categories: ['farm_produce'], tags: ['farmers_market'] });
  supermarket = await create({ name: '测试超市', type: 'seller', categories: ['prepackaged_food'], tags: ['supermarket'] });
  await create({ name: '测试便利店', type: 'seller', categories: ['prepackaged_food'] });
  qianchuanShop = (await createOperatorIn(platform, cast.admin, QIANCHUAN_UNIT, { name: '前川测试餐馆' })).id;

  await insertComplaints(platform, [
    // March 2025, the hand-made case: 5 complaints on 7 operators of the empty unit.
    { receivedAt: '2025-03-03', operatorId: catererA, trade: 'catering', issueType: 'hygiene' },
    { receivedAt: '2025-03-10', operatorId: catererA, trade: 'catering', issueType: 'hygiene' },
    { receivedAt: '2025-03-20', operatorId: catererB, trade: 'catering', issueType: 'hygiene' },
    { receivedAt: '2025-03-21', operatorId: market, trade: 'farm_produce', issueType: 'expired_spoiled' },
    { receivedAt: '2025-03-31', operatorId: supermarket, trade: null, issueType: null },
    // An unmatched complaint about an address in the empty unit: the district sees it, the station does not.
    { receivedAt: '2025-03-15', unitCode: emptyUnit, trade: 'catering', issueType: 'unlicensed' },
    // The station's own: a matched one and an unmatched one in 前川.
    { receivedAt: '2025-03-12', operatorId: qianchuanShop, trade: 'catering', issueType: 'foreign_matter' },
    { receivedAt: '2025-03-13', unitCode: QIANCHUAN_UNIT, trade: 'catering', issueType: 'unlicensed' },
    // The period before (29 Jan - 28 Feb 2025).
    { receivedAt: '2025-02-10', operatorId: catererA, trade: 'catering', issueType: 'hygiene' },
    { receivedAt: '2025-01-29', operatorId: market, trade: 'farm_produce', issueType: 'other' },
    { receivedAt: '2025-01-28', operatorId: market, trade: 'farm_produce', issueType: 'other' },
    // Either side of midnight at New Year, China time (UTC+8).
    { receivedAt: '2025-12-31T15:30:00Z', operatorId: catererA, trade: 'catering', issueType: 'illness' },
    { receivedAt: '2025-12-31T16:30:00Z', operatorId: catererA, trade: 'catering', issueType: 'illness' },
  ]);
});
afterAll(() => platform.close());

async function hotspots(cookie: string, query: string): Promise<TComplaintHotspots> {
  const response = await platform.request({ method: 'GET', url: `/api/complaint-hotspots?${query}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const MARCH = 'from=2025-03-01&to=2025-03-31';

describe('rates per 1,000 operators', () => {
  it('rates a unit and its trades by the operators there, not by raw counts', async () => {
    const d = await hotspots(cast.admin, MARCH);
    const unit = d.units.find((u) => u.unitCode === emptyUnit)!;
    // 6 complaints (5 matched, 1 unmatched at an address there) on 7 operators: 6 / 7 × 1000.
    expect(unit).toMatchObject({ complaints: 6, operators: 7, rate: 857.1 });
    const cells = Object.fromEntries(d.unitTrade.filter((c) => c.unitCode === emptyUnit).map((c) => [c.trade, [c.complaints, c.operators, c.rate]]));
    // Catering: 3 matched + 1 unmatched on 4 caterers, small eateries and vendors; a farmers' market stall is farm produce.
    expect(cells).toEqual({ catering: [4, 4, 1000], farm_produce: [1, 1, 1000], food_sales: [0, 2, 0] });
    expect(d.totals).toMatchObject({ complaints: 8, previousComplaints: 2 });
    expect(d.previous).toEqual({ from: '2025-01-29', to: '2025-02-28' });
  });

  it('rates issue types against every operator in scope and says which share each has', async () => {
    const d = await hotspots(cast.admin, MARCH);
    const hygiene = d.issueTypes.find((i) => i.issueType === 'hygiene')!;
    expect(hygiene).toEqual({ issueType: 'hygiene', complaints: 3, rate: Math.round((3 * 10_000) / d.totals.operators) / 10, share: 37.5 });
    expect(d.issueTypes.find((i) => i.issueType === 'unclassified')).toMatchObject({ complaints: 1 });
    expect(d.issueTypes.reduce((s, i) => s + i.complaints, 0)).toBe(8);
  });

  it('filters by trade: the denominators become the operators of that trade', async () => {
    const d = await hotspots(cast.admin, `${MARCH}&trade=catering`);
    expect(d.units.find((u) => u.unitCode === emptyUnit)).toMatchObject({ complaints: 4, operators: 4, rate: 1000 });
    expect(d.unitTrade.every((c) => c.trade === 'catering')).toBe(true);
    const byIssue = await hotspots(cast.admin, `${MARCH}&issueType=unlicensed`);
    expect(byIssue.totals.complaints).toBe(2);
    expect(byIssue.issueTypes.map((i) => i.issueType)).toEqual(['unlicensed']);
  });

  it('lists the businesses with the most complaints, with the period before and a rate per 30 days', async () => {
    const d = await hotspots(cast.admin, MARCH);
    expect(d.topOperators[0]).toMatchObject({ operatorId: catererA, complaints: 2, previousComplaints: 1, perThirtyDays: 1.9, topIssueType: 'hygiene', trade: 'catering' });
    expect(d.topOperators.find((o) => o.operatorId === market)).toMatchObject({ trade: 'farm_produce', previousComplaints: 1 });
  });

  it('places each unit on the map at its operators and gives the density cells', async () => {
    const d = await hotspots(cast.admin, MARCH);
    const unit = d.units.find((u) => u.unitCode === emptyUnit)!;
    // The factory puts every test operator at 114.38, 30.88.
    expect([unit.longitude, unit.latitude]).toEqual([114.38, 30.88]);
    expect(d.heat).toContainEqual([114.38, 30.88, 6]);
  });

  it('counts a complaint in the China date it was received, so New Year splits at midnight in Huangpi', async () => {
    const january = await hotspots(cast.admin, 'from=2026-01-01&to=2026-01-31');
    expect(january.totals).toMatchObject({ complaints: 1, previousComplaints: 1 });
    expect(january.previous).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });
});

describe('spikes', () => {
  it('flags this week against the eight ordinary weeks before it, leaving out the National Day week', async () => {
    const baseline = [1, 2, 1, 2, 1, 2, 1, 2].flatMap((n, i) =>
      week(['2025-09-30', '2025-09-23', '2025-09-16', '2025-09-09', '2025-09-02', '2025-08-26', '2025-08-19', '2025-08-12'][i], n, {
        operatorId: catererB,
        issueType: 'foreign_matter',
      }),
    );
    await insertComplaints(platform, [
      ...baseline,
      ...week('2025-10-07', 30, { operatorId: catererB, issueType: 'foreign_matter' }),
      ...week('2025-10-14', 8, { operatorId: catererB, issueType: 'foreign_matter' }),
    ]);
    const d = await hotspots(cast.admin, 'from=2025-10-08&to=2025-10-14&minSpikeCount=5');
    expect(d.weekly[0]).toMatchObject({ from: '2025-10-08', to: '2025-10-14', complaints: 8, holidayWeek: false });
    expect(d.weekly[1]).toMatchObject({ from: '2025-10-01', to: '2025-10-07', complaints: 30, holidayWeek: true });
    const unitSpike = d.spikes.find((s) => s.dimension === 'unit' && s.key === emptyUnit);
    expect(unitSpike).toMatchObject({ count: 8, mean: 1.5, baselineWeeks: 8, z: 6.5, flagged: true, label: org.units.find((u) => u.code === emptyUnit)!.name });
    expect(d.spikes.map((s) => `${s.dimension}:${s.key}`)).toEqual(expect.arrayContaining(['total:', 'trade:catering', 'issueType:foreign_matter']));
    // Under the minimum count nothing is flagged, however high z is.
    expect((await hotspots(cast.admin, 'from=2025-10-08&to=2025-10-14&minSpikeCount=9')).spikes).toEqual([]);
  });
});

describe('scopes and input', () => {
  it('shows a station its own units only, with their matched and unmatched complaints', async () => {
    const d = await hotspots(cast.station, MARCH);
    const stationId = (await me(platform, cast.station)).stationId;
    const units = new Set(org.stations.find((s) => s.id === stationId)!.unitCodes);
    expect(units.has(QIANCHUAN_UNIT)).toBe(true);
    expect(d.units.map((u) => u.unitCode).sort()).toEqual([...units].sort());
    expect(d.totals.complaints).toBe(2);
    expect(d.topOperators.map((o) => o.operatorId)).toEqual([qianchuanShop]);
  });

  it('answers 401 without a session and 403 to roles without complaint.read (a business, a cadre)', async () => {
    expect((await platform.request({ method: 'GET', url: `/api/complaint-hotspots?${MARCH}` })).statusCode).toBe(401);
    for (const role of ['business', 'cadre']) {
      const cookie = await platform.login(role);
      const response = await platform.request({ method: 'GET', url: `/api/complaint-hotspots?${MARCH}`, cookie });
      expect([role, response.statusCode]).toEqual([role, 403]);
      expect((await platform.request({ method: 'GET', url: '/api/complaint-hotspots/export', cookie })).statusCode).toBe(403);
    }
    expect((await hotspots(await platform.login('leader'), MARCH)).totals.complaints).toBe(8);
  });

  it('refuses bad periods and filters with the field and the reason, in Chinese or English', async () => {
    const bad = async (query: string, lang?: string) => (await refusedFields(platform, { method: 'GET', url: `/api/complaint-hotspots?${query}`, cookie: cast.admin }, lang))[0];
    expect(await bad('from=2025-03-31&to=2025-03-01')).toEqual({ path: 'to', message: '结束日期：不能早于开始日期' });
    expect(await bad('from=2025-03-31&to=2025-03-01', 'en')).toEqual({ path: 'to', message: 'To: must not be before the start date' });
    expect(await bad('from=2020-01-01&to=2025-01-01')).toEqual({ path: 'from', message: '开始日期：查询期间不能超过 3 年' });
    expect((await bad('from=2025-02-30')).path).toBe('from');
    expect((await bad('trade=bakery')).message).toMatch(/^行业：/);
    expect((await bad("issueType=' or 1=1 --")).path).toBe('issueType');
    expect((await bad('minSpikeCount=0')).path).toBe('minSpikeCount');
    expect((await platform.request({ method: 'GET', url: '/api/complaint-hotspots?colour=red', cookie: cast.admin })).statusCode).toBe(400);
  });
});

describe('export', () => {
  async function workbook(query: string) {
    const response = await platform.request({ method: 'GET', url: `/api/complaint-hotspots/export?${query}`, cookie: cast.admin });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain('.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    return book;
  }

  it('exports one chart with the figures it draws, or every chart on its own sheet', async () => {
    const one = await workbook(`${MARCH}&chart=unitTrade`);
    expect(one.worksheets.map((w) => w.name)).toEqual(['说明', '街道×行业']);
    const unitName = org.units.find((u) => u.code === emptyUnit)!.name;
    const rows = one
      .getWorksheet('街道×行业')!
      .getSheetValues()
      .filter((r) => Array.isArray(r) && r[1] === unitName) as unknown[][];
    expect(rows.map((r) => r.slice(2, 6))).toContainEqual(['餐饮服务', 4, 4, 1000]);
    const all = await workbook(MARCH);
    expect(all.worksheets.map((w) => w.name)).toEqual(['说明', '街道（乡镇）', '街道×行业', '问题类型', '按周', '异常升高', '投诉最多的经营主体']);
    expect((await platform.request({ method: 'GET', url: '/api/complaint-hotspots/export?chart=pie', cookie: cast.admin })).statusCode).toBe(400);
  });
});
