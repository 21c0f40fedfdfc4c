import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { sql } from 'drizzle-orm';
import type { TCampaign, TDuty, TDutyGenerated, TDutySummary, TDutyTemplate, TDutyUnitStatus } from '@shian/shared/cadre-duty';
import { DEFAULT_DUTY_TEXTS } from '@shian/shared/cadre-duty';
import { quarterRange } from '@shian/shared/cadre-coverage';
import type { TPage } from '@shian/shared/http';
import type { TWorkbench } from '@shian/shared/workbench';
import { chinaToday } from '@shian/shared/working-days';
import { rowsOf } from '../../core/db/database.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { upload } from '../../testing/inspections.ts';
import { refusedFields } from '../../testing/refused-fields.ts';
import { zipEntry } from '../../testing/zip-entry.ts';

let platform: TTestPlatform;
let cast: Record<'admin' | 'cadre' | 'station' | 'department', string>;
const YEAR = Number(chinaToday().slice(0, 4));
/** A year no demo lists exist for: generation starts from nothing there. */
const FUTURE = YEAR + 3;

const q = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await platform.ctx.db.execute(query));
const get = async <T>(url: string, cookie: string) => {
  const response = await platform.request({ method: 'GET', url, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
};
const post = (url: string, cookie: string, payload?: object) => platform.request({ method: 'POST', url, cookie, payload });
const signature = () =>
  sharp({ create: { width: 300, height: 120, channels: 3, background: '#fff' } })
    .png()
    .toBuffer();
const sign = async (id: string, version: number, cookie = cast.cadre, image?: Buffer) =>
  upload(platform, cookie, `/api/cadre-duties/${id}/sign`, image ?? (await signature()), 'signature.png', { version: String(version) });

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin', 'cadre', 'station', 'department'] as const));
});
afterAll(() => platform.close());

describe('generating the year’s lists', () => {
  it('makes lists for every active cadre once, from its level’s templates and its subjects', async () => {
    const [{ n: active }] = await q<{ n: number }>(sql`select count(*)::int as n from cadre where active`);
    const first = await post(`/api/cadre-duties/generate?year=${FUTURE}`, cast.department);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual<TDutyGenerated>({ year: FUTURE, created: active, existing: 0 });
    const again = await post(`/api/cadre-duties/generate?year=${FUTURE}`, cast.department);
    expect(again.json()).toEqual<TDutyGenerated>({ year: FUTURE, created: 0, existing: active });

    for (const level of ['district', 'township', 'village'] as const) {
      const [c] = await q<{ id: string; subjects: number }>(
        sql`select c.id, (select count(*)::int from cadre_assignment a where a.cadre_id = c.id) as subjects from cadre c where c.active and c.level = ${level}
            order by subjects desc, c.id limit 1`,
      );
      const [{ id }] = await q<{ id: string }>(sql`select id from cadre_duty where cadre_id = ${c.id} and year = ${FUTURE}`);
      const duty = await get<TDuty>(`/api/cadre-duties/${id}`, cast.department);
      expect(duty.level).toBe(level);
      expect(duty.responsibilities).toEqual(DEFAULT_DUTY_TEXTS[level].responsibility);
      expect(duty.pledge).toEqual(DEFAULT_DUTY_TEXTS[level].pledge);
      expect(duty.subjectList).toHaveLength(c.subjects);
      expect(duty.tasks.filter((t) => t.kind === 'visit')).toHaveLength(4 * c.subjects);
      // High-risk subjects are guaranteed on site by district cadres; village cadres may visit remotely.
      expect(duty.tasks.filter((t) => t.kind === 'visit').every((t) => t.onSite === (level === 'district'))).toBe(true);
      expect(duty.pledgeDueOn >= `${FUTURE}-01-31`).toBe(true);
    }
  });

  it('is the office’s: a station may not generate, and a bad year is refused naming the field', async () => {
    expect((await post(`/api/cadre-duties/generate?year=${FUTURE}`, cast.station)).statusCode).toBe(403);
    const refused = await refusedFields(platform, { method: 'POST', url: '/api/cadre-duties/generate?year=12', cookie: cast.department });
    expect(refused).toEqual([{ path: 'year', message: expect.stringMatching(/^年份：/) }]);
  });
});

