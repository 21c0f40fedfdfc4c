import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: 'e2e',
    include: ['**/*.spec.ts'],
    testTimeout: 90_000,
    // A page's first load can take seconds on a busy two-core machine; polls wait for it.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    hookTimeout: 120_000,
    pool: 'forks',
    // As in the root config: one module cache and one seeded template for all spec files.
    isolate: false,
    globalSetup: ['../apps/server/src/testing/test-run.global-setup.ts'],
    // One browser and one server at a time: the machine has two cores.
    fileParallelism: false,
    env: { NODE_ENV: 'test' },
  },
});
