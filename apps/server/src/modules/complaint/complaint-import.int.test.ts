// 12315 export import: the default mapping of the platform's headings, the dry run's row errors, all or
// nothing vs valid rows only, re-imports that never duplicate, oversized files, and who may import.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { TComplaintImport } from '@shian/shared/complaint';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { createOperatorIn, QIANCHUAN_UNIT } from '../../testing/inspections.ts';
import { buildUscc } from '../../testing/factories.ts';
import { multipartBody } from '../../testing/multipart.ts';
import { csvText, xlsxFile } from '../../testing/spreadsheets.ts';
import { waitForBackgroundJobs } from '../../core/jobs.ts';
import { complaint } from './complaint.schema.ts';

let platform: TTestPlatform;
let admin: string;
let department: string;
let station: string;
let uscc: string;
let operatorId: string;

const HEADERS = ['投诉举报编号', '登记时间', '类型', '涉事主体名称', '被投诉单位地址', '统一社会信用代码', '诉求描述', '投诉人', '联系电话'];
const PHONE = '13712345678';
const prefix = `1420116${String(process.pid).slice(-4)}`;
const no = (i: number) => `${prefix}${String(i).padStart(8, '0')}`;

function rows(): string[][] {
  return [
    [no(1), '2026-10-12 09:30:00', '投诉', '天河机场旁不知名餐馆', '', uscc, '在该店吃饭后腹泻，要求赔偿医药费。', '张三', PHONE],
    [no(2), '2026/10/13 14:05', '举报', '黄陂区前川聚福园酒楼', '武汉市黄陂区前川街道黄陂大道 101 号', '', '后厨卫生脏乱，有老鼠出没。', '', ''],
    [no(3), '2026年10月14日', '投诉', '横店街道无名烧饼铺', '武汉市黄陂区横店街道临空北路', '', '烧饼里吃出铁丝。', '李四', '138****5678'],
  ];
}

beforeAll(async () => {
  platform = await createTestPlatform({ operators: 30 });
  [admin, department, station] = await Promise.all(['admin', 'department', 'station'].map((u) => platform.login(u)));
  uscc = buildUscc();
  operatorId = (await createOperatorIn(platform, admin, QIANCHUAN_UNIT, { name: '黄陂区前川凤凰楼餐馆', uscc, address: '武汉市黄陂区前川街道凤凰路 9 号' })).id;
  await createOperatorIn(platform, admin, QIANCHUAN_UNIT, { name: '黄陂区前川聚福园酒楼', address: '武汉市黄陂区前川街道黄陂大道 101 号' });
});
afterAll(() => platform.close());

async function upload(content: Buffer | string, fileName: string, cookie = department) {
  const body = multipartBody({ fileName, content });
  return platform.request({ method: 'POST', url: '/api/complaint-imports', cookie, payload: body.payload, headers: body.headers });
}

async function dryRun(job: TComplaintImport, onExisting: 'skip' | 'update' = 'skip', cookie = department) {
  return platform.request({ method: 'POST', url: `/api/complaint-imports/${job.id}/dry-run`, cookie, payload: { mapping: job.suggestedMapping, onExisting } });
}

async function importAll(content: Buffer | string, fileName: string, onExisting: 'skip' | 'update' = 'skip', mode: 'all' | 'valid' = 'all'): Promise<TComplaintImport> {
  const uploaded = await upload(content, fileName);
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  const checked = await dryRun(uploaded.json(), onExisting);
  expect(checked.statusCode, checked.body).toBe(200);
  const committed = await platform.request({ method: 'POST', url: `/api/complaint-imports/${checked.json().id}/commit`, cookie: department, payload: { mode } });
  expect(committed.statusCode, committed.body).toBe(202);
  await waitForBackgroundJobs();
  return (await platform.request({ method: 'GET', url: `/api/complaint-imports/${checked.json().id}`, cookie: department })).json();
}

const countOf = async (numbers: string[]) => Number((await platform.ctx.db.select({ n: sql`count(*)` }).from(complaint).where(inArray(complaint.registrationNo, numbers)))[0].n);

