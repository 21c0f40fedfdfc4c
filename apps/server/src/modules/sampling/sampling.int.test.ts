import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { TOrganisation } from '@shian/shared/org';
import type { TSample } from '@shian/shared/sampling';
import { rowsOf } from '../../core/db/database.ts';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { multipartBody } from '../../testing/multipart.ts';
import { createOperatorIn, me, QIJIAWAN_UNIT, testImage, upload } from '../../testing/inspections.ts';
import { samplingRiskSignals } from './sampling.risk-signals.ts';

let platform: TTestPlatform;
let department: string;
let inspector: string;
let station: string;
let business: string;
let org: TOrganisation;
let planId: string;
let institutionId: string;
let taskId: string;
let operatorId: string;
let businessOperatorId: string;
let foreignOperatorId: string;
let companionId: string;
const reported: { sampleId: string; verdict: string; reportedOn: string; operatorId: string }[] = [];

beforeAll(async () => {
  platform = await createTestPlatform();
  [department, inspector, station, business] = await Promise.all(['department', 'inspector', 'station', 'business'].map((u) => platform.login(u)));
  org = (await platform.request({ method: 'GET', url: '/api/org', cookie: department })).json();
  operatorId = (await createOperatorIn(platform, department)).id;
  foreignOperatorId = (await createOperatorIn(platform, department, QIJIAWAN_UNIT)).id;
  businessOperatorId = (await me(platform, business)).operatorId!;
  companionId = (await me(platform, station)).id;
  platform.ctx.events.on('sample.reported', async (payload) => void reported.push(payload));
});
afterAll(() => platform.close());

const auditOf = async (entityId: string) =>
  rowsOf<{ action: string }>(await platform.ctx.db.execute(sql`select action from audit_log where entity_id = ${entityId} order by seq`)).map((r) => r.action);
const stationIdOf = (name: string) => org.stations.find((s) => s.name.startsWith(name))!.id;

function sampleInput(overrides: Record<string, unknown> = {}) {
  return {
    planId,
    taskId,
    operatorId,
    productName: '黄陂豆丝',
    brand: '木兰',
    specification: '500g/袋',
    productionDate: '2026-02-20',
    shelfLife: '180天',
    manufacturerName: '孝感某食品厂',
    manufacturerAddress: '湖北省孝感市',
    quantity: '4袋',
    foodCategory: '粮食加工品',
    sampledOn: '2026-03-02',
    samplerName: '王抽样',
    institutionId,
    accompaniedBy: [companionId],
    ...overrides,
  };
}

const createSample = (overrides: Record<string, unknown> = {}, cookie = inspector) =>
  platform.request({ method: 'POST', url: '/api/samples', cookie, payload: sampleInput(overrides) });

const lead = { name: '铅（以 Pb 计）', value: '0.1', unit: 'mg/kg', limitText: '≤0.2 mg/kg', limitMax: 0.2, standard: 'GB 2762-2022', verdict: 'conforming' };
const report = (items: Record<string, unknown>[] = [lead]) => ({ reportNo: 'WH2026-0001', institutionId, issuedOn: '2026-03-10', items });
/** PUTs a report with the sample's current version (what the page the user has open carries). */
async function putReport(id: string, payload: Record<string, unknown>, cookie = inspector) {
  const current = await platform.request({ method: 'GET', url: `/api/samples/${id}`, cookie });
  return platform.request({ method: 'PUT', url: `/api/samples/${id}/report`, cookie, payload: { version: current.json().version, ...payload } });
}

