import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { SUPERVISION_POINTS, type TCadreProblem, type TCadreVisit, type TPointAnswer } from '@shian/shared/cadre-visit';
import type { TCoverage, TCoverageCadreRow } from '@shian/shared/cadre-coverage';
import { chinaToday } from '@shian/shared/working-days';
import { rowsOf } from '../../core/db/database.ts';
import { readSheet } from '../../core/excel.ts';
import { dueAfterWorkingDays } from '../../core/calendar/calendar.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { QIANCHUAN_UNIT, upload } from '../../testing/inspections.ts';
import { refusedFields } from '../../testing/refused-fields.ts';

let platform: TTestPlatform;
let cast: Record<'admin' | 'cadre' | 'station' | 'department' | 'business' | 'leader', string>;
/** The cadre's subjects: A the demo business (Qianchuan), B and C in Qianchuan, H high-risk in Qianchuan, D in another station; E not the cadre's. */
const s = {} as Record<'A' | 'B' | 'C' | 'D' | 'E' | 'H', string>;
let otherStationId: string;
let cadre: string;
const AT = { lat: 30.87, lng: 114.37 };

const q = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await platform.ctx.db.execute(query));

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin', 'cadre', 'station', 'department', 'business', 'leader'] as const));
  const [{ cadre_id: cadreId, operator_id: business }] = await q<{ cadre_id: string; operator_id: string }>(
    sql`select (select cadre_id from app_user where username = 'cadre') as cadre_id, (select operator_id from app_user where username = 'business') as operator_id`,
  );
  const qianchuan = await q<{ id: string }>(
    sql`select id from operator where unit_code = ${QIANCHUAN_UNIT} and status = 'active' and id <> ${business} and type = 'seller' order by uscc limit 4`,
  );
  const [other] = await q<{ id: string; station_id: string }>(
    sql`select o.id, u.station_id from operator o join unit u on u.code = o.unit_code join station st on st.id = u.station_id
        where st.name <> '前川市场监督管理所' and o.status = 'active' and o.type = 'seller' order by o.uscc limit 1`,
  );
  Object.assign(s, { A: business, B: qianchuan[0].id, C: qianchuan[1].id, H: qianchuan[2].id, E: qianchuan[3].id, D: other.id });
  otherStationId = other.station_id;
  // The fixture: exactly these five subjects of a village-level cadre, at known coordinates and grades (H grade D).
  await platform.ctx.db.execute(sql`delete from cadre_assignment where cadre_id = ${cadreId} or operator_id in (${s.B}, ${s.C}, ${s.D}, ${s.E}, ${s.H})`);
  for (const id of [s.A, s.B, s.C, s.D, s.H]) await platform.ctx.db.execute(sql`insert into cadre_assignment (cadre_id, operator_id) values (${cadreId}, ${id})`);
  await platform.ctx.db.execute(sql`update operator set latitude = ${AT.lat}, longitude = ${AT.lng}, risk_grade = 'B', tags = '{}' where id in (${s.A}, ${s.B}, ${s.C}, ${s.E})`);
  await platform.ctx.db.execute(sql`update operator set latitude = null, longitude = null, risk_grade = 'C' where id = ${s.D}`);
  await platform.ctx.db.execute(sql`update operator set latitude = ${AT.lat}, longitude = ${AT.lng}, risk_grade = 'D' where id = ${s.H}`);
  await platform.ctx.db.execute(sql`update cadre set level = 'village' where id = ${cadreId}`);
  cadre = cadreId;
});
afterAll(() => platform.close());

/** Every point conforming, notes naming the subject so that two visits' answers differ unless a test wants them equal. */
const answers = (note: string, overrides: Partial<Record<string, TPointAnswer['outcome']>> = {}): TPointAnswer[] =>
  SUPERVISION_POINTS.map((p) => ({ pointKey: p.key, outcome: overrides[p.key] ?? 'conforming', note }));

/** An on-site visit of `minutes` starting at `start`, recorded at the subject's coordinates. */
function onSite(operatorId: string, start: string, minutes = 30, extra: Record<string, unknown> = {}) {
  const startedAt = new Date(start);
  return {
    operatorId,
    mode: 'on_site',
    startedAt: startedAt.toISOString(),
    endedAt: new Date(startedAt.getTime() + minutes * 60_000).toISOString(),
    location: { ...AT, accuracy: 12 },
    answers: answers(`${operatorId}-${start}`),
    ...extra,
  };
}

