// `shian backup FILE` / `shian restore FILE`: a logical backup that both drivers can make and load (PGlite has no
// pg_dump). The file is gzip'd JSON lines: a header with the migration level, then each table of the public
// schema in foreign-key order — its name, its rows as row_to_json in primary-key order, and an end line with
// the row count and the SM3 of the row lines — and a last line that proves the file was not cut short.
// Rows are read in UTC within one repeatable-read transaction, so the same data always gives the same lines:
// a restore re-exports what it loaded and compares checksums with the file.
import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql, type SQL } from 'drizzle-orm';
import { migrateDatabase, rowsOf, toInt, type TDatabase, type TDbOrTx } from '../db/database.ts';

const FORMAT = 'shian-backup';
const PAGE = 2000;
const LOAD_BATCH = 500;

type TMigrationLevel = { count: number; last: number };
type TTable = { name: string; key: string[]; insertable: string[] };
type THeader = { version: 1; createdAt: string; migrations: TMigrationLevel };

/** One table after a restore: rows the backup declared, found in the file and now in the database. */
export type TTableCheck = { table: string; expected: number; inFile: number; loaded: number; checksumOk: boolean };
export type TRestoreReport = { tables: TTableCheck[]; problems: string[] };

const id = (name: string) => sql.identifier(name);
const columnList = (names: string[]) =>
  sql.join(
    names.map((n) => sql`${id(n)}`),
    sql`, `,
  );

async function query<T>(db: TDbOrTx, statement: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(statement));
}

async function migrationLevel(db: TDbOrTx): Promise<TMigrationLevel> {
  const [row] = await query<{ count: unknown; last: unknown }>(db, sql`select count(*) as count, coalesce(max(created_at), 0) as last from drizzle.__drizzle_migrations`);
  return { count: toInt(row.count), last: Number(row.last) };
}

/** The public tables, parents before children, with their primary key and the columns a restore writes. */
async function tablesInLoadOrder(db: TDbOrTx): Promise<TTable[]> {
  const names = (
    await query<{ name: string }>(
      db,
      sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r' order by c.relname`,
    )
  ).map((r) => r.name);
  const edges = await query<{ child: string; parent: string }>(
    db,
    sql`select ch.relname as child, pa.relname as parent from pg_constraint f
        join pg_class ch on ch.oid = f.conrelid join pg_class pa on pa.oid = f.confrelid
        join pg_namespace n on n.oid = ch.relnamespace
        where f.contype = 'f' and n.nspname = 'public' and f.conrelid <> f.confrelid`,
  );
  const columns = await query<{ table: string; name: string; generated: string; key: number | null }>(
    db,
    sql`select c.relname as table, a.attname as name, a.attgenerated as generated,
          array_position(i.indkey::int2[], a.attnum) as key
        from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
        left join pg_index i on i.indrelid = c.oid and i.indisprimary
        where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
        order by a.attnum`,
  );
  const ordered: string[] = [];
  const pending = new Set(names);
  while (pending.size) {
    const ready = [...pending].filter((name) => !edges.some((e) => e.child === name && pending.has(e.parent)));
    if (!ready.length) throw new Error(`foreign keys form a cycle among: ${[...pending].join(', ')}`);
    for (const name of ready) {
      ordered.push(name);
      pending.delete(name);
    }
  }
  return ordered.map((name) => {
    const own = columns.filter((c) => c.table === name);
    const key = own.filter((c) => c.key !== null).sort((a, b) => a.key! - b.key!);
    if (!key.length) throw new Error(`table ${name} has no primary key: its rows have no stable order to back up`);
    return { name, key: key.map((c) => c.name), insertable: own.filter((c) => c.generated === '').map((c) => c.name) };
  });
}

/** The table's rows as JSON text in key order, PAGE at a time (keyset paging on the primary key). */
async function* rowLines(tx: TDbOrTx, table: TTable): AsyncGenerator<string> {
  const key = sql.join(
    table.key.map((k) => sql`t.${id(k)}`),
    sql`, `,
  );
  let last: string | null = null;
  for (;;) {
    const after: SQL = last
      ? sql`where (${key}) > (select ${sql.join(
          table.key.map((k) => sql`r.${id(k)}`),
          sql`, `,
        )} from json_populate_record(null::${id(table.name)}, ${last}::json) r)`
      : sql``;
    const page = await query<{ j: string }>(tx, sql`select row_to_json(t)::text as j from ${id(table.name)} t ${after} order by ${key} limit ${PAGE}`);
    for (const row of page) yield row.j;
    if (page.length < PAGE) return;
    last = page.at(-1)!.j;
  }
}