describe('plans, tasks and institutions', () => {
  it('lets district staff create a plan with tasks and activate it, with audit', async () => {
    const created = await platform.request({
      method: 'POST',
      url: '/api/sampling-plans',
      cookie: department,
      payload: { name: '2026 年度食品抽检计划', year: 2026, kind: 'yearly', publishPolicy: 'all' },
    });
    expect(created.statusCode, created.body).toBe(201);
    planId = created.json().id;
    expect(created.json()).toMatchObject({ status: 'draft', kind: 'yearly', version: 1 });
    const addTask = (payload: object) => platform.request({ method: 'POST', url: `/api/sampling-plans/${planId}/tasks`, cookie: department, payload });
    const task = await addTask({ stationId: stationIdOf('前川'), foodCategory: '粮食加工品', month: 3, quantity: 4 });
    expect(task.statusCode, task.body).toBe(201);
    taskId = task.json().id;
    const other = await addTask({ stationId: stationIdOf('祁家湾'), foodCategory: '食用农产品', month: 3, quantity: 6 });
    expect(other.statusCode, other.body).toBe(201);
    const skip = await platform.request({ method: 'PATCH', url: `/api/sampling-plans/${planId}`, cookie: department, payload: { version: 1, status: 'closed' } });
    expect(skip.statusCode).toBe(400);
    const active = await platform.request({ method: 'PATCH', url: `/api/sampling-plans/${planId}`, cookie: department, payload: { version: 1, status: 'active' } });
    expect(active.statusCode, active.body).toBe(200);
    expect(active.json().status).toBe('active');
    const stale = await platform.request({ method: 'PATCH', url: `/api/sampling-plans/${planId}`, cookie: department, payload: { version: 1, name: 'x' } });
    expect(stale.statusCode).toBe(409);
    expect(await auditOf(planId)).toEqual(['create', 'update']);
  });

  it('keeps plans to district staff (403) and shows a station its own tasks only', async () => {
    const byStation = await platform.request({ method: 'POST', url: '/api/sampling-plans', cookie: station, payload: { name: '所计划', year: 2026, kind: 'special' } });
    expect(byStation.statusCode).toBe(403);
    const byBusiness = await platform.request({ method: 'POST', url: '/api/sampling-plans', cookie: business, payload: { name: '企业计划', year: 2026, kind: 'special' } });
    expect(byBusiness.statusCode).toBe(403);
    const all = (await platform.request({ method: 'GET', url: `/api/sampling-plans/${planId}`, cookie: department })).json();
    expect(all.tasks).toHaveLength(2);
    const own = (await platform.request({ method: 'GET', url: `/api/sampling-plans/${planId}`, cookie: inspector })).json();
    expect(own.tasks.map((t: { id: string }) => t.id)).toEqual([taskId]);
    const unknownKind = await platform.request({ method: 'POST', url: '/api/sampling-plans', cookie: department, payload: { name: 'x', year: 2026, kind: 'weekly', extra: 1 } });
    expect(unknownKind.statusCode).toBe(400);
  });

  it('requires the qualification number of an institution', async () => {
    const missing = await platform.request({ method: 'POST', url: '/api/testing-institutions', cookie: department, payload: { name: '武汉市食品检验所' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields[0].path).toBe('qualificationNo');
    const created = await platform.request({
      method: 'POST',
      url: '/api/testing-institutions',
      cookie: department,
      payload: { name: '武汉市食品检验所', qualificationNo: 'CMA 2018170001' },
    });
    expect(created.statusCode, created.body).toBe(201);
    institutionId = created.json().id;
    expect(await auditOf(institutionId)).toEqual(['create']);
    const byBusiness = await platform.request({ method: 'POST', url: '/api/testing-institutions', cookie: business, payload: { name: 'x', qualificationNo: 'y' } });
    expect(byBusiness.statusCode).toBe(403);
    const list = (await platform.request({ method: 'GET', url: '/api/testing-institutions', cookie: inspector })).json();
    expect(list.map((i: { id: string }) => i.id)).toContain(institutionId);
  });
});

describe('samples', () => {
  let first: TSample;

  it('numbers samples CJ + date + daily serial, counts them against the task, with audit', async () => {
    const a = await createSample();
    expect(a.statusCode, a.body).toBe(201);
    first = a.json();
    const b = (await createSample({ productName: '热干面' })).json();
    const serial = Number(first.sampleNo.slice(10));
    expect(first.sampleNo).toMatch(/^CJ20260302\d{4}$/);
    expect(b.sampleNo).toBe(`CJ20260302${String(serial + 1).padStart(4, '0')}`);
    expect(first).toMatchObject({ status: 'sampled', verdict: null, operatorId, accompaniedBy: [companionId], manufacturerName: '孝感某食品厂' });
    expect(await auditOf(first.id)).toEqual(['create']);
    const progress = (await platform.request({ method: 'GET', url: `/api/sampling-plans/${planId}/progress`, cookie: department })).json();
    expect(progress.tasks.find((t: { id: string }) => t.id === taskId)).toMatchObject({ quantity: 4, taken: 2 });
    expect(progress).toMatchObject({ quantity: 10, taken: 2 });
  });

  it('adjusts a pushed task, never below the samples taken; stale versions 409, stations 403', async () => {
    const url = `/api/sampling-plans/${planId}/tasks/${taskId}`;
    const task = (await platform.request({ method: 'GET', url: `/api/sampling-plans/${planId}/progress`, cookie: department }))
      .json()
      .tasks.find((t: { id: string }) => t.id === taskId);
    const below = await platform.request({ method: 'PATCH', url, cookie: department, payload: { version: task.version, quantity: 1 } });
    expect(below.statusCode).toBe(400);
    expect(below.json().error.fields[0]).toMatchObject({ path: 'quantity' });
    expect(below.json().error.fields[0].message).toContain('已抽样 2 批');
    expect((await platform.request({ method: 'PATCH', url, cookie: station, payload: { version: task.version, quantity: 5 } })).statusCode).toBe(403);
    expect((await platform.request({ method: 'PATCH', url, cookie: department, payload: { version: task.version, quantity: 'five' } })).statusCode).toBe(400);
    expect(
      (await platform.request({ method: 'PATCH', url: `/api/sampling-plans/${planId}/tasks/${crypto.randomUUID()}`, cookie: department, payload: { version: 1, quantity: 5 } }))
        .statusCode,
    ).toBe(404);
    const raised = await platform.request({ method: 'PATCH', url, cookie: department, payload: { version: task.version, quantity: 5, month: 4 } });
    expect(raised.statusCode, raised.body).toBe(200);
    expect(raised.json()).toMatchObject({ quantity: 5, month: 4, version: task.version + 1 });
    expect((await platform.request({ method: 'PATCH', url, cookie: department, payload: { version: task.version, quantity: 6 } })).statusCode).toBe(409);
    expect(await auditOf(taskId)).toContain('update');
    const restored = await platform.request({ method: 'PATCH', url, cookie: department, payload: { version: task.version + 1, quantity: 4, month: 3 } });
    expect(restored.statusCode).toBe(200);
  });

  it('takes the manufacturer from the registry, and refuses a sample without batch nor date or with unknown fields', async () => {
    const registered = await createSample({ manufacturerOperatorId: foreignOperatorId, manufacturerName: null, manufacturerAddress: null });
    expect(registered.statusCode, registered.body).toBe(201);
    expect(registered.json().manufacturerName).toBe('黄陂区测试餐馆');
    const bad = await createSample({ productionDate: null, batchNo: null, colour: 'red' });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toContain('batchNo');
    expect(bad.json().error.fields.some((f: { message: string }) => f.message.includes('colour'))).toBe(true);
  });

  it('answers 404 for an operator of another station and 403 to a business', async () => {
    const foreign = await createSample({ operatorId: foreignOperatorId, taskId: null });
    expect(foreign.statusCode).toBe(404);
    const byBusiness = await createSample({ operatorId: businessOperatorId, taskId: null }, business);
    expect(byBusiness.statusCode).toBe(403);
  });

  it('serves a printable label with the sample number and a QR code, and stores photos', async () => {
    const label = await platform.request({ method: 'GET', url: `/api/samples/${first.id}/label.svg`, cookie: inspector });
    expect(label.statusCode).toBe(200);
    expect(label.headers['content-type']).toContain('image/svg+xml');
    expect(label.body).toContain(first.sampleNo);
    expect(label.body).toContain('黄陂豆丝');
    expect(label.body.match(/<svg/g)!.length).toBe(2);
    const photo = await upload(platform, inspector, `/api/samples/${first.id}/photos`, await testImage());
    expect(photo.statusCode, photo.body).toBe(201);
    const fileId = photo.json().id;
    const detail = (await platform.request({ method: 'GET', url: `/api/samples/${first.id}`, cookie: inspector })).json();
    expect(detail.photoFileIds).toEqual([fileId]);
    const bytes = await platform.request({ method: 'GET', url: `/api/samples/${first.id}/photos/${fileId}?size=thumb`, cookie: department });
    expect(bytes.statusCode).toBe(200);
    expect(bytes.headers['content-type']).toBe('image/jpeg');
  });

  it('lists samples by filter in the data scope', async () => {
    const list = (await platform.request({ method: 'GET', url: `/api/samples?planId=${planId}&status=sampled&pageSize=50`, cookie: department })).json();
    expect(list.total).toBe(3);
    const none = (await platform.request({ method: 'GET', url: `/api/samples?planId=${planId}&from=2026-03-03`, cookie: department })).json();
    expect(none.total).toBe(0);
  });
});

describe('test reports', () => {
  let sample: TSample;
  let failing: TSample;

  beforeAll(async () => {
    sample = (await createSample({ productName: '米粉' })).json();
    failing = (await createSample({ productName: '面筋', operatorId: businessOperatorId, taskId: null }, department)).json();
  });

  it('refuses a value without a unit, a limit in another unit and a contradicting verdict, naming the item', async () => {
    const noUnit = await putReport(sample.id, report([{ ...lead, unit: null, limitText: '≤0.2' }]));
    expect(noUnit.statusCode).toBe(400);
    expect(noUnit.json().error.fields[0]).toMatchObject({ path: 'items.0.unit' });
    expect(noUnit.json().error.fields[0].message).toContain('铅（以 Pb 计）');
    const mismatch = await putReport(sample.id, report([{ ...lead, unit: 'g/kg' }]));
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().error.fields[0].path).toBe('items.0.limitText');
    const contradicting = await putReport(sample.id, report([{ ...lead, value: '0.5' }]));
    expect(contradicting.statusCode).toBe(400);
    expect(contradicting.json().error.fields[0]).toMatchObject({ path: 'items.0.verdict' });
    expect(contradicting.json().error.fields[0].message).toContain('铅（以 Pb 计）');
    const unknown = await putReport(sample.id, { ...report(), extra: true });
    expect(unknown.statusCode).toBe(400);
    expect((await platform.request({ method: 'GET', url: `/api/samples/${sample.id}`, cookie: inspector })).json().status).toBe('sampled');
    expect(reported).toEqual([]);
  });

  it('records a conforming report, publishes the event and writes audit; a business cannot see it yet', async () => {
    const before = await platform.request({ method: 'GET', url: `/api/samples/${failing.id}`, cookie: business });
    expect(before.statusCode).toBe(404);
    const saved = await putReport(
      sample.id,
      report([lead, { name: '苯并[a]芘', value: '未检出', unit: null, limitText: '≤5.0 μg/kg', limitMax: 5, standard: 'GB 2762-2022', verdict: 'conforming' }]),
    );
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ status: 'reported', verdict: 'conforming', published: true });
    expect(saved.json().report.items).toHaveLength(2);
    expect(reported).toContainEqual({ sampleId: sample.id, operatorId, verdict: 'conforming', reportedOn: '2026-03-10' });
    expect(await auditOf(sample.id)).toEqual(['create', 'report']);
    const replaced = await putReport(sample.id, { ...report(), reportNo: 'WH2026-0001-R' });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json().report.reportNo).toBe('WH2026-0001-R');
    // Someone saving from a page opened before that replacement is refused, not silently overwritten.
    const stale = await platform.request({
      method: 'PUT',
      url: `/api/samples/${sample.id}/report`,
      cookie: inspector,
      payload: { ...report(), version: saved.json().version, reportNo: 'WH2026-0001-STALE' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
  });

  it('makes the sample nonconforming when an item fails; the business then sees its own sample only', async () => {
    const saved = await putReport(
      failing.id,
      report([lead, { ...lead, name: '镉（以 Cd 计）', value: '0.35', limitText: '≤0.1 mg/kg', limitMax: 0.1, verdict: 'nonconforming' }]),
      department,
    );
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().verdict).toBe('nonconforming');
    expect(reported.at(-1)).toEqual({ sampleId: failing.id, operatorId: businessOperatorId, verdict: 'nonconforming', reportedOn: '2026-03-10' });
    const own = (await platform.request({ method: 'GET', url: '/api/samples', cookie: business })).json();
    expect(own.items.map((s: { id: string }) => s.id)).toEqual([failing.id]);
    expect((await platform.request({ method: 'GET', url: `/api/samples/${sample.id}`, cookie: business })).statusCode).toBe(404);
    const signals = await samplingRiskSignals.collect(platform.ctx.db, [businessOperatorId, operatorId], '2026-06-01');
    expect(signals).toEqual([
      {
        operatorId: businessOperatorId,
        points: 10,
        reason: { zh: '2026-03-10 抽检不合格：面筋（镉（以 Cd 计））', en: 'nonconforming sample on 2026-03-10: 面筋 (镉（以 Cd 计）)' },
        source: `sample:${failing.id}`,
        on: '2026-03-10',
      },
    ]);
    expect(await samplingRiskSignals.collect(platform.ctx.db, [businessOperatorId], '2027-03-11')).toEqual([]);
  });

  it('publishes results without personal data', async () => {
    const results = (await platform.request({ method: 'GET', url: '/api/public/sampling-results' })).json();
    const failed = results.items.find((r: { productName: string }) => r.productName === '面筋');
    expect(failed).toMatchObject({ verdict: 'nonconforming', failingItems: [expect.objectContaining({ name: '镉（以 Cd 计）' })], manufacturerName: '孝感某食品厂' });
    expect(JSON.stringify(results)).not.toContain('王抽样');
    expect(results.items.every((r: { verdict: string }) => r.verdict)).toBe(true);
    const none = await platform.request({ method: 'PATCH', url: `/api/sampling-plans/${planId}`, cookie: department, payload: { version: 2, publishPolicy: 'failed_only' } });
    expect(none.statusCode, none.body).toBe(200);
    const afterPolicy = (await platform.request({ method: 'GET', url: '/api/public/sampling-results' })).json();
    expect(afterPolicy.items.map((r: { verdict: string }) => r.verdict)).toEqual(['nonconforming']);
  });

  it('refuses to replace a report once a disposal exists (409)', async () => {
    await platform.ctx.db.execute(sql`
      insert into disposal (bureau_id, sample_id, operator_id, opened_on, deliver_due_on, objection_due_on, complete_due_on)
      select bureau_id, id, operator_id, '2026-03-10', '2026-03-15', '2026-03-20', '2026-04-10' from sample where id = ${sample.id}
      on conflict do nothing`);
    const response = await putReport(sample.id, report());
    expect(response.statusCode).toBe(409);
  });
});

