import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { TPage } from '@shian/shared/http';
import type { TComplianceRow, TComplianceUnit, TSelfCheck, TSelfCheckSettings, TSelfCheckSummary, TSelfCheckToday } from '@shian/shared/self-check';
import type { TWorkbench } from '@shian/shared/workbench';
import { addDays, chinaToday } from '@shian/shared/working-days';
import { rowsOf } from '../../core/db/database.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { QIANCHUAN_UNIT, testImage, upload } from '../../testing/inspections.ts';
import { zipEntry } from '../../testing/zip-entry.ts';
import { complianceWindow, updateRecord } from './self-check.service.ts';
import { selfCheckRiskSignals } from './self-check.risk-signals.ts';

let platform: TTestPlatform;
let cast: Record<'admin' | 'business' | 'station' | 'inspector' | 'department' | 'cadre', string>;

const q = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await platform.ctx.db.execute(query));
const get = async <T>(url: string, cookie: string) => {
  const response = await platform.request({ method: 'GET', url, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
};
const send = (method: 'POST' | 'PUT', url: string, cookie: string, payload: object) => platform.request({ method, url, cookie, payload });
const uploadId = async (url: string, image: Buffer, name: string) => {
  const response = await upload(platform, cast.business, url, image, name);
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { id: string }).id;
};

/** Today's points answered OK, except the first: a problem with a photo and an action. */
function dailyContent(today: TSelfCheckToday, photoId: string | null, action = '已清理并消毒') {
  return {
    items: today.points.map((p, i) =>
      i === 0 ? { ...p, result: 'problem', note: '冷藏柜温度偏高', action, photoIds: photoId ? [photoId] : [] } : { ...p, result: 'ok', note: '', action: '', photoIds: [] },
    ),
  };
}

let daily: TSelfCheck;
let monthly: TSelfCheck;
let today: TSelfCheckToday;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin', 'business', 'station', 'inspector', 'department', 'cadre'] as const));
});
afterAll(() => platform.close());

