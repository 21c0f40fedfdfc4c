// The fuzz probe as a permanent test (issue 14): malformed requests generated from the OpenAPI description,
// so every route, a new one included, is covered; any 5xx fails. The seed is printed and named in every
// failure: FUZZ_SEED=<seed> npx vitest run apps/server/src/fuzz.int.test.ts sends the same requests again.
// A larger sample: npm run bench:fuzz.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzSeed, runFuzz } from './testing/fuzz.ts';
import { createTestPlatform, type TTestPlatform } from './testing/test-platform.ts';

const REQUESTS = 3_000;
const seed = fuzzSeed();
let platform: TTestPlatform;

beforeAll(async () => {
  console.log(`fuzz seed ${seed} (replay with FUZZ_SEED=${seed})`);
  platform = await createTestPlatform({ operators: 60 });
});
afterAll(() => platform.close());

describe('fuzzing every operation of the OpenAPI description', () => {
  it(`answers ${REQUESTS} malformed requests, as the administrator and anonymous, without a 5xx`, async () => {
    const result = await runFuzz(platform, { seed, requests: REQUESTS, adminCookie: () => platform.login('admin') });
    const failures = result.failures.map((f) => `seed ${seed}: ${f.method} ${f.url} as ${f.actor} [${f.what}] -> ${f.status} ${f.body}`);
    console.log(`fuzz seed ${seed}: ${result.sent} requests over ${result.operations} operations in ${result.seconds.toFixed(1)} s, statuses ${JSON.stringify(result.statuses)}`);
    console.log(`slowest: ${result.slowest.map((s) => `${s.operation} ${s.seconds.toFixed(1)} s`).join(', ')}`);
    console.log(`left out (streams, tested over a socket): ${result.skippedStreams.join(', ') || 'none'}`);
    expect(result.operations).toBeGreaterThan(200);
    expect(result.sent).toBe(REQUESTS);
    expect(failures, `seed ${seed}`).toEqual([]);
  });
});
