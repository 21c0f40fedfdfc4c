// A real platform for integration tests: PGlite in memory, or a fresh PostgreSQL database
// on the server named by TEST_DATABASE_URL (one per test file, dropped at the end).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import type { TContext } from '../core/context.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../core/db/database.ts';
import { createContext, preparePlatform } from '../platform.ts';
import type { TApp } from '../core/http.ts';
import { DEMO_PASSWORD, seedDemo } from '../modules/demo/demo.seed.ts';

export const TEST_SM4_KEY = '0123456789abcdeffedcba9876543210';

export type TTestPlatform = {
  ctx: TContext;
  app: TApp;
  /** Signs in and returns the cookie header value for later requests. */
  login(username: string, password?: string): Promise<string>;
  /** app.inject with the CSRF header set, and the cookie when given. */
  request(options: InjectOptions & { cookie?: string }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
};

export async function createPostgresDatabase(adminUrl: string) {
  const name = `shian_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    // pool.end() resolves before its connections have closed; a forced drop would kill them
    // mid-close and their FATAL error would surface as an uncaught exception. Let them go first.
    for (let i = 0; i < 250; i++) {
      const { rows } = await client.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
      if (rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  };
  return { url: url.toString(), drop };
}

/**
 * history: also seed a year of inspections, grades and this month's plan, as `npm start` does.
 * Off by default so that each test starts from operators without a past.
 */
export async function createTestPlatform(options: { operators?: number; webDir?: string; history?: boolean } = {}): Promise<TTestPlatform> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const pgDb = adminUrl ? await createPostgresDatabase(adminUrl) : null;
  const database = await openDatabase({ url: pgDb?.url ?? null, dataDir: null });
  const filesDir = mkdtempSync(path.join(tmpdir(), 'shian-files-'));
  const ctx: TContext = createContext(database, { sm4Key: TEST_SM4_KEY, production: false, filesDir });
  await preparePlatform(ctx);
  await seedDemo(ctx, { operators: options.operators ?? 400, history: options.history ?? false });
  const app = await buildApp(ctx, { logLevel: 'silent', webDir: options.webDir ?? null });
  await app.ready();

  const request: TTestPlatform['request'] = ({ cookie, headers, ...rest }) =>
    app.inject({ ...rest, headers: { 'x-requested-with': 'XMLHttpRequest', ...(cookie ? { cookie } : {}), ...headers } });

  return {
    ctx,
    app,
    request,
    async login(username, password = DEMO_PASSWORD) {
      const response = await request({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'shian_sid');
      return `shian_sid=${cookie!.value}`;
    },
    async close() {
      await app.close();
      await database.close();
      await pgDb?.drop();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
