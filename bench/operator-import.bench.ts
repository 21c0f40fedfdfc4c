// Operator import throughput: a 20,000-row file through the dry run and the batched commit,
// against a baseline of creating operators one at a time through the same service, in one run.
// Prints figures; asserts nothing. PGlite by default, PostgreSQL with TEST_DATABASE_URL.
//   npm run bench:import [-- ROWS]
import { performance } from 'node:perf_hooks';
import { createTestPlatform } from '../apps/server/src/testing/test-platform.ts';
import { buildOperator } from '../apps/server/src/testing/factories.ts';
import { toSessionUser } from '../apps/server/src/modules/user/user.presenter.ts';
import { findUserByUsername } from '../apps/server/src/modules/user/user.repository.ts';
import { commitImport, dryRunImport, getImport } from '../apps/server/src/modules/operator/operator-import.service.ts';
import { createOperator } from '../apps/server/src/modules/operator/operator.service.ts';
import { waitForBackgroundJobs } from '../apps/server/src/core/jobs.ts';
import { COLUMNS } from '../apps/server/src/modules/operator/operator-file.ts';
import { HUANGPI_UNITS } from '../apps/server/src/modules/org/org.seed.ts';

const rows = Number(process.argv[2] ?? 20_000);
const baselineRows = 300;

function csv(n: number): Buffer {
  const keys = ['name', 'uscc', 'type', 'address', 'unit', 'licenceNumber', 'licenceScope', 'licenceIssuedOn', 'licenceExpiresOn', 'principalName', 'principalPhone'] as const;
  const lines = [keys.map((k) => COLUMNS[k][0]).join(',')];
  for (let i = 0; i < n; i++) {
    const o = buildOperator();
    const l = o.licences[0];
    const unit = HUANGPI_UNITS[i % HUANGPI_UNITS.length].name;
    lines.push([`${o.name}${i}`, o.uscc, '餐饮服务提供者', o.address, unit, l.number, l.scope, l.issuedOn, l.expiresOn, '测试人', '13800001234'].join(','));
  }
  return Buffer.from(lines.join('\n'));
}

const platform = await createTestPlatform({ operators: 50 });
const user = toSessionUser((await findUserByUsername(platform.ctx.db, 'admin'))!);
const db = platform.ctx.database.kind;

let start = performance.now();
for (let i = 0; i < baselineRows; i++) await createOperator(platform.ctx, user, buildOperator());
const baselineRate = baselineRows / ((performance.now() - start) / 1000);

const file = csv(rows);
start = performance.now();
const job = await dryRunImport(platform.ctx, user, 'bench.csv', file, 'zh-CN');
const dryRunSeconds = (performance.now() - start) / 1000;
start = performance.now();
await commitImport(platform.ctx, user, job.id, { mode: 'all' });
await waitForBackgroundJobs();
const commitSeconds = (performance.now() - start) / 1000;
const done = await getImport(platform.ctx, user, job.id);
await platform.close();

const commitRate = rows / commitSeconds;
console.log(`database: ${db}; file: ${rows} rows (${(file.length / 1e6).toFixed(1)} MB CSV); result: ${done.status}, ${done.created} created`);
console.log(`dry run:  ${dryRunSeconds.toFixed(2)} s  ${(rows / dryRunSeconds).toFixed(0)} rows/s`);
console.log(`commit:   ${commitSeconds.toFixed(2)} s  ${commitRate.toFixed(0)} rows/s (batches of 500, audited)`);
console.log(`baseline: ${baselineRate.toFixed(0)} rows/s creating one operator per call (${baselineRows} rows)`);
console.log(`ratio:    commit is ${(commitRate / baselineRate).toFixed(1)}x the one-by-one baseline`);
