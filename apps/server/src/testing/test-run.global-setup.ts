// Vitest global setup: names this test run so that the template databases its workers build on
// the server (see test-platform.ts) can be dropped when it ends, and no other run's.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export default function setup() {
  const run = randomBytes(4).toString('hex');
  // Set before the workers start, so they inherit it.
  process.env.SHIAN_TEST_RUN = run;
  return async () => {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) return;
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>('select datname from pg_database where datname like $1', [`shian_tpl_${run}_%`]);
    for (const { datname } of rows) await client.query(`drop database if exists ${datname} with (force)`);
    await client.end();
  };
}
