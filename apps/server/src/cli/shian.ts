// The `shian` command: db migrate, seed --demo, user create, import operators FILE, law import DIR, audit verify,
// backup FILE, restore FILE.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ZUserCreate } from '@shian/shared/auth';
import { localizeIssue } from '@shian/shared/messages';
import { loadConfig, type TConfig } from '../config.ts';
import { openContext, openPlatform } from '../platform.ts';
import { AppError } from '../core/errors.ts';
import { waitForBackgroundJobs } from '../core/jobs.ts';
import { verifyAuditTrail } from '../core/audit/audit-checkpoint.ts';
import { backupDatabase, restoreDatabase } from '../core/backup/backup.ts';
import type { TContext } from '../core/context.ts';
import { ensureHuangpiOrganisation, listStations } from '../modules/org/org.public.ts';
import { seedDemo, DEMO_PASSWORD } from '../modules/demo/demo.public.ts';
import { createUser, findUserByUsername, toSessionUser } from '../modules/user/user.public.ts';
import { commitImport, dryRunImport, getImport } from '../modules/operator/operator.public.ts';
import { importLawFiles, type TLawFile } from '../modules/law/law.public.ts';

const USAGE = `shian <command>

  db migrate                         apply the database migrations
  seed --demo                        create the Huangpi demo data (refused in production)
  user create --username U --password P --role R [--name N] [--station NAME]
  import operators FILE [--mode valid|all] [--as USERNAME]
                                     dry-run an .xlsx/.csv, print the bad rows, then import
  law import DIR|FILE                import statutes: .md in the LawRefBook layout (with its db_law.csv and
                                     db_category.csv) and .docx; nothing is written if a file is malformed
  audit verify                       check the SM3 chain of the audit trail and that it still reaches the newest
                                     signed checkpoint (DATA_DIR/audit-checkpoints.jsonl), then write a new one
  backup FILE                        write every table to FILE (gzip'd JSON lines, row counts and SM3 per table)
  restore FILE                       load FILE into an EMPTY database and report rows, checksums and audit verify

Environment: DATA_DIR (PGlite data, default ./data), DATABASE_URL (PostgreSQL), SHIAN_SM4_KEY.`;

type TCommand = (ctx: TContext, args: string[], config: TConfig) => Promise<number>;