describe('a 12315 export', () => {
  it('is mapped by default from the platform’s usual headings, and their common variants', async () => {
    const response = await upload(await xlsxFile([HEADERS, ...rows()]), '12315导出.xlsx');
    expect(response.statusCode, response.body).toBe(201);
    const job: TComplaintImport = response.json();
    expect(job).toMatchObject({ status: 'uploaded', total: 3, headers: HEADERS });
    expect(job.suggestedMapping).toEqual({
      registrationNo: '投诉举报编号',
      receivedAt: '登记时间',
      kind: '类型',
      namedBusiness: '涉事主体名称',
      namedAddress: '被投诉单位地址',
      namedUscc: '统一社会信用代码',
      description: '诉求描述',
      complainantName: '投诉人',
      complainantPhone: '联系电话',
      complainantAddress: null,
    });
    const variants = await upload(
      csvText([['登记编号', '受理时间', '被投诉单位', '涉事地址', '投诉内容', '举报人电话', '联系地址（投诉人）']]) + csvText([[no(90), '2026-10-01', 'x', 'y', 'z', '', '']]),
      'v.csv',
    );
    expect(variants.json().suggestedMapping).toMatchObject({
      registrationNo: '登记编号',
      receivedAt: '受理时间',
      namedBusiness: '被投诉单位',
      namedAddress: '涉事地址',
      description: '投诉内容',
      complainantPhone: '举报人电话',
      complainantAddress: '联系地址（投诉人）',
      kind: null,
    });
  });

  it('writes nothing when a row fails unless the valid rows are chosen, and names each bad row and column', async () => {
    const broken = [
      ...rows().map((r) => r.map((c, i) => (i === 0 ? c.replace(prefix, `${prefix}9`) : c))),
      [`${prefix}900000004`, '2026-10-15 10:00', '投诉', '某店', '', '', '', '王五', ''],
      [`${prefix}900000005`, '昨天下午', '投诉', '某店', '', '', '买到过期牛奶。', '', ''],
      [`${prefix}900000001`, '2026-10-16', '投诉', '某店', '', '', '重复的编号。', '', ''],
      [`${prefix}900000007`, '2026-10-16', '咨询', '某店', '', '', '咨询营业时间。', '', ''],
      [`${prefix}900000008`, '2026-10-16', '投诉', '某店', '', '', '电话写错了。', '赵六', '电话号码'],
    ];
    const numbers = broken.map((r) => r[0]);
    const uploaded = (await upload(await xlsxFile([HEADERS, ...broken]), 'broken.xlsx')).json();
    const report = (await dryRun(uploaded)).json() as TComplaintImport;
    expect(report).toMatchObject({ status: 'validated', total: 8, valid: 3, invalid: 5, existing: 0 });
    expect(report.errors).toEqual([
      { row: 5, field: '诉求描述', message: '不能为空' },
      { row: 6, field: '登记时间', message: expect.stringContaining('无法识别的时间「昨天下午」') },
      { row: 7, field: '投诉举报编号', message: '与第 2 行重复' },
      { row: 8, field: '类型', message: expect.stringContaining('应为「投诉」或「举报」') },
      { row: 9, field: '联系电话', message: expect.stringContaining('不是电话号码') },
    ]);
    const all = await platform.request({ method: 'POST', url: `/api/complaint-imports/${report.id}/commit`, cookie: department, payload: { mode: 'all' } });
    expect(all.statusCode).toBe(400);
    expect(all.json().error.message).toContain('有 5 行未通过校验，不能全部导入');
    expect(await countOf(numbers)).toBe(0);

    const valid = await platform.request({ method: 'POST', url: `/api/complaint-imports/${report.id}/commit`, cookie: department, payload: { mode: 'valid' } });
    expect(valid.statusCode, valid.body).toBe(202);
    await waitForBackgroundJobs();
    const done = (await platform.request({ method: 'GET', url: `/api/complaint-imports/${report.id}`, cookie: department })).json();
    expect(done).toMatchObject({ status: 'done', created: 3, processed: 3 });
    expect(await countOf(numbers)).toBe(3);
  });

  it('imports, matches and routes the rows; re-importing skips or updates, never duplicates', async () => {
    const file = await xlsxFile([HEADERS, ...rows()]);
    const first = await importAll(file, '12315-10月.xlsx');
    expect(first).toMatchObject({ status: 'done', total: 3, valid: 3, created: 3, updated: 0, skipped: 0 });
    const stored = await platform.ctx.db
      .select()
      .from(complaint)
      .where(inArray(complaint.registrationNo, [no(1), no(2), no(3)]));
    const byNo = new Map(stored.map((c) => [c.registrationNo, c]));
    expect(byNo.get(no(1))).toMatchObject({
      channel: 'import_12315',
      kind: 'complaint',
      operatorId,
      matchStatus: 'matched',
      matchConfidence: 1,
      unitCode: QIANCHUAN_UNIT,
      anonymous: false,
    });
    expect(byNo.get(no(1))!.receivedAt.toISOString()).toBe('2026-10-12T01:30:00.000Z');
    expect(byNo.get(no(1))!.complainantEnc).not.toContain(PHONE);
    expect(byNo.get(no(2))).toMatchObject({ kind: 'report', matchStatus: 'matched', anonymous: true, complainantEnc: null, acceptDueOn: null });
    expect(byNo.get(no(3))).toMatchObject({ matchStatus: 'unmatched', unitCode: '420116003000' });

    const again = await importAll(file, '12315-10月.xlsx');
    expect(again).toMatchObject({ status: 'done', existing: 3, created: 0, updated: 0, skipped: 3 });
    expect(await countOf([no(1), no(2), no(3)])).toBe(3);

    const corrected = rows();
    corrected[2][6] = '烧饼里吃出一截铁丝，牙齿硌伤。';
    const updated = await importAll(await xlsxFile([HEADERS, ...corrected]), '12315-10月-更正.xlsx', 'update');
    expect(updated).toMatchObject({ existing: 3, created: 0, updated: 1, skipped: 2 });
    expect(await countOf([no(1), no(2), no(3)])).toBe(3);
    const [row3] = await platform.ctx.db
      .select()
      .from(complaint)
      .where(and(eq(complaint.registrationNo, no(3))));
    expect(row3.description).toBe('烧饼里吃出一截铁丝，牙齿硌伤。');
    expect(row3.version).toBe(2);
  });

  it('refuses a mapping without a required column or naming a column the file lacks', async () => {
    const job: TComplaintImport = (await upload(await xlsxFile([HEADERS, ...rows()]), 'm.xlsx')).json();
    const missing = await platform.request({
      method: 'POST',
      url: `/api/complaint-imports/${job.id}/dry-run`,
      cookie: department,
      payload: { mapping: { ...job.suggestedMapping, description: null, namedAddress: '地址（没有这一列）' } },
    });
    expect(missing.statusCode).toBe(400);
    const fields = missing.json().error.fields;
    expect(fields.map((f: { path: string }) => f.path)).toEqual(['mapping.description', 'mapping.namedAddress']);
    expect(fields[0].message).toContain('投诉举报内容：请选择对应的列');
    expect(fields[1].message).toContain('文件中没有列「地址（没有这一列）」');
    const early = await platform.request({ method: 'POST', url: `/api/complaint-imports/${job.id}/commit`, cookie: department, payload: { mode: 'valid' } });
    expect(early.statusCode).toBe(400);
  });

  it('refuses oversized files and files of another type with a clear message', async () => {
    const lines = [[HEADERS[0], HEADERS[1], HEADERS[6]]];
    for (let i = 0; i <= 100_000; i++) lines.push([String(i), '2026-10-01', '内容']);
    const tooMany = await upload(csvText(lines), 'big.csv');
    expect(tooMany.statusCode).toBe(413);
    expect(tooMany.json().error.message).toContain('100000 行，请分成多个文件');
    const tooBig = await upload(Buffer.alloc(61 * 1024 * 1024, 'a'), 'huge.csv');
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.message).toContain('60 MB');
    const text = await upload('hello', 'notes.txt');
    expect(text.statusCode).toBe(415);
  });

  it('is the bureau’s: a station may not import, and another user’s import is 404', async () => {
    expect((await upload(csvText([HEADERS]), 'a.csv', station)).statusCode).toBe(403);
    const job: TComplaintImport = (await upload(await xlsxFile([HEADERS, ...rows()]), 'mine.xlsx')).json();
    expect((await platform.request({ method: 'GET', url: `/api/complaint-imports/${job.id}`, cookie: admin })).statusCode).toBe(404);
    expect((await dryRun(job, 'skip', admin)).statusCode).toBe(404);
  });
});