describe('templates', () => {
  it('publishes a new version; a stale one answers 409; lists made earlier keep theirs, later ones take the new', async () => {
    const templates = await get<TDutyTemplate[]>('/api/cadre-duty-templates?level=village&kind=responsibility', cast.department);
    const current = templates.find((t) => t.status === 'published')!;
    const lines = ['每季度至少督导一次包保主体（修订）', '发现问题及时交办属地所'];
    const published = await post(`/api/cadre-duty-templates/${current.id}/publish`, cast.department, { version: current.version, lines });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ versionNo: current.versionNo + 1, status: 'published', lines });
    const stale = await post(`/api/cadre-duty-templates/${current.id}/publish`, cast.department, { version: current.version, lines: ['另一人的修改'] });
    expect(stale.statusCode).toBe(409);
    const history = await get<TDutyTemplate[]>('/api/cadre-duty-templates?level=village&kind=responsibility', cast.department);
    expect(history.map((t) => [t.versionNo, t.status])).toEqual([
      [current.versionNo + 1, 'published'],
      [current.versionNo, 'retired'],
    ]);
    expect((await post(`/api/cadre-duty-templates/${current.id}/publish`, cast.station, { version: current.version + 1, lines })).statusCode).toBe(403);

    const [village] = await q<{ id: string; cadre_id: string }>(sql`select d.id, d.cadre_id from cadre_duty d where d.year = ${FUTURE} and d.level = 'village' limit 1`);
    expect((await get<TDuty>(`/api/cadre-duties/${village.id}`, cast.department)).responsibilities).toEqual(DEFAULT_DUTY_TEXTS.village.responsibility);
    await platform.ctx.db.execute(sql`delete from cadre_duty where id = ${village.id}`);
    expect((await post(`/api/cadre-duties/generate?year=${FUTURE}`, cast.department)).json().created).toBe(1);
    const [remade] = await q<{ id: string }>(sql`select id from cadre_duty where year = ${FUTURE} and cadre_id = ${village.cadre_id}`);
    const duty = await get<TDuty>(`/api/cadre-duties/${remade.id}`, cast.department);
    expect(duty.responsibilities).toEqual(lines);
    expect(duty.templateVersions.responsibility).toBe(current.versionNo + 1);
  });
});

