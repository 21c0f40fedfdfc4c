// Law library: import of the whole LawRefBook corpus, then ~30 realistic searches through the
// service (jieba + tsvector GIN, ranked, with snippets), against the same typed words found by a
// LIKE scan of the article texts (no index, no ranking) as the baseline, in one run. PGlite always
// (in a fresh data directory, as `npm start` keeps it); PostgreSQL too when TEST_DATABASE_URL (or
// DATABASE_URL) names a server to create a fresh database on.
// Prints figures; asserts nothing.
//   npm run bench:laws [-- REPEATS]
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../apps/server/src/core/db/database.ts';
import { createContext, preparePlatform } from '../apps/server/src/platform.ts';
import { createPostgresDatabase, TEST_SM4_KEY } from '../apps/server/src/testing/test-platform.ts';
import { importLawFiles, type TLawFile } from '../apps/server/src/modules/law/law-import.service.ts';
import { resolveArticle, searchLaws } from '../apps/server/src/modules/law/law.service.ts';
import { buildLawQuery } from '../apps/server/src/modules/law/law-query.ts';
import { likeScan } from '../apps/server/src/modules/law/law.repository.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(repoRoot, '../shared/data/chinese-laws-lawrefbook');
if (!existsSync(path.join(corpus, 'db_law.csv'))) {
  console.log(`skipped: ${corpus} is not present`);
  process.exit(0);
}
const repeats = Number(process.argv[2] ?? 3);
const FSL = '中华人民共和国食品安全法';

// [query, the article that answers it (document title + number), when one clearly does]
const QUERIES: [string, string | null][] = [
  ['卖过期食品怎么处罚', `${FSL} 第一百二十四条`],
  ['食品经营者贮存食品', `${FSL} 第五十四条`],
  ['从业人员健康证明', `${FSL} 第四十五条`],
  ['十倍赔偿', `${FSL} 第一百四十八条`],
  ['食品召回', `${FSL} 第六十三条`],
  ['学校食堂', `${FSL} 第五十七条`],
  ['无证经营食品怎么罚', `${FSL} 第一百二十二条`],
  ['进货查验记录', `${FSL} 第五十三条`],
  ['食品安全法 第五十四条', `${FSL} 第五十四条`],
  ['食品小作坊', `${FSL} 第三十六条`],
  ['"超过保质期"', null],
  ['餐具消毒', null],
  ['食品添加剂 超范围 超限量', null],
  ['保健食品广告', null],
  ['网络食品交易第三方平台', null],
  ['食品安全事故报告', null],
  ['婴幼儿配方乳粉', null],
  ['农药残留超标', null],
  ['食品标签 生产日期', null],
  ['生产销售有毒有害食品罪', null],
  ['行政处罚听证', null],
  ['投诉举报处理时限', null],
  ['明码标价', null],
  ['产品质量 监督抽查', null],
  ['消费者 退货', null],
  ['吊销许可证', null],
  ['地沟油', null],
  ['病死猪肉', null],
  ['食品安全标准 制定', null],
  ['监督检查要点', null],
];