/** The same snapshot and text for the backup and the restore's re-export. */
async function inSnapshot<T>(db: TDbOrTx, work: (tx: TDbOrTx) => Promise<T>): Promise<T> {
  return db.transaction(
    async (tx) => {
      await tx.execute(sql`set local timezone = 'UTC'`);
      return work(tx);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

const line = (value: unknown) => `${JSON.stringify(value)}\n`;

/** Writes every table to FILE; returns the tables with their row counts. */
export async function backupDatabase(db: TDbOrTx, file: string): Promise<{ table: string; rows: number }[]> {
  const summary: { table: string; rows: number }[] = [];
  await inSnapshot(db, async (tx) => {
    const tables = await tablesInLoadOrder(tx);
    const header: THeader = { version: 1, createdAt: new Date().toISOString(), migrations: await migrationLevel(tx) };
    async function* lines() {
      yield line([FORMAT, header]);
      for (const table of tables) {
        yield line(['table', table.name]);
        const hash = createHash('sm3');
        let rows = 0;
        for await (const text of rowLines(tx, table)) {
          hash.update(`${text}\n`);
          rows += 1;
          yield `${text}\n`;
        }
        summary.push({ table: table.name, rows });
        yield line(['end', table.name, rows, hash.digest('hex')]);
      }
      yield line(['done', tables.length]);
    }
    await pipeline(lines, createGzip(), createWriteStream(file));
  });
  return summary;
}

/** Any row in any public table: a restore goes only into an empty database. */
async function firstNonEmptyTable(db: TDbOrTx): Promise<string | null> {
  for (const table of await tablesInLoadOrder(db)) {
    const [row] = await query<{ found: boolean }>(db, sql`select exists (select 1 from ${id(table.name)}) as found`);
    if (row.found) return table.name;
  }
  return null;
}

async function loadRows(tx: TDbOrTx, table: TTable, rows: string[]) {
  if (!rows.length) return;
  const json = `[${rows.join(',')}]`;
  const columns = columnList(table.insertable);
  await tx.execute(sql`insert into ${id(table.name)} (${columns}) select ${columns} from json_populate_recordset(null::${id(table.name)}, ${json}::json)`);
}

/**
 * Migrates the empty database, loads FILE in one transaction and checks each table: rows declared, found and
 * loaded, and the SM3 of the file's lines and of the loaded rows against the backup's. Throws when the
 * database is not empty or the file is not a backup.
 */
export async function restoreDatabase(database: TDatabase, file: string): Promise<TRestoreReport> {
  const nonEmpty = await firstNonEmptyTable(database.db);
  if (nonEmpty) throw new Error(`the database is not empty (table ${nonEmpty} has rows): restore into a new database (a new DATA_DIR or DATABASE_URL)`);
  await migrateDatabase(database);
  const problems: string[] = [];
  const level = await migrationLevel(database.db);
  const tables = new Map((await tablesInLoadOrder(database.db)).map((t) => [t.name, t]));
  const declared = new Map<string, { expected: number; inFile: number; fileSum: string; declaredSum: string }>();

  await database.db.transaction(async (tx) => {
    // A missing file or a broken gzip stream ends the loop with its error (and rolls the load back).
    const gunzip = createGunzip();
    createReadStream(file)
      .on('error', (error) => gunzip.destroy(error))
      .pipe(gunzip);
    const input = createInterface({ input: gunzip, crlfDelay: Number.POSITIVE_INFINITY });
    let table: TTable | null = null;
    let hash: Hash = createHash('sm3');
    let batch: string[] = [];
    let inFile = 0;
    let first = true;
    let done = false;
    for await (const text of input) {
      if (!text) continue;
      if (first) {
        const [format, header] = JSON.parse(text) as [string, THeader];
        if (format !== FORMAT) throw new Error(`${file} is not a Shi'an backup`);
        if (header.migrations.count !== level.count || header.migrations.last !== level.last) {
          throw new Error(
            `the backup is at migration ${header.migrations.count}, this version of Shi'an at ${level.count}: restore with the version that made the backup, then upgrade`,
          );
        }
        first = false;
      } else if (text.startsWith('{')) {
        if (!table) throw new Error('a row outside any table');
        hash.update(`${text}\n`);
        batch.push(text);
        inFile += 1;
        if (batch.length === LOAD_BATCH) {
          await loadRows(tx, table, batch);
          batch = [];
        }
      } else {
        const marker = JSON.parse(text) as [string, ...unknown[]];
        if (marker[0] === 'table') {
          table = tables.get(String(marker[1])) ?? null;
          if (!table) throw new Error(`the backup has a table ${marker[1]} that this version does not`);
          hash = createHash('sm3');
          inFile = 0;
        } else if (marker[0] === 'end' && table) {
          await loadRows(tx, table, batch);
          batch = [];
          declared.set(table.name, { expected: Number(marker[2]), inFile, fileSum: hash.digest('hex'), declaredSum: String(marker[3]) });
          table = null;
        } else if (marker[0] === 'done') done = true;
      }
    }
    if (!done) problems.push('the backup file is incomplete: its last line is missing');
  });

  const report: TTableCheck[] = await inSnapshot(database.db, async (tx) => {
    const checks: TTableCheck[] = [];
    for (const table of tables.values()) {
      const hash = createHash('sm3');
      let loaded = 0;
      for await (const text of rowLines(tx, table)) {
        hash.update(`${text}\n`);
        loaded += 1;
      }
      const backup = declared.get(table.name);
      if (!backup) problems.push(`table ${table.name} is not in the backup`);
      const sum = hash.digest('hex');
      checks.push({
        table: table.name,
        expected: backup?.expected ?? 0,
        inFile: backup?.inFile ?? 0,
        loaded,
        checksumOk: backup ? backup.fileSum === backup.declaredSum && sum === backup.declaredSum : false,
      });
    }
    return checks;
  });
  for (const c of report) {
    if (c.expected !== c.inFile || c.inFile !== c.loaded || !c.checksumOk) problems.push(`table ${c.table} does not match its backup`);
  }
  return { tables: report, problems };
}
