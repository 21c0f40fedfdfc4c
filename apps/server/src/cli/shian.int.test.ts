// The `shian` command as an operator of the platform runs it: a real process on a real database.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createPostgresDatabase, TEST_SM4_KEY } from '../testing/test-platform.ts';
import { buildOperator } from '../testing/factories.ts';

const run = promisify(execFile);
const cli = path.resolve(import.meta.dirname, 'shian.ts');
const dir = mkdtempSync(path.join(tmpdir(), 'shian-cli-'));
let env: NodeJS.ProcessEnv;
const dropDatabases: (() => Promise<void>)[] = [];

async function shian(...args: string[]) {
  return shianOn(env, ...args);
}

async function shianOn(on: NodeJS.ProcessEnv, ...args: string[]) {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', cli, ...args], { env: on, timeout: 600_000 });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout + failed.stderr };
  }
}

/** A new empty PostgreSQL database when the run has a server; otherwise '' (PGlite under DATA_DIR). */
async function newDatabaseUrl(): Promise<string> {
  if (!process.env.TEST_DATABASE_URL) return '';
  const database = await createPostgresDatabase(process.env.TEST_DATABASE_URL);
  dropDatabases.push(database.drop);
  return database.url;
}

beforeAll(async () => {
  env = { ...process.env, DATA_DIR: dir, SHIAN_SM4_KEY: TEST_SM4_KEY, NODE_ENV: 'test', DATABASE_URL: '' };
  env.DATABASE_URL = await newDatabaseUrl();
});
afterAll(async () => {
  for (const drop of dropDatabases) await drop();
  rmSync(dir, { recursive: true, force: true });
});

it('migrates, seeds the demo once, verifies the audit chain', async () => {
  expect((await shian('db', 'migrate')).stdout).toContain('migrations applied');
  const seeded = await shian('seed', '--demo');
  expect(seeded.stdout).toMatch(/"operators":14000/);
  expect((await shian('seed', '--demo')).stdout).toContain('already has users');
  const verified = await shian('audit', 'verify');
  expect(verified.code).toBe(0);
  expect(verified.stdout).toContain('audit chain intact');
}, 600_000);

it('creates a user and refuses a weak password with the reason in Chinese', async () => {
  const weak = await shian('user', 'create', '--username', 'wang', '--password', 'weak', '--role', 'inspector', '--station', '前川市场监督管理所');
  expect(weak.code).toBe(2);
  expect(weak.stdout).toContain('密码：至少 8 位');
  const ok = await shian('user', 'create', '--username', 'wang', '--password', 'S3cure!pass', '--role', 'inspector', '--station', '前川市场监督管理所');
  expect(ok.stdout).toContain('created wang (inspector)');
});

it('imports an operator file, printing the bad rows, and keeps the audit chain intact', async () => {
  const good = buildOperator();
  const licence = good.licences[0];
  const file = path.join(dir, 'operators.csv');
  writeFileSync(
    file,
    [
      '名称,统一社会信用代码,主体类型,地址,所属街道（乡镇）,许可证编号,许可范围,发证日期,有效期至',
      ['命令行导入餐馆', good.uscc, '餐饮服务提供者', good.address, '前川街道', licence.number, licence.scope, licence.issuedOn, licence.expiresOn].join(','),
      ['坏行', '91420116MA4K00000X', '餐饮服务提供者', '地址', '不存在的街道', '', '', '', ''].join(','),
    ].join('\n'),
  );
  const all = await shian('import', 'operators', file, '--mode', 'all');
  expect(all.code).toBe(1);
  expect(all.stdout).toContain('row 3');
  expect(all.stdout).toContain('nothing imported');
  const valid = await shian('import', 'operators', file, '--mode', 'valid');
  expect(valid.stdout).toContain('done: 1 created, 0 updated');
  expect((await shian('audit', 'verify')).code).toBe(0);
});

it('imports a folder of statutes with progress lines, and refuses a malformed one naming its line', async () => {
  const laws = path.join(dir, 'laws', '部门规章');
  mkdirSync(laws, { recursive: true });
  writeFileSync(path.join(laws, '命令行示例办法(2024-01-01).md'), '# 命令行示例办法\n\n2024年1月1日 公布\n\n<!-- INFO END -->\n\n第一条 示例。\n\n第二条 示例二。\n');
  writeFileSync(path.join(laws, '_index.md'), '---\nbookCollapseSection: true\n---\n');
  const imported = await shian('law', 'import', path.join(dir, 'laws'));
  expect(imported.code).toBe(0);
  expect(imported.stdout).toContain('1/1 documents');
  expect(imported.stdout).toContain('1 documents (2 articles): 1 created, 0 updated, 0 unchanged; 1 files skipped');
  expect((await shian('law', 'import', path.join(dir, 'laws'))).stdout).toContain('0 created, 0 updated, 1 unchanged');

  writeFileSync(path.join(laws, '损坏的办法.md'), '# 损坏的办法\n\n<!-- INFO END -->\n\n第二条 乙。\n\n第一条 甲。\n');
  const broken = await shian('law', 'import', path.join(dir, 'laws'));
  expect(broken.code).toBe(1);
  expect(broken.stdout).toContain('损坏的办法.md 第 7 行：条号顺序错误');
  expect(broken.stdout).toContain('nothing imported');
  // Three runs of the command, each opening and migrating the database.
}, 300_000);

it('backs up, refuses to restore over data, and restores into an empty database with every table and the audit trail verified', async () => {
  const file = path.join(dir, 'shian.backup.gz');
  const backup = await shian('backup', file);
  expect(backup.code).toBe(0);
  expect(backup.stdout).toMatch(/backup written: \d+ tables, \d+ rows/);

  const refused = await shian('restore', file);
  expect(refused.code).toBe(1);
  expect(refused.stdout).toContain('the database is not empty');

  const target = { ...env, DATA_DIR: path.join(dir, 'restored'), DATABASE_URL: await newDatabaseUrl() };
  const restored = await shianOn(target, 'restore', file);
  expect(restored.code, restored.stdout).toBe(0);
  expect(restored.stdout).toMatch(/operator +14001 +14001 +14001 +ok/);
  expect(restored.stdout).not.toContain('MISMATCH');
  expect(restored.stdout).toContain('audit chain intact');
  expect(restored.stdout).toContain('restore verified');
  expect((await shianOn(target, 'audit', 'verify')).stdout).toContain('audit checkpoints reached');
}, 600_000);
