// Browser tests: build the web app, then run e2e/*.spec.ts in the system Chromium.
// Without Chromium they are skipped with a plain message, unless E2E_REQUIRED=1 (CI).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const chromium = candidates.find((p) => existsSync(p));
if (!chromium) {
  const message = 'Browser tests SKIPPED: Chromium not found (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH).';
  if (process.env.E2E_REQUIRED === '1') {
    console.error(message.replace('SKIPPED', 'REQUIRED but cannot run'));
    process.exit(1);
  }
  console.log(message);
  process.exit(0);
}

const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npm', ['run', 'build', '-w', 'apps/web']);
run('npx', ['vitest', 'run', '--config', 'e2e/vitest.config.ts'], { CHROMIUM_PATH: chromium });
