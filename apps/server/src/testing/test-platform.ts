// A real platform for integration tests: PGlite in memory, or a fresh PostgreSQL database
// on the server named by TEST_DATABASE_URL (one per test file, dropped at the end).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import type { TContext } from '../core/context.ts';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../core/db/database.ts';
import { createContext, preparePlatform } from '../platform.ts';
import type { TApp } from '../core/http.ts';
import { DEMO_PASSWORD, seedDemo } from '../modules/demo/demo.public.ts';

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

/** Waits until no session is left on the database: a forced drop or a copy would fail or kill them. */
async function waitUntilIdle(client: pg.Client, name: string) {
  for (let i = 0; i < 250; i++) {
    const { rows } = await client.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
    if (rows[0].n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database on the server of adminUrl, empty or a copy of the template database. */
export async function createPostgresDatabase(adminUrl: string, options: { template?: string; prefix?: string } = {}) {
  const name = `${options.prefix ?? 'shian_test_'}${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`create database ${name}${options.template ? ` template ${options.template}` : ''}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // pool.end() resolves before its connections have closed; a forced drop would kill them
  // mid-close and their FATAL error would surface as an uncaught exception. Let them go first.
  const drop = () =>
    withAdmin(adminUrl, async (client) => {
      await waitUntilIdle(client, name);
      await client.query(`drop database if exists ${name} with (force)`);
    });
  const idle = () => withAdmin(adminUrl, (client) => waitUntilIdle(client, name));
  return { name, url: url.toString(), drop, idle };
}

type TSeedOptions = { operators: number; history: boolean };
/** A migrated and seeded database with its stored files, copied for each platform that asks for the same seed. */
type TTemplate = { copyOf: Blob | null; pgTemplate: string | null; filesDir: string };
const templates = new Map<string, Promise<TTemplate | null>>();

async function buildTemplate(seed: TSeedOptions): Promise<TTemplate | null> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  // Template databases on a server need the run's name so that the global teardown drops them.
  const run = process.env.SHIAN_TEST_RUN;
  if (adminUrl && !run) return null;
  const filesDir = mkdtempSync(path.join(tmpdir(), 'shian-template-files-'));
  process.once('exit', () => rmSync(filesDir, { recursive: true, force: true }));
  const pgDb = adminUrl ? await createPostgresDatabase(adminUrl, { prefix: `shian_tpl_${run}_` }) : null;
  const database = await openDatabase({ url: pgDb?.url ?? null, dataDir: null });
  const ctx = createContext(database, { sm4Key: TEST_SM4_KEY, production: false, filesDir, auditCheckpointFile: path.join(filesDir, 'audit-checkpoints.jsonl') });
  await preparePlatform(ctx);
  await seedDemo(ctx, seed);
  const copyOf = database.pglite ? await database.pglite.dumpDataDir('none') : null;
  await database.close();
  await pgDb?.idle();
  return { copyOf, pgTemplate: pgDb?.name ?? null, filesDir };
}

/**
 * history: also seed a year of inspections, grades and this month's plan, as `npm start` does.
 * Off by default so that each test starts from operators without a past.
 * Each distinct seed is built once per test process and copied: seeding is most of a platform's start.
 */
export async function createTestPlatform(options: { operators?: number; webDir?: string; history?: boolean } = {}): Promise<TTestPlatform> {
  const seed = { operators: options.operators ?? 400, history: options.history ?? false };
  const key = JSON.stringify(seed);
  if (!templates.has(key)) templates.set(key, buildTemplate(seed));
  const template = await templates.get(key)!;
  const adminUrl = process.env.TEST_DATABASE_URL;
  const pgDb = adminUrl ? await createPostgresDatabase(adminUrl, { template: template?.pgTemplate ?? undefined }) : null;
  const database = await openDatabase({ url: pgDb?.url ?? null, dataDir: null, copyOf: template?.copyOf ?? undefined });
  const filesDir = mkdtempSync(path.join(tmpdir(), 'shian-files-'));
  if (template) cpSync(template.filesDir, filesDir, { recursive: true });
  const ctx: TContext = createContext(database, { sm4Key: TEST_SM4_KEY, production: false, filesDir, auditCheckpointFile: path.join(filesDir, 'audit-checkpoints.jsonl') });
  if (!template) {
    await preparePlatform(ctx);
    await seedDemo(ctx, seed);
  }
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
