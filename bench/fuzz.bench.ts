// The fuzz probe at a larger sample than fuzz.int.test.ts: malformed requests generated from the OpenAPI
// description, as the administrator and anonymous. Prints requests sent, the count of each status, requests
// per second and every 5xx with the seed to replay it; asserts nothing. PGlite by default, PostgreSQL with
// TEST_DATABASE_URL.
//   npm run bench:fuzz [-- REQUESTS]        FUZZ_SEED=<seed> replays a run
import { fuzzSeed, runFuzz } from '../apps/server/src/testing/fuzz.ts';
import { createTestPlatform } from '../apps/server/src/testing/test-platform.ts';

const requests = Number(process.argv[2] ?? 30_000);
const seed = fuzzSeed();
console.log(`fuzz seed ${seed} (replay with FUZZ_SEED=${seed})`);

const platform = await createTestPlatform({ operators: 60 });
const result = await runFuzz(platform, { seed, requests, adminCookie: () => platform.login('admin') });
const database = platform.ctx.database.kind;
await platform.close();

const statuses = Object.entries(result.statuses)
  .map(([status, count]) => `${status}: ${count}`)
  .join(', ');
console.log(
  `database: ${database}; ${result.operations} operations; ${result.sent} requests in ${result.seconds.toFixed(1)} s (${(result.sent / result.seconds).toFixed(0)} requests/s)`,
);
console.log(`statuses: ${statuses}`);
console.log(`slowest operations: ${result.slowest.map((s) => `${s.operation} ${s.seconds.toFixed(1)} s`).join(', ')}`);
console.log(`5xx: ${result.failures.length}`);
for (const f of result.failures) console.log(`  seed ${seed}: ${f.method} ${f.url} as ${f.actor} [${f.what}] -> ${f.status} ${f.body}`);
