import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { createPostgresDatabase, createTestPlatform, TEST_SM4_KEY, type TTestPlatform } from '../testing/test-platform.ts';
import { createContext } from '../platform.ts';
import { verifyAuditTrail } from '../core/audit/audit-checkpoint.ts';
import { openDatabase, rowsOf, toInt, type TDatabase } from '../core/db/database.ts';
import { backupDatabase, restoreDatabase } from '../core/backup/backup.ts';

let platform: TTestPlatform;
let dir: string;
const cleanups: (() => Promise<void>)[] = [];

/** A new, empty database on the same driver as the test run. */
async function emptyDatabase(): Promise<TDatabase> {
  const server = process.env.TEST_DATABASE_URL ? await createPostgresDatabase(process.env.TEST_DATABASE_URL) : null;
  const database = await openDatabase({ url: server?.url ?? null, dataDir: null });
  cleanups.push(async () => {
    await database.close();
    await server?.drop();
  });
  return database;
}

async function count(database: TDatabase, table: string): Promise<number> {
  const [row] = rowsOf<{ n: unknown }>(await database.db.execute(sql`select count(*) as n from ${sql.identifier(table)}`));
  return toInt(row.n);
}

beforeAll(async () => {
  platform = await createTestPlatform({ operators: 400 });
  dir = mkdtempSync(path.join(tmpdir(), 'shian-backup-'));
});
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  await platform.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores the demo data into a fresh database with every table equal and the audit trail intact', async () => {
    const file = path.join(dir, 'demo.backup.gz');
    const tables = await backupDatabase(platform.ctx.db, file);
    expect(tables.find((t) => t.table === 'operator')?.rows).toBe(400);
    expect(tables.find((t) => t.table === 'audit_log')?.rows).toBeGreaterThan(0);

    const target = await emptyDatabase();
    const report = await restoreDatabase(target, file);
    expect(report.problems).toEqual([]);
    expect(report.tables).toHaveLength(tables.length);
    for (const check of report.tables) {
      const backedUp = tables.find((t) => t.table === check.table)!;
      expect(check).toEqual({ table: check.table, expected: backedUp.rows, inFile: backedUp.rows, loaded: backedUp.rows, checksumOk: true });
    }
    expect(await count(target, 'operator')).toBe(await count(platform.ctx.database, 'operator'));

    const ctx = createContext(target, { sm4Key: TEST_SM4_KEY, production: false, filesDir: dir, auditCheckpointFile: path.join(dir, 'audit-checkpoints.jsonl') });
    const audit = await verifyAuditTrail(ctx.db, ctx.cipher, path.join(dir, 'restored-checkpoints.jsonl'));
    expect(audit.ok).toBe(true);
    expect(audit.lines[0]).toBe(`audit chain intact: ${tables.find((t) => t.table === 'audit_log')!.rows} entries`);
  });

  it('refuses a database that is not empty', async () => {
    const file = path.join(dir, 'demo.backup.gz');
    await expect(restoreDatabase(platform.ctx.database, file)).rejects.toThrow(/the database is not empty \(table \w+ has rows\)/);
  });

  it('reports a tampered backup: the altered table mismatches its checksum, the others match', async () => {
    const lines = gunzipSync(readFileSync(path.join(dir, 'demo.backup.gz')))
      .toString('utf8')
      .split('\n');
    const start = lines.indexOf(JSON.stringify(['table', 'operator']));
    lines[start + 1] = lines[start + 1].replace(/"name":"([^"]+)"/, '"name":"$1（改）"');
    const tampered = path.join(dir, 'tampered.backup.gz');
    writeFileSync(tampered, gzipSync(lines.join('\n')));

    const report = await restoreDatabase(await emptyDatabase(), tampered);
    expect(report.problems).toEqual(['table operator does not match its backup']);
    expect(report.tables.find((t) => t.table === 'operator')).toMatchObject({ expected: 400, inFile: 400, loaded: 400, checksumOk: false });
    expect(report.tables.filter((t) => !t.checksumOk).map((t) => t.table)).toEqual(['operator']);
  });
});
