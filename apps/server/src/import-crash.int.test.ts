// Crash tests for the file imports: a child process imports a large file and is killed with SIGKILL once
// some batches are committed. Only whole batches may be left; after the start-up clean-up fails the cut-short
// job, importing the same file again completes it without a duplicate. PGlite cannot be shared by two
// processes, so these run on PostgreSQL only (TEST_DATABASE_URL).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { openDatabase, rowsOf, toInt, type TDatabase } from './core/db/database.ts';
import { waitForBackgroundJobs } from './core/jobs.ts';
import type { TApp } from './core/http.ts';
import type { TContext } from './core/context.ts';
import { createContext, preparePlatform } from './platform.ts';
import { DEMO_PASSWORD, seedDemo } from './modules/demo/demo.public.ts';
import { failInterruptedComplaintImports } from './modules/complaint/complaint.public.ts';
import { failInterruptedImports } from './modules/operator/operator.public.ts';
import { createPostgresDatabase, TEST_SM4_KEY } from './testing/test-platform.ts';
import { multipartBody } from './testing/multipart.ts';
import { buildImportRow, csvText, IMPORT_HEADERS, toCells } from './testing/spreadsheets.ts';

// Both imports write 500 rows a transaction (BATCH in complaint-import.service.ts and operator-import.service.ts).
const BATCH = 500;
const ROWS = 5000;
const CHILD = path.resolve(import.meta.dirname, 'testing/import-crash-child.ts');
const APP_NAME = 'shian-import-crash';
const adminUrl = process.env.TEST_DATABASE_URL;
if (!adminUrl) console.log('import crash tests skipped: they need two processes on one database, so TEST_DATABASE_URL (PostgreSQL)');

let database: TDatabase;
let dropDatabase: () => Promise<void>;
let url: string;
let ctx: TContext;
let app: TApp;
let dir: string;

async function count(statement: ReturnType<typeof sql>): Promise<number> {
  const [row] = rowsOf<{ n: unknown }>(await ctx.db.execute(statement));
  return toInt(row.n);
}

/**
 * Starts the child on FILE, kills it once `written()` shows two batches committed and waits until the
 * server has dropped its sessions. Returns the rows the child left.
 */
async function importKilled(kind: 'complaints' | 'operators', file: string, written: () => Promise<number>): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, kind, file], {
    env: { ...process.env, DATABASE_URL: url, SHIAN_SM4_KEY: TEST_SM4_KEY, DATA_DIR: dir, NODE_ENV: 'test', PGAPPNAME: APP_NAME },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let killed = false;
  while (!killed) {
    if (child.exitCode !== null) throw new Error(`the import finished or failed before it was killed:\n${output}`);
    if ((await written()) >= 2 * BATCH) killed = child.kill('SIGKILL');
    else await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await exited;
  // A COMMIT already sent may still land: count once the server has ended the child's sessions.
  while ((await count(sql`select count(*) as n from pg_stat_activity where application_name = ${APP_NAME}`)) > 0) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return written();
}

async function signIn(username: string): Promise<Record<string, string>> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'x-requested-with': 'XMLHttpRequest' }, payload: { username, password: DEMO_PASSWORD } });
  const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return { 'x-requested-with': 'XMLHttpRequest', cookie };
}

