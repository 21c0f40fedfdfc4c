// One drizzle database over either driver: PGlite (embedded, default) or node-postgres
// (when a DATABASE_URL is given). Both speak the PostgreSQL dialect and share migrations.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

// The pglite database is typed as the node-postgres one: the query builder API is the same,
// and raw results are only read through `rows` (see rowsOf).
export type TDb = NodePgDatabase;
export type TTx = Parameters<Parameters<TDb['transaction']>[0]>[0];
export type TDbOrTx = TDb | TTx;
export type TDatabaseKind = 'pglite' | 'postgresql';

export type TDatabase = {
  db: TDb;
  kind: TDatabaseKind;
  close(): Promise<void>;
  /** Present on PGlite only: COPY FROM '/dev/blob' needs the raw client. */
  pglite: PGlite | null;
};

const MIGRATIONS = path.resolve(import.meta.dirname, '../../../drizzle');

/** dataDir null means in memory (tests); copyOf starts it from another PGlite's dumpDataDir. */
export async function openDatabase(options: { url: string | null; dataDir: string | null; copyOf?: Blob }): Promise<TDatabase> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // node-postgres returns bigint/numeric as strings; counts are converted in repositories.
    const db = drizzlePg({ client: pool });
    return { db, kind: 'postgresql', pglite: null, close: () => pool.end() };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir: options.dataDir ?? undefined, loadDataDir: options.copyOf, extensions: { pg_trgm } });
  const db = drizzlePglite({ client }) as unknown as TDb;
  return { db, kind: 'pglite', pglite: client, close: () => client.close() };
}

export async function migrateDatabase(database: TDatabase): Promise<void> {
  if (database.pglite) {
    await migratePglite(drizzlePglite({ client: database.pglite }), { migrationsFolder: MIGRATIONS });
  } else {
    await migratePg(database.db, { migrationsFolder: MIGRATIONS });
  }
}

export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** count(*) is a number on PGlite and a string on node-postgres. */
export function toInt(value: unknown): number {
  return typeof value === 'number' ? value : Number.parseInt(String(value ?? 0), 10);
}