describe('recording the cycle', () => {
  it('shows the business today’s points from its risk control list, and records the day’s check once, with a photo on the problem', async () => {
    today = await get<TSelfCheckToday>('/api/self-checks/today', cast.business);
    expect(today.required).toBe(true);
    expect(today.points.length).toBeGreaterThan(3);
    expect(today.daily).toBeNull();
    const work = await get<TWorkbench>('/api/workbench?module=self-check&pageSize=50', cast.business);
    expect(work.items.map((i) => i.kind)).toEqual(expect.arrayContaining(['daily', 'weekly', 'monthly']));

    const photoId = await uploadId('/api/self-check-photos', await testImage(), 'fridge.jpg');
    const created = await send('POST', '/api/self-checks', cast.business, { kind: 'daily', content: dailyContent(today, photoId, '') });
    expect(created.statusCode, created.body).toBe(201);
    daily = created.json();
    expect(daily).toMatchObject({ kind: 'daily', period: chinaToday(), problems: 1, openProblems: 1, editable: true, version: 1 });
    expect((await get<TWorkbench>('/api/workbench?module=self-check&pageSize=50', cast.business)).items.map((i) => i.kind)).not.toContain('daily');

    const again = await send('POST', '/api/self-checks', cast.business, { kind: 'daily', content: dailyContent(today, null) });
    expect(again.statusCode).toBe(409);
    const photo = await platform.request({ method: 'GET', url: `/api/self-checks/${daily.id}/files/${photoId}?size=thumb`, cookie: cast.station });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
  });

  it('refuses points that are not on the list, a missing point, and another’s photo', async () => {
    const content = dailyContent(today, null);
    const unknown = await send('PUT', `/api/self-checks/${daily.id}`, cast.business, {
      kind: 'daily',
      version: daily.version,
      content: { items: [...content.items, { key: 'made-up', category: '其他', text: '不在清单', result: 'ok', note: '', action: '', photoIds: [] }] },
    });
    expect(unknown.statusCode).toBe(400);
    const missing = await send('PUT', `/api/self-checks/${daily.id}`, cast.business, { kind: 'daily', version: daily.version, content: { items: content.items.slice(1) } });
    expect(missing.statusCode).toBe(400);
    const [{ id: foreignFile }] = await q<{ id: string }>(sql`insert into stored_file (bureau_id, kind, mime, size, sha256, original_name, path)
      select bureau_id, 'photo', 'image/jpeg', 1, 'x', 'x.jpg', 'x/x.jpg' from operator limit 1 returning id`);
    const stolen = await send('PUT', `/api/self-checks/${daily.id}`, cast.business, { kind: 'daily', version: daily.version, content: dailyContent(today, foreignFile) });
    expect(stolen.statusCode).toBe(400);
  });

  it('edits the record on its own day at the version read (stale → 409), and keeps the points as they read', async () => {
    const edited = await send('PUT', `/api/self-checks/${daily.id}`, cast.business, {
      kind: 'daily',
      version: daily.version,
      content: dailyContent(today, (daily.content as { items: { photoIds: string[] }[] }).items[0].photoIds[0]),
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, problems: 1, openProblems: 0 });
    const stale = await send('PUT', `/api/self-checks/${daily.id}`, cast.business, { kind: 'daily', version: daily.version, content: dailyContent(today, null) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    daily = edited.json();
  });

  it('stores the points once and only the findings that say more than OK; the record reads as it was after the list changes', async () => {
    const [stored] = await q<{ content: { findings: { key: string; result: string }[] }; point_set_id: string }>(
      sql`select content, point_set_id from self_check where id = ${daily.id}`,
    );
    expect(stored.content.findings).toEqual([expect.objectContaining({ key: today.points[0].key, result: 'problem' })]);
    const [set] = await q<{ n: number }>(sql`select jsonb_array_length(points) as n from self_check_point_set where id = ${stored.point_set_id}`);
    expect(set.n).toBe(today.points.length);

    await q(sql`update risk_control_list set own_points = own_points || '[{"key":"own-9","category":"其他","text":"新增的检查项"}]'::jsonb
      where operator_id = ${daily.operatorId}`);
    const changed = await get<TSelfCheckToday>('/api/self-checks/today', cast.business);
    expect(changed.points.map((p) => p.key)).toContain('own-9');
    const record = await get<TSelfCheck>(`/api/self-checks/${daily.id}`, cast.business);
    expect((record.content as { items: { key: string; text: string }[] }).items).toEqual(
      today.points.map((p) => expect.objectContaining({ key: p.key, category: p.category, text: p.text })),
    );
    await q(sql`update risk_control_list set own_points = own_points - (jsonb_array_length(own_points) - 1) where operator_id = ${daily.operatorId}`);
  });

  it('is closed the next day: the change is refused in Chinese, a correction is appended and the record stays as it was', async () => {
    const tomorrow = addDays(chinaToday(), 1);
    const [u] = await q<{ id: string; bureau_id: string; operator_id: string }>(sql`select id, bureau_id, operator_id from app_user where username = 'business'`);
    const user = {
      id: u.id,
      bureauId: u.bureau_id,
      username: 'business',
      displayName: '',
      role: 'business' as const,
      stationId: null,
      departmentId: null,
      operatorId: u.operator_id,
      cadreId: null,
      mustChangePassword: false,
    };
    const change = { kind: 'daily' as const, version: daily.version, content: dailyContent(today, null) as never };
    await expect(updateRecord(platform.ctx, user, daily.id, change, tomorrow)).rejects.toMatchObject({ code: 'PERIOD_CLOSED' });

    // The record made "yesterday": its day moved back, as the clock moving on would leave it.
    await platform.ctx.db.execute(sql`update self_check set period = period - 1 where id = ${daily.id}`);
    const refused = await send('PUT', `/api/self-checks/${daily.id}`, cast.business, { kind: 'daily', version: daily.version, content: dailyContent(today, null) });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'PERIOD_CLOSED', message: expect.stringContaining('已过填报期') });
    expect(refused.json().error.message).toContain('追加更正');
    const corrected = await send('POST', `/api/self-checks/${daily.id}/corrections`, cast.business, { text: '冷藏柜温度计读数有误，实际为 4℃' });
    expect(corrected.statusCode, corrected.body).toBe(201);
    const after = await get<TSelfCheck>(`/api/self-checks/${daily.id}`, cast.inspector);
    expect(after).toMatchObject({ editable: false, version: daily.version, corrections: 1 });
    expect(after.content).toEqual(daily.content);
    expect(after.correctionList).toEqual([expect.objectContaining({ text: '冷藏柜温度计读数有误，实际为 4℃' })]);
    expect((await send('POST', `/api/self-checks/${daily.id}/corrections`, cast.station, { text: '所里改' })).statusCode).toBe(403);
    // Today is open again: the day's check can be recorded afresh.
    const todays = await send('POST', '/api/self-checks', cast.business, { kind: 'daily', content: dailyContent(today, null) });
    expect(todays.statusCode, todays.body).toBe(201);
  });

  it('records the week’s review and the month’s minutes with on-screen signatures, each once per period', async () => {
    const weekly = await send('POST', '/api/self-checks', cast.business, {
      kind: 'weekly',
      content: { hazardsFound: 3, fixed: 2, open: 1, summary: '排查发现 3 项隐患，已整改 2 项' },
    });
    expect(weekly.statusCode, weekly.body).toBe(201);
    const signature = await uploadId('/api/self-check-signatures', await testImage('png'), 'signature.png');
    const jpegSignature = await upload(platform, cast.business, '/api/self-check-signatures', await testImage('jpeg'), 'signature.jpg');
    expect(jpegSignature.statusCode).toBe(415);
    const minutes = {
      meetingOn: chinaToday(),
      attendees: ['张主要负责人', '李食品安全总监'],
      summary: '总监汇报本月食品安全情况',
      decisions: ['更换冷藏柜温度计', '下周开展从业人员培训'],
      signatures: [{ name: '张主要负责人', role: '主要负责人', fileId: signature }],
    };
    const late = await send('POST', '/api/self-checks', cast.business, { kind: 'monthly', content: { ...minutes, meetingOn: addDays(chinaToday(), 1) } });
    expect(late.statusCode).toBe(400);
    const created = await send('POST', '/api/self-checks', cast.business, { kind: 'monthly', content: minutes });
    expect(created.statusCode, created.body).toBe(201);
    monthly = created.json();
    const docx = await platform.request({ method: 'GET', url: `/api/self-checks/${monthly.id}/docx`, cookie: cast.business });
    expect(docx.statusCode).toBe(200);
    const xml = zipEntry(docx.rawPayload, 'word/document.xml');
    expect(xml).toContain('每月食品安全调度会议纪要');
    expect(xml).toContain('更换冷藏柜温度计');
    expect(xml).toContain('<pic:pic');
  });

  it('prints the daily record as a real .docx with its points, results and corrections', async () => {
    const docx = await platform.request({ method: 'GET', url: `/api/self-checks/${daily.id}/docx`, cookie: cast.station });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const xml = zipEntry(docx.rawPayload, 'word/document.xml');
    expect(xml).toContain('每日食品安全检查记录');
    expect(xml).toContain(today.operatorName);
    expect(xml).toContain(today.points[0].text);
    expect(xml).toContain('冷藏柜温度计读数有误');
    // The problem's photo is printed under it.
    expect(xml).toContain('问题照片');
    expect(xml).toContain('<pic:pic');
  });
});