describe('the cadre’s task list', () => {
  it('counts each subject’s visits per quarter at the set frequency, and the campaigns of its level', async () => {
    const mine = await get<TDuty>(`/api/cadre-duties/mine?year=${YEAR}`, cast.cadre);
    expect(mine.subjectList.length).toBeGreaterThan(0);
    const onSite = mine.level === 'district' || mine.level === 'city';
    const visits = await q<{ operator_id: string; visited_on: string }>(
      sql`select operator_id, visited_on::text from cadre_visit where cadre_id = ${mine.cadreId} ${onSite ? sql`and mode = 'on_site'` : sql``}`,
    );
    const counted = (operatorId: string, from: string, to: string) => visits.filter((v) => v.operator_id === operatorId && v.visited_on >= from && v.visited_on <= to).length;
    for (const task of mine.tasks.filter((t) => t.kind === 'visit')) {
      const { from, to } = quarterRange(YEAR, task.quarter!);
      expect(task.done).toBe(counted(task.operatorId!, from, to));
      expect(task.complete).toBe(task.done >= 1);
    }
    expect(mine.tasks.filter((t) => t.kind === 'standing').map((t) => t.title)).toEqual(DEFAULT_DUTY_TEXTS[mine.level].task);

    const settings = await get<{ version: number; visitsPerQuarter: Record<string, number> }>('/api/cadre-duty-settings', cast.department);
    const put = await platform.request({
      method: 'PUT',
      url: '/api/cadre-duty-settings',
      cookie: cast.department,
      payload: { version: settings.version, visitsPerQuarter: { ...settings.visitsPerQuarter, [mine.level]: 2 }, pledgeWorkingDays: 10 },
    });
    expect(put.statusCode, put.body).toBe(200);
    const twice = await get<TDuty>(`/api/cadre-duties/mine?year=${YEAR}`, cast.cadre);
    expect(twice.tasks.filter((t) => t.kind === 'visit').every((t) => t.required === 2 && t.complete === t.done >= 2)).toBe(true);

    const window = { from: `${YEAR}-04-01`, to: `${YEAR}-06-30` };
    const ours = await post('/api/cadre-campaigns', cast.department, { title: '端午专项督导', ...window, levels: [mine.level] });
    expect(ours.statusCode, ours.body).toBe(201);
    const other = mine.level === 'village' ? 'district' : 'village';
    await post('/api/cadre-campaigns', cast.department, { title: '其他层级专项', ...window, levels: [other] });
    const withCampaign = await get<TDuty>(`/api/cadre-duties/mine?year=${YEAR}`, cast.cadre);
    const campaigns = withCampaign.tasks.filter((t) => t.kind === 'campaign');
    const task = campaigns.find((t) => t.title === '端午专项督导')!;
    expect(task).toMatchObject({ required: mine.subjectList.length, done: mine.subjectList.filter((s) => counted(s.operatorId, window.from, window.to) > 0).length });
    expect(campaigns.some((t) => t.title === '其他层级专项')).toBe(false);
    expect((await get<TPage<TCampaign>>(`/api/cadre-campaigns?year=${YEAR}`, cast.department)).items.map((c) => c.title)).toContain('端午专项督导');
    const backwards = { title: '倒序', from: `${YEAR}-05-01`, to: `${YEAR}-04-01`, levels: ['village'] };
    const refused = await refusedFields(platform, { method: 'POST', url: '/api/cadre-campaigns', cookie: cast.department, payload: backwards });
    expect(refused).toEqual([{ path: 'to', message: '结束日期：不能早于开始日期' }]);
  });
});

describe('signing the pledge', () => {
  it('takes the cadre’s own PNG signature once at the current version, and shows on the workbench until then', async () => {
    const mine = await get<TDuty>(`/api/cadre-duties/mine?year=${YEAR}`, cast.cadre);
    expect(mine.signedAt).toBeNull();
    const due = async () => (await get<TWorkbench>('/api/workbench?module=cadre-duty', cast.cadre)).items;
    expect(await due()).toEqual([expect.objectContaining({ module: 'cadre-duty', kind: 'sign', dueOn: mine.pledgeDueOn, link: `/my-duties?year=${YEAR}` })]);
    const before = await get<TDutyUnitStatus[]>(`/api/cadre-duties/by-unit?year=${YEAR}`, cast.department);

    expect(
      (
        await sign(
          mine.id,
          mine.version,
          cast.cadre,
          await sharp({ create: { width: 40, height: 20, channels: 3, background: '#fff' } })
            .jpeg()
            .toBuffer(),
        )
      ).statusCode,
    ).toBe(415);
    expect((await sign(mine.id, mine.version, cast.admin)).statusCode).toBe(403);
    expect((await sign(mine.id, mine.version, cast.department)).statusCode).toBe(403);
    expect((await sign(mine.id, mine.version + 1)).statusCode).toBe(409);
    const signed = await sign(mine.id, mine.version);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ hasSignature: true, version: mine.version + 1 });
    expect(signed.json().signedAt).not.toBeNull();
    expect((await sign(mine.id, mine.version + 1)).statusCode).toBe(409);
    expect(await due()).toEqual([]);

    const after = await get<TDutyUnitStatus[]>(`/api/cadre-duties/by-unit?year=${YEAR}`, cast.department);
    const unit = (rows: TDutyUnitStatus[]) => rows.find((u) => u.unitCode === mine.unitCode)!;
    expect(unit(after).signed).toBe(unit(before).signed + 1);
    const [audit] = await q<{ action: string }>(sql`select action from audit_log where entity = 'cadre_duty' and entity_id = ${mine.id}`);
    expect(audit.action).toBe('sign');
  });

  it('prints the pledge as a Word document with the cadre’s name, the text and the signature image', async () => {
    const mine = await get<TDuty>(`/api/cadre-duties/mine?year=${YEAR}`, cast.cadre);
    const response = await platform.request({ method: 'GET', url: `/api/cadre-duties/${mine.id}/pledge.docx`, cookie: cast.department });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml.document');
    const docx = response.rawPayload;
    expect(zipEntry(docx, '[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
    const xml = zipEntry(docx, 'word/document.xml');
    for (const text of [mine.cadreName, '食品安全责任与任务承诺书', mine.pledge[1], mine.post]) expect(xml).toContain(text);
    expect(xml).toContain('<pic:pic');
    expect(decodeURIComponent(String(response.headers['content-disposition']))).toContain(mine.cadreName);
  });
});

