import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { TImportJob } from '@shian/shared/import';
import type { TOperator } from '@shian/shared/operator';
import { rowsOf } from '../../core/db/database.ts';
import { waitForBackgroundJobs } from '../../core/jobs.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import { multipartBody, type TMultipartFile } from '../../testing/multipart.ts';
import { buildImportRow, csvText, encodeGbk, IMPORT_HEADERS, IMPORT_KEYS, readXlsx, toCells, xlsxFile, type TImportRow } from '../../testing/spreadsheets.ts';
import { COLUMNS } from './operator-file.ts';
import { DRY_RUN_HOURS } from './operator-import.service.ts';
import { XLSX_TYPE } from '../../core/excel.ts';

let platform: TTestPlatform;
let cast: Record<'admin' | 'station', string>;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin', 'station']));
});
afterAll(async () => {
  await waitForBackgroundJobs();
  await platform.close();
});

async function operatorCount(): Promise<number> {
  const [row] = rowsOf<{ n: number | string }>(await platform.ctx.db.execute(sql`select count(*) as n from operator`));
  return Number(row.n);
}

function upload(file: TMultipartFile, cookie = cast.admin, headers: Record<string, string> = {}) {
  const body = multipartBody(file);
  return platform.request({ method: 'POST', url: '/api/operator-imports', cookie, payload: body.payload, headers: { ...body.headers, ...headers } });
}

async function xlsxUpload(rows: TImportRow[], cookie = cast.admin) {
  const file = await xlsxFile([IMPORT_HEADERS, ...toCells(rows)]);
  return upload({ fileName: '经营主体导入.xlsx', content: file, contentType: XLSX_TYPE }, cookie);
}