describe('scope', () => {
  let foreign: { id: string; operatorId: string };
  beforeAll(async () => {
    const [op] = await q<{ id: string }>(sql`select o.id from operator o join unit u on u.code = o.unit_code join station s on s.id = u.station_id
      where s.name <> '前川市场监督管理所' order by o.uscc limit 1`);
    const [row] = await q<{ id: string }>(sql`insert into self_check (operator_id, kind, period, content, recorded_by, recorder_name)
      values (${op.id}, 'weekly', '2026-03-02', '{"hazardsFound":0,"fixed":0,"open":0,"summary":"无"}'::jsonb, (select id from app_user where username = 'admin'), '张三') returning id`);
    foreign = { id: row.id, operatorId: op.id };
  });

  it('lets the business reach only its own records, the station only its units’ (404 otherwise)', async () => {
    for (const who of ['business', 'station', 'inspector', 'cadre'] as const) {
      expect((await platform.request({ method: 'GET', url: `/api/self-checks/${foreign.id}`, cookie: cast[who] })).statusCode, who).toBe(404);
      expect((await platform.request({ method: 'GET', url: `/api/self-checks/${foreign.id}/docx`, cookie: cast[who] })).statusCode, who).toBe(404);
      const list = await get<TPage<TSelfCheckSummary>>(`/api/self-checks?operatorId=${foreign.operatorId}`, cast[who]);
      expect(list.total, who).toBe(0);
    }
    expect((await get<TSelfCheck>(`/api/self-checks/${foreign.id}`, cast.department)).operatorId).toBe(foreign.operatorId);
    expect((await get<TSelfCheck>(`/api/self-checks/${daily.id}`, cast.station)).id).toBe(daily.id);
    const mine = await get<TPage<TSelfCheckSummary>>('/api/self-checks?pageSize=200', cast.business);
    expect(new Set(mine.items.map((i) => i.operatorId))).toEqual(new Set([daily.operatorId]));
  });

  it('records only for the business’s own operator, and only the business records', async () => {
    const other = await send('POST', '/api/self-checks', cast.business, {
      kind: 'weekly',
      operatorId: foreign.operatorId,
      content: { hazardsFound: 0, fixed: 0, open: 0, summary: '无' },
    });
    expect(other.statusCode).toBe(404);
    const staff = await send('POST', '/api/self-checks', cast.station, {
      kind: 'weekly',
      operatorId: daily.operatorId,
      content: { hazardsFound: 0, fixed: 0, open: 0, summary: '无' },
    });
    expect(staff.statusCode).toBe(403);
    const put = await send('PUT', `/api/self-checks/${foreign.id}`, cast.business, { kind: 'weekly', version: 1, content: { hazardsFound: 0, fixed: 0, open: 0, summary: '改' } });
    expect(put.statusCode).toBe(404);
  });

  it('answers the list contract {items,total,page,pageSize} with the filters of the issue', async () => {
    const from = addDays(chinaToday(), -3);
    const page = await get<TPage<TSelfCheckSummary>>(`/api/self-checks?operatorId=${daily.operatorId}&kind=daily&from=${from}&to=${chinaToday()}&page=1&pageSize=1`, cast.station);
    expect(Object.keys(page).sort()).toEqual(['items', 'page', 'pageSize', 'total']);
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(page.items[0]).toMatchObject({ kind: 'daily', operatorId: daily.operatorId, period: chinaToday() });
    const bad = await platform.request({ method: 'GET', url: '/api/self-checks?kind=yearly', cookie: cast.station });
    expect(bad.statusCode).toBe(400);
  });
});