async function record(payload: object, cookie = cast.cadre): Promise<TCadreVisit> {
  const response = await platform.request({ method: 'POST', url: '/api/cadre-visits', cookie, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function photo(url: string, cookie: string, shade = 40): Promise<string> {
  const response = await upload(platform, cookie, url, await sharpImage(shade));
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}
const sharpImage = async (shade: number) => {
  const { default: sharp } = await import('sharp');
  return sharp({ create: { width: 48, height: 32, channels: 3, background: { r: shade, g: 90, b: 160 } } })
    .jpeg()
    .toBuffer();
};
const get = (url: string, cookie: string) => platform.request({ method: 'GET', url, cookie });
const rules = (v: TCadreVisit) => v.flags.map((f) => f.rule);

describe('recording a visit', () => {
  it('lets only the cadre assigned to the subject record, and stores nothing otherwise', async () => {
    const before = await q<{ n: number }>(sql`select count(*)::int as n from cadre_visit`);
    expect((await platform.request({ method: 'POST', url: '/api/cadre-visits', cookie: cast.cadre, payload: onSite(s.E, '2026-01-05T01:00:00Z') })).statusCode).toBe(404);
    expect((await platform.request({ method: 'POST', url: '/api/cadre-visits', cookie: cast.admin, payload: onSite(s.A, '2026-01-05T01:00:00Z') })).statusCode).toBe(404);
    expect((await platform.request({ method: 'POST', url: '/api/cadre-visits', cookie: cast.station, payload: onSite(s.A, '2026-01-05T01:00:00Z') })).statusCode).toBe(403);
    expect(await q<{ n: number }>(sql`select count(*)::int as n from cadre_visit`)).toEqual(before);
  });

  it('refuses an incomplete on-site checklist, a remote visit of a high-risk subject and a future end, naming the field', async () => {
    const partial = { ...onSite(s.B, '2026-01-05T01:00:00Z'), answers: answers('x').slice(0, 3) };
    expect(await refusedFields(platform, { method: 'POST', url: '/api/cadre-visits', cookie: cast.cadre, payload: partial })).toEqual([
      { path: 'answers', message: '督查要点：现场督导须逐项回答全部督查要点' },
    ]);
    // A district-level cadre guarantees the high-risk subjects: it visits on site.
    await platform.ctx.db.execute(sql`update cadre set level = 'district' where id = ${cadre}`);
    const remote = { operatorId: s.H, mode: 'remote', startedAt: '2026-01-05T01:00:00Z', endedAt: '2026-01-05T01:05:00Z', request: '请上传进货查验记录' };
    expect(await refusedFields(platform, { method: 'POST', url: '/api/cadre-visits', cookie: cast.cadre, payload: remote })).toEqual([
      { path: 'operatorId', message: '经营主体：高风险主体须现场督导，不能远程督导' },
    ]);
    await platform.ctx.db.execute(sql`update cadre set level = 'village' where id = ${cadre}`);
    const future = onSite(s.B, new Date(Date.now() + 3_600_000).toISOString());
    expect((await refusedFields(platform, { method: 'POST', url: '/api/cadre-visits', cookie: cast.cadre, payload: future }))[0].path).toBe('endedAt');
  });
});

describe('problems handed to the station', () => {
  let visit: TCadreVisit;
  let elsewhere: TCadreVisit;
  beforeAll(async () => {
    const photoId = await photo('/api/cadre-visit-photos', cast.cadre, 10);
    visit = await record({
      ...onSite(s.A, '2025-02-10T02:00:00Z', 40, { answers: answers('A-Q1', { hygiene: 'nonconforming', storage: 'nonconforming' }) }),
      photoIds: [photoId],
      problems: [
        { pointKey: 'hygiene', description: '后厨地面油污，防鼠网破损' },
        { pointKey: 'storage', description: '冷库内生熟混放', workingDays: 3 },
      ],
    });
    elsewhere = await record({ ...onSite(s.D, '2025-02-11T02:00:00Z', 40), problems: [{ pointKey: 'licence', description: '许可证未公示' }] });
    // D's problem is long past its deadline.
    await platform.ctx.db.execute(sql`update cadre_problem set handed_on = '2025-02-11', due_on = '2025-02-25' where visit_id = ${elsewhere.id}`);
  });

  it("hands each problem to the station of the subject's unit with its working-day due date", async () => {
    const today = chinaToday();
    expect(visit.problemList.map((p) => [p.stationName, p.handedOn, p.dueOn, p.status])).toEqual([
      ['前川市场监督管理所', today, await dueAfterWorkingDays(platform.ctx.db, today, 10), 'open'],
      ['前川市场监督管理所', today, await dueAfterWorkingDays(platform.ctx.db, today, 3), 'open'],
    ]);
    expect(elsewhere.problemList[0].stationId).toBe(otherStationId);
  });

  it('shows a station only the problems handed to it', async () => {
    const mine: TCadreProblem[] = (await get('/api/cadre-problems?pageSize=200', cast.station)).json().items;
    expect(mine.map((p) => p.visitId)).toEqual([visit.id, visit.id]);
    expect((await get(`/api/cadre-problems/${elsewhere.problemList[0].id}`, cast.station)).statusCode).toBe(404);
    const district: TCadreProblem[] = (await get('/api/cadre-problems?overdue=true', cast.department)).json().items;
    expect(district.map((p) => p.id)).toEqual([elsewhere.problemList[0].id]);
  });

  it('closes a problem with evidence at its version (409 when stale), and the cadre sees the outcome on its visit', async () => {
    const problem = visit.problemList[0];
    const url = `/api/cadre-problems/${problem.id}`;
    const bare = await refusedFields(platform, { method: 'POST', url: `${url}/close`, cookie: cast.station, payload: { version: problem.version, note: '已整改', photoIds: [] } });
    expect(bare).toEqual([{ path: 'photoIds', message: '整改照片：请上传至少一张照片' }]);
    const evidence = await photo(`${url}/evidence`, cast.station, 200);
    const closed = await platform.request({
      method: 'POST',
      url: `${url}/close`,
      cookie: cast.station,
      payload: { version: problem.version, note: '地面已清洁，防鼠网已更换', photoIds: [evidence] },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closeFileIds: [evidence], closedByName: expect.any(String), overdue: false });
    const afterClosing = await platform.request({ method: 'POST', url: `${url}/escalate`, cookie: cast.station, payload: { version: problem.version + 1, note: '需区局协调' } });
    expect(afterClosing.statusCode).toBe(400);
    const second = visit.problemList[1];
    const escalated = await platform.request({
      method: 'POST',
      url: `/api/cadre-problems/${second.id}/escalate`,
      cookie: cast.station,
      payload: { version: second.version, note: '业主拒不整改' },
    });
    expect(escalated.json().status).toBe('escalated');
    const officeEvidence = await photo(`/api/cadre-problems/${second.id}/evidence`, cast.department, 220);
    const stale = { version: second.version, note: '已约谈整改', photoIds: [officeEvidence] };
    expect((await platform.request({ method: 'POST', url: `/api/cadre-problems/${second.id}/close`, cookie: cast.department, payload: stale })).statusCode).toBe(409);
    const seen: TCadreVisit = (await get(`/api/cadre-visits/${visit.id}`, cast.cadre)).json();
    expect(seen.problemList.map((p) => [p.status, p.closeNote ?? p.escalateNote])).toEqual([
      ['closed', '地面已清洁，防鼠网已更换'],
      ['escalated', '业主拒不整改'],
    ]);
    expect((await get(`/api/cadre-problems/${problem.id}/photos/${evidence}?size=thumb`, cast.cadre)).statusCode).toBe(200);
    expect((await get(`/api/cadre-visits/${visit.id}/photos/${evidence}`, cast.cadre)).statusCode).toBe(404);
  });

  it('puts open problems on the station workbench and escalated ones on the office workbench', async () => {
    const station = (await get('/api/workbench?module=cadre-visit', cast.station)).json();
    const office = (await get('/api/workbench?module=cadre-visit', cast.department)).json();
    expect(station.items).toEqual([]);
    expect(office.items.map((i: { title: { zh: string } }) => i.title.zh)).toEqual([expect.stringContaining('冷库内生熟混放')]);
  });

  it('counts coverage by level and unit with the problems found, closed and overdue (2025 Q1, by hand)', async () => {
    await record({ operatorId: s.B, mode: 'remote', startedAt: '2025-03-03T02:00:00Z', endedAt: '2025-03-03T02:10:00Z', request: '请上传本月日管控记录' });
    const c: TCoverage = (await get('/api/cadre-coverage?year=2025&quarter=1', cast.cadre)).json();
    expect(c).toMatchObject({ from: '2025-01-01', to: '2025-03-31', subjects: 5, visited: 2, rate: 40, problems: { found: 3, closed: 1, overdue: 1 } });
    expect(c.byLevel).toEqual([{ level: 'village', subjects: 5, visited: 2, rate: 40 }]);
    expect(c.byUnit.map((u) => [u.subjects, u.visited, u.rate, u.found, u.closed, u.overdue])).toEqual([
      [1, 1, 100, 1, 0, 1],
      [4, 1, 25, 2, 1, 0],
    ]);
    const station: TCoverage = (await get('/api/cadre-coverage?year=2025&quarter=1', cast.station)).json();
    expect(station.byUnit.find((u) => u.unitCode === QIANCHUAN_UNIT)).toMatchObject({ visited: 1, found: 2, closed: 1, overdue: 0 });
    expect(station.byUnit.every((u) => u.unitCode !== c.byUnit[0].unitCode)).toBe(true);
    expect((await get('/api/cadre-coverage?year=2025&quarter=1', cast.leader)).json().visited).toBe(2);
    const bulletin = await get('/api/cadre-coverage/bulletin.xlsx?year=2025&quarter=1', cast.cadre);
    expect(bulletin.headers['content-type']).toContain('spreadsheetml');
    const sheet = await readSheet(bulletin.rawPayload, 'bulletin.xlsx');
    expect(sheet.headers).toEqual(['排名', '街道（乡镇）', '包保主体数', '已督导', '覆盖率（%）', '发现问题', '已销号', '逾期']);
    expect(sheet.rows.map((r) => r.cells.slice(2))).toEqual([
      ['1', '1', '100', '1', '0', '1'],
      ['4', '1', '25', '2', '1', '0'],
      ['5', '2', '40', '3', '1', '1'],
    ]);
    expect(sheet.rows[2].cells[1]).toMatch(/^合计（2025 年第 1 季度/);
  });

  it('counts coverage by cadre and subject unit, the laggards first, paged, filtered and scoped (2025 Q1, by hand)', async () => {
    type TRows = { items: TCoverageCadreRow[]; total: number };
    const byCadre = async (query: string, cookie: string): Promise<TRows> => (await get(`/api/cadre-coverage/cadres?year=2025&quarter=1${query}`, cookie)).json();
    const figures = (r: TCoverageCadreRow) => [r.cadreId, r.unitCode, r.level, r.subjects, r.visited, r.rate, r.problemsFound, r.problemsOverdue];
    // The cadre's Qianchuan subjects (A visited with two problems, B's remote visit still open) trail D's unit.
    const own = await byCadre('', cast.cadre);
    expect(own.total).toBe(2);
    expect(own.items.map(figures)).toEqual([
      [cadre, QIANCHUAN_UNIT, 'village', 4, 1, 25, 2, 0],
      [cadre, expect.not.stringMatching(QIANCHUAN_UNIT), 'village', 1, 1, 100, 1, 1],
    ]);
    expect(own.items[0].unitName).toBe((await byCadre('', cast.department)).items.find((r) => r.unitCode === QIANCHUAN_UNIT)?.unitName);
    expect((await byCadre('&pageSize=1&page=2', cast.cadre)).items.map(figures)).toEqual([own.items[1]].map(figures));
    expect((await byCadre(`&unitCode=${own.items[1].unitCode}`, cast.cadre)).items.map(figures)).toEqual([own.items[1]].map(figures));
    expect((await byCadre('&level=city', cast.cadre)).total).toBe(0);

    // The district sees every cadre, ordered by rate then name; a station only the rows of its units.
    const all = await byCadre('&pageSize=200', cast.department);
    const rates = all.items.map((r) => r.rate);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    expect(all.total).toBeGreaterThan(own.total);
    expect((await byCadre(`&unitCode=${own.items[1].unitCode}&pageSize=200`, cast.department)).items.map(figures)).toContainEqual(figures(own.items[1]));
    const station = await byCadre('&pageSize=200', cast.station);
    const stationUnits = new Set((await get('/api/cadre-coverage?year=2025&quarter=1', cast.station)).json().byUnit.map((u: { unitCode: string }) => u.unitCode));
    expect(station.items.map(figures)).toContainEqual(figures(own.items[0]));
    expect(station.items.every((r) => stationUnits.has(r.unitCode))).toBe(true);
    expect(station.items.some((r) => r.unitCode === own.items[1].unitCode)).toBe(false);
    // A unit's rows add up to its byUnit figures.
    const qianchuan = station.items.filter((r) => r.unitCode === QIANCHUAN_UNIT);
    const unitRow = (await get('/api/cadre-coverage?year=2025&quarter=1', cast.station)).json().byUnit.find((u: { unitCode: string }) => u.unitCode === QIANCHUAN_UNIT);
    expect([qianchuan.reduce((n, r) => n + r.subjects, 0), qianchuan.reduce((n, r) => n + r.visited, 0)]).toEqual([unitRow.subjects, unitRow.visited]);
  });
});

describe('a remote visit', () => {
  it('waits for the business, which completes it from its own account with photos (409 when stale)', async () => {
    const visit = await record({ operatorId: s.A, mode: 'remote', startedAt: '2026-01-12T02:00:00Z', endedAt: '2026-01-12T02:05:00Z', request: '请上传进货查验记录' });
    expect(visit.status).toBe('awaiting_business');
    expect((await get('/api/cadre-visits?status=awaiting_business', cast.business)).json().items.map((v: TCadreVisit) => v.id)).toContain(visit.id);
    // On the business's workbench until it answers, due by the end of the quarter the visit counts for.
    const waiting = async () =>
      (await get('/api/workbench?module=cadre-visit', cast.business)).json().items.filter((w: { link: string }) => w.link === `/cadre-visits/${visit.id}`);
    expect(await waiting()).toMatchObject([{ kind: 'respond', dueOn: '2026-03-31' }]);
    const fileId = await photo(`/api/cadre-visits/${visit.id}/business-photos`, cast.business, 120);
    const url = `/api/cadre-visits/${visit.id}/respond`;
    const stale = await platform.request({ method: 'POST', url, cookie: cast.business, payload: { version: visit.version + 1, note: '附记录', photoIds: [fileId] } });
    expect(stale.statusCode).toBe(409);
    const done = await platform.request({ method: 'POST', url, cookie: cast.business, payload: { version: visit.version, note: '附本月进货查验记录', photoIds: [fileId] } });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'completed', businessFileIds: [fileId], businessNote: '附本月进货查验记录' });
    expect(await waiting()).toEqual([]);
    const again = await platform.request({ method: 'POST', url, cookie: cast.business, payload: { version: visit.version + 1, note: '再次提交', photoIds: [fileId] } });
    expect(again.statusCode).toBe(400);
    expect((await get(`/api/cadre-visits/${visit.id}/photos/${fileId}`, cast.cadre)).statusCode).toBe(200);
  });
});

describe('visit quality flags', () => {
  it('leaves a normal visit unflagged and explains each rule that fires on a crafted one', async () => {
    const normal = await record({ ...onSite(s.B, '2026-02-02T01:00:00Z'), photoIds: [await photo('/api/cadre-visit-photos', cast.cadre, 60)] });
    expect(normal.flags).toEqual([]);
    const short = await record(onSite(s.C, '2026-02-02T04:00:00Z', 6));
    expect(short.flags).toEqual([{ rule: 'short_on_site', zh: '现场停留 6 分钟，少于 10 分钟', en: '6 minutes on site, under 10' }]);
    const far = await record({ ...onSite(s.B, '2026-02-02T07:00:00Z'), location: { lat: AT.lat + 0.01, lng: AT.lng, accuracy: 10 } });
    expect(rules(far)).toEqual(['far_from_subject']);
    expect(far.flags[0].zh).toMatch(/^记录位置距主体登记坐标 111\d 米，超过 500 米$/);
    // D has no registered coordinates: the distance rule is skipped, not guessed.
    expect(rules(await record({ ...onSite(s.D, '2026-02-02T10:00:00Z'), location: { lat: 0, lng: 0, accuracy: 10 } }))).toEqual([]);
    const copied = await record({ ...onSite(s.C, '2026-02-03T01:00:00Z'), answers: answers(`${s.D}-2026-02-02T10:00:00Z`) });
    expect(rules(copied)).toEqual(['identical_answers']);
    // Everything conforming without a word twice running is the common honest visit, not a copy.
    await record({ ...onSite(s.B, '2026-02-06T01:00:00Z'), answers: answers('') });
    expect(rules(await record({ ...onSite(s.C, '2026-02-06T04:00:00Z'), answers: answers('') }))).toEqual([]);
    const first = await photo('/api/cadre-visit-photos', cast.cadre, 77);
    const same = await photo('/api/cadre-visit-photos', cast.cadre, 77);
    expect(rules(await record({ ...onSite(s.B, '2026-02-03T04:00:00Z'), photoIds: [first] }))).toEqual([]);
    expect(rules(await record({ ...onSite(s.C, '2026-02-03T07:00:00Z'), photoIds: [same] }))).toEqual(['photo_reused']);
  });

  it('flags the fifth visit recorded within one hour, not the fourth', async () => {
    const burst: TCadreVisit[] = [];
    for (let i = 0; i < 5; i++) burst.push(await record(onSite(i % 2 ? s.B : s.C, `2026-02-04T01:${String(i * 12).padStart(2, '0')}:00Z`, 11)));
    expect(burst.map((v) => rules(v).includes('many_in_hour'))).toEqual([false, false, false, false, true]);
  });

  it('uses the thresholds the office sets (409 when stale) and lists flagged visits for its review', async () => {
    const put = (payload: object, cookie = cast.department) => platform.request({ method: 'PUT', url: '/api/cadre-visit-settings', cookie, payload });
    expect((await put({ version: 0, minMinutesOnSite: 20, maxDistanceMeters: 500, maxVisitsPerHour: 4 }, cast.station)).statusCode).toBe(403);
    expect((await put({ version: 0, minMinutesOnSite: 20, maxDistanceMeters: 500, maxVisitsPerHour: 4 })).json()).toMatchObject({ version: 1, isDefault: false });
    expect((await put({ version: 0, minMinutesOnSite: 25, maxDistanceMeters: 500, maxVisitsPerHour: 4 })).statusCode).toBe(409);
    const fifteen = await record(onSite(s.B, '2026-02-05T01:00:00Z', 15));
    expect(rules(fifteen)).toEqual(['short_on_site']);

    expect((await get('/api/cadre-visit-flags', cast.station)).statusCode).toBe(403);
    const flagged = (await get('/api/cadre-visit-flags?reviewed=false&pageSize=50', cast.department)).json();
    expect(flagged.items.map((v: TCadreVisit) => v.id)).toContain(fifteen.id);
    expect(flagged.items.every((v: TCadreVisit) => v.flags.length > 0)).toBe(true);
    const reviewed = await platform.request({
      method: 'POST',
      url: `/api/cadre-visits/${fifteen.id}/review`,
      cookie: cast.department,
      payload: { version: fifteen.version, note: '已电话核实' },
    });
    expect(reviewed.json()).toMatchObject({ flagReviewNote: '已电话核实', flagReviewedByName: expect.any(String) });
    const left = (await get('/api/cadre-visit-flags?reviewed=false&pageSize=50', cast.department)).json();
    expect(left.items.map((v: TCadreVisit) => v.id)).not.toContain(fifteen.id);
  });
});

describe('the cadre workbench', () => {
  it("lists this quarter's subjects not yet visited, grade D first, due at the quarter's end", async () => {
    const items = (await get('/api/workbench?module=cadre-visit&pageSize=50', cast.cadre)).json().items as { title: { zh: string }; operatorId: string; dueOn: string }[];
    const visitedThisQuarter = rowsOf<{ operator_id: string }>(
      await platform.ctx.db.execute(sql`select distinct operator_id from cadre_visit where status = 'completed' and visited_on >= date_trunc('quarter', ${chinaToday()}::date)`),
    ).map((r) => r.operator_id);
    const expected = [s.H, ...[s.A, s.B, s.C, s.D].filter((id) => !visitedThisQuarter.includes(id))];
    expect(items.map((i) => i.operatorId).sort()).toEqual(expected.sort());
    expect(items[0]).toMatchObject({ operatorId: s.H, title: { zh: expect.stringMatching(/^【高风险】/) } });
    expect(new Set(items.map((i) => i.dueOn)).size).toBe(1);
  });
});