async function dryRun(rows: TImportRow[], cookie = cast.admin): Promise<TImportJob> {
  const response = await xlsxUpload(rows, cookie);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const commit = (id: string, mode: 'all' | 'valid', cookie = cast.admin) =>
  platform.request({ method: 'POST', url: `/api/operator-imports/${id}/commit`, cookie, payload: { mode } });

async function waitUntilFinished(id: string, cookie = cast.admin): Promise<TImportJob> {
  for (let i = 0; i < 500; i++) {
    const response = await platform.request({ method: 'GET', url: `/api/operator-imports/${id}`, cookie });
    expect(response.statusCode).toBe(200);
    const job = response.json() as TImportJob;
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`import ${id} did not finish`);
}

async function findByUscc(uscc: string): Promise<TOperator | null> {
  const list = await platform.request({ method: 'GET', url: `/api/operators?q=${uscc}`, cookie: cast.admin });
  const item = list.json().items.find((o: { uscc: string }) => o.uscc === uscc);
  if (!item) return null;
  return (await platform.request({ method: 'GET', url: `/api/operators/${item.id}`, cookie: cast.admin })).json();
}

describe('operator import: dry run', () => {
  it('lists every bad row with its row number, field and reason, and writes nothing', async () => {
    const good = buildImportRow();
    const rows = [
      good, // row 2
      buildImportRow({ uscc: '91420116MA4K00000X' }), // row 3: wrong check character
      buildImportRow({ unit: '不存在街道' }), // row 4: no such unit
      buildImportRow({ licenceNumber: 'JY9420116000001' }), // row 5: wrong shape
      buildImportRow({ uscc: good.uscc }), // row 6: repeats row 2
      buildImportRow({ unit: '420116403000' }), // row 7: fine, by code
      buildImportRow({ unit: '' }), // row 8: no unit
      buildImportRow({ licenceNumber: good.licenceNumber }), // row 9: licence of row 2
    ];
    const before = await operatorCount();
    const job = await dryRun(rows);
    expect(job).toMatchObject({ status: 'validated', total: 8, valid: 2, invalid: 6, processed: 0, created: 0, updated: 0 });
    expect(job.fileName).toBe('经营主体导入.xlsx');
    expect(job.errors).toEqual([
      { row: 3, field: '统一社会信用代码', message: '校验位不正确' },
      { row: 4, field: '所属街道（乡镇）', message: '不是本区的街道（乡镇）' },
      { row: 5, field: '许可证编号', message: '应为 JY 加 14 位数字（首位为 1-3）' },
      { row: 6, field: '统一社会信用代码', message: '与第 2 行重复' },
      { row: 8, field: '所属街道（乡镇）', message: '不能为空' },
      { row: 9, field: '许可证编号', message: '与第 2 行重复' },
    ]);
    expect(await operatorCount()).toBe(before);
    expect(await findByUscc(good.uscc)).toBeNull();
  });

  it('words the report in English when asked', async () => {
    const file = await xlsxFile([IMPORT_HEADERS, ...toCells([buildImportRow({ uscc: '91420116MA4K00000X' })])]);
    const response = await upload({ fileName: 'en.xlsx', content: file }, cast.admin, { 'accept-language': 'en' });
    expect(response.json().errors).toEqual([{ row: 2, field: 'Credit code', message: 'has a wrong check character' }]);
  });

  it('refuses a file lacking required columns with 400, naming them', async () => {
    const keys = IMPORT_KEYS.filter((k) => k !== 'address' && k !== 'unit');
    const file = await xlsxFile([keys.map((k) => COLUMNS[k][0]), ...toCells([buildImportRow()], keys)]);
    const response = await upload({ fileName: 'missing.xlsx', content: file });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'file', message: '文件缺少必需的列：地址、所属街道（乡镇）' }],
    });
  });

  it('refuses files that are not spreadsheets with 415 UNSUPPORTED_FILE', async () => {
    const text = await upload({ fileName: 'operators.txt', content: 'name,uscc\n', contentType: 'text/plain' });
    expect(text.statusCode).toBe(415);
    expect(text.json().error).toEqual({ code: 'UNSUPPORTED_FILE', message: '不支持的文件：请上传 .xlsx 或 .csv 文件' });

    const fake = await upload({ fileName: 'fake.xlsx', content: 'this is not a zip file' });
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.code).toBe('UNSUPPORTED_FILE');

    const json = await platform.request({ method: 'POST', url: '/api/operator-imports', cookie: cast.admin, payload: { rows: [] } });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('UNSUPPORTED_FILE');
  });

  it('refuses a file over 20 MB with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await upload({ fileName: 'huge.csv', content: Buffer.alloc(21 * 1024 * 1024, 0x41) });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: '提交的内容过大（上限 20 MB）' });
  });

  it('reads UTF-8 CSV, with or without a byte-order mark', async () => {
    for (const bom of ['', '\uFEFF']) {
      const row = buildImportRow({ name: '黄陂区前川“老字号”热干面馆, 总店' });
      const response = await upload({ fileName: 'utf8.csv', content: bom + csvText([IMPORT_HEADERS, ...toCells([row])]) });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({ total: 1, valid: 1, invalid: 0, errors: [] });
    }
  });

  it('reads GBK CSV as saved by Excel on Chinese Windows', async () => {
    const row = buildImportRow({ name: '黄陂区祁家湾鑫鑫超市', unit: '祁家湾街道', type: '食品销售者', categories: '预包装食品' });
    row.licenceNumber = row.licenceNumber.replace(/^JY2/, 'JY1');
    const bytes = encodeGbk(csvText([IMPORT_HEADERS, ...toCells([row])]));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(new TextDecoder('gbk').decode(bytes)).toContain('祁家湾街道');
    const response = await upload({ fileName: 'gbk.csv', content: bytes });
    expect(response.statusCode).toBe(201);
    const job = response.json() as TImportJob;
    expect(job).toMatchObject({ total: 1, valid: 1, invalid: 0 });
    expect((await commit(job.id, 'all')).statusCode).toBe(202);
    expect(await waitUntilFinished(job.id)).toMatchObject({ status: 'done', created: 1 });
    expect(await findByUscc(row.uscc)).toMatchObject({ name: '黄陂区祁家湾鑫鑫超市', unitName: '祁家湾街道', type: 'seller' });
  });

  it('accepts the rows of the downloadable template', async () => {
    const template = await platform.request({ method: 'GET', url: '/api/operator-imports/template', cookie: cast.admin });
    const response = await upload({ fileName: 'template.xlsx', content: template.rawPayload });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ total: 1, valid: 1, invalid: 0, errors: [] });
  });
});