describe('compliance', () => {
  // March 2025: 31 days, the weeks from Mondays 3, 10, 17 and 24 ended in it (31 begins one that ends in April), one month.
  const window = 'from=2025-03-01&to=2025-03-31';
  let ops: { id: string; name: string }[];

  beforeAll(async () => {
    ops = await q<{ id: string; name: string }>(sql`select id, name from operator where unit_code = ${QIANCHUAN_UNIT} and uscc like '91%' and status = 'active'
      and id not in (select operator_id from app_user where operator_id is not null) order by uscc limit 4`);
    const admin = sql`(select id from app_user where username = 'admin')`;
    const [diligent, lapsed, , late] = ops;
    await platform.ctx.db.execute(sql`insert into self_check (operator_id, kind, period, content, problems, open_problems, recorded_by, recorder_name)
      select ${diligent.id}, 'daily', d::date, '{"items":[]}'::jsonb, case when extract(day from d) = 5 then 1 else 0 end, 0, ${admin}, '张三' from generate_series('2025-03-01'::date, '2025-03-31'::date, '1 day') d`);
    await platform.ctx.db.execute(sql`insert into self_check (operator_id, kind, period, content, recorded_by, recorder_name)
      select ${diligent.id}, 'weekly', d::date, '{}'::jsonb, ${admin}, '张三' from generate_series('2025-03-03'::date, '2025-03-24'::date, '7 days') d`);
    await platform.ctx.db.execute(
      sql`insert into self_check (operator_id, kind, period, content, recorded_by, recorder_name) values (${diligent.id}, 'monthly', '2025-03-01', '{}'::jsonb, ${admin}, '张三')`,
    );
    await platform.ctx.db.execute(sql`insert into self_check (operator_id, kind, period, content, problems, open_problems, recorded_by, recorder_name)
      select ${lapsed.id}, 'daily', d::date, '{"items":[]}'::jsonb, 1, case when extract(day from d) <= 2 then 1 else 0 end, ${admin}, '张三' from generate_series('2025-03-01'::date, '2025-03-10'::date, '1 day') d`);
    await platform.ctx.db.execute(
      sql`insert into self_check (operator_id, kind, period, content, recorded_by, recorder_name) values (${lapsed.id}, 'weekly', '2025-03-03', '{}'::jsonb, ${admin}, '张三')`,
    );
    // A business that began keeping records on the platform on Thursday 20 March: due from then, its first week the 24th's, no month yet.
    await platform.ctx.db.execute(sql`insert into self_check (operator_id, kind, period, content, recorded_by, recorder_name)
      select ${late.id}, 'daily', d::date, '{"items":[]}'::jsonb, ${admin}, '张三' from generate_series('2025-03-20'::date, '2025-03-31'::date, '1 day') d`);
    await platform.ctx.db.execute(
      sql`insert into self_check (operator_id, kind, period, content, recorded_by, recorder_name) values (${late.id}, 'weekly', '2025-03-24', '{}'::jsonb, ${admin}, '张三')`,
    );
  });

  it('defines the window: to today by default, days due up to yesterday', () => {
    expect(complianceWindow({ from: '2025-03-01', to: '2025-03-31' }, '2026-01-10')).toMatchObject({ from: '2025-03-01', to: '2025-03-31', dueTo: '2025-03-31' });
    // Today is still open: on 2025-03-12 the due days run to the 11th.
    expect(complianceWindow({ from: '2025-03-01' }, '2025-03-12')).toMatchObject({ to: '2025-03-12', dueTo: '2025-03-11', recentFrom: '2024-12-13' });
    expect(complianceWindow({}, '2025-03-12')).toMatchObject({ from: '2025-01-01' });
    expect(() => complianceWindow({ from: '2025-04-01', to: '2025-03-01' }, '2026-01-10')).toThrow();
  });

  it('counts days recorded of days due, weeks and months missing, problems and those left open, the worst first', async () => {
    const page = await get<TPage<TComplianceRow>>(`/api/self-checks/compliance?${window}&unitCode=${QIANCHUAN_UNIT}&pageSize=200`, cast.station);
    const row = (id: string) => page.items.find((i) => i.operatorId === id)!;
    const [diligent, lapsed, quiet, late] = ops;
    expect(row(diligent.id)).toMatchObject({ daysRecorded: 31, daysDue: 31, rate: 1, weeksDue: 4, weeksMissing: 0, monthsMissing: 0, problems: 1, openProblems: 0, behind: false });
    expect(row(lapsed.id)).toMatchObject({
      daysRecorded: 10,
      daysDue: 31,
      weeksMissing: 3,
      monthsMissing: 1,
      problems: 10,
      openProblems: 2,
      behind: true,
      lastRecordedOn: '2025-03-10',
    });
    expect(row(quiet.id)).toMatchObject({ daysRecorded: 0, daysDue: 31, weeksDue: 4, weeksMissing: 4, monthsDue: 1, monthsMissing: 1, behind: true, lastRecordedOn: null });
    expect(row(late.id)).toMatchObject({ daysRecorded: 12, daysDue: 12, weeksDue: 1, weeksMissing: 0, monthsDue: 0, monthsMissing: 0, behind: false });
    // Worst first: the share of days recorded never falls down the list.
    const rates = page.items.map((i) => i.rate);
    expect([...rates].sort((a, b) => a - b)).toEqual(rates);
    // Individual businesses are encouraged, never listed as behind.
    expect(page.items.every((i) => i.uscc.startsWith('91') || i.uscc.startsWith('93') || i.uscc.startsWith('1'))).toBe(true);

    const behind = await get<TPage<TComplianceRow>>(`/api/self-checks/compliance?${window}&unitCode=${QIANCHUAN_UNIT}&behind=true&pageSize=200`, cast.station);
    expect(behind.items.some((i) => i.operatorId === diligent.id)).toBe(false);
    expect(behind.total).toBe(page.items.filter((i) => i.behind).length);
    const summary = await get<TComplianceUnit[]>(`/api/self-checks/compliance/summary?${window}`, cast.station);
    const qianchuan = summary.find((u) => u.unitCode === QIANCHUAN_UNIT)!;
    expect(qianchuan).toMatchObject({ operators: page.total, behind: behind.total, daysDue: page.items.reduce((n, i) => n + i.daysDue, 0) });
    expect(qianchuan.daysRecorded).toBe(page.items.reduce((n, i) => n + i.daysRecorded, 0));
    // The station sees only its own units; the business has no compliance rows but its own.
    const foreignUnit = await q<{ code: string }>(sql`select u.code from unit u join station s on s.id = u.station_id where s.name <> '前川市场监督管理所' limit 1`);
    expect(summary.some((u) => u.unitCode === foreignUnit[0].code)).toBe(false);
  });

  it('raises risk signals for records missing and for "always all OK"', async () => {
    const [diligent, lapsed] = ops;
    await platform.ctx.db.execute(sql`insert into self_check (operator_id, kind, period, content, recorded_by, recorder_name)
      select ${diligent.id}, 'daily', d::date, '{"items":[]}'::jsonb, (select id from app_user where username = 'admin'), '张三' from generate_series('2025-04-01'::date, '2025-06-29'::date, '1 day') d`);
    const signals = await selfCheckRiskSignals.collect(platform.ctx.db, [diligent.id, lapsed.id], '2025-06-29');
    expect(signals.find((s) => s.operatorId === diligent.id)?.source).toMatch(/always-ok/);
    expect(signals.filter((s) => s.operatorId === diligent.id)).toHaveLength(1);
    const lapsedSignals = await selfCheckRiskSignals.collect(platform.ctx.db, [lapsed.id], '2025-03-31');
    expect(lapsedSignals.map((s) => s.source)).toEqual([`self-check:missing:${lapsed.id}`]);
  });
});