// Real consumer reviews (negative ones read like complaints): used here only, never by the product.
const REVIEWS = path.resolve(import.meta.dirname, '../../../../../../shared/data/chinese-food-reviews-sophonplus/waimai_10k.csv');

describe.skipIf(!existsSync(REVIEWS))('real complaint text', () => {
  it('imports 300 negative reviews verbatim as complaint descriptions', async () => {
    const parsed = Papa.parse<string[]>(readFileSync(REVIEWS, 'utf8'), { skipEmptyLines: true }).data;
    const negative = parsed
      .filter((r) => r[0] === '0' && r[1]?.trim())
      .slice(0, 300)
      .map((r) => r[1].trim());
    expect(negative.length).toBe(300);
    const lines = negative.map((text, i) => [`${prefix}7${String(i).padStart(7, '0')}`, '2026-11-02 12:00', '投诉', `外卖商家${i % 7}`, '', '', text, '', '']);
    const done = await importAll(csvText([HEADERS, ...lines]), 'reviews.csv');
    expect(done).toMatchObject({ status: 'done', valid: 300, invalid: 0, created: 300 });
    const stored = await platform.ctx.db
      .select({ description: complaint.description })
      .from(complaint)
      .where(
        inArray(
          complaint.registrationNo,
          lines.map((l) => l[0]),
        ),
      );
    expect(stored.map((s) => s.description).sort()).toEqual([...negative].sort());
  });
});