const commands: Record<string, TCommand> = {
  'db migrate': async () => {
    console.log('migrations applied');
    return 0;
  },

  'seed --demo': async (ctx) => {
    const summary = await seedDemo(ctx);
    if (!summary) {
      console.log('the database already has users: demo data not created');
      return 0;
    }
    console.log(`demo data: ${JSON.stringify(summary)}; accounts use the password ${DEMO_PASSWORD}`);
    return 0;
  },

  'user create': async (ctx, args) => {
    const { values } = parseArgs({
      args,
      options: { username: { type: 'string' }, password: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, station: { type: 'string' } },
    });
    const bureau = await ensureHuangpiOrganisation(ctx.db);
    const station = values.station ? (await listStations(ctx.db, bureau.id)).find((s) => s.name === values.station) : null;
    if (values.station && !station) throw new Error(`no station named ${values.station}`);
    const parsed = ZUserCreate.safeParse({
      username: values.username,
      password: values.password,
      role: values.role,
      displayName: values.name ?? values.username,
      stationId: station?.id ?? null,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) console.error(localizeIssue(issue, 'zh-CN').message);
      return 2;
    }
    const user = await createUser(ctx.db, null, bureau.id, parsed.data);
    console.log(`created ${user.username} (${user.role})`);
    return 0;
  },

  'import operators': async (ctx, args) => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { mode: { type: 'string', default: 'valid' }, as: { type: 'string', default: 'admin' } },
    });
    const file = positionals[0];
    if (!file) throw new Error('import operators needs a FILE');
    const row = await findUserByUsername(ctx.db, values.as!);
    if (!row) throw new Error(`no user ${values.as}: the import runs with that user's rights (--as)`);
    const user = toSessionUser(row);
    const job = await dryRunImport(ctx, user, path.basename(file), await readFile(file), 'zh-CN');
    console.log(`${job.total} rows: ${job.valid} valid, ${job.invalid} invalid`);
    for (const e of job.errors) console.log(`  row ${e.row}  ${e.field}: ${e.message}`);
    if (job.valid === 0) return job.invalid ? 1 : 0;
    if (values.mode === 'all' && job.invalid) {
      console.log('nothing imported: fix the rows above, or use --mode valid');
      return 1;
    }
    await commitImport(ctx, user, job.id, { mode: values.mode === 'all' ? 'all' : 'valid' });
    await waitForBackgroundJobs();
    const done = await getImport(ctx, user, job.id);
    console.log(`${done.status}: ${done.created} created, ${done.updated} updated`);
    return done.status === 'done' ? 0 : 1;
  },

  'law import': async (ctx, args) => {
    if (!args[0]) throw new Error('law import needs a DIR (or a FILE)');
    // `npm run shian` runs in apps/server: a relative path means the one the command was typed in.
    const target = path.resolve(process.env.INIT_CWD ?? process.cwd(), args[0]);
    const files = await lawFilesIn(target);
    console.log(`${files.length} files in ${args[0]}`);
    const started = Date.now();
    let lastLine = 0;
    const summary = await importLawFiles(ctx, null, files, {
      onProgress: (processed, total, file) => {
        // A line every second or so, and the last one: enough to see it move without flooding the terminal.
        if (processed === total || Date.now() - lastLine > 1000) {
          lastLine = Date.now();
          console.log(`  ${processed}/${total} documents  ${((Date.now() - started) / 1000).toFixed(1)} s  ${file}`);
        }
      },
    });
    for (const e of summary.errors) console.error(`  ${e.file}${e.line ? ` 第 ${e.line} 行` : ''}：${e.message}`);
    if (summary.errors.length) {
      console.error(`nothing imported: ${summary.errors.length} malformed file(s)`);
      return 1;
    }
    console.log(
      `${summary.documents} documents (${summary.articles} articles): ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged; ` +
        `${summary.skipped.length} files skipped; ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return 0;
  },

  'audit verify': async (ctx) => {
    const result = await verifyAuditTrail(ctx.db, ctx.cipher, ctx.auditCheckpointFile);
    for (const line of result.lines) console.log(line);
    return result.ok ? 0 : 1;
  },

  backup: async (ctx, args) => {
    if (!args[0]) throw new Error('backup needs a FILE');
    const tables = await backupDatabase(ctx.db, path.resolve(process.env.INIT_CWD ?? process.cwd(), args[0]));
    console.log(`backup written: ${tables.length} tables, ${tables.reduce((sum, t) => sum + t.rows, 0)} rows`);
    return 0;
  },
};

/** Runs on the database as it is (not migrated first): it must be empty. */
async function restore(config: TConfig, args: string[]): Promise<number> {
  if (!args[0]) throw new Error('restore needs a FILE');
  const ctx = await openContext(config);
  try {
    const report = await restoreDatabase(ctx.database, path.resolve(process.env.INIT_CWD ?? process.cwd(), args[0]));
    const row = (cells: (string | number)[]) =>
      `${String(cells[0]).padEnd(32)}${cells
        .slice(1)
        .map((c) => String(c).padStart(10))
        .join('')}`;
    console.log(row(['table', 'expected', 'in file', 'loaded', 'checksum']));
    for (const t of report.tables) console.log(row([t.table, t.expected, t.inFile, t.loaded, t.checksumOk ? 'ok' : 'MISMATCH']));
    for (const problem of report.problems) console.log(problem);
    const audit = await verifyAuditTrail(ctx.db, ctx.cipher, ctx.auditCheckpointFile);
    for (const line of audit.lines) console.log(line);
    const ok = report.problems.length === 0 && audit.ok;
    console.log(ok ? 'restore verified: every table matches its backup and the audit trail is intact' : 'restore NOT verified: see above');
    return ok ? 0 : 1;
  } finally {
    await ctx.database.close();
  }
}

/** Every file under DIR, named by its path inside DIR (the corpus metadata is keyed by that path). */
async function lawFilesIn(target: string): Promise<TLawFile[]> {
  if (!(await stat(target)).isDirectory()) return [{ path: path.basename(target), content: await readFile(target) }];
  const entries = await readdir(target, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  files.sort();
  return Promise.all(files.map(async (file) => ({ path: path.relative(target, file), content: await readFile(file) })));
}

function reportError(error: unknown): number {
  console.error(error instanceof AppError ? JSON.stringify(error.render('zh-CN')) : String(error instanceof Error ? error.message : error));
  return 1;
}

async function main(argv: string[]): Promise<number> {
  const name = Object.keys(commands).find((key) => argv.slice(0, key.split(' ').length).join(' ') === key);
  if (!name && argv[0] !== 'restore') {
    console.log(USAGE);
    return argv.length ? 2 : 0;
  }
  const config = loadConfig();
  if (!name) return restore(config, argv.slice(1)).catch(reportError);
  const ctx = await openPlatform(config);
  try {
    return await commands[name](ctx, argv.slice(name.split(' ').length), config);
  } catch (error) {
    return reportError(error);
  } finally {
    await ctx.database.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