describe('operator import: commit', () => {
  it("refuses mode 'all' while rows failed, writing nothing; mode 'valid' writes only the valid rows", async () => {
    const valid = [buildImportRow({ name: '导入有效一' }), buildImportRow({ name: '导入有效二', unit: '木兰乡' })];
    const invalid = buildImportRow({ name: '导入无效', uscc: '91420116MA4K00000X' });
    const job = await dryRun([valid[0], invalid, valid[1]]);
    expect(job).toMatchObject({ valid: 2, invalid: 1 });
    const before = await operatorCount();

    const all = await commit(job.id, 'all');
    expect(all.statusCode).toBe(400);
    expect(all.json().error.fields[0]).toMatchObject({ path: 'mode' });
    expect(all.json().error.fields[0].message).toContain('有 1 行未通过校验');
    expect(await operatorCount()).toBe(before);
    // The refused commit leaves the import ready for another choice.
    expect((await platform.request({ method: 'GET', url: `/api/operator-imports/${job.id}`, cookie: cast.admin })).json().status).toBe('validated');

    const accepted = await commit(job.id, 'valid');
    expect(accepted.statusCode).toBe(202);
    expect(accepted.json().status).toBe('running');
    const done = await waitUntilFinished(job.id);
    expect(done).toMatchObject({ status: 'done', processed: 2, created: 2, updated: 0 });
    expect(await operatorCount()).toBe(before + 2);

    const first = await findByUscc(valid[0].uscc);
    expect(first).toMatchObject({
      name: '导入有效一',
      type: 'caterer',
      categories: ['hot_food', 'cold_food'],
      tags: ['open_kitchen'],
      unitCode: '420116001000',
      longitude: 114.38,
      latitude: 30.88,
      licences: [{ kind: 'trade', number: valid[0].licenceNumber, issuedOn: '2024-03-01', expiresOn: '2029-02-28' }],
      personnel: [{ role: 'principal', name: '导入人', phone: '13912345678' }],
    });
    expect((await findByUscc(valid[1].uscc))?.unitName).toBe('木兰乡');
    expect(await findByUscc(invalid.uscc)).toBeNull();
  });

  it('updates on re-import and never duplicates', async () => {
    const rows = [buildImportRow({ name: '再导入一' }), buildImportRow({ name: '再导入二' }), buildImportRow({ name: '再导入三' })];
    const first = await dryRun(rows);
    expect((await commit(first.id, 'all')).statusCode).toBe(202);
    expect(await waitUntilFinished(first.id)).toMatchObject({ status: 'done', created: 3, updated: 0 });
    const count = await operatorCount();
    const created = await findByUscc(rows[0].uscc);

    rows[0].name = '再导入一（改名）';
    const second = await dryRun(rows);
    expect(second).toMatchObject({ valid: 3, invalid: 0 });
    expect((await commit(second.id, 'all')).statusCode).toBe(202);
    expect(await waitUntilFinished(second.id)).toMatchObject({ status: 'done', processed: 3, created: 0, updated: 3 });
    expect(await operatorCount()).toBe(count);
    const updated = await findByUscc(rows[0].uscc);
    expect(updated).toMatchObject({ id: created!.id, name: '再导入一（改名）', version: created!.version + 1 });
    expect(updated!.licences).toHaveLength(1);
    expect(updated!.personnel).toHaveLength(1);
  });

  it('reads the scale column (经营规模): a word sets it, an empty cell on re-import keeps it, an unknown word is an error naming the column', async () => {
    const rows = [buildImportRow({ name: '规模一', scale: '中型' }), buildImportRow({ name: '规模二', scale: '微型' }), buildImportRow({ name: '规模三' })];
    const first = await dryRun(rows);
    expect(first).toMatchObject({ valid: 3, invalid: 0 });
    expect((await commit(first.id, 'all')).statusCode).toBe(202);
    expect(await waitUntilFinished(first.id)).toMatchObject({ status: 'done', created: 3 });
    expect((await findByUscc(rows[0].uscc))?.scale).toBe('medium');
    expect((await findByUscc(rows[1].uscc))?.scale).toBe('micro');
    expect((await findByUscc(rows[2].uscc))?.scale).toBeNull();

    rows[0].scale = '';
    rows[1].scale = '大型';
    rows[2].scale = 'Small';
    const second = await dryRun(rows);
    expect((await commit(second.id, 'all')).statusCode).toBe(202);
    expect(await waitUntilFinished(second.id)).toMatchObject({ status: 'done', updated: 3 });
    expect((await findByUscc(rows[0].uscc))?.scale).toBe('medium');
    expect((await findByUscc(rows[1].uscc))?.scale).toBe('large');
    expect((await findByUscc(rows[2].uscc))?.scale).toBe('small');

    const bad = await dryRun([buildImportRow({ scale: '超大型' })]);
    expect(bad).toMatchObject({ valid: 0, invalid: 1 });
    expect(bad.errors).toEqual([{ row: 2, field: '经营规模', message: expect.stringContaining('超大型') }]);
    expect(bad.errors[0].message).toContain('大型、中型、小型、微型');
  });

  it('refuses a second commit of the same import with 409', async () => {
    const job = await dryRun([buildImportRow()]);
    expect((await commit(job.id, 'all')).statusCode).toBe(202);
    const again = await commit(job.id, 'all');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ALREADY_DONE');
    expect(await waitUntilFinished(job.id)).toMatchObject({ status: 'done', created: 1 });
    const afterDone = await commit(job.id, 'valid');
    expect(afterDone.statusCode).toBe(409);
  });

  it('records each imported operator in the audit trail', async () => {
    const rows = [buildImportRow(), buildImportRow()];
    const job = await dryRun(rows);
    await commit(job.id, 'all');
    await waitUntilFinished(job.id);
    const audit = await platform.request({ method: 'GET', url: '/api/audit?entity=operator&pageSize=200', cookie: cast.admin });
    const entries = audit.json().items.filter((e: { after: { importId?: string } }) => e.after?.importId === job.id);
    expect(entries).toHaveLength(2);
    for (const entry of entries) expect(entry).toMatchObject({ action: 'import_create', username: 'admin', before: null });
    expect(entries.map((e: { after: { uscc: string } }) => e.after.uscc).sort()).toEqual(rows.map((r) => r.uscc).sort());
    // Phones stay out of the trail.
    expect(JSON.stringify(entries)).not.toContain('13912345678');
  });
});