describe('scope', () => {
  it('shows a cadre its own lists, a station its units’ cadres, the office the district', async () => {
    const [{ n: all }] = await q<{ n: number }>(sql`select count(*)::int as n from cadre_duty where year = ${YEAR}`);
    const district = await get<TPage<TDutySummary>>(`/api/cadre-duties?year=${YEAR}&pageSize=5`, cast.department);
    expect(district.total).toBe(all);

    const own = await get<TPage<TDutySummary>>(`/api/cadre-duties?year=${YEAR}`, cast.cadre);
    const [{ cadre_id: cadreId }] = await q<{ cadre_id: string }>(sql`select cadre_id from app_user where username = 'cadre'`);
    expect(own.items.map((d) => d.cadreId)).toEqual([cadreId]);

    const stationUnits = await q<{ code: string }>(sql`select u.code from unit u join app_user au on au.station_id = u.station_id where au.username = 'station'`);
    const codes = stationUnits.map((u) => u.code);
    const [{ n: ofStation }] = await q<{ n: number }>(
      sql`select count(*)::int as n from cadre_duty d join cadre c on c.id = d.cadre_id where d.year = ${YEAR} and c.unit_code in ${codes}`,
    );
    const station = await get<TPage<TDutySummary>>(`/api/cadre-duties?year=${YEAR}&pageSize=200`, cast.station);
    expect(station.total).toBe(ofStation);
    expect(station.items.every((d) => codes.includes(d.unitCode))).toBe(true);
    expect((await get<TDutyUnitStatus[]>(`/api/cadre-duties/by-unit?year=${YEAR}`, cast.station)).every((u) => codes.includes(u.unitCode))).toBe(true);

    const [elsewhere] = await q<{ id: string }>(
      sql`select d.id from cadre_duty d join cadre c on c.id = d.cadre_id where d.year = ${YEAR} and c.unit_code not in ${codes} limit 1`,
    );
    expect((await platform.request({ method: 'GET', url: `/api/cadre-duties/${elsewhere.id}`, cookie: cast.station })).statusCode).toBe(404);
    expect((await platform.request({ method: 'GET', url: `/api/cadre-duties/${elsewhere.id}`, cookie: cast.cadre })).statusCode).toBe(404);
    expect((await platform.request({ method: 'GET', url: `/api/cadre-duties/${elsewhere.id}/pledge.docx`, cookie: cast.cadre })).statusCode).toBe(404);
    expect((await get<TPage<TDutySummary>>(`/api/cadre-duties?year=${YEAR}&signed=false&pageSize=200`, cast.department)).items.every((d) => d.signedAt === null)).toBe(true);
  });
});