describe('lab file import', () => {
  let samples: TSample[];
  const header = '抽样单编号,报告编号,签发日期,检验项目,检测结果,单位,标准值,判定依据,单项判定';

  beforeAll(async () => {
    samples = [];
    for (const productName of ['腐竹', '香肠']) samples.push((await createSample({ productName, sampledOn: '2026-03-05' })).json());
  });

  const uploadFile = async (csv: string) => {
    const body = multipartBody({ fileName: 'lab.csv', content: csv, contentType: 'text/csv' });
    return platform.request({ method: 'POST', url: '/api/sample-reports/imports', cookie: inspector, ...body });
  };

  it('suggests the mapping, reports a broken row with its number, and writes nothing', async () => {
    const [a, b] = samples;
    const csv = [
      header,
      `${a.sampleNo},R-1,2026-03-12,铅（以 Pb 计）,0.1,mg/kg,≤0.2 mg/kg,GB 2762-2022,合格`,
      `${a.sampleNo},R-1,2026-03-12,二氧化硫,0.3,g/kg,≤0.2 g/kg,GB 2760-2014,不合格`,
      `${b.sampleNo},R-2,2026-03-12,亚硝酸盐,20,mg/kg,≤30 g/kg,GB 2760-2014,合格`,
      `CJ209901010001,R-3,2026-03-12,铅,0.1,mg/kg,≤0.2 mg/kg,GB 2762-2022,合格`,
    ].join('\n');
    const uploaded = await uploadFile(csv);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const job = uploaded.json();
    expect(job.rows).toBe(4);
    expect(job.suggestedMapping).toMatchObject({ sampleNo: '抽样单编号', value: '检测结果', limit: '标准值', verdict: '单项判定' });
    const missing = await platform.request({
      method: 'POST',
      url: `/api/sample-reports/imports/${job.id}/dry-run`,
      cookie: inspector,
      payload: { mapping: { ...job.suggestedMapping, value: null } },
    });
    expect(missing.statusCode).toBe(400);
    const dry = await platform.request({ method: 'POST', url: `/api/sample-reports/imports/${job.id}/dry-run`, cookie: inspector, payload: { mapping: job.suggestedMapping } });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ rows: 4, samples: 3, validSamples: 1 });
    expect(dry.json().errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [4, '限量'],
      [5, '样品编号'],
    ]);
    expect(dry.json().errors[0].message).toContain('亚硝酸盐');
    const count = rowsOf<{ n: number }>(await platform.ctx.db.execute(sql`select count(*)::int as n from test_report`))[0].n;
    expect(Number(count)).toBe(2);
    const all = await platform.request({ method: 'POST', url: `/api/sample-reports/imports/${job.id}/commit`, cookie: inspector, payload: { mode: 'all' } });
    expect(all.statusCode).toBe(400);
    expect(all.json().error.fields[0].path).toBe('mode');
    expect((await platform.request({ method: 'GET', url: `/api/samples/${a.id}`, cookie: inspector })).json().status).toBe('sampled');

    const before = reported.length;
    const valid = await platform.request({ method: 'POST', url: `/api/sample-reports/imports/${job.id}/commit`, cookie: inspector, payload: { mode: 'valid' } });
    expect(valid.statusCode, valid.body).toBe(200);
    expect(valid.json()).toMatchObject({ written: 1, skipped: 2, reports: [{ sampleId: a.id, verdict: 'nonconforming' }] });
    expect(reported.slice(before)).toEqual([{ sampleId: a.id, operatorId, verdict: 'nonconforming', reportedOn: '2026-03-12' }]);
    const detail = (await platform.request({ method: 'GET', url: `/api/samples/${a.id}`, cookie: inspector })).json();
    expect(detail.report).toMatchObject({ reportNo: 'R-1', importedFrom: 'lab.csv' });
    expect(detail.report.items.find((i: { name: string }) => i.name === '二氧化硫')).toMatchObject({ limitMax: 0.2, unit: 'g/kg', verdict: 'nonconforming' });
    expect(await auditOf(a.id)).toEqual(['create', 'report']);
    const gone = await platform.request({ method: 'POST', url: `/api/sample-reports/imports/${job.id}/commit`, cookie: inspector, payload: { mode: 'valid' } });
    expect(gone.statusCode).toBe(404);
  });

  it('imports everything with mode all when no row is broken; another user cannot touch the import', async () => {
    const b = samples[1];
    const uploaded = (await uploadFile(`${header}\n${b.sampleNo},R-2,2026/3/12,亚硝酸盐,20,mg/kg,≤30 mg/kg,GB 2760-2014,合格\n`)).json();
    const stranger = await platform.request({
      method: 'POST',
      url: `/api/sample-reports/imports/${uploaded.id}/dry-run`,
      cookie: department,
      payload: { mapping: uploaded.suggestedMapping },
    });
    expect(stranger.statusCode).toBe(404);
    const dry = (
      await platform.request({ method: 'POST', url: `/api/sample-reports/imports/${uploaded.id}/dry-run`, cookie: inspector, payload: { mapping: uploaded.suggestedMapping } })
    ).json();
    expect(dry.errors).toEqual([]);
    const all = await platform.request({ method: 'POST', url: `/api/sample-reports/imports/${uploaded.id}/commit`, cookie: inspector, payload: { mode: 'all' } });
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json().written).toBe(1);
    expect((await platform.request({ method: 'GET', url: `/api/samples/${b.id}`, cookie: inspector })).json()).toMatchObject({ verdict: 'conforming', status: 'reported' });
  });

  it('is refused to a business (403) and refuses a file that is not a spreadsheet', async () => {
    const body = multipartBody({ fileName: 'lab.csv', content: `${header}\n` });
    expect((await platform.request({ method: 'POST', url: '/api/sample-reports/imports', cookie: business, ...body })).statusCode).toBe(403);
    const pdf = multipartBody({ fileName: 'lab.pdf', content: '%PDF' });
    expect((await platform.request({ method: 'POST', url: '/api/sample-reports/imports', cookie: inspector, ...pdf })).statusCode).toBe(415);
  });
});