describe('settings', () => {
  it('is the department’s: individual businesses may be required too, versioned', async () => {
    const before = await get<TSelfCheckSettings>('/api/self-check-settings', cast.station);
    expect(before).toEqual({ requiredEntityKinds: ['enterprise', 'institution'], version: 0 });
    expect((await send('PUT', '/api/self-check-settings', cast.station, { version: 0, requiredEntityKinds: ['enterprise'] })).statusCode).toBe(403);
    const set = await send('PUT', '/api/self-check-settings', cast.department, { version: 0, requiredEntityKinds: ['enterprise', 'institution', 'individual'] });
    expect(set.statusCode, set.body).toBe(200);
    expect((await send('PUT', '/api/self-check-settings', cast.department, { version: 0, requiredEntityKinds: ['enterprise'] })).statusCode).toBe(409);
    const page = await get<TPage<TComplianceRow>>(`/api/self-checks/compliance?unitCode=${QIANCHUAN_UNIT}&pageSize=200`, cast.station);
    expect(page.items.some((i) => i.uscc.startsWith('92'))).toBe(true);
    const reset = await send('PUT', '/api/self-check-settings', cast.department, { version: 1, requiredEntityKinds: ['enterprise', 'institution'] });
    expect(reset.statusCode).toBe(200);
  });
});