describe('operator import: scope', () => {
  it("reports a station user's row in another station's unit as an error on that row", async () => {
    const rows = [buildImportRow(), buildImportRow({ unit: '盘龙城经济开发区' })];
    const job = await dryRun(rows, cast.station);
    expect(job).toMatchObject({ valid: 1, invalid: 1 });
    expect(job.errors).toEqual([{ row: 3, field: '所属街道（乡镇）', message: '不在本所辖区内' }]);
  });

  it("reports a station user's row that would overwrite an operator outside its scope", async () => {
    const other = await platform.request({ method: 'GET', url: '/api/operators?unitCode=420116403000&pageSize=1', cookie: cast.admin });
    const target = other.json().items[0];
    const job = await dryRun([buildImportRow({ uscc: target.uscc, name: '偷梁换柱' })], cast.station);
    expect(job.invalid).toBe(1);
    expect(job.errors.map((e) => e.field)).toContain('统一社会信用代码');
  });

  it('checks each row again at commit: an operator moved out of the station or edited since the dry run is reported, not written', async () => {
    const [moved, edited, fresh] = [buildImportRow({ name: '预检后移出' }), buildImportRow({ name: '预检后被修改' }), buildImportRow({ name: '预检后新建' })];
    const seeded = await dryRun([moved, edited]);
    await commit(seeded.id, 'all');
    await waitUntilFinished(seeded.id);
    const job = await dryRun([{ ...moved, name: '改回原所' }, { ...edited, name: '覆盖修改' }, fresh], cast.station);
    expect(job).toMatchObject({ valid: 3, invalid: 0 });

    const patch = async (uscc: string, change: object) => {
      const current = (await findByUscc(uscc))!;
      const response = await platform.request({ method: 'PATCH', url: `/api/operators/${current.id}`, cookie: cast.admin, payload: { version: current.version, ...change } });
      expect(response.statusCode, response.body).toBe(200);
    };
    await patch(moved.uscc, { unitCode: '420116403000' });
    await patch(edited.uscc, { address: '武汉市黄陂区前川街道新址 1 号' });

    expect((await commit(job.id, 'all', cast.station)).statusCode).toBe(202);
    const done = await waitUntilFinished(job.id, cast.station);
    expect(done).toMatchObject({ status: 'done', processed: 3, created: 1, updated: 0, invalid: 2 });
    expect(done.errors.map((e) => [e.row, e.field])).toEqual([
      [2, '统一社会信用代码'],
      [3, '统一社会信用代码'],
    ]);
    expect(await findByUscc(moved.uscc)).toMatchObject({ name: '预检后移出', unitCode: '420116403000' });
    expect(await findByUscc(edited.uscc)).toMatchObject({ name: '预检后被修改', address: '武汉市黄陂区前川街道新址 1 号' });
    expect(await findByUscc(fresh.uscc)).toMatchObject({ name: '预检后新建' });
  });

  it(`refuses to commit a dry run older than ${DRY_RUN_HOURS} hours, naming its age`, async () => {
    const row = buildImportRow();
    const job = await dryRun([row]);
    await platform.ctx.db.execute(sql`update operator_import set created_at = now() - interval '25 hours' where id = ${job.id}`);
    const late = await commit(job.id, 'all');
    expect(late.statusCode).toBe(400);
    expect(late.json().error.fields[0].message).toContain('已超过 24 小时');
    expect(await findByUscc(row.uscc)).toBeNull();
  });

  it('hides an import from other users: reading or committing it answers 404', async () => {
    const job = await dryRun([buildImportRow()]);
    const read = await platform.request({ method: 'GET', url: `/api/operator-imports/${job.id}`, cookie: cast.station });
    expect(read.statusCode).toBe(404);
    expect(read.json()).toEqual({ error: { code: 'NOT_FOUND', message: '未找到该记录' } });
    const commitOther = await commit(job.id, 'all', cast.station);
    expect(commitOther.statusCode).toBe(404);
    expect((await platform.request({ method: 'GET', url: `/api/operator-imports/${job.id}`, cookie: cast.admin })).json().status).toBe('validated');
  });

  it('is closed to roles without the import permission', async () => {
    const inspector = await platform.login('inspector');
    const file = await xlsxFile([IMPORT_HEADERS, ...toCells([buildImportRow()])]);
    const response = await upload({ fileName: 'x.xlsx', content: file }, inspector);
    expect(response.statusCode).toBe(403);
  });
});

describe('import template', () => {
  it('is an .xlsx whose header row is the Chinese column names', async () => {
    const response = await platform.request({ method: 'GET', url: '/api/operator-imports/template', cookie: cast.admin });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_TYPE);
    expect(response.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('经营主体导入模板.xlsx')}`);
    const rows = await readXlsx(response.rawPayload);
    expect(rows[0]).toEqual(Object.values(COLUMNS).map((c) => c[0]));
    expect(rows).toHaveLength(2);
  });
});