function corpusFiles(): TLawFile[] {
  return readdirSync(corpus, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(md|csv)$/.test(f))
    .sort()
    .map((f) => ({ path: f, content: readFileSync(path.join(corpus, f)) }));
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

type TResult = {
  database: string;
  importSeconds: number;
  importCpuSeconds: number;
  documents: number;
  articles: number;
  fts: number[];
  like: number[];
  answeredTop3: number;
  answerable: number;
  likeAnsweredTop3: number;
  lines: string[];
};

/** A fresh database as `npm start` would have it: PGlite in a data directory, or a new database on the server. */
async function openFresh(adminUrl: string | null) {
  const pgDb = adminUrl ? await createPostgresDatabase(adminUrl) : null;
  const dataDir = adminUrl ? null : mkdtempSync(path.join(tmpdir(), 'shian-law-bench-'));
  const database = await openDatabase({ url: pgDb?.url ?? null, dataDir });
  const ctx = createContext(database, {
    sm4Key: TEST_SM4_KEY,
    production: false,
    filesDir: tmpdir(),
    auditCheckpointFile: path.join(tmpdir(), 'shian-law-bench-audit-checkpoints.jsonl'),
  });
  await preparePlatform(ctx);
  const close = async () => {
    await database.close();
    await pgDb?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  return { ctx, close };
}

async function run(databaseUrl: string | null): Promise<TResult> {
  const platform = await openFresh(databaseUrl);
  const files = corpusFiles();
  const startCpu = cpuSeconds();
  let start = performance.now();
  const summary = await importLawFiles(platform.ctx, null, files);
  const importSeconds = (performance.now() - start) / 1000;
  const importCpuSeconds = cpuSeconds() - startCpu;
  if (summary.errors.length) throw new Error(`corpus did not import: ${JSON.stringify(summary.errors.slice(0, 3))}`);

  const result: TResult = {
    database: platform.ctx.database.kind,
    importSeconds,
    importCpuSeconds,
    documents: summary.documents,
    articles: summary.articles,
    fts: [],
    like: [],
    answeredTop3: 0,
    answerable: 0,
    likeAnsweredTop3: 0,
    lines: [],
  };
  for (const [q, expected] of QUERIES) {
    await searchLaws(platform.ctx, { q, page: 1, pageSize: 20 });
    let found = { total: 0, rank: 0 };
    for (let i = 0; i < repeats; i++) {
      start = performance.now();
      const page = await searchLaws(platform.ctx, { q, page: 1, pageSize: 20 });
      result.fts.push(performance.now() - start);
      const rank = expected ? page.items.findIndex((h) => `${h.documentTitle} ${h.articleNumber}` === expected) + 1 : 0;
      found = { total: page.total, rank };
    }
    const terms = buildLawQuery(q).terms;
    let likeRows: { id: string; total: number | string }[] = [];
    for (let i = 0; i < repeats; i++) {
      start = performance.now();
      likeRows = await likeScan(platform.ctx.db, terms, 20);
      result.like.push(performance.now() - start);
    }
    const like = { total: likeRows.length ? Number(likeRows[0].total) : 0, rank: 0 };
    if (expected) {
      const [title, number] = expected.split(' ');
      const answer = await resolveArticle(platform.ctx.db, title, number);
      like.rank = likeRows.findIndex((r) => r.id === answer) + 1;
    }
    if (expected) {
      result.answerable++;
      if (found.rank >= 1 && found.rank <= 3) result.answeredTop3++;
      if (like.rank >= 1 && like.rank <= 3) result.likeAnsweredTop3++;
    }
    result.lines.push(
      `  ${q.padEnd(16, '　')} fts ${String(found.total).padStart(6)} hits${expected ? `, answer at #${found.rank || '-'}` : ''}; like ${String(like.total).padStart(6)} hits${expected ? `, answer at #${like.rank || '-'}` : ''}`,
    );
  }
  await platform.close();
  return result;
}

const servers = [null, process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? null].filter((v, i) => i === 0 || v);
const results: TResult[] = [];
for (const url of servers) results.push(await run(url));

const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(10);
console.log(`\nLaw library benchmark: ${results[0].documents} documents, ${results[0].articles} articles; ${QUERIES.length} queries × ${repeats}`);
for (const r of results) {
  console.log(`\n${r.database}`);
  console.log(r.lines.join('\n'));
}
console.log('\n| database   | import (wall) | import (CPU) | articles/s | search p50 | search p95 | LIKE p50   | LIKE p95   | answer in top 3 (search / LIKE) |');
console.log('|------------|---------------|--------------|------------|------------|------------|------------|------------|---------------------------------|');
for (const r of results) {
  console.log(
    `| ${r.database.padEnd(10)} | ${`${r.importSeconds.toFixed(1)} s`.padStart(13)} | ${`${r.importCpuSeconds.toFixed(1)} s`.padStart(12)} | ${String(Math.round(r.articles / r.importSeconds)).padStart(10)} | ${ms(percentile(r.fts, 50))} | ${ms(percentile(r.fts, 95))} | ${ms(percentile(r.like, 50))} | ${ms(percentile(r.like, 95))} | ${`${r.answeredTop3}/${r.answerable} / ${r.likeAnsweredTop3}/${r.answerable}`.padStart(31)} |`,
  );
}
console.log('\nsearch: the service (tsquery on the GIN index, ranking, ts_headline snippets, count); LIKE: every typed word in the body, first 20, unranked.');
console.log('import CPU counts this process only (PGlite runs in it; a PostgreSQL server works in its own processes).');