beforeAll(async () => {
  if (!adminUrl) return;
  const server = await createPostgresDatabase(adminUrl);
  url = server.url;
  dropDatabase = server.drop;
  dir = mkdtempSync(path.join(tmpdir(), 'shian-import-crash-'));
  database = await openDatabase({ url, dataDir: null });
  ctx = createContext(database, { sm4Key: TEST_SM4_KEY, production: false, filesDir: path.join(dir, 'files'), auditCheckpointFile: path.join(dir, 'audit-checkpoints.jsonl') });
  await preparePlatform(ctx);
  await seedDemo(ctx, { operators: 30, history: false });
  app = await buildApp(ctx, { logLevel: 'silent', webDir: null });
});
afterAll(async () => {
  if (!adminUrl) return;
  await app.close();
  await database.close();
  await dropDatabase();
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!adminUrl)('an import killed with SIGKILL in the middle', () => {
  it('12315 complaints: leaves whole batches, and importing the file again completes it without duplicates', async () => {
    const prefix = `1420116${String(process.pid).slice(-4)}`;
    const headers = ['投诉举报编号', '登记时间', '类型', '涉事主体名称', '被投诉单位地址', '统一社会信用代码', '诉求描述', '投诉人', '联系电话'];
    const rows = Array.from({ length: ROWS }, (_, i) => [
      `${prefix}${String(i).padStart(8, '0')}`,
      '2026-10-12 09:30:00',
      i % 3 ? '投诉' : '举报',
      `黄陂区前川崩溃测试餐馆${i % 40}`,
      `武汉市黄陂区前川街道黄陂大道 ${i % 40} 号`,
      '',
      '后厨卫生脏乱，有老鼠出没。',
      '',
      '',
    ]);
    const file = path.join(dir, '12315导出.csv');
    writeFileSync(file, csvText([headers, ...rows]));
    const stored = () => count(sql`select count(*) as n from complaint where registration_no like ${`${prefix}%`}`);

    const left = await importKilled('complaints', file, stored);
    expect(left % BATCH).toBe(0);
    expect(left).toBeLessThan(ROWS);

    await failInterruptedComplaintImports(ctx.db, 'interrupted by a restart');
    expect(await count(sql`select count(*) as n from complaint_import where status = 'running'`)).toBe(0);
    expect(await count(sql`select count(*) as n from complaint_import where status = 'failed'`)).toBe(1);

    const as = await signIn('department');
    const body = multipartBody({ fileName: '12315导出.csv', content: csvText([headers, ...rows]) });
    const uploaded = (await app.inject({ method: 'POST', url: '/api/complaint-imports', headers: { ...as, ...body.headers }, payload: body.payload })).json();
    const checked = await app.inject({
      method: 'POST',
      url: `/api/complaint-imports/${uploaded.id}/dry-run`,
      headers: as,
      payload: { mapping: uploaded.suggestedMapping, onExisting: 'skip' },
    });
    expect(checked.json()).toMatchObject({ valid: ROWS, existing: left });
    expect((await app.inject({ method: 'POST', url: `/api/complaint-imports/${uploaded.id}/commit`, headers: as, payload: { mode: 'all' } })).statusCode).toBe(202);
    await waitForBackgroundJobs();
    const job = (await app.inject({ method: 'GET', url: `/api/complaint-imports/${uploaded.id}`, headers: as })).json();
    expect(job).toMatchObject({ status: 'done', created: ROWS - left, skipped: left });
    expect(await stored()).toBe(ROWS);
    expect(await count(sql`select count(distinct registration_no) as n from complaint where registration_no like ${`${prefix}%`}`)).toBe(ROWS);
  }, 600_000);

  it('operators: leaves whole batches, and importing the file again completes it without duplicates', async () => {
    const rows = Array.from({ length: ROWS }, (_, i) => buildImportRow({ name: `黄陂区崩溃测试餐馆${i}` }));
    const text = csvText([IMPORT_HEADERS, ...toCells(rows)]);
    const file = path.join(dir, 'operators.csv');
    writeFileSync(file, text);
    const stored = () => count(sql`select count(*) as n from operator where name like '黄陂区崩溃测试餐馆%'`);

    const left = await importKilled('operators', file, stored);
    expect(left % BATCH).toBe(0);
    expect(left).toBeLessThan(ROWS);

    await failInterruptedImports(ctx.db, 'interrupted by a restart');
    expect(await count(sql`select count(*) as n from operator_import where status = 'running'`)).toBe(0);

    const as = await signIn('admin');
    const body = multipartBody({ fileName: 'operators.csv', content: text });
    const checked = (await app.inject({ method: 'POST', url: '/api/operator-imports', headers: { ...as, ...body.headers }, payload: body.payload })).json();
    expect(checked).toMatchObject({ valid: ROWS, invalid: 0 });
    expect((await app.inject({ method: 'POST', url: `/api/operator-imports/${checked.id}/commit`, headers: as, payload: { mode: 'all' } })).statusCode).toBe(202);
    await waitForBackgroundJobs();
    const job = (await app.inject({ method: 'GET', url: `/api/operator-imports/${checked.id}`, headers: as })).json();
    expect(job).toMatchObject({ status: 'done', created: ROWS - left, updated: left });
    expect(await stored()).toBe(ROWS);
    expect(await count(sql`select count(distinct uscc) as n from operator where name like '黄陂区崩溃测试餐馆%'`)).toBe(ROWS);
  }, 600_000);
});
